import { CARD, cardHeight } from '../../shared/card';
import type { ArrayLayout, LayoutTree } from '../../shared/layout';
import type { TreeIndex } from '../../shared/tree';

/**
 * Independent checks of a layout's promises, shared by the unit tests and the benchmark. They do
 * not trust the layout's own bookkeeping (lastChild, end): children are found from parent links.
 */
export interface LayoutProblems {
  /** Pairs of visible cards whose rectangles intersect (touching edges are fine). */
  overlaps: number;
  /** Parents not centred over their first and last child. */
  uncentred: number;
  /**
   * Children not directly below their parent (y = parent y + parent h + vGap), or, stacked in a
   * column under the previous sibling, not directly below that sibling (+ STACK_GAP), or stacked
   * although they have children showing.
   */
  misplaced: number;
  /** Siblings or leaves not in reading order: left to right, and top to bottom within a column. */
  unordered: number;
  /** Cards shown under a collapsed card, or hidden although no ancestor is collapsed. */
  visibility: number;
  /** First few problems, described. */
  examples: string[];
}

export const isClean = (p: LayoutProblems): boolean =>
  p.overlaps + p.uncentred + p.misplaced + p.unordered + p.visibility === 0;

export function checkArrayLayout(layout: ArrayLayout): LayoutProblems {
  const { tree, x, y, h, visible, collapsed, order, count, root } = layout;
  const { n, parent } = tree;
  const problems: LayoutProblems = { overlaps: 0, uncentred: 0, misplaced: 0, unordered: 0, visibility: 0, examples: [] };
  const note = (msg: string) => {
    if (problems.examples.length < 5) problems.examples.push(msg);
  };
  const start = root >= 0 ? root : 0;
  const stop = root >= 0 ? tree.end[root]! : n;
  const isTop = (i: number) => i === start || parent[i]! < 0;

  // Visibility: shown exactly when every ancestor (within the laid-out range) is shown and expanded.
  for (let i = start; i < stop; i++) {
    const p = parent[i]!;
    const expected = isTop(i) || (visible[p] === 1 && collapsed[p] === 0);
    if ((visible[i] === 1) !== expected) {
      problems.visibility++;
      note(`node ${i} visible=${visible[i]} expected ${expected}`);
    }
  }
  // Placement relative to the parent, sibling order, centring.
  const firstX = new Float64Array(n).fill(NaN);
  const lastX = new Float64Array(n).fill(NaN);
  /** The previous sibling seen, per parent. */
  const lastKid = new Int32Array(n).fill(-1);
  const hasKids = new Uint8Array(n);
  for (let k = 0; k < count; k++) {
    const p = parent[order[k]!]!;
    if (p >= 0) hasKids[p] = 1;
  }
  for (let k = 0; k < count; k++) {
    const v = order[k]!;
    const p = parent[v]!;
    if (isTop(v)) {
      if (y[v] !== 0) (problems.misplaced++, note(`top node ${v} at y=${y[v]}`));
    } else {
      const prev = lastKid[p]!;
      if (prev >= 0 && x[v] === x[prev]) {
        // Stacked in a column under its previous sibling: both leaves, one right below the other.
        if (Math.abs(y[v]! - (y[prev]! + h[prev]! + layout.stackGap)) > 1e-6) (problems.misplaced++, note(`node ${v} not below sibling ${prev}`));
        if ((hasKids[v] === 1 && collapsed[v] === 0) || (hasKids[prev] === 1 && collapsed[prev] === 0)) {
          problems.misplaced++;
          note(`node ${v} stacked with ${prev} although one has children showing`);
        }
      } else {
        if (Math.abs(y[v]! - (y[p]! + h[p]! + layout.vGap)) > 1e-6) (problems.misplaced++, note(`node ${v} not below parent ${p}`));
        if (prev >= 0 && !(x[v]! > x[prev]!)) (problems.unordered++, note(`node ${v} left of its previous sibling`));
      }
      if (Number.isNaN(firstX[p]!)) firstX[p] = x[v]!;
      lastX[p] = x[v]!;
      lastKid[p] = v;
    }
  }
  let prevLeafX = -Infinity;
  let prevLeafY = -Infinity;
  for (let k = 0; k < count; k++) {
    const v = order[k]!;
    if (Number.isNaN(firstX[v]!)) {
      // A shown leaf (or collapsed card): slots go left to right in pre-order, top to bottom in a column.
      if (!(x[v]! > prevLeafX || (x[v] === prevLeafX && y[v]! > prevLeafY))) (problems.unordered++, note(`leaf ${v} not after the previous leaf`));
      prevLeafX = x[v]!;
      prevLeafY = y[v]!;
    } else if (Math.abs(x[v]! - (firstX[v]! + lastX[v]!) / 2) > 1e-6) {
      problems.uncentred++;
      note(`parent ${v} at x=${x[v]} not centred over ${firstX[v]}..${lastX[v]}`);
    }
  }
  const vis = order.subarray(0, count);
  problems.overlaps = countOverlaps(vis, x, y, h, CARD.width, note);
  return problems;
}

/**
 * Intersecting pairs among equal-width boxes, in O(n log n + pairs of nearby columns): boxes are
 * grouped into columns by x and sorted by y; within a column neighbours are compared, and columns
 * closer than one width are merged like sorted interval lists.
 */
export function countOverlaps(
  nodes: ArrayLike<number>,
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  h: ArrayLike<number>,
  width: number,
  note: (msg: string) => void = () => {},
): number {
  const idx = Int32Array.from(nodes);
  idx.sort((a, b) => x[a]! - x[b]! || y[a]! - y[b]!);
  const columns: Array<{ x: number; from: number; to: number }> = [];
  for (let k = 0; k < idx.length; k++) {
    const xv = x[idx[k]!]!;
    const last = columns[columns.length - 1];
    if (last && last.x === xv) last.to = k + 1;
    else columns.push({ x: xv, from: k, to: k + 1 });
  }
  const hit = (a: number, b: number) => y[a]! < y[b]! + h[b]! && y[b]! < y[a]! + h[a]!;
  let overlaps = 0;
  for (let c = 0; c < columns.length; c++) {
    const col = columns[c]!;
    for (let k = col.from + 1; k < col.to; k++) {
      if (hit(idx[k - 1]!, idx[k]!)) (overlaps++, note(`nodes ${idx[k - 1]} and ${idx[k]} overlap`));
    }
    for (let d = c + 1; d < columns.length && columns[d]!.x - col.x < width; d++) {
      const other = columns[d]!;
      let i = col.from;
      let j = other.from;
      while (i < col.to && j < other.to) {
        const a = idx[i]!;
        const b = idx[j]!;
        if (hit(a, b)) (overlaps++, note(`nodes ${a} and ${b} overlap`));
        if (y[a]! + h[a]! <= y[b]! + h[b]!) i++;
        else j++;
      }
    }
  }
  return overlaps;
}

/** Card heights from content, exactly as the renderer sizes them. */
export function cardHeights(t: TreeIndex, tree: LayoutTree): Float64Array {
  const h = new Float64Array(tree.n);
  for (let i = 0; i < tree.n; i++) {
    const id = tree.ids[i]!;
    const o = t.byId.get(id)!;
    h[i] = cardHeight(o.title, (t.krs.get(id) ?? []).map((kr) => kr.title));
  }
  return h;
}
