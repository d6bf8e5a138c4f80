import type { Node } from '@xyflow/react';
import { BADGES_HEIGHT, CARD, COMPACT, cardHeadHeight, compactHeight, krRowHeight } from '../shared/card';
import { type ArrayLayout, type LayoutTree, buildLayoutTree, layoutArrays } from '../shared/layout';
import { ROOT, type TreeIndex } from '../shared/tree';
import type { PlanData } from './planData';

export type CardNode = Node<Record<string, never>, 'objective'>;

const SLOT = CARD.width + CARD.hGap;

/**
 * The laid-out cascade, kept as typed arrays (never one object per card): the layout itself, each
 * node's depth, and a column index for "which cards intersect this rectangle" in O(cards found).
 */
export interface PlanLayout {
  readonly tree: LayoutTree;
  readonly layout: ArrayLayout;
  /** Depth of each visible node below the layout's root(s). */
  readonly depth: Int32Array;
  /** Visible nodes bucketed by column (floor(x / SLOT)): column c holds items[colStart[c] .. colStart[c + 1]). */
  readonly colStart: Int32Array;
  readonly items: Int32Array;
  readonly columns: number;
  /** The shape (width ÷ height) the layout aimed for: the canvas's when it was laid out. */
  readonly aspect: number;
}

/**
 * A card's height from its content: title, KR titles and whether it carries a row of badges; in the
 * titles-only view (`compact`), from its title alone.
 */
export function heightOf(d: PlanData, id: string, badged: boolean, compact = false): number {
  const measured = d.measured && (compact ? d.measured.compact : d.measured.card).get(id);
  if (measured !== undefined) return compact || !badged ? measured : measured + BADGES_HEIGHT;
  if (compact) return compactHeight(d.objectives.get(id)?.title ?? '');
  // cardHeight without collecting the KR titles into an array first (50,000 cards at a time).
  let h = cardHeadHeight(d.objectives.get(id)?.title ?? '', badged);
  const krIds = d.krIds.get(id);
  if (krIds) for (const k of krIds) h += krRowHeight(d.krs.get(k)?.title ?? '');
  return h;
}

/** Height of the band along the canvas's foot that the zoom buttons and overview map take. */
const OVERLAY_BAND = 190;

/**
 * The shape the layout aims for: the part of the canvas (or of the window, before the canvas
 * exists) that "fit to view" fills, above the zoom buttons and the map. Read at each full layout
 * only, so resizing the window never rearranges the cards under the pointer.
 */
function canvasAspect(): number {
  const el = typeof document === 'undefined' ? null : document.querySelector('main.canvas');
  const r = el?.getBoundingClientRect();
  const w = r && r.width > 0 ? r.width : typeof window === 'undefined' ? 1440 : window.innerWidth;
  const h = r && r.height > 0 ? r.height : typeof window === 'undefined' ? 850 : window.innerHeight - 50;
  return Math.max(0.5, Math.min(4, w / Math.max(1, h - OVERLAY_BAND)));
}

/** Lays the whole plan (or the focused branch) out: O(n), no per-card objects. */
export function buildLayout(
  d: PlanData,
  collapsed: Record<string, boolean>,
  focusId: string | null,
  badged: ReadonlyMap<string, unknown>,
  compact = false,
): PlanLayout {
  const index: TreeIndex = { byId: d.objectives, children: d.childIds, krs: new Map() };
  const root = focusId && d.objectives.get(focusId) ? focusId : ROOT;
  const tree = buildLayoutTree(index, root);
  const { ids } = tree;
  const heights = new Float64Array(tree.n);
  for (let i = 0; i < tree.n; i++) heights[i] = heightOf(d, ids[i]!, badged.has(ids[i]!), compact);
  const aspect = canvasAspect();
  const layout = layoutArrays(tree, heights, (i) => collapsed[ids[i]!] === true, -1, { aspect, spacing: compact ? COMPACT.spacing : 1 });
  return withIndex(tree, layout, aspect);
}

/** Depths and the column index of a layout (after a full layout; x never changes otherwise). */
export function withIndex(tree: LayoutTree, layout: ArrayLayout, aspect: number): PlanLayout {
  const { order, count, x } = layout;
  const depth = new Int32Array(tree.n);
  let columns = 0;
  for (let k = 0; k < count; k++) {
    const v = order[k]!;
    const p = tree.parent[v]!;
    depth[v] = p >= 0 && layout.visible[p] === 1 ? depth[p]! + 1 : 0;
    const c = Math.floor(x[v]! / SLOT);
    if (c + 1 > columns) columns = c + 1;
  }
  const colStart = new Int32Array(columns + 1);
  for (let k = 0; k < count; k++) colStart[Math.floor(x[order[k]!]! / SLOT) + 1]!++;
  for (let c = 0; c < columns; c++) colStart[c + 1]! += colStart[c]!;
  const fill = colStart.slice(0, columns);
  const items = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    const v = order[k]!;
    items[fill[Math.floor(x[v]! / SLOT)]!++] = v;
  }
  return { tree, layout, depth, colStart, items, columns, aspect };
}

/**
 * Calls `visit` for every visible node whose card intersects the rectangle (layout coordinates).
 * Costs the cards in the columns the rectangle spans, nothing else.
 */
export function forEachInRect(pl: PlanLayout, x0: number, y0: number, x1: number, y1: number, visit: (i: number) => void): void {
  const { layout, colStart, items, columns } = pl;
  const { x, y, h } = layout;
  const c0 = Math.max(0, Math.floor((x0 - CARD.width) / SLOT));
  const c1 = Math.min(columns - 1, Math.floor(x1 / SLOT));
  for (let c = c0; c <= c1; c++) {
    for (let k = colStart[c]!, e = colStart[c + 1]!; k < e; k++) {
      const v = items[k]!;
      const xv = x[v]!;
      const yv = y[v]!;
      if (xv <= x1 && xv + CARD.width >= x0 && yv <= y1 && yv + h[v]! >= y0) visit(v);
    }
  }
}

/** The visible card at a point (layout coordinates), or -1. */
export function cardAt(pl: PlanLayout, px: number, py: number): number {
  let hit = -1;
  forEachInRect(pl, px, py, px, py, (i) => (hit = i));
  return hit;
}
