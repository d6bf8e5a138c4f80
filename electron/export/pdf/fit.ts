/**
 * "Fit to one page": the tree scaled to the page body, arranged by the app's own layout
 * (cascadeBlock: leaf families stacked in columns, the rows chosen for the page's shape). Full
 * cards are tried first; when their smallest text would fall below MIN_TEXT_PT, compact cards
 * (card.ts: CompactKind, from showing every KR to title and owner only, KRs in the appendix) at a
 * few card widths and shapes.
 * Fails (null) when even those would shrink text below MIN_TEXT_PT, or when the tree plainly cannot
 * fit (checked first, in O(1), so a 10,000-objective plan does not lay out anything here).
 */
import { type CardSpec, measureCompact } from './card';
import { cascadeBlock } from './cascadeBlock';
import { layoutHorizontal, type Block } from './layout';
import type { Rect } from './paper';
import type { Prepared } from './prepare';
import type { Typesetter } from './text';
import { MIN_TEXT_PT, TYPE } from './theme';

export const MIN_FIT_SCALE = MIN_TEXT_PT / TYPE.smallest;
export const MAX_FIT_SCALE = 1.6;

export interface FitResult {
  block: Block;
  scale: number;
}

/** Compact card widths tried, in points at scale 1. */
const COMPACT_WIDTHS = [72, 76, 80, 86, 92, 98, 104, 124, 150];
/** Gaps between compact cards, against the screen's (a 300 px card has 40 px beside it; an 80 pt one 4.3 pt). */
const COMPACT_SPACING = 0.35;

export function planFit(
  ts: Typesetter,
  p: Prepared,
  area: Rect,
  cardW: number,
  spec: (node: number) => CardSpec,
): { fit: FitResult | null; bestScale: number } {
  if (p.n === 0) return { fit: null, bestScale: 0 };
  // Every compact card is at least this big; if their total area exceeds the page's at the minimum
  // scale, nothing can fit.
  const minArea = COMPACT_WIDTHS[0]! * 24;
  const room = (area.w / MIN_FIT_SCALE) * (area.h / MIN_FIT_SCALE);
  if (p.n * minArea > room) return { fit: null, bestScale: Math.sqrt(room / (p.n * minArea)) * MIN_FIT_SCALE };

  const aspect = area.w / area.h;
  let best: FitResult | null = null;
  const scaleOf = (block: Block) => Math.min(area.w / block.w, area.h / block.h, MAX_FIT_SCALE);
  const consider = (block: Block) => {
    const scale = scaleOf(block);
    if (!best || scale > best.scale + 1e-6) best = { block, scale };
    return scale >= MIN_FIT_SCALE;
  };
  const full = cascadeBlock(p, spec, cardW, aspect);
  const deep = layoutHorizontal({ p, spec, mode: 'fit', leafColumnH: Infinity, capNodes: Infinity }, p.roots);
  if ([consider(full), consider(deep)].some(Boolean)) return done(best);
  // Compact cards, showing as much as fits: their KRs first, then a count, then tight. The layout
  // aims near the page's shape; a few shapes around it are tried, as uneven columns can make
  // another one fill the page better.
  for (const kind of ['krs', 'count', 'tight'] as const) {
    let fitted: FitResult | null = null;
    for (const w of COMPACT_WIDTHS) {
      const compact: (CardSpec | undefined)[] = new Array(p.n);
      const measure = (n: number) => (compact[n] ??= measureCompact(ts, p, n, w, kind));
      for (const shape of [1, 0.9, 1.1, 0.8, 1.25, 0.65, 1.5]) {
        const block = cascadeBlock(p, measure, w, aspect * shape, COMPACT_SPACING);
        const scale = scaleOf(block);
        if (scale >= MIN_FIT_SCALE && (!fitted || scale > fitted.scale)) fitted = { block, scale };
        consider(block);
      }
    }
    if (fitted) return done(fitted);
  }
  return done(best);
}

function done(found: FitResult | null): { fit: FitResult | null; bestScale: number } {
  if (!found || found.scale < MIN_FIT_SCALE) return { fit: null, bestScale: found?.scale ?? 0 };
  return { fit: found, bestScale: found.scale };
}
