import type { KeyResult, KrKind } from './model';

export const clamp01 = (v: number): number => (v <= 0 ? 0 : v >= 1 ? 1 : v);

const DOWNWARD: ReadonlySet<KrKind> = new Set(['decrease', 'stay_below']);
/** Milestone and binary KRs are checklists: they say a thing happened, not how far a metric moved. */
export const CHECKLIST_KINDS: ReadonlySet<KrKind> = new Set(['milestone', 'binary']);

/**
 * Share of the way from start to target, 0–1. Works for decreasing KRs too, because both the
 * distance travelled and the distance to go change sign together. A KR whose start equals its
 * target counts as done once current has reached it in the KR's direction; a binary KR is done
 * (current ≥ 1) or not; a stay-above / stay-below KR is met while its threshold holds, and
 * otherwise measured from its start toward the threshold.
 */
export function krProgress(kr: Pick<KeyResult, 'start' | 'target' | 'current' | 'kind'>): number {
  if (kr.kind === 'binary') return kr.current >= 1 ? 1 : 0;
  // A threshold that holds is met, wherever it started from.
  if ((kr.kind === 'stay_above' || kr.kind === 'stay_below') && holds(kr)) return 1;
  const span = kr.target - kr.start;
  if (span === 0) {
    const reached = DOWNWARD.has(kr.kind) ? kr.current <= kr.target : kr.current >= kr.target;
    return reached ? 1 : 0;
  }
  return clamp01((kr.current - kr.start) / span);
}

/** Whether a stay-above / stay-below KR (a health threshold) currently holds. */
export function holds(kr: Pick<KeyResult, 'target' | 'current' | 'kind'>): boolean {
  return DOWNWARD.has(kr.kind) ? kr.current <= kr.target : kr.current >= kr.target;
}

export const percent = (p: number | null): string => (p === null ? '—' : `${Math.round(p * 100)}%`);
