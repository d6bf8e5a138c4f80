import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { planToXlsx } from '../../electron/export/xlsx';
import { CSV_COLUMNS, parseXlsx } from '../../shared/formats';
import { planFrom, STAMP } from '../helpers/plans';
import { makeKeyResult, makeObjective } from '../../shared/defaults';

const plan = planFrom(
  [
    makeObjective({ id: 'ns', parentId: null, level: 'north_star', title: '=HYPERLINK("http://evil.example","Grow")', owner: '@ops' }, STAMP),
    makeObjective({ id: 'b', parentId: 'ns', level: 'bridge', title: 'Deepen relationships', owner: 'Account Management' }, STAMP),
  ],
  [makeKeyResult({ id: 'k', objectiveId: 'ns', title: 'New ARR', unit: '$', start: -5, current: 400_000, target: 1_500_000 }, STAMP)],
  'FY27 plan',
);

const excel = () => import('exceljs');

async function sheetOf(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets;
}

describe('Excel export', () => {
  it('is one sheet named after the plan, with the CSV columns, numbers as numbers and no formulas', async () => {
    const sheets = await sheetOf(await planToXlsx(plan));
    expect(sheets.map((s) => s.name)).toEqual(['FY27 plan']);
    const sheet = sheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(CSV_COLUMNS.map((c) => c.name));
    const col = (name: string) => CSV_COLUMNS.findIndex((c) => c.name === name) + 1;
    // Formula injection: text that starts with = or @ gets the same leading apostrophe as in CSV.
    expect(sheet.getRow(2).getCell(col('title')).value).toBe('\'=HYPERLINK("http://evil.example","Grow")');
    expect(sheet.getRow(2).getCell(col('owner')).value).toBe("'@ops");
    expect(sheet.getRow(3).getCell(col('type')).value).toBe('key_result');
    expect(sheet.getRow(3).getCell(col('start')).value).toBe(-5);
    expect(sheet.getRow(3).getCell(col('target')).value).toBe(1_500_000);
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });
});

describe('Excel import', () => {
  it('reads a sheet someone typed: only the required columns, a typed number, a formula result', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Offsite');
    sheet.addRows([
      ['type', 'id', 'parent_id', 'title', 'target'],
      ['objective', 'g', '', 'Grow revenue'],
      ['key_result', 'g1', 'g', 'Close deals', 40],
    ]);
    sheet.getCell('E3').value = { formula: '20*2', result: 40 };
    wb.addWorksheet('Notes').addRow(['scratch']);
    const r = await parseXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), excel, { now: STAMP });
    expect(r.errors).toEqual([]);
    expect(r.name).toBe('Offsite');
    expect(r.objectives.map((o) => [o.id, o.title, o.level])).toEqual([['g', 'Grow revenue', 'north_star']]);
    expect(r.keyResults.map((k) => [k.id, k.objectiveId, k.target])).toEqual([['g1', 'g', 40]]);
    expect(r.warnings.map((w) => w.message)).toContain('Row 1: the sheet “Notes” was not read; a plan is the first sheet of the workbook.');
  });

  it('refuses a workbook cut off while copying, and a file that is not one, reading nothing', async () => {
    const bytes = await planToXlsx(plan);
    for (const damaged of [bytes.subarray(0, bytes.length - 200), bytes.subarray(0, bytes.length / 2)]) {
      const r = await parseXlsx(new Uint8Array(damaged), excel, { now: STAMP });
      expect(r.objectives).toEqual([]);
      expect(r.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^Row 1: this Excel workbook does not open — it may be cut off or damaged, so nothing was read/)]);
    }
    const text = await parseXlsx(new TextEncoder().encode('type,id,parent_id,title\n'), excel, { now: STAMP });
    expect(text.errors[0]!.message).toBe('Row 1: this is not an Excel workbook (.xlsx files are zip archives, and this one is not).');
  });
});
