import { type KeyResult, type Objective, type Status, type Subtree, onShelf } from '../shared/model';
import { type PlanView, rollupAll, rollupPath } from '../shared/rollup';
import { statusOf } from '../shared/status';
import { ROOT } from '../shared/tree';

/** Key of the Health & Hygiene shelf in `childIds`: shelf items keep their parent but leave the tree. */
export const SHELF = '\u0000shelf';

/**
 * The plan as the renderer holds it: records keyed by id plus ordered id lists, updated
 * immutably so that a component subscribed to one card re-renders only when that card changes.
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

export function fromSnapshot(objectives: Objective[], keyResults: KeyResult[]): PlanData {
  const data: PlanData = { objectives: {}, krs: {}, childIds: { [ROOT]: [] }, krIds: {} };
  for (const o of objectives) data.objectives[o.id] = o;
  for (const o of [...objectives].sort(bySort)) {
    const parent = onShelf(o) ? SHELF : o.parentId !== null && data.objectives[o.parentId] ? o.parentId : ROOT;
    (data.childIds[parent] ??= []).push(o.id);
  }
  for (const kr of [...keyResults].sort(bySort)) (data.krIds[kr.objectiveId] ??= []).push(kr.id);
  for (const kr of keyResults) data.krs[kr.id] = kr;
  return data;
}

/** Where an objective is listed: under its parent, at the top level, or on the shelf. */
export const parentKey = (o: Objective): string => (onShelf(o) ? SHELF : (o.parentId ?? ROOT));

function insertAt(list: readonly string[] | undefined, id: string, index: number): string[] {
  const next = (list ?? []).filter((x) => x !== id);
  next.splice(Math.min(index, next.length), 0, id);
  return next;
}

export function withObjective(d: PlanData, o: Objective, index?: number): PlanData {
  const prev = d.objectives[o.id];
  const objectives = { ...d.objectives, [o.id]: o };
  if (prev && parentKey(prev) === parentKey(o) && index === undefined) return { ...d, objectives };
  const childIds = { ...d.childIds };
  if (prev) childIds[parentKey(prev)] = (childIds[parentKey(prev)] ?? []).filter((x) => x !== o.id);
  const siblings = childIds[parentKey(o)];
  childIds[parentKey(o)] = insertAt(siblings, o.id, index ?? siblings?.length ?? 0);
  return { ...d, objectives, childIds };
}

export function withKeyResult(d: PlanData, kr: KeyResult, index?: number): PlanData {
  const krs = { ...d.krs, [kr.id]: kr };
  if (d.krs[kr.id] && index === undefined) return { ...d, krs };
  const list = d.krIds[kr.objectiveId];
  return { ...d, krs, krIds: { ...d.krIds, [kr.objectiveId]: insertAt(list, kr.id, index ?? list?.length ?? 0) } };
}

export function withoutKeyResult(d: PlanData, kr: KeyResult): PlanData {
  const krs = { ...d.krs };
  delete krs[kr.id];
  return { ...d, krs, krIds: { ...d.krIds, [kr.objectiveId]: (d.krIds[kr.objectiveId] ?? []).filter((x) => x !== kr.id) } };
}

export function withoutSubtree(d: PlanData, sub: Subtree): PlanData {
  const objectives = { ...d.objectives };
  const krs = { ...d.krs };
  const childIds = { ...d.childIds };
  const krIds = { ...d.krIds };
  for (const o of sub.objectives) {
    delete objectives[o.id];
    delete childIds[o.id];
    delete krIds[o.id];
  }
  for (const kr of sub.keyResults) delete krs[kr.id];
  const root = sub.objectives[0]!;
  childIds[parentKey(root)] = (childIds[parentKey(root)] ?? []).filter((x) => x !== root.id);
  return { objectives, krs, childIds, krIds };
}

export function withSubtree(d: PlanData, sub: Subtree): PlanData {
  const inner = fromSnapshot(sub.objectives, sub.keyResults);
  const root = sub.objectives[0]!;
  const childIds = { ...d.childIds, ...inner.childIds };
  childIds[ROOT] = d.childIds[ROOT] ?? [];
  childIds[SHELF] = [...(d.childIds[SHELF] ?? []), ...(inner.childIds[SHELF] ?? [])];
  childIds[parentKey(root)] = insertAt(d.childIds[parentKey(root)], root.id, sub.index);
  return {
    objectives: { ...d.objectives, ...inner.objectives },
    krs: { ...d.krs, ...inner.krs },
    childIds,
    krIds: { ...d.krIds, ...inner.krIds },
  };
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
  return (o && statusOf(o, value, today).status) || 'none';
};

/** Roll-up and status of every objective in the cascade. */
export function progressAll(d: PlanData, today = new Date()): Progress {
  const all = rollupAll(viewOfData(d), d.childIds[ROOT] ?? NONE);
  const rollup: Record<string, number | null> = {};
  const statuses: Record<string, Status | 'none'> = {};
  for (const [id, r] of all) {
    rollup[id] = r.value;
    statuses[id] = statusEntry(d, id, r.value, today);
  }
  return { rollup, statuses };
}

/** After a KR value changes, only its objective and their ancestors are recomputed: O(depth). */
export function progressPath(d: PlanData, id: string, prev: Progress, today = new Date()): Progress {
  const changed = rollupPath(viewOfData(d), id, (x) => prev.rollup[x] ?? null);
  const rollup = { ...prev.rollup };
  const statuses = { ...prev.statuses };
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
