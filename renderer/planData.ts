import type { KeyResult, Objective, Status, Subtree } from '../shared/model';
import { onShelf } from '../shared/vocabulary';
import { type PlanView, rollupPath, rollupValues } from '../shared/rollup';
import { statusValue } from '../shared/status';
import { ROOT } from '../shared/tree';

/** Key of the Health & Hygiene shelf in `childIds`: shelf items keep their parent but leave the tree. */
export const SHELF = '\u0000shelf';

/**
 * The plan as the renderer holds it: records keyed by id plus ordered id lists. At 50,000 objectives
 * copying a record costs more than a frame, so the records are updated IN PLACE and every change
 * returns a new (four-field) wrapper: subscribers that select one entry (`s.data.objectives[id]`)
 * re-render only when that entry is replaced; subscribers of the whole plan select `s.data`.
 * Entries themselves (objectives, KRs, id lists) are never mutated, only replaced.
 */
export interface PlanData {
  objectives: Record<string, Objective>;
  krs: Record<string, KeyResult>;
  /** Ordered child ids per objective id; ROOT ('') holds the top level, SHELF the shelf items. */
  childIds: Record<string, string[]>;
  krIds: Record<string, string[]>;
}

const NONE: readonly never[] = [];

const bySort = (a: { sortOrder: number; id: string }, b: { sortOrder: number; id: string }) =>
  a.sortOrder - b.sortOrder || (a.id < b.id ? -1 : 1);

/** What changed since the findings engine last looked (objective and KR ids, `reset` after a reload). */
export const changes = { reset: true, objectives: new Set<string>(), krs: new Set<string>() };

export function fromSnapshot(objectives: Objective[], keyResults: KeyResult[], journal = true): PlanData {
  const data: PlanData = { objectives: {}, krs: {}, childIds: { [ROOT]: [] }, krIds: {} };
  for (const o of objectives) data.objectives[o.id] = o;
  // Snapshots arrive in sort order (the repository sorts); sort only when they do not.
  let sorted = true;
  for (let i = 1; i < objectives.length && sorted; i++) if (bySort(objectives[i - 1]!, objectives[i]!) > 0) sorted = false;
  for (const o of sorted ? objectives : [...objectives].sort(bySort)) {
    const parent = onShelf(o) ? SHELF : o.parentId !== null && data.objectives[o.parentId] ? o.parentId : ROOT;
    (data.childIds[parent] ??= []).push(o.id);
  }
  // Key results only need ordering within their objective: group, then sort the few groups that
  // arrive out of order.
  // They arrive grouped by objective, so the list is looked up once per run, not once per KR.
  const unsorted = new Set<string>();
  let list: string[] = [];
  let last: KeyResult | null = null;
  for (const kr of keyResults) {
    data.krs[kr.id] = kr;
    if (last === null || last.objectiveId !== kr.objectiveId) {
      list = data.krIds[kr.objectiveId] ??= [];
      last = list.length ? data.krs[list[list.length - 1]!]! : null;
    }
    if (last && bySort(last, kr) > 0) unsorted.add(kr.objectiveId);
    list.push(kr.id);
    last = kr;
  }
  for (const id of unsorted) data.krIds[id]!.sort((a, b) => bySort(data.krs[a]!, data.krs[b]!));
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

const wrap = (d: PlanData): PlanData => ({ objectives: d.objectives, krs: d.krs, childIds: d.childIds, krIds: d.krIds });

export function withObjective(d: PlanData, o: Objective, index?: number): PlanData {
  const prev = d.objectives[o.id];
  d.objectives[o.id] = o;
  changes.objectives.add(o.id);
  if (prev && parentKey(prev) === parentKey(o) && index === undefined) return wrap(d);
  const { childIds } = d;
  if (prev) childIds[parentKey(prev)] = (childIds[parentKey(prev)] ?? []).filter((x) => x !== o.id);
  const siblings = childIds[parentKey(o)];
  childIds[parentKey(o)] = insertAt(siblings, o.id, index ?? siblings?.length ?? 0);
  // Siblings' sort orders changed in the file; the findings engine reads the order from here.
  for (const x of childIds[parentKey(o)]!) changes.objectives.add(x);
  return wrap(d);
}

export function withKeyResult(d: PlanData, kr: KeyResult, index?: number): PlanData {
  const known = d.krs[kr.id] !== undefined;
  d.krs[kr.id] = kr;
  changes.krs.add(kr.id);
  if (known && index === undefined) return wrap(d);
  const list = d.krIds[kr.objectiveId];
  d.krIds[kr.objectiveId] = insertAt(list, kr.id, index ?? list?.length ?? 0);
  return wrap(d);
}

export function withoutKeyResult(d: PlanData, kr: KeyResult): PlanData {
  delete d.krs[kr.id];
  changes.krs.add(kr.id);
  d.krIds[kr.objectiveId] = (d.krIds[kr.objectiveId] ?? []).filter((x) => x !== kr.id);
  return wrap(d);
}

export function withoutSubtree(d: PlanData, sub: Subtree): PlanData {
  const { objectives, krs, childIds, krIds } = d;
  for (const o of sub.objectives) {
    delete objectives[o.id];
    delete childIds[o.id];
    delete krIds[o.id];
    changes.objectives.add(o.id);
  }
  for (const kr of sub.keyResults) {
    delete krs[kr.id];
    changes.krs.add(kr.id);
  }
  const root = sub.objectives[0]!;
  childIds[parentKey(root)] = (childIds[parentKey(root)] ?? []).filter((x) => x !== root.id);
  return wrap(d);
}

export function withSubtree(d: PlanData, sub: Subtree): PlanData {
  const inner = fromSnapshot(sub.objectives, sub.keyResults, false);
  const root = sub.objectives[0]!;
  const shelf = [...(d.childIds[SHELF] ?? []), ...(inner.childIds[SHELF] ?? [])];
  const top = d.childIds[parentKey(root)];
  for (const [k, v] of Object.entries(inner.childIds)) if (k !== ROOT && k !== SHELF) d.childIds[k] = v;
  d.childIds[SHELF] = shelf;
  d.childIds[parentKey(root)] = insertAt(top, root.id, sub.index);
  for (const o of sub.objectives) {
    d.objectives[o.id] = o;
    changes.objectives.add(o.id);
  }
  for (const kr of sub.keyResults) {
    d.krs[kr.id] = kr;
    changes.krs.add(kr.id);
  }
  for (const [k, v] of Object.entries(inner.krIds)) d.krIds[k] = v;
  return wrap(d);
}

/** Pre-order ids under `root`, iteratively (deep chains must not overflow the stack). */
export function preorderIds(d: PlanData, root: string = ROOT): string[] {
  const out: string[] = [];
  const stack = [...(d.childIds[root] ?? [])].reverse();
  while (stack.length) {
    const id = stack.pop()!;
    out.push(id);
    const kids = d.childIds[id] ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

/** The plan as the shared roll-up, status and audit engines read it (shelf items are not children). */
export function viewOfData(d: PlanData): PlanView {
  return {
    objective: (id) => d.objectives[id],
    children: (id) => d.childIds[id] ?? NONE,
    keyResults: (id) => (d.krIds[id] ?? NONE).map((k) => d.krs[k]!),
  };
}

export interface Progress {
  rollup: Record<string, number | null>;
  statuses: Record<string, Status | 'none'>;
}

const statusEntry = (d: PlanData, id: string, value: number | null, today: Date): Status | 'none' => {
  const o = d.objectives[id];
  return (o && statusValue(o, value, today)) || 'none';
};

/** Roll-up and status of every objective in the cascade. */
export function progressAll(d: PlanData, today = new Date()): Progress {
  const all = rollupValues(viewOfData(d), d.childIds[ROOT] ?? NONE);
  const rollup: Record<string, number | null> = {};
  const statuses: Record<string, Status | 'none'> = {};
  for (const [id, value] of all) {
    rollup[id] = value;
    statuses[id] = statusEntry(d, id, value, today);
  }
  return { rollup, statuses };
}

/** After a KR value changes, only its objective and their ancestors are recomputed: O(depth). */
export function progressPath(d: PlanData, id: string, prev: Progress, today = new Date()): Progress {
  const changed = rollupPath(viewOfData(d), id, (x) => prev.rollup[x] ?? null);
  // In place: copying 50,000 entries per keystroke would cost more than the edit.
  const { rollup, statuses } = prev;
  for (const [x, value] of changed) {
    rollup[x] = value;
    statuses[x] = statusEntry(d, x, value, today);
  }
  return { rollup, statuses };
}

export function isInside(d: PlanData, id: string, ancestor: string): boolean {
  let cur: string | null = id;
  let guard = 0;
  while (cur !== null && guard++ < 1_000_000) {
    if (cur === ancestor) return true;
    cur = d.objectives[cur]?.parentId ?? null;
  }
  return false;
}
