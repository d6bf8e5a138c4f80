import type { KeyResult } from './model';
import { periodConflict } from './period';
import { CHECKLIST_KINDS, krProgress } from './progress';
import type { PlanView, Rollup } from './rollup';
import { cascadeOrder } from './rollup';

/**
 * The green-inflation audit: the places where a plan can show green while nothing strategic moved.
 * Findings are drawn on cards and listed in a panel.
 */

/** Stable identifiers: stored in UI state and docs, so never rename one. */
export const AUDIT_CODES = ['green-inflation', 'checklist-krs', 'pass-through', 'stale-kr', 'period-outside-parent'] as const;
export type AuditCode = (typeof AUDIT_CODES)[number];

export const AUDIT_LABEL: Record<AuditCode, string> = {
  'green-inflation': 'Green from checklists',
  'checklist-krs': 'Only checklist key results',
  'pass-through': 'Passes one number up',
  'stale-kr': 'Stale key result',
  'period-outside-parent': 'Period outside the objective above',
};

export interface AuditFinding {
  code: AuditCode;
  subject: { kind: 'objective' | 'key_result'; id: string };
  /** The objective the finding is shown on (the KR's objective for KR findings). */
  objectiveId: string;
  message: string;
}

/** A branch at or above this progress looks green. */
export const GREEN_AT = 0.7;
/** Metric KRs whose average progress is below this barely moved. */
export const BARELY_MOVED = 0.2;
export const DEFAULT_STALE_WEEKS = 4;

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

const pct = (p: number): string => `${Math.round(p * 100)}%`;
const quote = (s: string): string => `“${s.length > 60 ? `${s.slice(0, 57)}…` : s}”`;

/** Weeks since the KR's last check-in, or null when its check-in time cannot be read. */
function weeksSince(kr: Pick<KeyResult, 'checkedInAt'>, today: Date): number | null {
  const t = Date.parse(kr.checkedInAt);
  if (!Number.isFinite(t)) return null;
  return (today.getTime() - t) / WEEK_MS;
}

/**
 * A KR nobody has updated for more than `staleWeeks` weeks (by `checkedInAt`). A finished checklist
 * item (done binary, completed milestones) is never stale: there is nothing left to update. A
 * check-in time that cannot be read is not called stale (there is nothing to say it is old).
 */
export function isStale(
  kr: Pick<KeyResult, 'checkedInAt' | 'kind' | 'start' | 'target' | 'current'>,
  today: Date,
  staleWeeks: number = DEFAULT_STALE_WEEKS,
): boolean {
  const weeks = weeksSince(kr, today);
  if (weeks === null) return false;
  if (CHECKLIST_KINDS.has(kr.kind) && krProgress(kr) >= 1) return false;
  const limit = Number.isFinite(staleWeeks) ? staleWeeks : DEFAULT_STALE_WEEKS;
  return weeks > limit;
}

const isMetric = (kr: KeyResult): boolean => !CHECKLIST_KINDS.has(kr.kind);

/**
 * Every finding for the cascade below `roots`, parents before children, in the cascade's order.
 * O(n): one iterative pass computes each branch's metric average bottom-up, one pass reports.
 *
 * - `green-inflation`: a branch at ≥ 70% whose metric KRs (anywhere in it, itself included) average
 *   < 20%, or that has none while it has checklist KRs.
 * - `checklist-krs`: an objective whose KRs are all binary or milestone (at least one).
 * - `pass-through`: no weighted KRs of its own and exactly one weighted child with a value, so the
 *   objective shows that child's number unchanged.
 * - `stale-kr`: see `isStale`.
 * - `period-outside-parent`: a child's period dates fall outside its parent's.
 */
export function auditPlan(
  view: PlanView,
  roots: readonly string[],
  rollups: ReadonlyMap<string, Rollup>,
  today: Date,
  staleWeeks: number = DEFAULT_STALE_WEEKS,
): AuditFinding[] {
  const order = cascadeOrder(view, roots);
  const index = new Map<string, number>();
  order.forEach((id, i) => index.set(id, i));

  // Bottom-up: per branch, the sum and count of its metric KRs' progress and its checklist count.
  // Only KRs that carry weight count: a zero-weight KR moves no number.
  const metricSum = new Float64Array(order.length);
  const metricCount = new Uint32Array(order.length);
  const checklistCount = new Uint32Array(order.length);
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i]!;
    let sum = 0;
    let count = 0;
    let checks = 0;
    for (const kr of view.keyResults(id)) {
      if (!(kr.weight > 0)) continue;
      if (isMetric(kr)) {
        sum += krProgress(kr);
        count++;
      } else checks++;
    }
    for (const c of view.children(id)) {
      const j = index.get(c);
      // A child reached first through another path (bad data) is counted there, not twice.
      if (j === undefined || j <= i) continue;
      sum += metricSum[j]!;
      count += metricCount[j]!;
      checks += checklistCount[j]!;
    }
    metricSum[i] = sum;
    metricCount[i] = count;
    checklistCount[i] = checks;
  }

  const out: AuditFinding[] = [];
  for (let i = 0; i < order.length; i++) {
    const id = order[i]!;
    const o = view.objective(id);
    if (!o) continue;
    const objective = (code: AuditCode, message: string) => out.push({ code, subject: { kind: 'objective', id }, objectiveId: id, message });

    for (const c of view.children(id)) {
      const child = view.objective(c);
      if (!child || index.get(c) === undefined || index.get(c)! <= i) continue;
      const why = periodConflict(child, o);
      if (why) {
        out.push({
          code: 'period-outside-parent',
          subject: { kind: 'objective', id: c },
          objectiveId: c,
          message: `${why.replace(/\.$/, '')}, so it is judged against a different clock than the objective it serves.`,
        });
      }
    }

    const r = rollups.get(id);
    const value = r?.value ?? null;
    if (value !== null && value >= GREEN_AT) {
      const count = metricCount[i]!;
      const checks = checklistCount[i]!;
      const metricAvg = count > 0 ? metricSum[i]! / count : null;
      if (metricAvg === null && checks > 0) {
        objective(
          'green-inflation',
          `This branch shows ${pct(value)} from checklist items alone: no metric anywhere in it says the strategy moved.`,
        );
      } else if (metricAvg !== null && metricAvg < BARELY_MOVED) {
        objective(
          'green-inflation',
          checks > 0
            ? `This branch shows ${pct(value)} while its metrics moved ${pct(metricAvg)}: the green comes from checklists, not from the strategy moving.`
            : `This branch shows ${pct(value)} while its metrics moved ${pct(metricAvg)} on average: the weighting, not the strategy, makes it green.`,
        );
      }
    }

    if (r && value !== null) {
      let ownWeighted = 0;
      let childParts = 0;
      let only: { title: string } | undefined;
      for (const p of r.parts) {
        if (!(p.weight > 0)) continue;
        if (p.kind === 'key_result') ownWeighted++;
        else {
          childParts++;
          only = p;
        }
      }
      if (ownWeighted === 0 && childParts === 1 && only) {
        objective(
          'pass-through',
          view.keyResults(id).length === 0
            ? `It shows ${pct(value)} only because ${quote(only.title)} does: with no key results of its own it passes one child’s number up unchanged.`
            : `It shows ${pct(value)} only because ${quote(only.title)} does: its own key results carry no weight, so it passes one child’s number up unchanged.`,
        );
      }
    }

    const krs = view.keyResults(id);
    if (krs.length > 0 && krs.every((kr) => CHECKLIST_KINDS.has(kr.kind))) {
      objective(
        'checklist-krs',
        krs.length === 1
          ? 'Its only key result is a checklist item: add one that measures the outcome, so that green means the strategy moved.'
          : `All ${krs.length} of its key results are checklist items: add one that measures the outcome, so that green means the strategy moved.`,
      );
    }

    for (const kr of krs) {
      if (!isStale(kr, today, staleWeeks)) continue;
      const weeks = weeksSince(kr, today)!;
      const span = weeks >= 2 ? `${Math.floor(weeks)} weeks` : `${Math.floor(weeks * 7)} days`;
      const since = kr.checkedInAt.slice(0, 10);
      out.push({
        code: 'stale-kr',
        subject: { kind: 'key_result', id: kr.id },
        objectiveId: id,
        message: `Nobody has updated ${quote(kr.title)} for ${span} (since ${since}): its ${pct(krProgress(kr))} may no longer be true.`,
      });
    }
  }
  return out;
}
