/**
 * "Fit to one page": the tree scaled to the page body, arranged by the app's own layout
 * (cascadeBlock: leaf families stacked in columns, the rows chosen for the page's shape). Full
 * cards are tried first; when their smallest text would fall below MIN_TEXT_PT, compact cards
 * (card.ts: CompactKind, from showing every KR to title and owner only, KRs in the appendix) at a
 * few card widths and shapes.
 * Fails (null) when even those would shrink text below MIN_TEXT_PT, or when the tree plainly cannot
 * fit (checked first, in O(1), so a 10,000-objective plan does not lay out anything here).
 */
import { CARD } from '../../../shared/card';
import { type CardSpec, measureCompact } from './card';
import { MODEL_SMALLEST_PX } from './modelCard';
import { cascadeBlock } from './cascadeBlock';
import { layoutHorizontal, type Block } from './layout';
import type { Rect } from './paper';
import type { Prepared } from './prepare';
import type { Typesetter } from './text';
import { MIN_TEXT_PT, TYPE } from './theme';

/** Smallest scale for compact cards (their smallest text is TYPE.smallest at scale 1). */
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

interface Candidate extends FitResult {
  /** Size of its smallest text on the page, in points. */
  smallest: number;
}

/**
 * The best one-page drawing, and the size of the smallest text of the most legible one tried (for
 * the message when none is legible). Full cards are the card model at cardW (smallest text
 * MODEL_SMALLEST_PX × cardW / CARD.width at scale 1); compact cards TYPE.smallest.
 */
export function planFit(
  ts: Typesetter,
  p: Prepared,
  area: Rect,
  cardW: number,
  spec: (node: number) => CardSpec,
): { fit: FitResult | null; bestSmallest: number } {
  if (p.n === 0) return { fit: null, bestSmallest: 0 };
  // Every compact card is at least this big; if their total area exceeds the page's at the minimum
  // scale, nothing can fit.
  const minArea = COMPACT_WIDTHS[0]! * 24;
  const room = (area.w / MIN_FIT_SCALE) * (area.h / MIN_FIT_SCALE);
  if (p.n * minArea > room) return { fit: null, bestSmallest: Math.sqrt(room / (p.n * minArea)) * MIN_TEXT_PT };

  const aspect = area.w / area.h;
  let best: Candidate | null = null;
  const scaleOf = (block: Block) => Math.min(area.w / block.w, area.h / block.h, MAX_FIT_SCALE);
  const consider = (block: Block, smallestAt1: number): Candidate => {
    const scale = scaleOf(block);
    const c = { block, scale, smallest: scale * smallestAt1 };
    if (!best || c.smallest > best.smallest + 1e-6) best = c;
    return c;
  };
  const fullSmallest = (MODEL_SMALLEST_PX * cardW) / CARD.width;
  const full = cascadeBlock(p, spec, cardW, aspect);
  const deep = layoutHorizontal({ p, spec, mode: 'fit', leafColumnH: Infinity, capNodes: Infinity }, p.roots);
  if ([consider(full, fullSmallest), consider(deep, fullSmallest)].some((c) => c.smallest >= MIN_TEXT_PT)) return done(best);
  // Compact cards, showing as much as fits: their KRs first, then a count, then tight. The layout
  // aims near the page's shape; a few shapes around it are tried, as uneven columns can make
  // another one fill the page better.
  for (const kind of ['krs', 'count', 'tight'] as const) {
    let fitted: Candidate | null = null;
    for (const w of COMPACT_WIDTHS) {
      const compact: (CardSpec | undefined)[] = new Array(p.n);
      const measure = (n: number) => (compact[n] ??= measureCompact(ts, p, n, w, kind));
      for (const shape of [1, 0.9, 1.1, 0.8, 1.25, 0.65, 1.5]) {
        const block = cascadeBlock(p, measure, w, aspect * shape, COMPACT_SPACING);
        const c = consider(block, TYPE.smallest);
        if (c.smallest >= MIN_TEXT_PT && (!fitted || c.scale > fitted.scale)) fitted = c;
      }
    }
    if (fitted) return done(fitted);
  }
  return done(best);
}

function done(found: Candidate | null): { fit: FitResult | null; bestSmallest: number } {
  if (!found || found.smallest < MIN_TEXT_PT - 1e-9) return { fit: null, bestSmallest: found?.smallest ?? 0 };
  return { fit: { block: found.block, scale: found.scale }, bestSmallest: found.smallest };
}
