import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closePlanDb, openPlanDb } from '../../electron/db/open';
import { PlanRepo } from '../../electron/db/repo';
import { addDays, localDay } from '../../shared/checkins';
import { EXAMPLE_CASCADE } from '../../shared/example';
import { cascade } from '../helpers/cli';
import { tmpDir } from '../helpers/tmp';

const today = localDay();

/** The worked example in a plan file, with each KR's id by the start of its title. */
function examplePlan() {
  const dir = tmpDir();
  const file = path.join(dir, 'Advisory.cascade');
  const db = openPlanDb(file, { create: true });
  const repo = new PlanRepo(db);
  repo.seed(EXAMPLE_CASCADE);
  const id = (start: string) => repo.keyResults().find((k) => k.title.startsWith(start))!.id;
  const ids = { sales: id('Achieve $200k'), retraining: id('Secure $100k'), csat: id('Maintain a Customer'), tier1: id('Enrol 12'), pilot: id('Secure $20k') };
  closePlanDb(db);
  // The command backs the plan up first: into this test's folder, never the real ~/.config.
  process.env.XDG_CONFIG_HOME = dir;
  return { dir, file, ids };
}

const config = process.env.XDG_CONFIG_HOME;
afterEach(() => {
  if (config === undefined) delete process.env.XDG_CONFIG_HOME;
  else process.env.XDG_CONFIG_HOME = config;
});

function read(file: string) {
  const db = openPlanDb(file, { readOnly: true });
  try {
    const repo = new PlanRepo(db);
    const krs = new Map(repo.keyResults().map((k) => [k.id, k]));
    const history = new Map([...krs.keys()].map((id) => [id, repo.checkIns.ofKr(id)]));
    return { krs, checkIns: (id: string) => history.get(id) ?? [] };
  } finally {
    closePlanDb(db);
  }
}

/** Every row of every table, to show that a refused command wrote nothing. */
function allRows(file: string): string {
  const db = openPlanDb(file, { readOnly: true });
  try {
    return JSON.stringify(['objectives', 'key_results', 'check_ins'].map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()));
  } finally {
    closePlanDb(db);
  }
}

describe('cascade checkin', () => {
  it('checks in one value, back-dated with a note, from the options', async () => {
    const p = examplePlan();
    const r = await cascade('checkin', p.file, '--kr', p.ids.pilot, '--value', '$7,500', '--note', 'two audits sold', '--confidence', '7');
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toBe(`Checked in 7500 for “Secure $20k in new retraining contracts from gaps identified during the pilot” on ${today}; its current value is 7500.`);
    const back = await cascade('checkin', p.file, '--kr', p.ids.pilot, '--value', '5k', '--date', addDays(today, -9));
    expect(back.code).toBe(0);
    const plan = read(p.file);
    // The back-dated value joins the history; today's stays current.
    expect(plan.krs.get(p.ids.pilot)!.current).toBe(7500);
    expect(plan.checkIns(p.ids.pilot).map((c) => [c.date, c.value, c.note])).toEqual([
      [addDays(today, -9), 5000, ''],
      [today, 4000, ''],
      [today, 7500, 'two audits sold'],
    ]);
  });

  it('refuses an unknown KR, a value that is not a number and a future date, in words', async () => {
    const p = examplePlan();
    const before = allRows(p.file);
    const unknown = await cascade('checkin', p.file, '--kr', 'nope', '--value', '3');
    expect(unknown).toMatchObject({ code: 1, err: 'cascade: no key result “nope” in this plan. Nothing was checked in.\n' });
    const bad = await cascade('checkin', p.file, '--kr', p.ids.csat, '--value', 'ninety', '--date', addDays(today, 2));
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('“ninety” is not a number');
    expect(bad.err).toContain('cannot be dated in the future');
    expect(allRows(p.file)).toBe(before);
  });

  it('reads values as en-US unless --locale says otherwise, and refuses an ambiguous value or another unit', async () => {
    const p = examplePlan();
    const before = allRows(p.file);
    const ambiguous = await cascade('checkin', p.file, '--kr', p.ids.csat, '--value', '91,5');
    expect(ambiguous).toMatchObject({ code: 1, err: 'cascade: “91,5” is ambiguous here: write 91.5 or 915. Nothing was checked in.\n' });
    const dollars = await cascade('checkin', p.file, '--kr', p.ids.csat, '--value', '$91');
    expect(dollars).toMatchObject({ code: 1, err: 'cascade: this key result is measured in %, not $. Nothing was checked in.\n' });
    const badLocale = await cascade('checkin', p.file, '--kr', p.ids.csat, '--value', '91', '--locale', 'de_DE');
    expect(badLocale.code).toBe(1);
    expect(badLocale.err).toContain('--locale “de_DE” is not a locale tag');
    expect(allRows(p.file)).toBe(before);

    const german = await cascade('checkin', p.file, '--kr', p.ids.csat, '--value', '91,5%', '--locale', 'de-DE');
    expect(german.code).toBe(0);
    expect(read(p.file).krs.get(p.ids.csat)!.current).toBe(91.5);
  });

  it('reads a spreadsheet of KR ids and values, with optional date and note columns, as one transaction', async () => {
    const p = examplePlan();
    const csv = path.join(p.dir, 'weekly.csv');
    fs.writeFileSync(
      csv,
      [
        'KR id,Value,Date,Note',
        `${p.ids.sales},"$92,500",,Acme renewal booked`,
        `${p.ids.retraining},41000,${addDays(today, -2)},"two contracts, one pending"`,
        `${p.ids.tier1},6,,`,
        '',
      ].join('\r\n'),
    );
    const r = await cascade('checkin', p.file, '--from', csv);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toBe(`Checked in 3 values for 3 key results in ${p.file}.`);
    const plan = read(p.file);
    expect(plan.krs.get(p.ids.sales)!.current).toBe(92_500);
    expect(plan.checkIns(p.ids.sales).at(-1)).toMatchObject({ date: today, value: 92_500, note: 'Acme renewal booked' });
    // Two days ago is before the example's value of today: the history has it, current stays 30k.
    expect(plan.krs.get(p.ids.retraining)!.current).toBe(30_000);
    expect(plan.checkIns(p.ids.retraining)[0]).toMatchObject({ date: addDays(today, -2), value: 41_000, note: 'two contracts, one pending' });
    expect(plan.krs.get(p.ids.tier1)!.current).toBe(6);

    // Without a header: kr, value.
    fs.writeFileSync(csv, `${p.ids.csat};93\n`);
    expect((await cascade('checkin', p.file, '--from', csv)).code).toBe(0);
    expect(read(p.file).krs.get(p.ids.csat)!.current).toBe(93);
  });

  it('refuses a file with bad rows whole, naming each row’s line, and writes nothing', async () => {
    const p = examplePlan();
    const csv = path.join(p.dir, 'typos.csv');
    fs.writeFileSync(
      csv,
      [
        'kr,value,date,note',
        `${p.ids.sales},95000,,fine row`,
        `${p.ids.retraining},4l000,,typo in the number`,
        `k-does-not-exist,3,,`,
        `${p.ids.tier1},7,2026-02-30,`,
        `${p.ids.csat},91,${addDays(today, 5)},`,
      ].join('\n'),
    );
    const before = allRows(p.file);
    const r = await cascade('checkin', p.file, '--from', csv);
    expect(r.code).toBe(1);
    expect(r.err.split('\n').filter(Boolean)).toEqual([
      'cascade: typos.csv: row on line 3: “4l000” is not a number',
      'cascade: typos.csv: row on line 4: no key result “k-does-not-exist” in this plan',
      'cascade: typos.csv: row on line 5: “2026-02-30” is not a date: write it as YYYY-MM-DD, such as ' + today,
      `cascade: typos.csv: row on line 6: A check-in cannot be dated in the future (${addDays(today, 5)} is after today, ${today})`,
      'cascade: typos.csv: 4 problems; nothing was checked in.',
    ]);
    expect(allRows(p.file)).toBe(before);

    // A file cut inside a quoted note is not half-read either.
    fs.writeFileSync(csv, `kr,value,note\n${p.ids.sales},96000,"the quote never ends\n`);
    const cut = await cascade('checkin', p.file, '--from', csv);
    expect(cut.code).toBe(1);
    expect(cut.err).toMatch(/typos\.csv: row 2 \(line 2\): a quoted cell is never closed/);
    expect(allRows(p.file)).toBe(before);
  });
});
