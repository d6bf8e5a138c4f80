import type { ParsedInput } from '../../shared/ipc';
import { importLabel } from '../labels';
import type { ApiContext, HandlersOf } from './context';

/** Import: the renderer has read and previewed the file; this writes it as one undoable transaction. */
export const exchangeHandlers = ({ session, write }: ApiContext): HandlersOf<'importPlan'> => {
  const importPlan = write(
    (r, a: ParsedInput<'importPlan'>) => r.importPlan(a.parentId, a.objectives, a.keyResults, a.dismissals),
    (out) => importLabel(out.objectives.length, out.keyResults.length),
  );
  return {
    importPlan: (a, origin) => {
      // A verified copy first (outside the import's transaction), so even a wrong import can be undone from the backups.
      session.backup('import');
      return importPlan(a, origin);
    },
  };
};
