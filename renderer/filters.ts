import type { PlanState } from './store';

/** Whether an objective passes the active filters. Filters only dim: nothing is hidden or lost. */
export function passesFilters(s: PlanState, id: string): boolean {
  const f = s.filters;
  const o = s.data.objectives.get(id);
  if (!o) return false;
  if (f.owner && o.owner !== f.owner) return false;
  if (f.level && o.level !== f.level) return false;
  if (f.period && o.period !== f.period) return false;
  if (f.status && (s.statuses.get(id) ?? 'none') !== f.status) return false;
  if (f.finding && !(s.badges.get(id) ?? []).some((x) => x.code === f.finding)) return false;
  return true;
}

export const filtersActive = (s: PlanState): boolean => Object.values(s.filters).some(Boolean);
