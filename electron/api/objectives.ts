import { objectiveEditLabel, quote, titleOf } from '../labels';
import type { ApiContext, HandlersOf } from './context';

export const objectiveHandlers = ({ write }: ApiContext): HandlersOf<'createObjective' | 'updateObjective' | 'moveObjective' | 'deleteObjective'> => ({
  createObjective: write(
    (r, a) => r.createObjective(a),
    (r) => (r.objective.gate === 'health_metric' ? 'Add a health metric' : r.objective.title ? `Add ${quote(r.objective.title)}` : 'Add an objective'),
  ),
  updateObjective: write((r, a) => r.updateObjective(a.id, a.patch, a.expect), (o, a) => objectiveEditLabel(a.patch, o.title)),
  moveObjective: write((r, a) => r.moveObjective(a.id, a.parentId, a.index), (_, a, r) => `Move ${quote(titleOf(r, a.id))}`),
  deleteObjective: write(
    (r, a) => r.deleteObjective(a.id),
    (sub) => `Delete ${quote(sub.objectives[0]!.title)}${sub.objectives.length > 1 ? ` and ${sub.objectives.length - 1} below it` : ''}`,
  ),
});
