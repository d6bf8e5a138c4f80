import type { CellValue, Workbook } from 'exceljs';
import { type CsvRecord, readRows } from './csv';
import type { ImportOptions, ImportResult } from './types';
import { Issues } from './validate';

/*
 * Excel workbooks (.xlsx) through exceljs: one sheet per plan with exactly the CSV's columns and
 * rules (formula-escaped text, plain numbers), so a sheet reads back as its CSV would. exceljs is
 * loaded on first use — it is large, and only import and export need it. A workbook that does not
 * open (cut off, not a zip) is refused whole.
 */

/** Loads exceljs: its browser build in the renderer, its Node build in the CLI (each bundler picks). */
export async function loadExcel(): Promise<{ Workbook: new () => Workbook }> {
  const mod = (await import('exceljs')) as unknown as { default?: { Workbook: new () => Workbook }; Workbook?: new () => Workbook };
  return mod.Workbook ? (mod as { Workbook: new () => Workbook }) : mod.default!;
}

/** The text a cell shows, as CSV would hold it. */
function cellText(v: CellValue, column: string): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  // Dates: timestamps keep their time, the period dates are days.
  if (v instanceof Date) return column.endsWith('_at') ? v.toISOString() : v.toISOString().slice(0, 10);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('formula' in v || 'sharedFormula' in v) return cellText((v as { result?: CellValue }).result ?? null, column);
  if ('hyperlink' in v) return String(v.text ?? '');
  if ('error' in v) return String(v.error);
  return '';
}

export async function parseXlsx(bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  const now = options.now ?? new Date().toISOString();
  const issues = new Issues('Row');
  const fail = (message: string): ImportResult => {
    issues.error(1, message);
    return { name: null, objectives: [], keyResults: [], dismissals: [], errors: issues.errors, warnings: issues.warnings };
  };
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return fail('this is not an Excel workbook (.xlsx files are zip archives, and this one is not).');
  const { Workbook } = await loadExcel();
  const wb = new Workbook();
  try {
    // exceljs wants an ArrayBuffer of exactly these bytes.
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (err) {
    return fail(`this Excel workbook does not open — it may be cut off or damaged, so nothing was read (${(err as Error).message}).`);
  }
  const sheet = wb.worksheets[0];
  if (!sheet) return fail('the workbook has no sheet.');
  const header = (sheet.getRow(1).values as CellValue[]).slice(1).map((v) => cellText(v, ''));
  const records: CsvRecord[] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const values = (sheet.getRow(r).values as CellValue[]).slice(1);
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
