/**
 * The wall poster, for a facilitator with only an office printer: the one-page drawing made for
 * one big page the size of cols × rows sheets, then cut into those sheets. Neighbouring sheets
 * share an OVERLAP-wide strip of the drawing (trim one, glue it over the other); each sheet has
 * crop marks at the corners of its drawing, registration marks (a cross in a circle) half-way
 * along every edge that meets a neighbour, and says which it is: "Row 1, column 2 of 2 × 3".
 */
import { drawPageBody, type DrawContext } from './draw';
import type { FitPage } from './pages';
import { geometryOf, type PageGeometry } from './paper';
import { PALETTE } from './theme';

/** Blank edge of a sheet (office printers cannot print to the edge); marks and labels live here. */
export const SHEET_MARGIN = 28;
/** Width of the strip two neighbouring sheets both show. */
export const OVERLAP = 18;
export const MAX_SHEETS = 8;

export interface Sheets {
  cols: number;
  rows: number;
}

export interface Poster {
  sheets: Sheets;
  sheetW: number;
  sheetH: number;
  /** The drawing's part on each sheet. */
  innerW: number;
  innerH: number;
  /** The whole poster as one page. */
  page: PageGeometry;
}

export function posterGeometry(sheet: PageGeometry, sheets: Sheets): Poster {
  const innerW = sheet.width - 2 * SHEET_MARGIN;
  const innerH = sheet.height - 2 * SHEET_MARGIN;
  const width = sheets.cols * (innerW - OVERLAP) + OVERLAP;
  const height = sheets.rows * (innerH - OVERLAP) + OVERLAP;
  return { sheets, sheetW: sheet.width, sheetH: sheet.height, innerW, innerH, page: geometryOf(width, height) };
}

/** Draws every sheet of the poster, row by row; `first` is the first sheet's page number. */
export function drawPoster(ctx: DrawContext, poster: Poster, pg: FitPage, first: number, onSheet: (num: number) => void): void {
  const { ts } = ctx;
  const doc = ts.doc;
  const { cols, rows } = poster.sheets;
  const { innerW, innerH, sheetW, sheetH } = poster;
  const M = SHEET_MARGIN;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const num = first + r * cols + c;
      doc.addPage({ size: [sheetW, sheetH], margin: 0 });
      const x0 = c * (innerW - OVERLAP);
      const y0 = r * (innerH - OVERLAP);
      // The poster page, moved so this sheet's part lands inside its margins, clipped to them.
      doc.save();
      doc.rect(M, M, innerW, innerH).clip();
      doc.translate(M - x0, M - y0);
      // (The typesetter's bounds check then works in the poster page's own coordinates.)
      drawPageBody({ ...ctx, g: poster.page }, pg, 1, num === first);
      doc.restore();
      ts.setSafeArea(0, 0, sheetW, sheetH);
      drawMarks(ctx, poster, r, c);
      onSheet(num);
    }
  }
}

function drawMarks(ctx: DrawContext, poster: Poster, r: number, c: number): void {
  const { ts } = ctx;
  const doc = ts.doc;
  const { cols, rows } = poster.sheets;
  const { innerW, innerH } = poster;
  const M = SHEET_MARGIN;
  const L = 14; // crop mark length
  const ink = PALETTE.ink;
  // Crop marks: short lines in the margin, in line with the drawing's edges.
  for (const [x, y] of [
    [M, M],
    [M + innerW, M],
    [M, M + innerH],
    [M + innerW, M + innerH],
  ] as const) {
    const dx = x === M ? -1 : 1;
    const dy = y === M ? -1 : 1;
    doc.moveTo(x + dx * 3, y).lineTo(x + dx * (3 + L), y);
    doc.moveTo(x, y + dy * 3).lineTo(x, y + dy * (3 + L));
  }
  doc.lineWidth(0.5).strokeColor(ink).stroke();
  // Where a neighbour's sheet is glued: the shared strip, outlined with a dashed line, and a
  // registration mark half-way along that edge (it lands on the same mark of the neighbour).
  const reg = (x: number, y: number) => {
    doc.circle(x, y, 5).lineWidth(0.5).strokeColor(ink).stroke();
    doc.moveTo(x - 8, y).lineTo(x + 8, y).moveTo(x, y - 8).lineTo(x, y + 8).lineWidth(0.5).strokeColor(ink).stroke();
  };
  const dash = (x1: number, y1: number, x2: number, y2: number) => {
    doc.moveTo(x1, y1).lineTo(x2, y2).dash(3, { space: 3 }).lineWidth(0.4).strokeColor(PALETTE.muted).stroke();
    doc.undash();
  };
  if (c > 0) {
    dash(M + OVERLAP, M, M + OVERLAP, M + innerH);
    reg(M / 2, M + innerH / 2);
  }
  if (c < cols - 1) {
    dash(M + innerW - OVERLAP, M, M + innerW - OVERLAP, M + innerH);
    reg(M + innerW + M / 2, M + innerH / 2);
  }
  if (r > 0) {
    dash(M, M + OVERLAP, M + innerW, M + OVERLAP);
    reg(M + innerW / 2, M / 2);
  }
  if (r < rows - 1) {
    dash(M, M + innerH - OVERLAP, M + innerW, M + innerH - OVERLAP);
    reg(M + innerW / 2, M + innerH + M / 2);
  }
  // Which sheet this is, in the top and bottom margins (left of the registration marks).
  const label = `Row ${r + 1}, column ${c + 1} of ${rows} × ${cols} — ${ctx.planName}`;
  const hint = 'Trim at the crop marks; glue each dashed strip under its neighbour, marks on marks.';
  ts.line(label, 'semibold', 7, M, M - 10, ink);
  ts.line(hint, 'regular', 6.5, M, M + innerH + 14, PALETTE.muted);
}
