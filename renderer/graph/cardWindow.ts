/**
 * Which cards are mounted as DOM cards for a view (the rest of the plan is drawn on the canvas or
 * not at all), and the view a large plan opens at: shared by the graph's first render and each
 * animation frame after it.
 */
import { CARD } from '../../shared/card';
import { type CardNode, type PlanLayout, forEachInRect } from '../layoutNodes';
import { type PlanState, useStore } from '../store';
import type { Lod, Viewport } from './lodCanvas';

/**
 * Levels of detail. Each DOM card is ~40 elements; React Flow is given at most MAX_CARDS of them
 * (the live DOM stays far below 3,000 elements). Below CARDS_ZOOM, or when more cards than that
 * would be in view, the canvas draws titled cards; below TITLES_ZOOM, boxes.
 */
export const CARDS_ZOOM = 0.45;
export const TITLES_ZOOM = 0.12;
export const MAX_CARDS = 56;
/** Cards mounted beyond the edge of the view, in screen pixels, so a pan does not show gaps. */
const MARGIN_PX = 220;

/**
 * The cards React Flow is given for a view: those that intersect it (plus a margin), the selected
 * one and any being dragged; none when more than MAX_CARDS are in view or the zoom is below
 * CARDS_ZOOM (the canvas draws them then). Node objects are kept per layout version, so an
 * unchanged window gives the same objects and React Flow re-renders nothing.
 */
export function windowCards(
  pl: PlanLayout | null,
  s: PlanState,
  vp: Viewport,
  cards: { cache: Map<string, CardNode>; version: number },
  dragging: ReadonlyMap<string, { x: number; y: number }>,
  marginPx = MARGIN_PX,
): { next: Lod; out: CardNode[] } {
  const { x: tx, y: ty, zoom, width, height } = vp;
  // The titles-only view has no full cards to show: its cards are titles at every zoom.
  let next: Lod = zoom >= CARDS_ZOOM && !s.compact ? 'cards' : zoom >= TITLES_ZOOM ? 'titles' : 'boxes';
  const picked: number[] = [];
  if (pl && next === 'cards') {
    const x0 = -tx / zoom;
    const y0 = -ty / zoom;
    const x1 = x0 + width / zoom;
    const y1 = y0 + height / zoom;
    const m = marginPx / zoom;
    forEachInRect(pl, x0 - m, y0 - m, x1 + m, y1 + m, (i) => picked.push(i));
    if (picked.length > MAX_CARDS) {
      picked.length = 0;
      forEachInRect(pl, x0, y0, x1, y1, (i) => picked.push(i));
      if (picked.length > MAX_CARDS) next = 'titles';
    }
  }
  const { cache } = cards;
  if (pl && cards.version !== s.layoutVersion) {
    cache.clear();
    cards.version = s.layoutVersion;
  }
  const out: CardNode[] = [];
  if (pl && next === 'cards') {
    const ids = pl.tree.ids;
    const seen = new Set<string>();
    const add = (i: number) => {
      const id = ids[i]!;
      if (seen.has(id)) return;
      seen.add(id);
      const drag = dragging.get(id);
      let n = cache.get(id);
      if (!n || drag) {
        n = {
          id,
          type: 'objective',
          position: drag ?? { x: pl.layout.x[i]!, y: pl.layout.y[i]! },
          width: CARD.width,
          height: pl.layout.h[i]!,
          data: {},
        };
        if (!drag) cache.set(id, n);
      }
      out.push(n);
    };
    for (const i of picked) add(i);
    // The selected card and a card being dragged stay mounted: they hold focus and the pointer.
    for (const id of [s.selectedId, ...dragging.keys()]) {
      const i = id ? pl.tree.indexOf.get(id) : undefined;
      if (i !== undefined && pl.layout.visible[i] === 1) add(i);
    }
    if (cache.size > 5000) cache.clear();
  }
  return { next, out };
}

/** Opening zoom for a plan too large to fit readably: the top of the cascade at this zoom. */
const OPENING_ZOOM = 0.8;

/** The side panel's width, closed and open (renderer/styles.css, .side and .side.open). */
const SIDE_CLOSED = 46;
const SIDE_OPEN = 400;
/** The top bar's height, about (only decides which cards count as in view on the first frame). */
const TOP_BAR = 54;

/**
 * The view a plan opens at, when it can be known before React Flow is mounted: a plan of more than
 * 40 cards opens at the top of the cascade (useInitialView), centred in the canvas. The plan often
 * arrives before the first render, when there is no canvas to measure yet: the canvas is then the
 * window less the side panel (its width is fixed in CSS), and useInitialView puts the view right
 * once mounted if that was off. null: the plan is fitted once mounted (that needs the overlays).
 */
export function initialViewport(): Viewport | null {
  const pl = useStore.getState().layout;
  if (!pl || pl.layout.count <= 40) return null;
  const host = document.querySelector('main.canvas')?.getBoundingClientRect();
  const width = host && host.width > 0 ? host.width : window.innerWidth - (useStore.getState().panel ? SIDE_OPEN : SIDE_CLOSED);
  const height = host && host.height > 0 ? host.height : window.innerHeight - TOP_BAR;
  return { ...openingView(pl, width), width, height };
}

export function openingView(pl: PlanLayout, width: number): { x: number; y: number; zoom: number } {
  const first = pl.layout.order[0]!;
  return { x: width / 2 - (pl.layout.x[first]! + CARD.width / 2) * OPENING_ZOOM, y: 40, zoom: OPENING_ZOOM };
}
