import type { ApiContext, HandlersOf } from './context';

/** Import: the renderer has read and previewed the file; this writes it as one transaction. */
export const exchangeHandlers = ({ session, write }: ApiContext): HandlersOf<'importPlan'> => ({
  importPlan: write((r, a) => {
    // A verified copy first, so even a wrong import can be undone from the backups.
    session.backup('import');
    return r.importPlan(a.parentId, a.objectives, a.keyResults, a.dismissals);
  }),
});
