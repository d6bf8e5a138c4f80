/**
 * The app's own layout (shared/layout.ts: leaf families stacked in columns, rows chosen for a
 * shape) as a print block, so a one-page print is arranged as the screen is. The layout works in
 * screen units (cards CARD.width wide); cards here are `cardW` points wide, so their measured
 * heights go in scaled up by CARD.width / cardW and positions and gaps come out scaled down.
 */
import { CARD } from '../../../shared/card';
import { connectorPoints, fromPreorderParents, layoutArrays } from '../../../shared/layout';
import type { CardSpec } from './card';
import type { Block } from './layout';
import type { Prepared } from './prepare';

export function cascadeBlock(p: Prepared, spec: (node: number) => CardSpec, cardW: number, aspect: number, spacing = 1): Block {
  const k = cardW / CARD.width;
  const tree = fromPreorderParents(p.obj.map((o) => o.id), p.parent);
  const specs = p.obj.map((_, i) => spec(i));
  const layout = layoutArrays(tree, (i) => specs[i]!.h / k, undefined, -1, { aspect, spacing });
  const out: Block = { w: layout.width * k, h: layout.height * k, ax: 0, cards: [], segs: [], markers: [] };
  const pts = new Float64Array(10);
  for (let c = 0; c < layout.count; c++) {
    const v = layout.order[c]!;
    out.cards.push({ node: v, x: layout.x[v]! * k, y: layout.y[v]! * k, spec: specs[v]! });
    const n = connectorPoints(layout, v, pts);
    for (let j = 1; j < n; j++) out.segs.push({ x1: pts[2 * j - 2]! * k, y1: pts[2 * j - 1]! * k, x2: pts[2 * j]! * k, y2: pts[2 * j + 1]! * k });
  }
  out.ax = out.w / 2;
  return out;
}
