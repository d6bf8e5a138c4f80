import { type CsvRecord, readRows } from './csv';
import type { ImportOptions, ImportResult } from './types';
import { Issues, nothingRead } from './validate';

/*
 * Excel workbooks (.xlsx) through exceljs: one sheet per plan with exactly the CSV's columns and
 * rules (formula-escaped text, plain numbers), so a sheet reads back as its CSV would. The caller
 * hands in exceljs (`() => import('exceljs')`): it is large, only import needs it, and each bundle
 * picks its own build of it (Node for the CLI, browser for the app) — so this file stays pure.
 * A workbook that does not open (cut off, not a zip) is refused whole.
 */

/** The part of an exceljs workbook the reader uses. */
interface SheetLike {
  name: string;
  rowCount: number;
  getRow(n: number): { values: unknown };
}
interface WorkbookLike {
  worksheets: SheetLike[];
  xlsx: { load(data: ArrayBuffer): Promise<unknown> };
}
/** The exceljs module, however the bundler presents it (named exports or a default). */
export type ExcelModule = { Workbook?: new () => unknown; default?: { Workbook: new () => unknown } };

const workbookOf = (mod: ExcelModule): WorkbookLike => new (mod.Workbook ?? mod.default!.Workbook)() as WorkbookLike;

/** The text a cell shows, as CSV would hold it. */
function cellText(v: unknown, column: string): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  // Dates: timestamps keep their time, the period dates are days.
  if (v instanceof Date) return column.endsWith('_at') ? v.toISOString() : v.toISOString().slice(0, 10);
  if (typeof v !== 'object') return '';
  const c = v as { richText?: Array<{ text: string }>; formula?: unknown; sharedFormula?: unknown; result?: unknown; hyperlink?: unknown; text?: unknown; error?: unknown };
  if (c.richText) return c.richText.map((r) => r.text).join('');
  if (c.formula !== undefined || c.sharedFormula !== undefined) return cellText(c.result ?? null, column);
  if (c.hyperlink !== undefined) return String(c.text ?? '');
  if (c.error !== undefined) return String(c.error);
  return '';
}

export async function parseXlsx(bytes: Uint8Array, excel: () => Promise<ExcelModule>, options: ImportOptions = {}): Promise<ImportResult> {
  const now = options.now ?? new Date().toISOString();
  const issues = new Issues('Row');
  const fail = (message: string): ImportResult => {
    issues.error(1, message);
    return nothingRead(issues);
  };
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return fail('this is not an Excel workbook (.xlsx files are zip archives, and this one is not).');
  const wb = workbookOf(await excel());
  try {
    // exceljs wants an ArrayBuffer of exactly these bytes.
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (err) {
    return fail(`this Excel workbook does not open — it may be cut off or damaged, so nothing was read (${(err as Error).message}).`);
  }
  const sheet = wb.worksheets[0];
  if (!sheet) return fail('the workbook has no sheet.');
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map((v) => cellText(v, ''));
  const records: CsvRecord[] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const values = (sheet.getRow(r).values as unknown[]).slice(1);
    const cells: string[] = [];
    for (let c = 0; c < Math.max(values.length, header.length); c++) cells.push(cellText(values[c] ?? null, header[c] ?? ''));
    records.push({ cells, line: r });
  }
  const result = readRows(records, issues, { now, sep: ',', endsWithNewline: true });
  for (const other of wb.worksheets.slice(1)) {
    if (other.rowCount > 0) result.warnings.push({ line: 1, message: `Row 1: the sheet “${other.name}” was not read; a plan is the first sheet of the workbook.` });
  }
  return { ...result, name: sheet.name };
}
