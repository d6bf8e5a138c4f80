import { quote, titleOf } from '../labels';
import type { ApiContext, HandlersOf } from './context';

/** Coach findings set aside with a reason, and brought back. */
export const findingHandlers = ({ write }: ApiContext): HandlersOf<'dismissFinding' | 'undismissFinding'> => ({
  dismissFinding: write((r, a) => r.dismiss(a.subjectId, a.rule, a.reason), (_, a, r) => `Set aside a finding on ${quote(titleOf(r, a.subjectId))}`),
  undismissFinding: write((r, a) => r.undismiss(a.subjectId, a.rule), (_, a, r) => `Bring back a finding on ${quote(titleOf(r, a.subjectId))}`),
});
