import type { WorkshopState } from '../../shared/workshop';
import { api } from '../api';

/**
 * How a screen learns that the workshop (or the plan) changed elsewhere — the audience tab or
 * window, or the facilitator's page after another device wrote: the backend's change feed tells
 * every window and tab of every write, and the state is read again then (only a change is reported).
 */
export function watchWorkshop(onChange: (state: WorkshopState) => void): () => void {
  let last = '';
  let stopped = false;
  let reading = false;
  let again = false;
  const read = async (): Promise<void> => {
    // Changes that arrive while a read is under way are folded into one more read.
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    do {
      again = false;
      const out = await api.workshopGet(undefined);
      if (stopped) break;
      if (out.ok) {
        const key = `${out.value.version}|${JSON.stringify(out.value.session)}`;
        if (key !== last) {
          last = key;
          onChange(out.value);
        }
      }
    } while (again && !stopped);
    reading = false;
  };
  void read();
  // Also when the change feed (re)connects ('connected'): the first read may predate it, and a
  // change made in between would otherwise show only at the next change.
  const offPlan = api.onPlanChanged(() => void read());
  return () => {
    stopped = true;
    offPlan();
  };
}
