import type { ApiContext, HandlersOf } from './context';

/** Coach findings set aside with a reason, and brought back. */
export const findingHandlers = ({ write }: ApiContext): HandlersOf<'dismissFinding' | 'undismissFinding'> => ({
  dismissFinding: write((r, a) => r.dismiss(a.subjectId, a.rule, a.reason)),
  undismissFinding: write((r, a) => r.undismiss(a.subjectId, a.rule)),
});
