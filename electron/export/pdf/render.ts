/** Drawing of planned pages: tree blocks with connectors and markers, overview, tables. */
import { drawCard, drawOps, type Op } from './card';
import { TABLE } from './appendix';
import type { Block } from './layout';
import type { OverviewPage, TablePage } from './pages';
import type { PageGeometry } from './paper';
import { Typesetter, baselineOffset, ellipsize } from './text';
import { PALETTE, TREE_GAP as G } from './theme';

export const pageDest = (page: number): string => `page-${page}`;

function chevron(doc: PDFKit.PDFDocument, x: number, y: number, dir: 'down' | 'right', color: string): void {
  if (dir === 'down') doc.moveTo(x - 2.4, y - 1.2).lineTo(x, y + 1.2).lineTo(x + 2.4, y - 1.2);
  else doc.moveTo(x - 1.2, y - 2.4).lineTo(x + 1.2, y).lineTo(x - 1.2, y + 2.4);
  doc.lineWidth(0.9).lineCap('round').lineJoin('round').stroke(color);
}

/** "Continues on page N" under a card whose branch is drawn elsewhere. */
export function drawMarker(ts: Typesetter, x: number, y: number, w: number, page: number): void {
  const doc = ts.doc;
  ts.note(x, y, w, G.markerH);
  doc.roundedRect(x, y, w, G.markerH, 3).lineWidth(0.5).fillAndStroke(PALETTE.panel, PALETTE.hairline);
  const label = `Continued on page ${page}`;
  const tw = ts.width(label, 'semibold', 7);
  const left = x + (w - tw - 8) / 2;
  chevron(doc, left + 2.5, y + G.markerH / 2, 'down', PALETTE.link);
  ts.line(label, 'semibold', 7, left + 8, y + baselineOffset(7, G.markerH), PALETTE.link);
  doc.goTo(x, y, w, G.markerH, pageDest(page));
}

export function drawTree(ts: Typesetter, block: Block, ox: number, oy: number, markerPages: readonly number[]): void {
  const doc = ts.doc;
  if (block.segs.length) {
    for (const s of block.segs) doc.moveTo(ox + s.x1, oy + s.y1).lineTo(ox + s.x2, oy + s.y2);
    doc.lineWidth(0.8).lineCap('butt').strokeColor(PALETTE.connector).stroke();
  }
  for (const c of block.cards) drawCard(ts, c.spec, ox + c.x, oy + c.y);
  block.markers.forEach((m, i) => drawMarker(ts, ox + m.x, oy + m.y, m.w, markerPages[i] ?? 0));
}

/** "From page 4 · under <parent>" above a branch packed onto a shared page. */
export function drawCaption(ts: Typesetter, text: string, x: number, baseline: number, w: number): void {
  ts.line(ellipsize(ts, text, 'regular', 7, w), 'regular', 7, x, baseline, PALETTE.muted);
}

/** The line at the foot of a page whose siblings continue on the next one. */
export function drawMore(ts: Typesetter, g: PageGeometry, count: number, page: number): void {
  const text = `${count} more in this branch: continued on page ${page}`;
  const right = g.body.x + g.body.w - 6;
  const y = g.body.y + g.body.h - 3;
  const w = ts.line(text, 'semibold', 7.5, right, y, PALETTE.link, { align: 'right' });
  chevron(ts.doc, right + 3.5, y - 2.6, 'right', PALETTE.link);
  ts.doc.goTo(right - w, y - 9, w + 8, 12, pageDest(page));
}

export function drawOverview(
  ts: Typesetter,
  g: PageGeometry,
  page: OverviewPage,
  heading: { title: string; summary: string },
  legendOps: readonly Op[],
): void {
  const doc = ts.doc;
  if (page.titleBlock) {
    ts.line(heading.title, 'semibold', 16, g.body.x, g.body.y + 16, PALETTE.ink);
    ts.line(heading.summary, 'regular', 8, g.body.x, g.body.y + 30, PALETTE.muted);
  }
  for (const c of page.cards) drawCard(ts, c.spec, c.x, c.y);
  for (const l of page.labels) ts.line(l.text.toUpperCase(), 'semibold', 6.5, l.x, l.y, PALETTE.muted, { spacing: 0.45 });
  for (const t of page.tiles) {
    drawCard(ts, t.spec, t.x, t.y);
    ts.line(`Page ${t.job.page}`, 'semibold', 7, t.pageRef.x - 6, t.pageRef.y, PALETTE.link, { align: 'right' });
    chevron(doc, t.pageRef.x - 1.5, t.pageRef.y - 2.5, 'right', PALETTE.link);
    doc.goTo(t.x, t.y, t.spec.w, t.spec.h, pageDest(t.job.page));
  }
  if (page.legend) drawOps(ts, page.legend.ops ?? legendOps, page.legend.x, page.legend.y);
}

export function drawTable(ts: Typesetter, g: PageGeometry, page: TablePage, pageOf: (node: number) => number): void {
  const doc = ts.doc;
  let y = g.body.y;
  if (page.first) {
    ts.line(page.title, 'semibold', 14, g.body.x, y + 15, PALETTE.ink);
    if (page.subtitle) ts.line(page.subtitle, 'regular', 8, g.body.x, y + 29, PALETTE.muted);
    y += TABLE.titleH;
  }
  for (const c of page.columns) ts.line(c.label.toUpperCase(), 'semibold', 6.5, c.x + TABLE.padX, y + 10, PALETTE.muted, { spacing: 0.45 });
  doc.rect(g.body.x, y + TABLE.headH - 1, g.body.w, 0.7).fill(PALETTE.connector);
  page.rows.forEach(({ y: ry, row }, i) => {
    if (i % 2 === 1) doc.rect(g.body.x, ry, g.body.w, row.h).fill(PALETTE.panel);
    row.cells.forEach((cell, ci) => {
      const col = page.columns[ci]!;
      let ly = ry + TABLE.padY;
      if (cell.chip && cell.lines.length) {
        const w = Math.max(...cell.lines.map((l) => l.w)) + 8;
        doc.roundedRect(col.x + TABLE.padX, ly, w, cell.lines.length * TABLE.lead, 4).lineWidth(0.5).fillAndStroke(PALETTE.badge.bg, PALETTE.badge.border);
        for (const l of cell.lines) {
          ts.line(l.text, cell.weight, TABLE.size - 0.5, col.x + TABLE.padX + 4, ly + baselineOffset(TABLE.size - 0.5, TABLE.lead), PALETTE.badge.fg);
          ly += TABLE.lead;
        }
        return;
      }
      for (const l of cell.lines) {
        ts.line(l.text, cell.weight, TABLE.size, col.x + TABLE.padX, ly + baselineOffset(TABLE.size, TABLE.lead), cell.color);
        ly += TABLE.lead;
      }
    });
    if (row.node !== undefined) {
      const target = pageOf(row.node);
      const last = page.columns[page.columns.length - 1]!;
      if (target > 0) {
        const label = `Page ${target}`;
        ts.line(label, 'semibold', TABLE.size, last.x + last.w - TABLE.padX, ry + TABLE.padY + baselineOffset(TABLE.size, TABLE.lead), PALETTE.link, { align: 'right' });
        doc.goTo(g.body.x, ry, g.body.w, row.h, pageDest(target));
      }
    }
    doc.rect(g.body.x, ry + row.h - 0.4, g.body.w, 0.4).fill(PALETTE.hairline);
  });
}
