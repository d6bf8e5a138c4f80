import { localDay } from '../shared/checkins';
import { startCheckInMode, viewAsOf } from './checkins';
import { useStore } from './store';

/**
 * Over the canvas's top-right corner: check-in mode for the selected branch, and the plan as of a
 * day (values and statuses as they stood then, read-only; empty or today is the plan as it is).
 */
export function HistoryBar() {
  const day = useStore((s) => s.asOf?.day ?? '');
  return (
    <div className={`history-bar${day ? ' past' : ''}`} role="group" aria-label="Check-ins and history">
      <button type="button" onClick={() => void startCheckInMode(useStore.getState().selectedId)} title="Check-in mode: every key result of the selected branch not checked in for a week (U)">
        Check in…
      </button>
      <label htmlFor="as-of-day">View as of</label>
      <input
        id="as-of-day"
        type="date"
        max={localDay()}
        value={day}
        onChange={(e) => void viewAsOf(e.target.value || null)}
        title="See the plan's values and statuses as they stood on a past day (read-only)"
      />
      {day && (
        <button type="button" onClick={() => void viewAsOf(null)} title="Back to the plan as it is today">
          Today
        </button>
      )}
    </div>
  );
}
