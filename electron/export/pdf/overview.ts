/**
 * The atlas's first page(s): a numbered map of the branches. Each North Star (or other node above
 * the branches) is shown as a full card, followed by one numbered tile per branch with its roll-up
 * and a link to its page. The legend closes the overview.
 */
import { LEVEL_LABEL } from '../../../shared/model';
import { percent } from '../../../shared/progress';
import type { CardSpec, Op } from './card';
import { measureCard } from './modelCard';
import type { Job, OverviewPage } from './pages';
import type { PageGeometry } from './paper';
import type { Prepared, Section } from './prepare';
import { Typesetter, baselineOffset, clean } from './text';
import { PALETTE, TREE_GAP as G } from './theme';

export const TITLE_BLOCK_H = 40;
const TILE_GAP = 10;

function measureTile(ts: Typesetter, p: Prepared, s: Section, w: number, krPrefix: Int32Array): CardSpec {
  const n = s.root;
  const o = p.obj[n]!;
  const col = PALETTE.level[o.level];
  const ops: Op[] = [];
  const ix = 3 + 7;
  const iw = w - ix - 7;
  let y = 7;
  ops.push({ k: 'dot', x: ix + 8, y: y + 8, r: 8, color: col.accent });
  const num = String(s.number);
  const numSize = num.length > 3 ? 6.5 : 8;
  ops.push({ k: 'text', text: num, weight: 'bold', size: numSize, x: ix + 8, y: y + 8 + numSize * 0.36, color: '#ffffff', align: 'center' });
  ops.push({ k: 'text', text: LEVEL_LABEL[o.level].toUpperCase(), weight: 'semibold', size: 6.5, x: ix + 22, y: y + 10.5, color: col.text, spacing: 0.45 });
  y += 21;
  for (const l of ts.wrap(clean(o.title) || 'Untitled objective', 'semibold', 9, iw)) {
    ops.push({ k: 'text', text: l.text, weight: 'semibold', size: 9, x: ix, y: y + baselineOffset(9, 11.4), color: PALETTE.ink });
    y += 11.4;
  }
  y += 1;
  for (const l of ts.wrap(clean(o.owner) || 'No owner', 'regular', 7, iw)) {
    ops.push({ k: 'text', text: l.text, weight: 'regular', size: 7, x: ix, y: y + baselineOffset(7, 9), color: PALETTE.muted });
    y += 9;
  }
  y += 4;
  const r = p.rollup[n] ?? null;
  const pct = percent(r);
  const pw = ts.width(pct, 'bold', 7.5);
  ops.push({ k: 'bar', x: ix, y: y + 2.5, w: iw - pw - 6, h: 3, p: r ?? 0, color: col.accent });
  ops.push({ k: 'text', text: pct, weight: 'bold', size: 7.5, x: ix + iw, y: y + 6, color: PALETTE.ink, align: 'right' });
  y += 11;
  const count = p.size[n]!;
  const krs = krPrefix[n + count]! - krPrefix[n]!;
  const facts = `${count} objective${count === 1 ? '' : 's'} · ${krs} key result${krs === 1 ? '' : 's'}`;
  ops.push({ k: 'text', text: facts, weight: 'regular', size: 6.5, x: ix, y: y + baselineOffset(6.5, 9), color: PALETTE.muted });
  // The page reference ("Page 12 →") is drawn right-aligned on this line once pages are numbered.
  const ref = { x: ix + iw, y: y + baselineOffset(6.5, 9) };
  y += 9 + 7;
  return { node: n, w, h: Math.ceil(y), level: o.level, ops, hiddenKrs: 0, ref };
}

export function planOverview(
  ts: Typesetter,
  p: Prepared,
  g: PageGeometry,
  sectionJobs: readonly Job[],
  legendH: number,
  legendAt?: (w: number) => { h: number; ops: Op[] },
): OverviewPage[] {
  const pages: OverviewPage[] = [];
  const bottom = g.body.y + g.body.h;
  const krPrefix = new Int32Array(p.n + 1);
  for (let i = 0; i < p.n; i++) krPrefix[i + 1] = krPrefix[i]! + p.krs[i]!.length;
  const cols = g.columns;
  const tileW = (g.body.w - (cols - 1) * TILE_GAP) / cols;
  const maxCardH = g.body.h - 20;

  let page: OverviewPage = newPage(true);
  let y = g.body.y + TITLE_BLOCK_H;
  function newPage(first: boolean): OverviewPage {
    const pg: OverviewPage = { kind: 'overview', index: pages.length, count: 0, titleBlock: first, cards: [], tiles: [], labels: [], legend: null };
    pages.push(pg);
    return pg;
  }
  const ensure = (h: number) => {
    if (y + h > bottom && (page.cards.length || page.tiles.length)) {
      page = newPage(false);
      y = g.body.y;
    }
  };

  const direct = new Map<number, number>();
  for (const s of p.sections) if (s.group >= 0) direct.set(s.group, (direct.get(s.group) ?? 0) + 1);

  let lastCard: { page: OverviewPage; y: number; spec: CardSpec } | null = null;
  let row: { spec: CardSpec; job: Job }[] = [];
  const flush = () => {
    if (!row.length) return;
    const h = Math.max(...row.map((t) => t.spec.h));
    ensure(h);
    row.forEach((t, i) => {
      const x = g.body.x + i * (tileW + TILE_GAP);
      const ref = t.spec.ref ?? { x: 0, y: 0 };
      page.tiles.push({ x, y, spec: t.spec, job: t.job, pageRef: { x: x + ref.x, y: y + ref.y } });
    });
    y += h + TILE_GAP;
    row = [];
  };

  for (const e of p.overview) {
    if (e.kind === 'group') {
      flush();
      if (y > g.body.y + (page.titleBlock ? TITLE_BLOCK_H : 0)) y += 6;
      const spec = measureCard(ts, p, e.node, g.cardW, maxCardH);
      ensure(spec.h + 14);
      page.cards.push({ x: g.body.x, y, spec });
      lastCard = { page, y, spec };
      y += spec.h + 8;
      const n = direct.get(e.node) ?? 0;
      if (n > 0) {
        page.labels.push({ x: g.body.x, y: y + 7, text: `${n} ${n === 1 ? 'branch' : 'branches'} below` });
        y += 12;
      }
    } else {
      const job = sectionJobs[e.section.number - 1]!;
      row.push({ spec: measureTile(ts, p, e.section, tileW, krPrefix), job });
      if (row.length === cols) flush();
    }
  }
  flush();
  if (y + legendH + 6 > bottom) {
    // Rather than a page of its own, the legend takes the room beside this page's last full card
    // (a North Star on a wide page leaves most of its row empty), set to that width.
    const side = lastCard?.page === page ? lastCard : null;
    const sideX = side ? side.spec.w + 2 * TILE_GAP : 0;
    const narrow = side && legendAt && g.body.w - sideX >= 240 ? legendAt(g.body.w - sideX) : null;
    if (side && narrow && narrow.h <= side.spec.h) {
      page.legend = { x: g.body.x + sideX, y: side.y, w: g.body.w - sideX, h: narrow.h, ops: narrow.ops };
      for (const pg of pages) pg.count = pages.length;
      return pages;
    }
    page = newPage(false);
    y = g.body.y;
  }
  page.legend = { x: g.body.x, y: bottom - legendH, w: g.body.w, h: legendH };
  for (const pg of pages) pg.count = pages.length;
  return pages;
}
