import { keyResultEditLabel, quote, titleOf } from '../labels';
import type { ApiContext, HandlersOf } from './context';

export const keyResultHandlers = ({ write }: ApiContext): HandlersOf<'createKeyResult' | 'updateKeyResult' | 'deleteKeyResult'> => ({
  createKeyResult: write((r, a) => r.createKeyResult(a), (kr, _, r) => `Add a key result to ${quote(titleOf(r, kr.objectiveId))}`),
  updateKeyResult: write((r, a) => r.updateKeyResult(a.id, a.patch, a.expect), (kr, a) => keyResultEditLabel(a.patch, kr)),
  deleteKeyResult: write((r, a) => r.deleteKeyResult(a.id), (d) => `Delete key result ${quote(d.keyResult.title)}`),
});
