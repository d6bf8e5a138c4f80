/**
 * The plan, indexed for printing: objectives in scope get indices in depth-first pre-order, so a
 * subtree is the contiguous range [i, i + size[i]). Everything is built in O(n) without recursion.
 * Sections are the atlas's branches: the topmost Strategic Bridges, or, where a part of the tree
 * has no bridge, the children of the node above it.
 */
import type { KeyResult, Objective, PlanSnapshot, Status } from '../../../shared/model';
import { rollupAll, viewOf } from '../../../shared/rollup';
import type { Tone } from './theme';
import type { PdfOptions, StatusInfo } from './types';

export interface Section {
  /** 1-based number shown on the overview and page headers. */
  number: number;
  root: number;
  /** The group (a North Star, usually) it hangs from, or -1 for a section that is a scope root. */
  group: number;
}

export type OverviewEntry = { kind: 'group'; node: number } | { kind: 'section'; section: Section };

export interface Prepared {
  n: number;
  obj: Objective[];
  indexOf: Map<string, number>;
  parent: Int32Array;
  depth: Int32Array;
  kids: number[][];
  roots: number[];
  size: Int32Array;
  krs: KeyResult[][];
  rollup: (number | null)[];
  badges: string[][];
  status: (StatusInfo | null)[];
  /** Whether a status callback was given (cards then always show a status). */
  hasStatus: boolean;
  /** Ancestors of the focused objective, top first; empty when the whole plan is exported. */
  aboveFocus: Objective[];
  focus: number | null;
  sections: Section[];
  /** Section index (0-based) per node; -1 for group nodes shown on the overview. */
  sectionOf: Int32Array;
  overview: OverviewEntry[];
  /** Scope root above each node. */
  topOf: Int32Array;
  keyResultCount: number;
  /** The date stale key results are judged at (the print date). */
  today: Date;
  notice?: string;
}

const OVERRIDE_TONE: Record<Status, Tone> = { on_track: 'on', at_risk: 'risk', off_track: 'off' };

export function prepare(plan: PlanSnapshot, opts: PdfOptions): Prepared {
  // The cascade as the app sees it: ordered by sortOrder, shelf items (and what hangs below them)
  // left out; they belong in the Health & Hygiene appendix instead.
  const view = viewOf(plan.objectives, plan.keyResults);
  let notice: string | undefined;
  let rootIds: readonly string[] = view.roots;
  let focusObj: Objective | undefined;
  if (opts.focusId) {
    focusObj = view.objective(opts.focusId);
    if (focusObj) rootIds = [focusObj.id];
    else notice = 'The focused objective no longer exists; the whole plan was exported.';
  }

  // Pre-order over the scope, iteratively; `seen` guards against a cycle in damaged data.
  const obj: Objective[] = [];
  const parentList: number[] = [];
  const indexOf = new Map<string, number>();
  const stack: [string, number][] = [];
  for (let i = rootIds.length - 1; i >= 0; i--) stack.push([rootIds[i]!, -1]);
  while (stack.length) {
    const [id, p] = stack.pop()!;
    if (indexOf.has(id)) continue;
    const o = view.objective(id);
    if (!o) continue;
    indexOf.set(id, obj.length);
    obj.push(o);
    parentList.push(p);
    const me = obj.length - 1;
    const c = view.children(id);
    for (let i = c.length - 1; i >= 0; i--) stack.push([c[i]!, me]);
  }
  const n = obj.length;
  const parent = Int32Array.from(parentList);
  const depth = new Int32Array(n);
  const topOf = new Int32Array(n);
  const kids: number[][] = Array.from({ length: n }, () => []);
  const roots: number[] = [];
  for (let i = 0; i < n; i++) {
    const p = parent[i]!;
    if (p < 0) {
      roots.push(i);
      topOf[i] = i;
    } else {
      kids[p]!.push(i);
      depth[i] = depth[p]! + 1;
      topOf[i] = topOf[p]!;
    }
  }
  const size = new Int32Array(n).fill(1);
  for (let i = n - 1; i >= 0; i--) {
    const p = parent[i]!;
    if (p >= 0) size[p]! += size[i]!;
  }

  const krs: KeyResult[][] = obj.map((o) => [...view.keyResults(o.id)]);
  let keyResultCount = 0;
  for (const k of krs) keyResultCount += k.length;

  // Roll-up exactly as the app computes it (weights, roll-up modes).
  const all = rollupAll(view, rootIds);
  const rollup: (number | null)[] = obj.map((o) => all.get(o.id)?.value ?? null);

  const badges = obj.map((o) => (opts.badges ? opts.badges(o.id).filter((b) => b.trim() !== '') : []));
  // The coach's status when given; otherwise the owner's manual status, where set.
  const status = obj.map((o): StatusInfo | null =>
    opts.status ? opts.status(o.id) : o.statusOverride ? { label: '', tone: OVERRIDE_TONE[o.statusOverride] } : null,
  );

  const aboveFocus: Objective[] = [];
  if (focusObj) {
    const seen = new Set<string>([focusObj.id]);
    let cur = focusObj.parentId ? view.objective(focusObj.parentId) : undefined;
    while (cur && !seen.has(cur.id)) {
      seen.add(cur.id);
      aboveFocus.push(cur);
      cur = cur.parentId ? view.objective(cur.parentId) : undefined;
    }
    aboveFocus.reverse();
  }

  // Sections and the overview's entries, in pre-order.
  const bridgeBelow = new Uint8Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const p = parent[i]!;
    if (p >= 0 && (bridgeBelow[i] || obj[i]!.level === 'bridge')) bridgeBelow[p] = 1;
  }
  const sections: Section[] = [];
  const overview: OverviewEntry[] = [];
  const sectionOf = new Int32Array(n).fill(-1);
  const visit: number[] = [...roots].reverse();
  while (visit.length) {
    const x = visit.pop()!;
    const isRoot = parent[x]! < 0;
    // A root with no bridges whose children are all leaves is one section (a wide, flat plan);
    // otherwise a part of the tree without bridges is split by the children of the node above.
    const flat = isRoot && !bridgeBelow[x] && kids[x]!.every((c) => kids[c]!.length === 0);
    const asSection = isRoot
      ? obj[x]!.level === 'bridge' || kids[x]!.length === 0 || flat
      : obj[x]!.level === 'bridge' || !bridgeBelow[x];
    if (asSection) {
      const s: Section = { number: sections.length + 1, root: x, group: isRoot ? -1 : parent[x]! };
      for (let j = x; j < x + size[x]!; j++) sectionOf[j] = sections.length;
      sections.push(s);
      overview.push({ kind: 'section', section: s });
    } else {
      overview.push({ kind: 'group', node: x });
      const c = kids[x]!;
      for (let i = c.length - 1; i >= 0; i--) visit.push(c[i]!);
    }
  }

  return {
    n,
    obj,
    indexOf,
    parent,
    depth,
    kids,
    roots,
    size,
    krs,
    rollup,
    badges,
    status,
    hasStatus: typeof opts.status === 'function' || status.some((x) => x !== null),
    aboveFocus,
    focus: focusObj ? 0 : null,
    sections,
    sectionOf,
    overview,
    topOf,
    keyResultCount,
    today: opts.date ?? new Date(),
    notice,
  };
}
