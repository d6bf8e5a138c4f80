import type { KeyResult, Objective } from '../model';

export interface OrderedObjective {
  objective: Objective;
  /** 0 for a top-level objective. */
  depth: number;
  /** Its key results in sortOrder, then id. */
  keyResults: KeyResult[];
}

export interface CanonicalPlan {
  /** Depth-first pre-order, siblings by sortOrder then id. */
  objectives: OrderedObjective[];
  /** All key results, grouped by objective in the order above, each group in sortOrder then id. */
  keyResults: KeyResult[];
}

const cmp = (a: { sortOrder: number; id: string }, b: { sortOrder: number; id: string }) =>
  a.sortOrder - b.sortOrder || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The canonical order every exporter uses, computed iteratively (a 5,000-deep chain is fine).
 * Nothing is dropped: an objective whose parent is missing counts as top-level, and objectives
 * caught in a parent loop (unreachable from any top-level one) follow at the end, so that an export
 * stays lossless even for a damaged plan.
 */
export function canonicalOrder(objectives: readonly Objective[], keyResults: readonly KeyResult[]): CanonicalPlan {
  const ids = new Set(objectives.map((o) => o.id));
  const children = new Map<string | null, Objective[]>();
  for (const o of objectives) {
    const key = o.parentId !== null && ids.has(o.parentId) && o.parentId !== o.id ? o.parentId : null;
    let list = children.get(key);
    if (!list) children.set(key, (list = []));
    list.push(o);
  }
  for (const list of children.values()) list.sort(cmp);

  const krsOf = new Map<string, KeyResult[]>();
  for (const kr of keyResults) {
    let list = krsOf.get(kr.objectiveId);
    if (!list) krsOf.set(kr.objectiveId, (list = []));
    list.push(kr);
  }
  for (const list of krsOf.values()) list.sort(cmp);

  const out: OrderedObjective[] = [];
  const visited = new Set<Objective>();
  const expanded = new Set<string>();
  const usedKrs = new Set<string>();
  const walk = (roots: readonly Objective[]) => {
    const stack: Array<{ o: Objective; depth: number }> = [];
    for (let i = roots.length - 1; i >= 0; i--) stack.push({ o: roots[i]!, depth: 0 });
    while (stack.length) {
      const { o, depth } = stack.pop()!;
      if (visited.has(o)) continue;
      visited.add(o);
      // With duplicate ids (a damaged plan) the children and KRs go with the first occurrence.
      const first = !expanded.has(o.id);
      expanded.add(o.id);
      const krs = first ? (krsOf.get(o.id) ?? []) : [];
      if (first) usedKrs.add(o.id);
      out.push({ objective: o, depth, keyResults: krs });
      const kids = first ? (children.get(o.id) ?? []) : [];
      for (let i = kids.length - 1; i >= 0; i--) stack.push({ o: kids[i]!, depth: depth + 1 });
    }
  };
  walk(children.get(null) ?? []);
  if (visited.size < objectives.length) walk([...objectives].filter((o) => !visited.has(o)).sort(cmp));

  const keyResultsOut = out.flatMap((e) => e.keyResults);
  const orphans = [...krsOf.entries()]
    .filter(([id]) => !usedKrs.has(id))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([, list]) => list);
  return { objectives: out, keyResults: [...keyResultsOut, ...orphans] };
}
