import { CARD } from './card';
import { ROOT, type TreeIndex } from './tree';

/**
 * Top-down tidy layout in O(n), compact for wide families: leaves take consecutive slots left to
 * right, except that a family of leaf siblings may stack in columns under its parent (as org
 * charts do), so a wide, shallow cascade comes out near the shape it is shown in rather than as a
 * strip. Each parent is centred over its first and last child, and a child sits just below its
 * parent (a stacked card just below the card above it in its column). Sibling branches own
 * disjoint horizontal ranges, so cards never overlap whatever their heights. Collapsed branches
 * are left out (a collapsed card is a leaf).
 *
 * Two consequences the incremental update relies on:
 * - x depends only on the shape of the visible tree and the rows per column, never on heights
 *   once the rows are chosen;
 * - y of a card is the sum of its ancestors' heights (plus gaps), and for a stacked card also the
 *   heights of the cards above it in its column, so when one card's height changes only the y of
 *   its visible descendants (or the rest of its column) moves, all by the same amount.
 *
 * Two APIs:
 * - `buildLayoutTree` + `layoutArrays` (+ `setCardHeight`): typed arrays indexed by a node number,
 *   no per-node objects, for large plans; the renderer keeps the result and reads x/y directly.
 * - `layoutTree`: the original Map<string, Box> result, now a thin wrapper over the above.
 *
 * Everything is iterative: a 5,000-deep chain or a 100,000-card plan cannot overflow the stack.
 */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Layout {
  boxes: Map<string, Box>;
  width: number;
  height: number;
}


// ---------------------------------------------------------------------------------------------
// Structure

/**
 * The objective tree flattened once per structural change (add, delete, move, reorder). Nodes are
 * numbered in depth-first pre-order, so node i's first child is i + 1 and its subtree is exactly
 * the range [i, end[i]). Edits of titles, KRs or progress do not change it.
 */
export interface LayoutTree {
  readonly n: number;
  /** Objective id of each node. */
  readonly ids: readonly string[];
  /** Node number of each objective id (built on first use). */
  readonly indexOf: ReadonlyMap<string, number>;
  /** Parent node, or -1 for a top-level node. */
  readonly parent: Int32Array;
  /** One past the last node of the subtree (pre-order). */
  readonly end: Int32Array;
  /** Last child, or -1 for a leaf (the first child is always i + 1). */
  readonly lastChild: Int32Array;
}

/**
 * Flattens the tree under `rootId` (ROOT: the whole forest). Objectives not reachable from it are
 * left out. An explicit rootId on a cycle of parent links is taken once, with the cycle cut there.
 */
export function buildLayoutTree(t: TreeIndex, rootId: string = ROOT): LayoutTree {
  const roots = rootId === ROOT ? (t.children.get(ROOT) ?? []) : t.byId.has(rootId) ? [rootId] : [];
  const ids: string[] = [];
  const parents: number[] = [];
  const stackId: string[] = [];
  const stackParent: number[] = [];
  for (let k = roots.length - 1; k >= 0; k--) {
    stackId.push(roots[k]!);
    stackParent.push(-1);
  }
  while (stackId.length) {
    const id = stackId.pop()!;
    const p = stackParent.pop()!;
    // Every objective is in exactly one child list, so only a walk that starts on a cycle can come
    // back, and then it comes back to where it started.
    if (p >= 0 && id === rootId) continue;
    const i = ids.length;
    ids.push(id);
    parents.push(p);
    const kids = t.children.get(id);
    if (kids) {
      for (let k = kids.length - 1; k >= 0; k--) {
        stackId.push(kids[k]!);
        stackParent.push(i);
      }
    }
  }
  return fromPreorderParents(ids, Int32Array.from(parents));
}

class FlatTree implements LayoutTree {
  readonly n: number;
  private index: Map<string, number> | undefined;

  constructor(
    readonly ids: readonly string[],
    readonly parent: Int32Array,
    readonly end: Int32Array,
    readonly lastChild: Int32Array,
  ) {
    this.n = parent.length;
  }

  /** Built on first use: a Map of 50,000 ids costs more than the whole layout. */
  get indexOf(): ReadonlyMap<string, number> {
    if (!this.index) {
      this.index = new Map();
      for (let i = 0; i < this.ids.length; i++) this.index.set(this.ids[i]!, i);
    }
    return this.index;
  }
}

/**
 * A LayoutTree from parent numbers of nodes already in pre-order (parent[i] < i, each subtree
 * contiguous). For callers that keep their own arrays, e.g. tests and benchmarks.
 */
export function fromPreorderParents(ids: readonly string[], parent: Int32Array): LayoutTree {
  const n = parent.length;
  const end = new Int32Array(n);
  const lastChild = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const p = parent[i]!;
    if (p >= 0) lastChild[p] = i; // later siblings come later in pre-order
  }
  for (let i = n - 1; i >= 0; i--) {
    if (end[i]! < i + 1) end[i] = i + 1;
    const p = parent[i]!;
    if (p >= 0 && end[i]! > end[p]!) end[p] = end[i]!;
  }
  return new FlatTree(ids, parent, end, lastChild);
}

// ---------------------------------------------------------------------------------------------
// Layout over typed arrays

/** Vertical gap between cards stacked in one column (no connector runs between them). */
export const STACK_GAP = 14;
/** How far down a stacked card its connector enters from the spine, at most. */
export const STUB_Y = 36;

export interface LayoutOptions {
  /**
   * The most leaf siblings stacked in one column under their parent. 1 (the default) puts them
   * side by side in one row; 5 turns a family of 12 leaves into 3 columns of 4.
   */
  rows?: number;
  /**
   * Width ÷ height to aim for (e.g. the window's). Chooses a `floor` when neither it nor `rows` is
   * given.
   */
  aspect?: number;
  /**
   * Each family stacks as deep as its cards fit, on average, above this y (at least one row), so
   * that families starting higher take more rows. The layout reports the floor it used.
   */
  floor?: number;
  /** Multiplies the gaps between cards (1: the screen's); a print packs tighter. */
  spacing?: number;
}

export interface ArrayLayout {
  readonly tree: LayoutTree;
  /** Top-left corner and height of each node; meaningful only where `visible[i]` is 1. */
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly h: Float64Array;
  readonly visible: Uint8Array;
  /** The collapsed flags the layout was computed with (visible nodes only). */
  readonly collapsed: Uint8Array;
  /**
   * 1 for a card stacked in a column of leaf siblings: it hangs off a spine on the column's left
   * instead of a connector from above, and the card above it in the column decides its y.
   */
  readonly stacked: Uint8Array;
  /** Visible nodes in pre-order (left to right, parents before children); the first `count`. */
  readonly order: Int32Array;
  readonly count: number;
  /** The node laid out as the single root, or -1 for the whole forest. */
  readonly root: number;
  /** The most cards per stacked column this layout used (1: leaves side by side). */
  readonly rows: number;
  /** The floor families were stacked against (LayoutOptions.floor), or -1 for none. */
  readonly floor: number;
  /** The gaps used: between slots, below a parent, between stacked cards. */
  readonly hGap: number;
  readonly vGap: number;
  readonly stackGap: number;
  width: number;
  height: number;
}

export type NodeHeights = Float64Array | ((i: number) => number);
export type NodeFlags = Uint8Array | ((i: number) => boolean);

/**
 * A family of m leaves in `cols` columns, as even as possible (7 leaves in 3 columns: 3, 2 and 2).
 * The first `extra` columns hold `base + 1` cards, the others `base`.
 */
function stackShape(m: number, cols: number): { cols: number; base: number; extra: number } {
  const base = Math.floor(m / cols);
  return { cols, base, extra: m - base * cols };
}

/** Column and row of the j-th leaf of a family laid out as `shape`. */
function stackCell(j: number, shape: { base: number; extra: number }): { c: number; row: number } {
  const tall = shape.extra * (shape.base + 1);
  if (j < tall) return { c: Math.floor(j / (shape.base + 1)), row: j % (shape.base + 1) };
  return { c: shape.extra + Math.floor((j - tall) / shape.base), row: (j - tall) % shape.base };
}

/**
 * Lays out every visible node. `heights` and `collapsed` are read once per visible node. `root`
 * (a node number) lays out that branch alone, as if it were the only top-level objective.
 *
 * Families of leaf siblings (runs of consecutive siblings without visible children) stack in
 * balanced columns, filled top to bottom then left to right, as compact org charts draw them: a
 * 20-leaf family with `rows` 5 takes 4 slots instead of 20. Everything else is the tidy layout:
 * each column is a slot, slots go left to right, a parent is centred over its first and last
 * child (first and last column of a stack), sibling branches own disjoint horizontal ranges.
 * With `aspect`, one number is chosen for the whole tree, a floor: each family stacks as deep as
 * its cards fit above it, so each branch gets its own arrangement and the bottom edge comes out
 * even; the floor is bisected until width ÷ height comes closest to the aspect.
 *
 * Linear passes (plus ≤ 35 passes over the families' heights when choosing the floor); allocates
 * typed arrays of n.
 */
export function layoutArrays(tree: LayoutTree, heights: NodeHeights, collapsed?: NodeFlags, root = -1, opts: LayoutOptions = {}): ArrayLayout {
  const { n, parent, end, lastChild } = tree;
  const spacing = opts.spacing ?? 1;
  const hGap = CARD.hGap * spacing;
  const vGap = CARD.vGap * spacing;
  const stackGap = STACK_GAP * spacing;
  const slotW = CARD.width + hGap;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const h = new Float64Array(n);
  const visible = new Uint8Array(n);
  const col = new Uint8Array(n);
  const stacked = new Uint8Array(n);
  const order = new Int32Array(n);
  const start = root >= 0 ? root : 0;
  const stop = root >= 0 ? (root < n ? end[root]! : root) : n;
  const heightFn = typeof heights === 'function' ? heights : null;
  const heightArr = typeof heights === 'function' ? null : heights;
  const colFn = typeof collapsed === 'function' ? collapsed : null;
  const colArr = collapsed === undefined || typeof collapsed === 'function' ? null : collapsed;
  const isTop = (i: number) => i === start || parent[i]! < 0;
  const isLeaf = (i: number) => col[i] === 1 || lastChild[i]! < 0;

  // Pass 1, pre-order: heights, visibility, and y as if every card hung below its parent (true for
  // every card but the stacked ones, whose ancestors are never stacked); collapsed subtrees skipped.
  let count = 0;
  let i = start;
  while (i < stop) {
    const hi = heightFn ? heightFn(i) : heightArr![i]!;
    const p = parent[i]!;
    h[i] = hi;
    y[i] = isTop(i) ? 0 : y[p]! + h[p]! + vGap;
    visible[i] = 1;
    order[count++] = i;
    const c = colFn ? colFn(i) : colArr ? (colArr[i] ?? 0) > 0 : false;
    if (c) col[i] = 1;
    i = c || lastChild[i]! < 0 ? end[i]! : i + 1;
  }

  // Families: runs of consecutive leaf siblings (adjacent in `order`, as leaves skip their subtree).
  // Recorded as (position in order, length) when two or more long; `fixedBottom` is the lowest
  // bottom edge of every other card, which stacking does not move.
  const runAt = new Int32Array(count);
  const runLen = new Int32Array(count);
  let runs = 0;
  let leaves = 0;
  let inRuns = 0;
  let fixedBottom = 0;
  for (let k = 0; k < count; ) {
    const v = order[k]!;
    if (!isLeaf(v)) {
      if (y[v]! + h[v]! > fixedBottom) fixedBottom = y[v]! + h[v]!;
      k++;
      continue;
    }
    let m = 1;
    if (!isTop(v)) {
      const p = parent[v]!;
      while (k + m < count && parent[order[k + m]!] === p && isLeaf(order[k + m]!)) m++;
    }
    leaves++;
    if (m >= 2) {
      runAt[runs] = k;
      runLen[runs++] = m;
      inRuns += m;
    } else if (y[v]! + h[v]! > fixedBottom) fixedBottom = y[v]! + h[v]!;
    k += m;
    if (m >= 2) leaves += m - 1;
  }

  // Each family's top edge and mean card height, for choosing its rows under a floor.
  const runTop = new Float64Array(runs);
  const runMean = new Float64Array(runs);
  let deepest = fixedBottom;
  for (let r = 0; r < runs; r++) {
    const k0 = runAt[r]!;
    const m = runLen[r]!;
    let sum = 0;
    for (let j = 0; j < m; j++) sum += h[order[k0 + j]!]!;
    runTop[r] = y[order[k0]!]!;
    runMean[r] = sum / m;
    deepest = Math.max(deepest, runTop[r]! + sum + (m - 1) * stackGap);
  }
  /** Bottom edge of family r laid out in `cols` columns. */
  const familyBottom = (r: number, cols: number): number => {
    const k0 = runAt[r]!;
    const { base, extra } = stackShape(runLen[r]!, cols);
    let bottom = 0;
    let j = 0;
    for (let c = 0; c < cols; c++) {
      let colH = -stackGap;
      for (let e = j + (c < extra ? base + 1 : base); j < e; j++) colH += h[order[k0 + j]!]! + stackGap;
      if (colH > bottom) bottom = colH;
    }
    return runTop[r]! + bottom;
  };
  // Columns of family r: enough for a fixed cap of rows (opts.rows), or the fewest whose cards
  // end above a common floor (starting from the mean card height's guess), so families that start
  // higher stack deeper and the bottom edge comes out even.
  const uniform = Math.max(1, Math.floor(opts.rows ?? 1));
  const colsUnder = (r: number, floor: number): number => {
    const m = runLen[r]!;
    const rows = Math.max(1, Math.floor((floor - runTop[r]! + stackGap) / (runMean[r]! + stackGap)));
    let cols = Math.ceil(m / Math.min(m, rows));
    while (cols < m && familyBottom(r, cols) > floor) cols++;
    return cols;
  };

  /** Width and height of the layout with family r in `colsOf(r)` columns. */
  const measure = (colsOf: (r: number) => number): { w: number; h: number } => {
    let slots = leaves - inRuns;
    let bottom = fixedBottom;
    for (let r = 0; r < runs; r++) {
      const cols = colsOf(r);
      slots += cols;
      bottom = Math.max(bottom, familyBottom(r, cols));
    }
    return { w: Math.max(0, slots * slotW - hGap), h: bottom };
  };
  let floor = opts.floor ?? -1;
  if (opts.floor === undefined && opts.rows === undefined && opts.aspect && opts.aspect > 0 && runs > 0) {
    floor = chooseFloor((f) => measure((r) => colsUnder(r, f)), fixedBottom, deepest, opts.aspect);
  }
  const colsOf = (r: number) => (floor >= 0 ? colsUnder(r, floor) : Math.ceil(runLen[r]! / Math.min(uniform, runLen[r]!)));

  // Pass 2, pre-order: slots left to right; a family stacks into columns when rows allow it.
  let slot = 0;
  let r = 0;
  let rows = 1;
  for (let k = 0; k < count; ) {
    const v = order[k]!;
    if (r < runs && runAt[r] === k) {
      const m = runLen[r]!;
      const shape = stackShape(m, colsOf(r++));
      if (shape.cols < m) rows = Math.max(rows, shape.base + (shape.extra ? 1 : 0));
      for (let j = 0; j < m; j++) {
        const u = order[k + j]!;
        const { c, row } = stackCell(j, shape);
        x[u] = (slot + c) * slotW;
        if (shape.cols < m) {
          stacked[u] = 1;
          if (row > 0) {
            const above = order[k + j - 1]!;
            y[u] = y[above]! + h[above]! + stackGap;
          }
        }
      }
      slot += shape.cols;
      k += m;
      continue;
    }
    if (isLeaf(v)) x[v] = slot++ * slotW;
    k++;
  }
  // Pass 3, reverse pre-order (children before parents): centre each parent over its children.
  let height = 0;
  for (let k = count - 1; k >= 0; k--) {
    const v = order[k]!;
    if (!isLeaf(v)) x[v] = (x[v + 1]! + x[lastChild[v]!]!) / 2;
    if (y[v]! + h[v]! > height) height = y[v]! + h[v]!;
  }
  return { tree, x, y, h, visible, collapsed: col, stacked, order, count, root, rows, floor, hGap, vGap, stackGap, width: Math.max(0, slot * slotW - hGap), height };
}

/**
 * The floor whose layout fits a box of shape `aspect` (width ÷ height) at the largest scale, i.e.
 * whose bounding box best fills it. Lowering the floor never makes the layout narrower, so the
 * ratio only falls as the floor goes down: bisection finds where it crosses the aspect, between
 * "nothing stacks" (the one-row height) and "every family in one column"; then, as the ratio moves
 * in steps, a few floors around the crossing are tried for the best fill.
 */
function chooseFloor(measure: (floor: number) => { w: number; h: number }, low: number, high: number, aspect: number): number {
  const ratio = (floor: number) => {
    const m = measure(floor);
    return m.h > 0 ? m.w / m.h : Infinity;
  };
  if (ratio(low) <= aspect) return -1; // already tall enough: one row
  if (ratio(high) >= aspect) return high;
  let lo = low; // ratio(lo) > aspect
  let hi = high; // ratio(hi) < aspect
  // To a pixel, or a ten-thousandth of the range on a huge plan: ~20 passes at most.
  const precise = Math.max(1, (high - low) * 1e-4);
  for (let k = 0; k < 24 && hi - lo > precise; k++) {
    const mid = (lo + hi) / 2;
    if (ratio(mid) > aspect) lo = mid;
    else hi = mid;
  }
  // Scale at which the layout fits an aspect × 1 box.
  const fill = (floor: number) => {
    const m = measure(floor);
    return Math.min(aspect / Math.max(1, m.w), 1 / Math.max(1, m.h));
  };
  let best = hi;
  let bestFill = fill(hi);
  const STEPS = 8;
  for (let k = 0; k <= STEPS; k++) {
    const f = Math.max(low, Math.min(high, hi * (0.8 + (0.5 * k) / STEPS)));
    const v = fill(f);
    if (v > bestFill * (1 + 1e-9)) (best = f), (bestFill = v);
  }
  return best;
}

export interface HeightChange {
  /** How far the cards below moved down (negative: up). 0 when nothing moved. */
  delta: number;
  /** The node range [from, to) whose visible members moved (empty when none did). */
  from: number;
  to: number;
}

/**
 * Incremental relayout after one card's height changed: shifts the y of its visible descendants
 * (or, for a stacked card, of the cards below it in its column) and updates the total height.
 * O(size of the card's subtree or column), plus one O(visible) scan for the total height when a
 * card shrinks. x never changes. A hidden card's height is not stored: the next full layout reads it.
 */
export function setCardHeight(layout: ArrayLayout, i: number, newHeight: number): HeightChange {
  const { x, y, h, visible, collapsed, stacked, tree } = layout;
  if (i < 0 || i >= tree.n || visible[i] !== 1) return { delta: 0, from: 0, to: 0 };
  const delta = newHeight - h[i]!;
  if (delta === 0) return { delta: 0, from: 0, to: 0 };
  h[i] = newHeight;
  let bottom = y[i]! + newHeight;
  let from = i + 1;
  let to: number;
  if (stacked[i] === 1) {
    // The column below it: the following siblings in the same column (each a leaf, or collapsed).
    const p = tree.parent[i]!;
    const stop = tree.end[p]!;
    from = to = tree.end[i]!;
    for (let j = from; j < stop && stacked[j] === 1 && x[j] === x[i]; j = tree.end[j]!) {
      const yj = (y[j] = y[j]! + delta);
      if (yj + h[j]! > bottom) bottom = yj + h[j]!;
      to = tree.end[j]!;
    }
  } else {
    to = collapsed[i] === 1 ? i + 1 : tree.end[i]!;
    let j = i + 1;
    while (j < to) {
      const yj = (y[j] = y[j]! + delta);
      if (yj + h[j]! > bottom) bottom = yj + h[j]!;
      j = collapsed[j] === 1 ? tree.end[j]! : j + 1;
    }
  }
  if (delta > 0) {
    if (bottom > layout.height) layout.height = bottom;
  } else {
    let height = 0;
    const { order, count } = layout;
    for (let k = 0; k < count; k++) {
      const v = order[k]!;
      if (y[v]! + h[v]! > height) height = y[v]! + h[v]!;
    }
    layout.height = height;
  }
  return { delta, from, to };
}

/**
 * The connector from node v's parent down to v, as a polyline of (x, y) pairs written into `out`
 * (room for 10 numbers); returns the number of points, 0 for a top node. Cards below one parent
 * drop from one bus line halfway down the gap under it; a stacked card hangs off its column's
 * spine, which runs in the gap on the column's left. Screen, SVG and PDF draw the same lines.
 */
export function connectorPoints(layout: ArrayLayout, v: number, out: Float64Array | number[]): number {
  const { x, y, h, tree, stacked } = layout;
  const p = tree.parent[v]!;
  if (p < 0 || v === layout.root || layout.visible[p] !== 1) return 0;
  const half = CARD.width / 2;
  const px = x[p]! + half;
  const pb = y[p]! + h[p]!;
  const bus = pb + layout.vGap / 2;
  out[0] = px;
  out[1] = pb;
  out[2] = px;
  out[3] = bus;
  if (stacked[v] === 1) {
    const spine = x[v]! - layout.hGap / 2;
    const stub = y[v]! + Math.min(h[v]! / 2, STUB_Y * (layout.vGap / CARD.vGap));
    out[4] = spine;
    out[5] = bus;
    out[6] = spine;
    out[7] = stub;
    out[8] = x[v]!;
    out[9] = stub;
    return 5;
  }
  out[4] = x[v]! + half;
  out[5] = bus;
  out[6] = x[v]! + half;
  out[7] = y[v]!;
  return 4;
}

/** The box of node i, or undefined when it is hidden. */
export function boxAt(layout: ArrayLayout, i: number): Box | undefined {
  if (layout.visible[i] !== 1) return undefined;
  return { x: layout.x[i]!, y: layout.y[i]!, w: CARD.width, h: layout.h[i]! };
}

/** Every visible node's box by objective id, in pre-order. */
export function layoutBoxes(layout: ArrayLayout): Map<string, Box> {
  const boxes = new Map<string, Box>();
  const { order, count, x, y, h, tree } = layout;
  for (let k = 0; k < count; k++) {
    const v = order[k]!;
    boxes.set(tree.ids[v]!, { x: x[v]!, y: y[v]!, w: CARD.width, h: h[v]! });
  }
  return boxes;
}

// ---------------------------------------------------------------------------------------------
// Original API

/** The whole layout as boxes by id; `rootId` lays out that branch alone. */
export function layoutTree(
  t: TreeIndex,
  heightOf: (id: string) => number,
  isCollapsed: (id: string) => boolean = () => false,
  rootId: string = ROOT,
  opts: LayoutOptions = {},
): Layout {
  const tree = buildLayoutTree(t, rootId);
  const { ids } = tree;
  const layout = layoutArrays(
    tree,
    (i) => heightOf(ids[i]!),
    (i) => isCollapsed(ids[i]!),
    -1,
    opts,
  );
  return { boxes: layoutBoxes(layout), width: layout.width, height: layout.height };
}
