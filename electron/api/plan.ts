import type { ApiContext, HandlersOf } from './context';

/** Reading the plan and what the app is working on. */
export const planHandlers = ({ session, status }: ApiContext): HandlersOf<'getPlan' | 'planStatus'> => ({
  getPlan: () => session.rows(),
  planStatus: () => status(),
});
