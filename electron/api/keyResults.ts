import type { ApiContext, HandlersOf } from './context';

export const keyResultHandlers = ({
  write,
}: ApiContext): HandlersOf<'createKeyResult' | 'updateKeyResult' | 'deleteKeyResult' | 'restoreKeyResult'> => ({
  createKeyResult: write((r, a) => r.createKeyResult(a)),
  updateKeyResult: write((r, a) => r.updateKeyResult(a.id, a.patch)),
  deleteKeyResult: write((r, a) => r.deleteKeyResult(a.id)),
  restoreKeyResult: write((r, a) => r.restoreKeyResult(a.keyResult, a.index, a.linked)),
});
