/**
 * "Fit to one page": the tree scaled to the page body. The stacking height of leaf columns is
 * chosen among a few candidates to best match the page's shape. Fails (null) when the smallest
 * text would end up below MIN_TEXT_PT, or when the tree plainly cannot fit (checked first, in O(1),
 * so a 10,000-objective plan does not lay out anything here).
 */
import type { CardSpec } from './card';
import { layoutForest, layoutHorizontal, type Block } from './layout';
import type { Rect } from './paper';
import type { Prepared } from './prepare';
import { MIN_TEXT_PT, TREE_GAP as G, TYPE } from './theme';

export const MIN_FIT_SCALE = MIN_TEXT_PT / TYPE.smallest;
export const MAX_FIT_SCALE = 1.6;

export interface FitResult {
  block: Block;
  scale: number;
}

export function planFit(p: Prepared, area: Rect, cardW: number, spec: (node: number) => CardSpec): { fit: FitResult | null; bestScale: number } {
  if (p.n === 0) return { fit: null, bestScale: 0 };
  // Every card is at least this big; if their total area exceeds the page's at the minimum
  // scale, nothing can fit.
  const minArea = cardW * 60;
  const room = (area.w / MIN_FIT_SCALE) * (area.h / MIN_FIT_SCALE);
  if (p.n * minArea > room) return { fit: null, bestScale: Math.sqrt(room / (p.n * minArea)) * MIN_FIT_SCALE };

  let leafH = 0;
  let leaves = 0;
  for (let i = 0; i < p.n; i++) {
    if (p.kids[i]!.length === 0) {
      leafH += spec(i).h + G.leaf;
      leaves++;
    }
  }
  const avg = leaves ? leafH / leaves : 100;
  const candidates = [Infinity, 0];
  for (let k = 1; k <= 12; k++) candidates.push(k * avg + 1);

  let best: FitResult | null = null;
  const consider = (block: Block) => {
    const scale = Math.min(area.w / block.w, area.h / block.h, MAX_FIT_SCALE);
    if (!best || scale > best.scale + 1e-6) best = { block, scale };
  };
  for (const leafColumnH of candidates) {
    consider(layoutForest({ p, spec, mode: 'fit', leafColumnH, capNodes: Infinity }, p.roots));
  }
  consider(layoutHorizontal({ p, spec, mode: 'fit', leafColumnH: Infinity, capNodes: Infinity }, p.roots));
  const found = best as FitResult | null;
  if (!found || found.scale < MIN_FIT_SCALE) return { fit: null, bestScale: found?.scale ?? 0 };
  return { fit: found, bestScale: found.scale };
}
