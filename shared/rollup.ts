import { formatNumber } from './number';
import type { KeyResult, Objective, RollupMode } from './model';
import { onShelf } from './vocabulary';
import { CHECKLIST_KINDS, clamp01, krProgress } from './progress';

/**
 * The honest roll-up: an objective's progress from its own key results and the objectives below it
 * in the cascade, weighted, and able to say exactly how it got its number (`explain`).
 *
 * Pure: reads the plan only through `PlanView`, so the renderer, the PDF export and the CLI share it.
 */

export interface PlanView {
  objective(id: string): Objective | undefined;
  /** Ordered ids of the objectives below `id` IN THE CASCADE (shelf items already left out). */
  children(id: string): readonly string[];
  keyResults(id: string): readonly KeyResult[];
}

export interface RollupPart {
  kind: 'key_result' | 'objective';
  id: string;
  title: string;
  /** 0–1 */
  progress: number;
  /**
   * The weight actually used: the part's own weight in `average` mode; its size times its own
   * weight in `sum_to_target` mode.
   */
  weight: number;
  /** Only in `sum_to_target` mode: the total |target − start| of the key results the part stands for. */
  size?: number;
}

export interface Rollup {
  /** 0–1, or null when there is nothing to measure. */
  value: number | null;
  /** The mode actually used (a `sum_to_target` objective that cannot be summed falls back to `average`). */
  mode: RollupMode;
  parts: RollupPart[];
  /** Why the objective's chosen mode was not used. */
  note?: string;
  /** Only in `sum_to_target` mode: the one unit every part is measured in. */
  unit?: string;
}

const bySortOrder = (a: { sortOrder: number; id: string }, b: { sortOrder: number; id: string }) =>
  a.sortOrder - b.sortOrder || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const NONE: readonly never[] = Object.freeze([]);

/**
 * A view over plain arrays: children and roots ordered by sortOrder, shelf items (`onShelf`) left
 * out of both, so neither they nor anything below them counts. An objective whose parent is missing
 * is shown as a root rather than silently lost.
 */
export function viewOf(objectives: readonly Objective[], keyResults: readonly KeyResult[]): PlanView & { roots: string[] } {
  const byId = new Map<string, Objective>();
  for (const o of objectives) byId.set(o.id, o);
  const kids = new Map<string, string[]>();
  const roots: string[] = [];
  for (const o of [...objectives].sort(bySortOrder)) {
    if (onShelf(o)) continue;
    if (o.parentId !== null && byId.has(o.parentId)) {
      let list = kids.get(o.parentId);
      if (!list) kids.set(o.parentId, (list = []));
      list.push(o.id);
    } else {
      roots.push(o.id);
    }
  }
  const krs = new Map<string, KeyResult[]>();
  for (const kr of [...keyResults].sort(bySortOrder)) {
    let list = krs.get(kr.objectiveId);
    if (!list) krs.set(kr.objectiveId, (list = []));
    list.push(kr);
  }
  return {
    roots,
    objective: (id) => byId.get(id),
    children: (id) => kids.get(id) ?? NONE,
    keyResults: (id) => krs.get(id) ?? NONE,
  };
}

/** A node's weight: 1 when missing or not a number, never negative. */
export const weightOf = (w: number | undefined): number => (typeof w === 'number' && Number.isFinite(w) ? Math.max(0, w) : 1);

const known = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

const KIND_NAME: Record<'milestone' | 'binary', string> = { milestone: 'a milestone', binary: 'done / not done' };

const normUnit = (u: string): string => u.trim().toLowerCase();

const quote = (s: string): string => `“${s.length > 60 ? `${s.slice(0, 57)}…` : s}”`;

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

interface Candidate {
  part: RollupPart;
  /** Own weight of the KR or child objective. */
  own: number;
  /** Key results the part stands for: the KR itself, or a child's own KRs. */
  krs: readonly KeyResult[];
}

/**
 * Why these parts cannot be summed to target, or null when they can (then returns the unit too).
 * Parts carrying zero weight do not count for the check: they do not count for the number either.
 */
function sumCheck(cands: readonly Candidate[]): { note: string } | { unit: string } {
  const units: string[] = [];
  const seen = new Set<string>();
  let missingUnit: KeyResult | undefined;
  for (const c of cands) {
    if (c.own === 0) continue;
    if (c.krs.length === 0) {
      return { note: `Sum to target needs every objective below to have key results of its own; ${quote(c.part.title)} has none.` };
    }
    for (const kr of c.krs) {
      if (CHECKLIST_KINDS.has(kr.kind)) {
        return { note: `Sum to target cannot weigh checklist items by size; ${quote(kr.title)} is ${KIND_NAME[kr.kind as 'milestone' | 'binary']}.` };
      }
      const u = kr.unit.trim();
      if (!u) {
        missingUnit ??= kr;
        continue;
      }
      if (!seen.has(normUnit(u))) {
        seen.add(normUnit(u));
        units.push(u);
      }
    }
  }
  if (missingUnit) return { note: `Sum to target needs key results in one unit; ${quote(missingUnit.title)} has no unit.` };
  if (units.length > 1) return { note: `Sum to target needs key results in one unit; these use ${list(units)}.` };
  for (const c of cands) {
    if (c.own !== 0 && sizeOf(c.krs) === 0) {
      return { note: `Sum to target weighs parts by the distance from start to target; ${quote(c.part.title)} has none.` };
    }
  }
  return { unit: units[0] ?? '' };
}

function sizeOf(krs: readonly KeyResult[]): number {
  let s = 0;
  for (const kr of krs) if (Number.isFinite(kr.target - kr.start)) s += Math.abs(kr.target - kr.start);
  return s;
}

/**
 * The roll-up of one objective from its own KRs and its children's values (`childValue`; a child
 * with nothing to measure, null, is left out rather than counted as zero).
 *
 * - `average`: Σ wᵢpᵢ / Σ wᵢ over own KRs (p = krProgress, w = kr.weight) and children (p = their
 *   roll-up, w = objective.weight). Zero total weight → null.
 * - `sum_to_target`: the same, but every part's weight is multiplied by its size, the total
 *   |target − start| of the KRs it stands for (a KR itself; a child its own KRs), so $100k, $20k and
 *   $1k targets weigh 100 : 20 : 1. Only when all those KRs share one non-empty unit, none is a
 *   checklist (binary / milestone) and every part has a size; otherwise `average` with a `note`.
 */
export function rollupOf(view: PlanView, id: string, childValue: (id: string) => number | null): Rollup {
  const o = view.objective(id);
  const wanted: RollupMode = o?.rollupMode === 'sum_to_target' ? 'sum_to_target' : 'average';
  const cands: Candidate[] = [];
  for (const kr of view.keyResults(id)) {
    const own = weightOf(kr.weight);
    cands.push({ part: { kind: 'key_result', id: kr.id, title: kr.title, progress: krProgress(kr), weight: own }, own, krs: [kr] });
  }
  for (const c of view.children(id)) {
    const v = childValue(c);
    if (!known(v)) continue;
    const child = view.objective(c);
    const own = weightOf(child?.weight);
    cands.push({
      part: { kind: 'objective', id: c, title: child?.title ?? '', progress: clamp01(v), weight: own },
      own,
      krs: wanted === 'sum_to_target' ? view.keyResults(c) : NONE,
    });
  }

  let mode: RollupMode = 'average';
  let note: string | undefined;
  let unit: string | undefined;
  if (wanted === 'sum_to_target' && cands.length > 0) {
    const check = sumCheck(cands);
    if ('note' in check) note = check.note;
    else {
      mode = 'sum_to_target';
      unit = check.unit;
      for (const c of cands) {
        const size = sizeOf(c.krs);
        c.part.size = size;
        c.part.weight = size * c.own;
      }
    }
  } else if (wanted === 'sum_to_target') {
    mode = 'sum_to_target';
  }

  let num = 0;
  let den = 0;
  for (const { part } of cands) {
    num += part.weight * part.progress;
    den += part.weight;
  }
  const parts = cands.map((c) => c.part);
  const r: Rollup = { value: den > 0 && Number.isFinite(den) ? clamp01(num / den) : null, mode, parts };
  if (note !== undefined) r.note = note;
  if (unit !== undefined) r.unit = unit;
  return r;
}

/**
 * Cascade ids reachable from `roots`, parents before children (depth-first pre-order), each once:
 * iterative, so a 5,000-deep chain cannot overflow the stack, and safe against a cycle in bad data.
 */
export function cascadeOrder(view: PlanView, roots: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const stack: string[] = [];
  for (let i = roots.length - 1; i >= 0; i--) stack.push(roots[i]!);
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(id);
    const kids = view.children(id);
    for (let i = kids.length - 1; i >= 0; i--) if (!seen.has(kids[i]!)) stack.push(kids[i]!);
  }
  return out;
}

/** The roll-up of every objective reachable from `roots`, children before parents. O(n). */
export function rollupAll(view: PlanView, roots: readonly string[]): Map<string, Rollup> {
  const order = cascadeOrder(view, roots);
  const result = new Map<string, Rollup>();
  const value = (c: string): number | null => result.get(c)?.value ?? null;
  for (let i = order.length - 1; i >= 0; i--) result.set(order[i]!, rollupOf(view, order[i]!, value));
  return result;
}

/**
 * Just the numbers, for every objective at once (what cards need on opening a plan): the same
 * values as `rollupAll`, without building the explanation of each. Average mode is computed inline;
 * the rarer sum-to-target objectives go through `rollupOf`.
 */
export function rollupValues(view: PlanView, roots: readonly string[]): Map<string, number | null> {
  const order = cascadeOrder(view, roots);
  const result = new Map<string, number | null>();
  const value = (c: string): number | null => result.get(c) ?? null;
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i]!;
    const o = view.objective(id);
    if (o?.rollupMode === 'sum_to_target') {
      result.set(id, rollupOf(view, id, value).value);
      continue;
    }
    let num = 0;
    let den = 0;
    for (const kr of view.keyResults(id)) {
      const w = weightOf(kr.weight);
      num += w * krProgress(kr);
      den += w;
    }
    for (const c of view.children(id)) {
      const v = result.get(c);
      if (!known(v)) continue;
      const w = weightOf(view.objective(c)?.weight);
      num += w * clamp01(v);
      den += w;
    }
    result.set(id, den > 0 && Number.isFinite(den) ? clamp01(num / den) : null);
  }
  return result;
}

/**
 * After a change to objective `id` (its KRs, weight or mode), recomputes it and its ancestors only,
 * taking every other value from `current`. Returns [id, new value] from the objective up to its root.
 * O(depth × siblings). Stops where the cascade does: at a root, or at a shelf item's parent.
 */
export function rollupPath(view: PlanView, id: string, current: (id: string) => number | null): Array<[string, number | null]> {
  const out: Array<[string, number | null]> = [];
  const seen = new Set<string>();
  let cur: string | null = id;
  let below: string | null = null;
  let belowValue: number | null = null;
  while (cur !== null && !seen.has(cur) && view.objective(cur)) {
    seen.add(cur);
    const b: string | null = below;
    const bv: number | null = belowValue;
    const value: number | null = rollupOf(view, cur, (c: string): number | null => (c === b ? bv : current(c))).value;
    out.push([cur, value]);
    const parentId: string | null = view.objective(cur)!.parentId;
    if (parentId === null || !view.children(parentId).includes(cur)) break;
    below = cur;
    belowValue = value;
    cur = parentId;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Explaining a number

const pct = (p: number): string => `${Math.round(p * 100)}%`;

/** 1, 2, 0.5, 1.25: at most two decimals, no trailing zeros. */
function num(n: number): string {
  return String(Number(n.toFixed(2)));
}

/**
 * An amount with its unit as the cards print it ("$200k", "12 accounts"), from the one number
 * module; a percentage of a percentage KR is points.
 */
export function amount(n: number, unit: string): string {
  const u = unit.trim();
  return u === '%' ? `${formatNumber(n, '')} points` : formatNumber(n, u);
}

/**
 * The formula behind a roll-up, with the live numbers, for a manager to check by hand:
 * "(43% × 1 + 30% × 1 + 67% × 2 + 31% × 1) ÷ 5 = 47%", or in sum-to-target mode
 * "(42% × $200k + 30% × $100k) ÷ $300k = 38%" (with "× 2" after a size whose part weighs double).
 */
export function explain(r: Rollup): string {
  if (r.value === null) {
    return r.parts.length === 0
      ? 'Nothing to measure yet: no key results here and no measured objectives below.'
      : 'Nothing to measure: every part carries zero weight.';
  }
  let formula: string;
  if (r.mode === 'sum_to_target') {
    const unit = r.unit ?? '';
    let total = 0;
    const terms = r.parts.map((p) => {
      const size = p.size ?? p.weight;
      total += p.weight;
      const factor = size > 0 ? p.weight / size : 1;
      return `${pct(p.progress)} × ${amount(size, unit)}${Number(factor.toFixed(2)) === 1 ? '' : ` × ${num(factor)}`}`;
    });
    formula = `(${terms.join(' + ')}) ÷ ${amount(total, unit)} = ${pct(r.value)}`;
  } else {
    let total = 0;
    const terms = r.parts.map((p) => {
      total += p.weight;
      return `${pct(p.progress)} × ${num(p.weight)}`;
    });
    formula = `(${terms.join(' + ')}) ÷ ${num(total)} = ${pct(r.value)}`;
  }
  return r.note ? `${r.note} Weighted average: ${formula}` : formula;
}
