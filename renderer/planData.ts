import type { KeyResult, Objective, Status, Subtree } from '../shared/model';
import { onShelf } from '../shared/vocabulary';
import { type PlanView, rollupPath, rollupValues } from '../shared/rollup';
import { statusValue } from '../shared/status';
import { type InheritedPeriod, withInheritedPeriod } from '../shared/period';
import { dayMoment } from '../shared/checkins';
import { ROOT } from '../shared/tree';
import { type MeasuredHeights, measuredById } from '../shared/measured';

/** Key of the Health & Hygiene shelf in `childIds`: shelf items keep their parent but leave the tree. */
export const SHELF = '\u0000shelf';

/**
 * The plan as the renderer holds it: records keyed by id plus ordered id lists. At 50,000 objectives
 * copying a record costs more than a frame, so the maps are updated IN PLACE and every change
 * returns a new (four-field) wrapper: subscribers that select one entry (`s.data.objectives.get(id)`)
 * re-render only when that entry is replaced; subscribers of the whole plan select `s.data`.
 * Entries themselves (objectives, KRs, id lists) are never mutated, only replaced.
 */
export interface PlanData {
  objectives: Map<string, Objective>;
  krs: Map<string, KeyResult>;
  /** Ordered child ids per objective id; ROOT ('') holds the top level, SHELF the shelf items. */
  childIds: Map<string, string[]>;
  krIds: Map<string, string[]>;
  /**
   * Card heights the backend measured with the card model (shared/measured.ts), by objective id.
   * An entry is dropped as soon as its card's content changes; the layout then measures that card.
   */
  measured?: { card: Map<string, number>; compact: Map<string, number> };
}

const NONE: readonly never[] = [];

const bySort = (a: { sortOrder: number; id: string }, b: { sortOrder: number; id: string }) =>
  a.sortOrder - b.sortOrder || (a.id < b.id ? -1 : 1);

/** What changed since the findings engine last looked (objective and KR ids, `reset` after a reload). */
export const changes = { reset: true, objectives: new Set<string>(), krs: new Set<string>() };

/** A list in a map of lists, created when missing. */
function listIn(map: Map<string, string[]>, key: string): string[] {
  let list = map.get(key);
  if (list === undefined) map.set(key, (list = []));
  return list;
}

export function fromSnapshot(objectives: Objective[], keyResults: KeyResult[], journal = true, measured?: MeasuredHeights): PlanData {
  const data: PlanData = { objectives: new Map(), krs: new Map(), childIds: new Map([[ROOT, []]]), krIds: new Map() };
  const byId = measured ? measuredById(objectives.map((o) => o.id), measured) : null;
  if (byId) data.measured = byId;
  for (const o of objectives) data.objectives.set(o.id, o);
  // Snapshots arrive in sort order (the repository sorts); sort only when they do not.
  let sorted = true;
  for (let i = 1; i < objectives.length && sorted; i++) if (bySort(objectives[i - 1]!, objectives[i]!) > 0) sorted = false;
  for (const o of sorted ? objectives : [...objectives].sort(bySort)) {
    const parent = onShelf(o) ? SHELF : o.parentId !== null && data.objectives.has(o.parentId) ? o.parentId : ROOT;
    listIn(data.childIds, parent).push(o.id);
  }
  // Key results only need ordering within their objective. They arrive grouped by objective, so
  // the list is looked up once per run, not once per KR; the few groups out of order are sorted.
  const unsorted = new Set<string>();
  let list: string[] = [];
  let last: KeyResult | null = null;
  for (const kr of keyResults) {
    data.krs.set(kr.id, kr);
    if (last === null || last.objectiveId !== kr.objectiveId) {
      list = listIn(data.krIds, kr.objectiveId);
      last = list.length ? data.krs.get(list[list.length - 1]!)! : null;
    }
    if (last && bySort(last, kr) > 0) unsorted.add(kr.objectiveId);
    list.push(kr.id);
    last = kr;
  }
  for (const id of unsorted) data.krIds.get(id)!.sort((a, b) => bySort(data.krs.get(a)!, data.krs.get(b)!));
  if (journal) {
    changes.reset = true;
    changes.objectives.clear();
    changes.krs.clear();
  }
  return data;
}

/** Where an objective is listed: under its parent, at the top level, or on the shelf. */
export const parentKey = (o: Objective): string => (onShelf(o) ? SHELF : (o.parentId ?? ROOT));

function insertAt(list: readonly string[] | undefined, id: string, index: number): string[] {
  const next = (list ?? []).filter((x) => x !== id);
  next.splice(Math.min(index, next.length), 0, id);
  return next;
}

const wrap = (d: PlanData): PlanData => ({ objectives: d.objectives, krs: d.krs, childIds: d.childIds, krIds: d.krIds, measured: d.measured });

/** The card of `id` changed content: its measured heights no longer hold. */
function remeasure(d: PlanData, id: string, titleToo: boolean): void {
  d.measured?.card.delete(id);
  if (titleToo) d.measured?.compact.delete(id);
}

export function withObjective(d: PlanData, o: Objective, index?: number): PlanData {
  const prev = d.objectives.get(o.id);
  d.objectives.set(o.id, o);
  remeasure(d, o.id, true);
  changes.objectives.add(o.id);
  if (prev && parentKey(prev) === parentKey(o) && index === undefined) return wrap(d);
  const { childIds } = d;
  if (prev) childIds.set(parentKey(prev), (childIds.get(parentKey(prev)) ?? []).filter((x) => x !== o.id));
  const siblings = childIds.get(parentKey(o));
  const next = insertAt(siblings, o.id, index ?? siblings?.length ?? 0);
  childIds.set(parentKey(o), next);
  // Siblings' sort orders changed in the file; the findings engine reads the order from here.
  for (const x of next) changes.objectives.add(x);
  return wrap(d);
}

export function withKeyResult(d: PlanData, kr: KeyResult, index?: number): PlanData {
  const known = d.krs.get(kr.id);
  d.krs.set(kr.id, kr);
  remeasure(d, kr.objectiveId, false);
  if (known) remeasure(d, known.objectiveId, false);
  changes.krs.add(kr.id);
  if (known && index === undefined) return wrap(d);
  const list = d.krIds.get(kr.objectiveId);
  d.krIds.set(kr.objectiveId, insertAt(list, kr.id, index ?? list?.length ?? 0));
  return wrap(d);
}

export function withoutKeyResult(d: PlanData, kr: KeyResult): PlanData {
  d.krs.delete(kr.id);
  changes.krs.add(kr.id);
  remeasure(d, kr.objectiveId, false);
  d.krIds.set(kr.objectiveId, (d.krIds.get(kr.objectiveId) ?? []).filter((x) => x !== kr.id));
  return wrap(d);
}

export function withoutSubtree(d: PlanData, sub: Subtree): PlanData {
  const { objectives, krs, childIds, krIds } = d;
  for (const o of sub.objectives) {
    objectives.delete(o.id);
    childIds.delete(o.id);
    krIds.delete(o.id);
    remeasure(d, o.id, true);
    changes.objectives.add(o.id);
  }
  for (const kr of sub.keyResults) {
    krs.delete(kr.id);
    changes.krs.add(kr.id);
  }
  const root = sub.objectives[0]!;
  childIds.set(parentKey(root), (childIds.get(parentKey(root)) ?? []).filter((x) => x !== root.id));
  return wrap(d);
}

/** Pre-order ids under `root`, iteratively (deep chains must not overflow the stack). */
export function preorderIds(d: PlanData, root: string = ROOT): string[] {
  const out: string[] = [];
  const stack = [...(d.childIds.get(root) ?? [])].reverse();
  while (stack.length) {
    const id = stack.pop()!;
    out.push(id);
    const kids = d.childIds.get(id) ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

/**
 * The plan as it stood on a past day: each KR's value then (shared/checkins.ts `keyResultsAsOf`),
 * laid over the live key results. Null: today, the live values.
 */
export interface AsOf {
  day: string;
  krs: ReadonlyMap<string, KeyResult>;
}

/** The plan as the shared roll-up, status and audit engines read it (shelf items are not children). */
export function viewOfData(d: PlanData, asOf: AsOf | null = null): PlanView {
  const krs = asOf?.krs;
  return {
    objective: (id) => d.objectives.get(id),
    children: (id) => d.childIds.get(id) ?? NONE,
    keyResults: (id) => (d.krIds.get(id) ?? NONE).map((k) => krs?.get(k) ?? d.krs.get(k)!),
  };
}

/** 'no_period': neither the objective nor anything above it has period dates; 'none': no status yet. */
export type StatusEntry = Status | 'none' | 'no_period';

export interface Progress {
  rollup: Map<string, number | null>;
  statuses: Map<string, StatusEntry>;
}

function statusEntry(d: PlanData, id: string, value: number | null, today: Date, memo?: Map<string, InheritedPeriod | null>): StatusEntry {
  const own = d.objectives.get(id);
  if (!own) return 'none';
  const o = withInheritedPeriod(own, (x) => d.objectives.get(x), memo);
  if (!o.statusOverride && !(o.periodStart && o.periodEnd)) return 'no_period';
  return statusValue(o, value, today) || 'none';
}

const momentOf = (asOf: AsOf | null): Date => (asOf ? dayMoment(asOf.day) : new Date());

/** Roll-up and status of every objective in the cascade, today or as of a past day. */
export function progressAll(d: PlanData, asOf: AsOf | null = null): Progress {
  const rollup = rollupValues(viewOfData(d, asOf), d.childIds.get(ROOT) ?? NONE);
  const statuses = new Map<string, StatusEntry>();
  const today = momentOf(asOf);
  const memo = new Map<string, InheritedPeriod | null>();
  for (const [id, value] of rollup) statuses.set(id, statusEntry(d, id, value, today, memo));
  return { rollup, statuses };
}

/** After a KR value changes, only its objective and their ancestors are recomputed: O(depth). */
export function progressPath(d: PlanData, id: string, prev: Progress, asOf: AsOf | null = null): Progress {
  const changed = rollupPath(viewOfData(d, asOf), id, (x) => prev.rollup.get(x) ?? null);
  // In place: copying 50,000 entries per keystroke would cost more than the edit.
  const { rollup, statuses } = prev;
  const today = momentOf(asOf);
  for (const [x, value] of changed) {
    rollup.set(x, value);
    statuses.set(x, statusEntry(d, x, value, today));
  }
  return { rollup, statuses };
}

export function isInside(d: PlanData, id: string, ancestor: string): boolean {
  let cur: string | null = id;
  let guard = 0;
  while (cur !== null && guard++ < 1_000_000) {
    if (cur === ancestor) return true;
    cur = d.objectives.get(cur)?.parentId ?? null;
  }
  return false;
}
