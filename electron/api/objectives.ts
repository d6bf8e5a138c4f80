import type { ApiContext, HandlersOf } from './context';

export const objectiveHandlers = ({
  write,
}: ApiContext): HandlersOf<'createObjective' | 'updateObjective' | 'moveObjective' | 'deleteObjective' | 'restoreSubtree'> => ({
  createObjective: write((r, a) => r.createObjective(a)),
  updateObjective: write((r, a) => r.updateObjective(a.id, a.patch)),
  moveObjective: write((r, a) => r.moveObjective(a.id, a.parentId, a.index)),
  deleteObjective: write((r, a) => r.deleteObjective(a.id)),
  restoreSubtree: write((r, a) => r.restoreSubtree(a)),
});
