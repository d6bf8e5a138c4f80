import { type PlanFinding, planFindings } from '../shared/findings';
import type { PlanData } from './planData';
import { dismissalKey, relayout, useStore } from './store';


/** Every finding on the cascade (shelf items are out of the cascade's business by design). */
export function computeFindings(d: PlanData, today = new Date()): PlanFinding[] {
  return planFindings(Object.values(d.objectives), Object.values(d.krs), today);
}

const signature = (list: readonly PlanFinding[]) => list.map((f) => `${f.code}:${f.subjectId}:${f.message}`).join('|');

/**
 * Recomputes findings shortly after the plan changes, off the typing path: a burst of edits costs
 * one pass over the plan, not one per keystroke. Unchanged badge lists keep their identity, so only
 * cards whose findings changed re-render.
 */
export function watchFindings(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last: unknown = null;
  let lastDismissals: unknown = null;
  const run = () => {
    const { data, dismissals, badges: previous } = useStore.getState();
    const findings = computeFindings(data);
    const fresh: Record<string, PlanFinding[]> = {};
    for (const f of findings) if (!dismissals[dismissalKey(f.subjectId, f.code)]) (fresh[f.objectiveId] ??= []).push(f);
    const badges: Record<string, PlanFinding[]> = {};
    for (const [id, list] of Object.entries(fresh)) {
      const old = previous[id];
      badges[id] = old && signature(old) === signature(list) ? old : list;
    }
    const reshaped = Object.keys(badges).length !== Object.keys(previous).length || Object.keys(badges).some((id) => !previous[id]);
    useStore.setState({ findings, badges });
    // A card that gains or loses its row of badges changes height.
    if (reshaped) relayout();
  };
  const unsub = useStore.subscribe((s) => {
    if (s.data === last && s.dismissals === lastDismissals) return;
    last = s.data;
    lastDismissals = s.dismissals;
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  return () => {
    clearTimeout(timer);
    unsub();
  };
}
