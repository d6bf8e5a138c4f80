import type { KeyResult, Objective } from './model';
import { krProgress } from './progress';
import { ROOT, childIds, indexTree } from './tree';

/** What happens to a branch's unfinished key results in the next cycle. */
export const CARRY_CHOICES = ['carry', 'reset', 'drop'] as const;
export type CarryChoice = (typeof CARRY_CHOICES)[number];

export const CARRY_LABEL: Record<CarryChoice, string> = {
  carry: 'Carry over (current value becomes the new start)',
  reset: 'Reset (back to the start value)',
  drop: 'Drop (the objectives go on without them)',
};

export interface CycleInfo {
  id: string;
  name: string;
  number: number;
  startedAt: string;
  closedAt: string | null;
  /** The snapshot holding its final values, once closed. */
  snapshot: string | null;
}

export interface SnapshotInfo {
  name: string;
  kind: 'user' | 'cycle' | 'workshop' | 'api';
  takenAt: string;
  objectives: number;
  keyResults: number;
}

/** A choice for every branch: the objective named, and everything under it unless chosen again there. */
export interface CarryChoices {
  default: CarryChoice;
  branches: Record<string, CarryChoice>;
}

export interface NextCyclePlan {
  /** Key results that stay in the closed cycle: finished ones, and unfinished ones where dropped. */
  dropKeyResults: string[];
  /** Unfinished key results carried on or reset, with their new start and current values. */
  keyResults: { id: string; start: number; current: number }[];
  /** Every objective goes on into the next cycle, with the choice that applied to it. */
  carried: { id: string; choice: CarryChoice }[];
}

/**
 * What starting the next cycle does to the plan. The structure goes on whole; a finished key
 * result stays in the closed cycle (it is done); an unfinished one is carried (its current value
 * becomes its new start), reset (its current value goes back to its start) or dropped, as chosen
 * for its branch: the nearest objective above it (or itself) that has a choice, else the default.
 */
export function planNextCycle(objectives: readonly Objective[], keyResults: readonly KeyResult[], choices: CarryChoices): NextCyclePlan {
  const byId = new Map(objectives.map((o) => [o.id, o]));
  // Parents before children, so a branch's choice is known when its children are reached.
  const depth = (o: Objective): number => {
    let d = 0;
    for (let p = o.parentId; p !== null && byId.has(p) && d < 10_000; p = byId.get(p)!.parentId) d++;
    return d;
  };
  const ordered = [...objectives].sort((a, b) => depth(a) - depth(b));
  const plan: NextCyclePlan = { dropKeyResults: [], keyResults: [], carried: [] };
  const final = new Map<string, CarryChoice>();
  for (const o of ordered) {
    const parent = o.parentId === null ? undefined : final.get(o.parentId);
    const choice = choices.branches[o.id] ?? parent ?? choices.default;
    final.set(o.id, choice);
    plan.carried.push({ id: o.id, choice });
  }
  for (const kr of keyResults) {
    const choice = final.get(kr.objectiveId);
    if (choice === undefined) continue;
    if (krProgress(kr) >= 1 || choice === 'drop') plan.dropKeyResults.push(kr.id);
    else if (choice === 'carry') plan.keyResults.push({ id: kr.id, start: kr.current, current: kr.current });
    else plan.keyResults.push({ id: kr.id, start: kr.start, current: kr.start });
  }
  return plan;
}

/** The branches the next-cycle dialog offers a choice for: the top level and the level below it. */
export function carryBranches(objectives: readonly Objective[]): { id: string; title: string; depth: 0 | 1; parentId: string | null }[] {
  const tree = indexTree(objectives, []);
  const out: { id: string; title: string; depth: 0 | 1; parentId: string | null }[] = [];
  for (const r of childIds(tree, ROOT).map((id) => tree.byId.get(id)!)) {
    out.push({ id: r.id, title: r.title, depth: 0, parentId: null });
    for (const c of childIds(tree, r.id).map((id) => tree.byId.get(id)!)) {
      out.push({ id: c.id, title: c.title, depth: 1, parentId: r.id });
    }
  }
  return out;
}
