/** Paper sizes and the fixed regions of every page (margins, header band, footer band). */
import { CARD } from '../../../shared/card';
import { MODEL_SMALLEST_PX } from './modelCard';
import { MIN_TEXT_PT, TREE_GAP } from './theme';

/**
 * The narrowest card the atlas draws: the card model at a scale where its smallest text (11 px)
 * prints at MIN_TEXT_PT.
 */
export const MIN_CARD_W = Math.ceil((CARD.width * MIN_TEXT_PT) / MODEL_SMALLEST_PX);

export type Paper = 'A4' | 'A3' | 'Letter';

/** Portrait width × height in points. */
export const PAPER: Record<Paper, readonly [number, number]> = {
  A4: [595.28, 841.89],
  A3: [841.89, 1190.55],
  Letter: [612, 792],
};

/** The PDF limit on a page side (200 in); nothing this module makes comes near it. */
export const MAX_PAGE_SIDE = 14_400;

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PageGeometry {
  width: number;
  height: number;
  margin: number;
  /** Band at the top for the section label and breadcrumb. */
  header: Rect;
  /** Band at the bottom for plan name, date and page number. */
  footer: Rect;
  /** What lies between header and footer. */
  body: Rect;
  /** Card width for trees and number of card columns the body holds. */
  cardW: number;
  columns: number;
}

const MARGIN = 30;
const HEADER_H = 34;
const FOOTER_H = 18;

export function pageGeometry(paper: Paper, landscape: boolean): PageGeometry {
  const [pw, ph] = PAPER[paper];
  return geometryOf(landscape ? ph : pw, landscape ? pw : ph);
}

/** The regions of a page of any size (a poster's whole drawing is one, cut into sheets). */
export function geometryOf(width: number, height: number): PageGeometry {
  if (width > MAX_PAGE_SIDE || height > MAX_PAGE_SIDE) throw new Error('Page larger than 200 in');
  const inner = { x: MARGIN, w: width - 2 * MARGIN };
  const header: Rect = { x: inner.x, y: MARGIN - 6, w: inner.w, h: HEADER_H };
  const footer: Rect = { x: inner.x, y: height - MARGIN + 6 - FOOTER_H, w: inner.w, h: FOOTER_H };
  const bodyY = header.y + header.h + 6;
  const body: Rect = { x: inner.x, y: bodyY, w: inner.w, h: footer.y - 6 - bodyY };
  // As many ~190 pt columns as the width allows, at least two, none narrower than MIN_CARD_W;
  // cards (the card model, scaled) share the width evenly.
  const slot = 190;
  let columns = Math.max(2, Math.round(inner.w / slot));
  const widthOf = (c: number) => Math.floor((inner.w - (c - 1) * TREE_GAP.h) / c - TREE_GAP.indent);
  while (columns > 2 && widthOf(columns) < MIN_CARD_W) columns--;
  const cardW = widthOf(columns);
  return { width, height, margin: MARGIN, header, footer, body, cardW, columns };
}
