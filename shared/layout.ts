import { CARD } from './cardSize';
import { ROOT, type TreeIndex } from './tree';

/**
 * Top-down tidy layout in O(n): leaves take consecutive slots left to right, each parent is centred
 * over its first and last child, and a child sits just below its parent. Sibling branches own
 * disjoint horizontal ranges, so cards never overlap whatever their heights. Collapsed branches are
 * left out (a collapsed card takes a leaf slot).
 *
 * Two consequences the incremental update relies on:
 * - x depends only on the shape of the visible tree, never on card heights;
 * - y of a card is the sum of its ancestors' heights (plus gaps), so when one card's height
 *   changes only the y of its visible descendants moves, all by the same amount.
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

const SLOT = CARD.width + CARD.hGap;

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

export interface ArrayLayout {
  readonly tree: LayoutTree;
  /** Top-left corner and height of each node; meaningful only where `visible[i]` is 1. */
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly h: Float64Array;
  readonly visible: Uint8Array;
  /** The collapsed flags the layout was computed with (visible nodes only). */
  readonly collapsed: Uint8Array;
  /** Visible nodes in pre-order (left to right, parents before children); the first `count`. */
  readonly order: Int32Array;
  readonly count: number;
  /** The node laid out as the single root, or -1 for the whole forest. */
  readonly root: number;
  width: number;
  height: number;
}

export type NodeHeights = Float64Array | ((i: number) => number);
export type NodeFlags = Uint8Array | ((i: number) => boolean);

/**
 * Lays out every visible node. `heights` and `collapsed` are read once per visible node. `root`
 * (a node number) lays out that branch alone, as if it were the only top-level objective.
 * Two linear passes; allocates six typed arrays of n.
 */
export function layoutArrays(tree: LayoutTree, heights: NodeHeights, collapsed?: NodeFlags, root = -1): ArrayLayout {
  const { n, parent, end, lastChild } = tree;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const h = new Float64Array(n);
  const visible = new Uint8Array(n);
  const col = new Uint8Array(n);
  const order = new Int32Array(n);
  const start = root >= 0 ? root : 0;
  const stop = root >= 0 ? (root < n ? end[root]! : root) : n;
  const heightFn = typeof heights === 'function' ? heights : null;
  const heightArr = typeof heights === 'function' ? null : heights;
  const colFn = typeof collapsed === 'function' ? collapsed : null;
  const colArr = collapsed === undefined || typeof collapsed === 'function' ? null : collapsed;

  // Pass 1, pre-order: y from the parent, leaf slots left to right; collapsed subtrees skipped.
  let count = 0;
  let leaves = 0;
  let height = 0;
  let i = start;
  while (i < stop) {
    const hi = heightFn ? heightFn(i) : heightArr![i]!;
    const p = parent[i]!;
    const yi = i === start || p < 0 ? 0 : y[p]! + h[p]! + CARD.vGap;
    h[i] = hi;
    y[i] = yi;
    if (yi + hi > height) height = yi + hi;
    visible[i] = 1;
    order[count++] = i;
    const c = colFn ? colFn(i) : colArr ? (colArr[i] ?? 0) > 0 : false;
    if (c) col[i] = 1;
    if (c || lastChild[i]! < 0) {
      x[i] = leaves++ * SLOT;
      i = end[i]!;
    } else {
      i++;
    }
  }
  // Pass 2, reverse pre-order (children before parents): centre each parent over its children.
  for (let k = count - 1; k >= 0; k--) {
    const v = order[k]!;
    if (col[v] === 0 && lastChild[v]! >= 0) x[v] = (x[v + 1]! + x[lastChild[v]!]!) / 2;
  }
  return { tree, x, y, h, visible, collapsed: col, order, count, root, width: Math.max(0, leaves * SLOT - CARD.hGap), height };
}

export interface HeightChange {
  /** How far the card's visible descendants moved down (negative: up). 0 when nothing moved. */
  delta: number;
  /** The node range [from, to) whose visible members moved (empty when none did). */
  from: number;
  to: number;
}

/**
 * Incremental relayout after one card's height changed: shifts the y of its visible descendants
 * and updates the total height. O(size of the card's subtree), plus one O(visible) scan for the
 * total height when a card shrinks. x never changes. A hidden card's height is not stored: the next
 * full layout reads it.
 */
export function setCardHeight(layout: ArrayLayout, i: number, newHeight: number): HeightChange {
  const { y, h, visible, collapsed, tree } = layout;
  if (i < 0 || i >= tree.n || visible[i] !== 1) return { delta: 0, from: 0, to: 0 };
  const delta = newHeight - h[i]!;
  if (delta === 0) return { delta: 0, from: 0, to: 0 };
  h[i] = newHeight;
  let bottom = y[i]! + newHeight;
  const to = collapsed[i] === 1 ? i + 1 : tree.end[i]!;
  let j = i + 1;
  while (j < to) {
    const yj = (y[j] = y[j]! + delta);
    if (yj + h[j]! > bottom) bottom = yj + h[j]!;
    j = collapsed[j] === 1 ? tree.end[j]! : j + 1;
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
  return { delta, from: i + 1, to };
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
): Layout {
  const tree = buildLayoutTree(t, rootId);
  const { ids } = tree;
  const layout = layoutArrays(
    tree,
    (i) => heightOf(ids[i]!),
    (i) => isCollapsed(ids[i]!),
  );
  return { boxes: layoutBoxes(layout), width: layout.width, height: layout.height };
}
