import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePlanFile } from '../../electron/db/bulk';
import { PlanSession } from '../../electron/session';
import { keyResultsOf, objectivesOf, readColumn, snapshotFromRows, tableOf } from '../../shared/rows';
import { generated } from '../helpers/plans';
import { tmpDir } from '../helpers/tmp';

describe('the plan as it travels to the renderer', () => {
  it('arrives as the same records the plan file holds, with its repeated values sent once', () => {
    const file = path.join(tmpDir(), 'Rows.cascade');
    const plan = generated(600, 5);
    writePlanFile(file, plan.objectives, plan.keyResults);
    const session = new PlanSession(tmpDir());
    session.open(file);
    const rows = session.rows();
    const snapshot = session.snapshot();
    // Through JSON, as browser mode sends it.
    const back = snapshotFromRows(JSON.parse(JSON.stringify(rows)));
    expect(back.objectives).toEqual(snapshot.objectives);
    expect(back.keyResults).toEqual(snapshot.keyResults);
    // Levels repeat: a short dictionary plus one index per objective. Ids are unique: plain.
    const level = rows.objectives.columns.level!;
    expect(Array.isArray(level) ? null : level.values.length).toBeLessThanOrEqual(3);
    expect(Array.isArray(rows.objectives.columns.id)).toBe(true);
    expect(JSON.stringify(rows).length).toBeLessThan(JSON.stringify(snapshot).length / 2);
    session.close();
  });

  it('keeps nulls, numbers, empty strings and non-ASCII text apart in both encodings', () => {
    const fields = ['a', 'b'];
    const rows = [
      [null, 'Dana’s pilot'],
      ['', 'Dana’s pilot'],
      [0, 'Dana’s pilot'],
      ['0', 'naïve — 你好'],
      [null, 'Dana’s pilot'],
      [null, 'Dana’s pilot'],
    ];
    const table = tableOf(rows, fields);
    expect(Array.isArray(table.columns.b)).toBe(false);
    const back = JSON.parse(JSON.stringify(table)) as typeof table;
    expect(readColumn(back.columns.a!, rows.length)).toEqual(rows.map((r) => r[0]));
    expect(readColumn(back.columns.b!, rows.length)).toEqual(rows.map((r) => r[1]));
  });

  it('writes positions in as many characters as the dictionary needs, and reads them back', () => {
    for (const distinct of [1, 91, 92, 8281, 8282, 20_000]) {
      // Each value three times in a row, as sorted columns repeat (a KR’s objective, a shared date).
      const rows = Array.from({ length: distinct * 3 }, (_, r) => [`value ${Math.floor(r / 3)}`]);
      const table = tableOf(rows, ['v']);
      const column = table.columns.v!;
      expect(Array.isArray(column)).toBe(false);
      if (!Array.isArray(column)) expect(column.width).toBe(distinct <= 91 ? 1 : distinct <= 8281 ? 2 : 3);
      const text = JSON.stringify(table);
      expect(text).not.toMatch(/\\/); // nothing escaped
      expect(readColumn((JSON.parse(text) as typeof table).columns.v!, rows.length)).toEqual(rows.map((r) => r[0]));
    }
  });

  it('refuses a column whose positions do not match its record count', () => {
    const table = tableOf(Array.from({ length: 10 }, () => ['same']), ['v']);
    expect(() => readColumn(table.columns.v!, 11)).toThrow(/damaged column/);
    expect(() => readColumn(['a', 'b'], 3)).toThrow(/damaged column/);
  });

  it('says which field is missing rather than building records with holes', () => {
    const table = tableOf([['o1']], ['id']);
    expect(() => objectivesOf(table)).toThrow(/without the parentId of its objectives/);
    expect(() => keyResultsOf({ count: 0, columns: {} })).toThrow(/without the id of its key results/);
  });
});
