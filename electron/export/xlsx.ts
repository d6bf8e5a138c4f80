import { type ExportablePlan, planToRows } from '../../shared/formats';

/** Excel keeps sheet names to 31 characters, without : \ / ? * [ ], control characters or quotes at the ends. */
const sheetName = (name: string): string =>
  name
    .replace(/[:\\/?*[\]\u0000-\u001F\u007F-\u009F\uD800-\uDFFF]/g, ' ')
    .slice(0, 31)
    .replace(/^[\s']+|[\s']+$/g, '') || 'Plan';

/**
 * Text the sheet's XML cannot hold as it is — CR (XML turns CRLF into LF), control characters,
 * lone surrogates — is written in the workbook's own escape `_xHHHH_`, which exceljs and Excel
 * decode; a literal `_xHHHH_` in the text is escaped in turn (`_x005F_`), so every text round-trips.
 */
const OOXML_ESCAPE = /_(?=x[0-9A-Fa-f]{4}_)|[\r\u0000-\u0008\u000B\u000C\u000E-\u001F\u0085\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const xlsxText = (s: string): string => s.replace(OOXML_ESCAPE, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);

/**
 * One sheet named after the plan, with the CSV's columns and rows (text formula-escaped, numbers as
 * numbers), the header bold and frozen so it stays in view while scrolling.
 */
export async function planToXlsx(plan: ExportablePlan): Promise<Buffer> {
  // Loaded on the first workbook export: exceljs is large, and most exports never need it.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Cascade Planner';
  const sheet = wb.addWorksheet(sheetName(plan.meta.name), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRows(planToRows(plan).map((row) => row.map((cell) => (typeof cell === 'string' ? xlsxText(cell) : cell))));
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
