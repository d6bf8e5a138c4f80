import type { ApiContext, HandlersOf } from './context';

/** Undo and redo, kept in the plan file (see db/undo.ts), and the list of what they would take back. */
export const historyHandlers = ({ session }: ApiContext): HandlersOf<'undo' | 'redo' | 'history'> => ({
  undo: (_, origin) => ({ label: session.undo(origin), history: session.history() }),
  redo: (_, origin) => ({ label: session.redo(origin), history: session.history() }),
  history: () => session.history(),
});
