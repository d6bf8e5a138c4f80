import { formatNumber } from '../../shared/number';
import { quote } from '../labels';
import type { ApiContext, HandlersOf } from './context';

/** Check-ins: a KR's dated values, read as trends (cards, the as-of view) or whole (the inspector). */
export const checkInHandlers = ({
  session,
  write,
}: ApiContext): HandlersOf<'checkInTrends' | 'listCheckIns' | 'addCheckIn' | 'updateCheckIn' | 'deleteCheckIn'> => ({
  checkInTrends: () => session.repo.checkIns.trends(),
  listCheckIns: (a) => session.repo.checkIns.ofKr(a.keyResultId),
  addCheckIn: write(
    (r, { keyResultId, expect, ...fields }) => r.addCheckIn(keyResultId, fields, expect),
    (c) => `Check in ${quote(c.keyResult.title)} at ${formatNumber(c.checkIn.value, c.keyResult.unit)}`,
  ),
  updateCheckIn: write(
    (r, a) => r.updateCheckIn(a.id, a.patch),
    (c) => `Edit the check-in of ${c.checkIn.date} on ${quote(c.keyResult.title)}`,
  ),
  deleteCheckIn: write((r, a) => r.deleteCheckIn(a.id), (c) => `Delete the check-in of ${c.checkIn.date} on ${quote(c.keyResult.title)}`),
});
