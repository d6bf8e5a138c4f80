/**
 * Print layout of a (part of a) tree as nested blocks. Under a parent, children form one row of
 * slots: a branch with children is a subtree, and runs of leaf siblings are stacked into columns
 * with a spine on their left, which keeps wide families compact. The parent sits centred over its
 * children (or, over a single column, on its left with the spine dropping from it).
 *
 * In the atlas a row is cut where the page ends; a branch that does not fit whole is shown as its
 * card with a "continues on page N" marker (a chain of single children is followed down instead).
 * Work is bounded: a full layout is tried only for subtrees small enough to fit a page, so each
 * node costs O(1) page attempts, and recursion depth is bounded by what fits on one page.
 */
import type { CardSpec } from './card';
import type { Prepared } from './prepare';
import { TREE_GAP as G } from './theme';

export interface Placed {
  node: number;
  x: number;
  y: number;
  spec: CardSpec;
}
export interface Seg {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
/** A "continues on page N" tag under a collapsed card; node is where the continuation starts. */
export interface Marker {
  x: number;
  y: number;
  w: number;
  node: number;
}
export interface Block {
  w: number;
  h: number;
  /** x of the point a parent connects to (card centre, or the spine of a column). */
  ax: number;
  cards: Placed[];
  segs: Seg[];
  markers: Marker[];
  /** A stack of leaves (its anchor is the spine). */
  column?: boolean;
}

export interface LayoutCtx {
  p: Prepared;
  spec: (node: number) => CardSpec;
  mode: 'fit' | 'atlas';
  /** Fit mode: the tallest a stack of leaves may grow before a new column starts. */
  leafColumnH: number;
  /** Atlas: subtrees with more nodes than this cannot fit a page and are not tried whole. */
  capNodes: number;
}

interface Slot {
  x: number;
  block: Block;
}

export interface Row {
  slots: Slot[];
  /** How many of the children (from the start index) the row holds. */
  placed: number;
  w: number;
  h: number;
}

/** Where a single column's spine leaves its parent, from the parent's left edge (minus half the indent). */
const SPINE_SHIFT = 0;

const isLeaf = (p: Prepared, n: number) => p.kids[n]!.length === 0;

export function copyInto(dst: Block, src: Block, dx: number, dy: number): void {
  for (const c of src.cards) dst.cards.push({ node: c.node, x: c.x + dx, y: c.y + dy, spec: c.spec });
  for (const s of src.segs) dst.segs.push({ x1: s.x1 + dx, y1: s.y1 + dy, x2: s.x2 + dx, y2: s.y2 + dy });
  for (const m of src.markers) dst.markers.push({ x: m.x + dx, y: m.y + dy, w: m.w, node: m.node });
}

export function cardBlock(spec: CardSpec): Block {
  return { w: spec.w, h: spec.h, ax: spec.w / 2, cards: [{ node: spec.node, x: 0, y: 0, spec }], segs: [], markers: [] };
}

/** A card whose branch continues elsewhere, with its marker underneath. */
function collapsedBlock(ctx: LayoutCtx, n: number, availH: number): Block | null {
  const spec = ctx.spec(n);
  const h = spec.h + G.markerGap + G.markerH;
  if (h > availH) return null;
  const b = cardBlock(spec);
  b.h = h;
  b.markers.push({ x: 0, y: spec.h + G.markerGap, w: spec.w, node: n });
  return b;
}

/** Leaves stacked top to bottom, with a spine on the left and an elbow into each card. */
function columnBlock(specs: readonly CardSpec[]): Block {
  const spine = G.indent / 2;
  const b: Block = { w: 0, h: 0, ax: spine, cards: [], segs: [], markers: [], column: true };
  let y = 0;
  let lastElbow = 0;
  for (const s of specs) {
    if (y > 0) y += G.leaf;
    b.cards.push({ node: s.node, x: G.indent, y, spec: s });
    lastElbow = y + Math.min(G.elbow, s.h / 2);
    b.segs.push({ x1: spine, y1: lastElbow, x2: G.indent, y2: lastElbow });
    b.w = Math.max(b.w, G.indent + s.w);
    y += s.h;
  }
  b.segs.push({ x1: spine, y1: 0, x2: spine, y2: lastElbow });
  b.h = y;
  return b;
}

/**
 * Lays out children kids[from..] in one row no wider than maxW and no taller than availH.
 * nested: part of a whole-subtree attempt, so every child must fit (else null). Otherwise (a page's
 * top row) the row stops where the page does, a branch that does not fit whole is collapsed to its
 * card and a marker, and a chain of single children is followed down the page instead.
 */
export function layoutRow(
  ctx: LayoutCtx,
  kids: readonly number[],
  from: number,
  maxW: number,
  availH: number,
  nested: boolean,
): Row | null {
  const p = ctx.p;
  const slots: Slot[] = [];
  let x = 0;
  let h = 0;
  let i = from;
  const colLimit = Math.min(availH, ctx.mode === 'fit' ? ctx.leafColumnH : Infinity);
  while (i < kids.length) {
    const c = kids[i]!;
    let block: Block | null;
    let consumed = 1;
    if (isLeaf(p, c)) {
      const specs: CardSpec[] = [];
      let ch = 0;
      let j = i;
      while (j < kids.length && isLeaf(p, kids[j]!)) {
        const s = ctx.spec(kids[j]!);
        const add = specs.length ? G.leaf + s.h : s.h;
        if (specs.length ? ch + add > colLimit : s.h > availH) break;
        specs.push(s);
        ch += add;
        j++;
      }
      block = specs.length ? columnBlock(specs) : null;
      consumed = j - i;
    } else {
      block = layoutSubtree(ctx, c, maxW, availH, !nested);
      if (!block && !nested && ctx.mode === 'atlas') block = collapsedBlock(ctx, c, availH);
    }
    if (!block) {
      if (nested) return null;
      break;
    }
    const gap = slots.length ? G.h : 0;
    if (x + gap + block.w > maxW) {
      if (nested) return null;
      break;
    }
    slots.push({ x: x + gap, block });
    x += gap + block.w;
    h = Math.max(h, block.h);
    i += consumed;
  }
  if (nested && i < kids.length) return null;
  return { slots, placed: i - from, w: x, h };
}

/** A parent card over a row of children, with connectors. */
export function compose(parent: CardSpec, row: Row): Block {
  const out: Block = { w: 0, h: 0, ax: 0, cards: [], segs: [], markers: [] };
  const first = row.slots[0];
  if (!first) {
    return cardBlock(parent);
  }
  const single = row.slots.length === 1 && first.block.column === true;
  if (single) {
    // One column: the parent on the left, the spine dropping straight from it.
    const top = parent.h + G.v * 0.6;
    out.cards.push({ node: parent.node, x: 0, y: 0, spec: parent });
    copyInto(out, first.block, SPINE_SHIFT, top);
    out.segs.push({ x1: SPINE_SHIFT + first.block.ax, y1: parent.h, x2: SPINE_SHIFT + first.block.ax, y2: top });
    out.w = Math.max(parent.w, SPINE_SHIFT + first.block.w);
    out.h = top + first.block.h;
    out.ax = parent.w / 2;
    return out;
  }
  const anchors = row.slots.map((s) => s.x + s.block.ax);
  const a0 = anchors[0]!;
  const a1 = anchors[anchors.length - 1]!;
  const pc = (a0 + a1) / 2;
  // Centre the parent over its children, but never let either stick out beyond the other: the
  // block is exactly as wide as the wider of the two, so a row that fits keeps its parent in.
  let px: number;
  let shift: number;
  if (parent.w <= row.w) {
    px = Math.min(Math.max(0, pc - parent.w / 2), row.w - parent.w);
    shift = 0;
  } else {
    px = 0;
    shift = Math.min(Math.max(0, parent.w / 2 - pc), parent.w - row.w);
  }
  const drop = px + parent.w / 2;
  const top = parent.h + G.v;
  const busY = parent.h + G.v / 2;
  out.cards.push({ node: parent.node, x: px, y: 0, spec: parent });
  for (const s of row.slots) copyInto(out, s.block, s.x + shift, top);
  out.segs.push({ x1: drop, y1: parent.h, x2: drop, y2: busY });
  const lo = Math.min(a0 + shift, drop);
  const hi = Math.max(a1 + shift, drop);
  if (hi > lo) out.segs.push({ x1: lo, y1: busY, x2: hi, y2: busY });
  for (const a of anchors) out.segs.push({ x1: a + shift, y1: busY, x2: a + shift, y2: top });
  out.w = Math.max(px + parent.w, shift + row.w);
  out.h = top + row.h;
  out.ax = drop;
  return out;
}

/**
 * The subtree of n, whole, within maxW × maxH; or null. With `partial`, a node with a single
 * non-leaf child that does not fit whole keeps that child's chain going down the page and ends it
 * with a marker, rather than failing (so a deep chain fills pages instead of one card per page).
 */
export function layoutSubtree(ctx: LayoutCtx, n: number, maxW: number, maxH: number, partial: boolean): Block | null {
  const p = ctx.p;
  const spec = ctx.spec(n);
  if (spec.w > maxW || spec.h > maxH) return null;
  const kids = p.kids[n]!;
  if (kids.length === 0) return cardBlock(spec);
  const availH = maxH - spec.h - G.v;
  if (ctx.mode === 'fit' || p.size[n]! <= ctx.capNodes) {
    const row = layoutRow(ctx, kids, 0, maxW, availH, true);
    if (row) return compose(spec, row);
  }
  if (!partial || ctx.mode !== 'atlas' || kids.length !== 1) return null;
  const only = kids[0]!;
  const child = layoutSubtree(ctx, only, maxW, availH, true) ?? collapsedBlock(ctx, only, availH);
  if (!child) return null;
  return compose(spec, { slots: [{ x: 0, block: child }], placed: 1, w: child.w, h: child.h });
}

const H_GAP = 40;
const H_STACK = 12;

/**
 * Fit mode's other shape: the tree growing left to right, children stacked to the right of their
 * parent. Suits narrow, deep trees on landscape pages. Only used for trees that can fit one page,
 * so recursion depth is small.
 */
function horizontal(ctx: LayoutCtx, n: number): Block & { ay: number } {
  const spec = ctx.spec(n);
  const kids = ctx.p.kids[n]!;
  if (kids.length === 0) return { ...cardBlock(spec), ay: spec.h / 2 };
  const subs = kids.map((k) => horizontal(ctx, k));
  const offs: number[] = [];
  let H = 0;
  for (const b of subs) {
    if (offs.length) H += H_STACK;
    offs.push(H);
    H += b.h;
  }
  const anchors = subs.map((b, i) => offs[i]! + b.ay);
  const c = (anchors[0]! + anchors[anchors.length - 1]!) / 2;
  let py: number;
  let shift: number;
  if (spec.h <= H) {
    py = Math.min(Math.max(0, c - spec.h / 2), H - spec.h);
    shift = 0;
  } else {
    py = 0;
    shift = Math.min(Math.max(0, spec.h / 2 - c), spec.h - H);
  }
  const out: Block & { ay: number } = { w: 0, h: 0, ax: 0, ay: py + spec.h / 2, cards: [], segs: [], markers: [] };
  out.cards.push({ node: n, x: 0, y: py, spec });
  const cx = spec.w + H_GAP;
  const bus = spec.w + H_GAP / 2;
  let w = 0;
  subs.forEach((b, i) => {
    copyInto(out, b, cx, offs[i]! + shift);
    w = Math.max(w, b.w);
  });
  const drop = py + spec.h / 2;
  out.segs.push({ x1: spec.w, y1: drop, x2: bus, y2: drop });
  const lo = Math.min(anchors[0]! + shift, drop);
  const hi = Math.max(anchors[anchors.length - 1]! + shift, drop);
  if (hi > lo) out.segs.push({ x1: bus, y1: lo, x2: bus, y2: hi });
  for (const a of anchors) out.segs.push({ x1: bus, y1: a + shift, x2: cx, y2: a + shift });
  out.w = cx + w;
  out.h = Math.max(py + spec.h, shift + H);
  return out;
}

/** Several roots stacked top to bottom, each growing to the right. */
export function layoutHorizontal(ctx: LayoutCtx, roots: readonly number[]): Block {
  const out: Block = { w: 0, h: 0, ax: 0, cards: [], segs: [], markers: [] };
  let y = 0;
  for (const r of roots) {
    const b = horizontal(ctx, r);
    if (y > 0) y += H_GAP;
    copyInto(out, b, 0, y);
    y += b.h;
    out.w = Math.max(out.w, b.w);
  }
  out.h = y;
  return out;
}
