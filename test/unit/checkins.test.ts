import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../electron/db/migrations';
import { closePlanDb, openPlanDb } from '../../electron/db/open';
import { PlanRepo } from '../../electron/db/repo';
import { addDays, keyResultsAsOf, localDay, parseCheckInLine } from '../../shared/checkins';
import { exampleCascade, flattenSeed } from '../../shared/example';
import type { TrendPoint } from '../../shared/checkins';
import { fromSnapshot, progressAll } from '../../renderer/planData';
import { tmpDir } from '../helpers/tmp';

const today = localDay();
const ago = (n: number) => addDays(today, -n);

/**
 * A Nordic software company's plan, wide and shallow: one North Star with a year, two teams that
 * set no period of their own, and a person's contribution with its own quarter-long push.
 */
function companyPlan() {
  const file = path.join(tmpDir(), 'Nordics.cascade');
  const db = openPlanDb(file, { create: true });
  const repo = new PlanRepo(db);
  const { objective: star } = repo.createObjective({ parentId: null, title: 'Win the mid-market in the Nordics' });
  repo.updateObjective(star.id, { owner: 'Leadership team', periodKind: 'custom', period: 'FY', periodStart: ago(100), periodEnd: addDays(today, 265) });
  const { objective: sales } = repo.createObjective({ parentId: star.id, title: 'Sales: grow acounts in Sweden and Norway' });
  const { objective: support } = repo.createObjective({ parentId: star.id, title: 'Support: fewer customers leave after onboarding' });
  const { objective: ingrid } = repo.createObjective({ parentId: sales.id, title: 'Ingrid: land three reference customers in Oslo' });
  const arr = repo.createKeyResult({ objectiveId: sales.id, title: 'New ARR (see https://crm.example/nordics)', unit: '€', start: 0, target: 400_000, current: 0 });
  const churn = repo.createKeyResult({ objectiveId: support.id, title: 'Churn in the first 90 days', unit: '%', kind: 'decrease', start: 12, target: 6, current: 12 });
  const refs = repo.createKeyResult({ objectiveId: ingrid.id, title: 'Reference customers signed', start: 0, target: 3, current: 0 });
  return { file, db, repo, star, sales, support, ingrid, arr, churn, refs };
}

describe('check-ins in the plan file', () => {
  it('makes every change of a KR value a check-in, and keeps current at the latest one on or before today', () => {
    const p = companyPlan();
    try {
      // Typed on a card: today's check-in.
      p.repo.updateKeyResult(p.arr.id, { current: 120_000 });
      expect(p.repo.checkIns.ofKr(p.arr.id).map((c) => [c.date, c.value])).toEqual([
        [today, 0],
        [today, 120_000],
      ]);
      // Back-dated: it lands in the history, today's value stays.
      const late = p.repo.addCheckIn(p.arr.id, { value: 80_000, date: ago(14), note: 'numbers from the October board pack', confidence: 7 });
      expect(late.keyResult.current).toBe(120_000);
      expect(p.repo.checkIns.ofKr(p.arr.id).map((c) => c.value)).toEqual([80_000, 0, 120_000]);
      // Today's check-ins moved back a month: the back-dated one (14 days ago) is now the latest.
      for (const c of p.repo.checkIns.ofKr(p.arr.id).filter((c) => c.date === today)) p.repo.updateCheckIn(c.id, { date: ago(30) });
      expect(p.repo.getKeyResult(p.arr.id).current).toBe(80_000);
      expect(p.repo.getKeyResult(p.arr.id).checkedInAt).toBe(`${ago(14)}T00:00:00.000Z`);
      // Deleted, and put back exactly (undo).
      const gone = p.repo.deleteCheckIn(late.checkIn.id);
      expect(gone.keyResult.current).toBe(120_000);
      p.repo.restoreCheckIn(gone.checkIn);
      expect(p.repo.getKeyResult(p.arr.id).current).toBe(80_000);
      expect(p.repo.checkIns.get(late.checkIn.id)).toEqual(late.checkIn);
      expect(late.checkIn).toMatchObject({ note: 'numbers from the October board pack', confidence: 7 });
    } finally {
      closePlanDb(p.db);
    }
  });

  it('refuses a check-in in the future or on a day that does not exist, in words, and changes nothing', () => {
    const p = companyPlan();
    try {
      const before = p.repo.checkIns.ofKr(p.refs.id);
      expect(() => p.repo.addCheckIn(p.refs.id, { value: 1, date: addDays(today, 1) })).toThrow(/cannot be dated in the future .* Nothing was changed\./);
      expect(() => p.repo.addCheckIn(p.refs.id, { value: 1, date: '2026-02-30' })).toThrow(/“2026-02-30” is not a date/);
      expect(() => p.repo.updateCheckIn(before[0]!.id, { date: addDays(today, 3) })).toThrow(/future/);
      expect(p.repo.checkIns.ofKr(p.refs.id)).toEqual(before);
      expect(p.repo.getKeyResult(p.refs.id).current).toBe(0);
    } finally {
      closePlanDb(p.db);
    }
  });

  it('takes a KR’s check-ins along when it or its branch is deleted, and puts them back on undo', () => {
    const p = companyPlan();
    try {
      p.repo.addCheckIn(p.refs.id, { value: 1, date: ago(20), note: 'Telenor signed' });
      p.repo.updateKeyResult(p.refs.id, { current: 2 });
      const history = p.repo.checkIns.ofKr(p.refs.id);
      const removed = p.repo.deleteKeyResult(p.refs.id);
      expect(removed.checkIns).toEqual(history);
      expect(p.db.prepare('SELECT count(*) FROM check_ins WHERE key_result_id = ?').pluck().get(p.refs.id)).toBe(0);
      p.repo.restoreKeyResult(removed.keyResult, removed.index, removed.linked, removed.checkIns);
      expect(p.repo.checkIns.ofKr(p.refs.id)).toEqual(history);

      const branch = p.repo.deleteObjective(p.sales.id);
      expect(branch.checkIns.map((c) => c.keyResultId).sort()).toEqual([p.arr.id, ...history.map(() => p.refs.id)].sort());
      p.repo.restoreSubtree(branch);
      expect(p.repo.checkIns.ofKr(p.refs.id)).toEqual(history);
      expect(p.repo.getKeyResult(p.refs.id).current).toBe(2);
    } finally {
      closePlanDb(p.db);
    }
  });

  it('gives every KR of an older plan its value as a first check-in, and finds a damaged check-in row on open', () => {
    const file = path.join(tmpDir(), 'v3.cascade');
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.filter((m) => m.version <= 3));
    db.exec(`
      INSERT INTO objectives (id, parent_id, level, title, owner, created_at, updated_at) VALUES ('star', NULL, 'north_star', 'Grow recurring revenue', 'CEO', 't0', 't0');
      INSERT INTO key_results (id, objective_id, title, unit, start, target, current, checked_in_at, updated_at) VALUES
        ('k1', 'star', 'ARR', '€m', 12, 20, 14.5, '2026-10-02T09:30:00.000Z', '2026-10-02T09:30:00.000Z'),
        ('k2', 'star', 'Logo churn', '%', 9, 5, 7, 'not a date', 't0');
    `);
    db.pragma('application_id = 1128354628');
    db.close();

    const opened = openPlanDb(file);
    const repo = new PlanRepo(opened);
    expect(repo.checkIns.ofKr('k1')).toMatchObject([{ date: '2026-10-02', value: 14.5, note: '', confidence: null, createdAt: '2026-10-02T09:30:00.000Z' }]);
    expect(repo.checkIns.ofKr('k2')).toMatchObject([{ value: 7 }]);
    expect(repo.getKeyResult('k1').current).toBe(14.5);
    // A value changed on disk behind the checksum's back.
    opened.prepare(`UPDATE check_ins SET checksum = checksum + 1 WHERE key_result_id = 'k1'`).run();
    closePlanDb(opened);
    expect(() => openPlanDb(file)).toThrow(/is damaged: 1 record does not match its checksum/);
  });
});

describe('the plan as of a date', () => {
  it('rolls up and judges each objective with the values of that day', () => {
    const p = companyPlan();
    try {
      // The KRs were set up today at their start; history is back-dated, today's values typed on cards.
      p.repo.addCheckIn(p.arr.id, { value: 100_000, date: ago(60) });
      p.repo.updateKeyResult(p.arr.id, { current: 300_000 });
      p.repo.updateKeyResult(p.churn.id, { current: 9 });
      const objectives = p.repo.objectives();
      const krs = p.repo.keyResults();
      const trends = new Map<string, TrendPoint[]>();
      for (const kr of krs) trends.set(kr.id, p.repo.checkIns.ofKr(kr.id));
      const data = fromSnapshot(objectives, krs);

      // Today: ARR 300k of 400k = 75%, churn 12 → 9 of 12 → 6 = 50%, references 0%.
      const now = progressAll(data, null);
      expect(now.rollup.get(p.sales.id)).toBeCloseTo((0.75 + 0) / 2, 6);
      expect(now.rollup.get(p.support.id)).toBeCloseTo(0.5, 6);

      // 30 days ago: ARR was 100k (25%); churn had not moved from its start (0%).
      const day = ago(30);
      const asOf = { day, krs: keyResultsAsOf(krs, trends, day) };
      const then = progressAll(data, asOf);
      expect(asOf.krs.get(p.arr.id)!.current).toBe(100_000);
      expect(then.rollup.get(p.sales.id)).toBeCloseTo((0.25 + 0) / 2, 6);
      expect(then.rollup.get(p.support.id)).toBe(0);
      expect(then.rollup.get(p.star.id)).toBeCloseTo((0.125 + 0) / 2, 6);

      // 90 days ago no KR had moved: everything at its start.
      const early = { day: ago(90), krs: keyResultsAsOf(krs, trends, ago(90)) };
      expect(progressAll(data, early).rollup.get(p.star.id)).toBe(0);
      // A day before the FY started: nothing was expected yet, so it was on track.
      expect(progressAll(data, { day: ago(101), krs: keyResultsAsOf(krs, trends, ago(101)) }).statuses.get(p.star.id)).toBe('on_track');
    } finally {
      closePlanDb(p.db);
    }
  });
});

describe('periods that work without thinking', () => {
  it('lets a child inherit its parent’s period unless it sets one, and says “no period” with none up the chain', () => {
    const p = companyPlan();
    try {
      const data = () => fromSnapshot(p.repo.objectives(), p.repo.keyResults());
      // The teams set no period: they take the North Star's year, so they have a status.
      expect(p.repo.getObjective(p.sales.id).periodStart).toBe('');
      expect(progressAll(data()).statuses.get(p.sales.id)).toBe('off_track'); // 0% with ~27% of the year gone
      // A period set on the contribution is its own (a quarter that has not started: on track).
      p.repo.updateObjective(p.ingrid.id, { periodKind: 'custom', period: 'Oslo push', periodStart: addDays(today, 10), periodEnd: addDays(today, 100) });
      expect(progressAll(data()).statuses.get(p.ingrid.id)).toBe('on_track');
      // The North Star's period gone: nobody up the chain has one.
      p.repo.updateObjective(p.star.id, { periodKind: 'none', period: '', periodStart: '', periodEnd: '' });
      const s = progressAll(data()).statuses;
      expect([s.get(p.star.id), s.get(p.sales.id), s.get(p.support.id)]).toEqual(['no_period', 'no_period', 'no_period']);
      expect(s.get(p.ingrid.id)).toBe('on_track');
    } finally {
      closePlanDb(p.db);
    }
  });

  it('opens the example with its dates around today: mid-flight, nothing off track, the bridge on the North Star’s year', () => {
    for (const date of ['2026-12-04', '2027-03-31', '2027-07-15', '2028-02-29']) {
      const day = new Date(`${date}T10:00:00`);
      const seed = flattenSeed(exampleCascade(day), { objective: (n) => `o${n}`, keyResult: (id, i) => `${id}k${i}` }, day.toISOString());
      const data = fromSnapshot(seed.objectives, seed.keyResults);
      const at = progressAllAt(data, date);
      expect([...at.values()], date).not.toContain('off_track');
      expect(at.get('o1'), date).not.toBe('no_period');
      // Each KR's history ends at its current value.
      for (const kr of seed.keyResults) expect(seed.checkIns.filter((c) => c.keyResultId === kr.id).at(-1)!.value).toBe(kr.current);
    }
  });
});

/** Statuses as they are on `day` (the example is judged on the day it was made). */
function progressAllAt(data: ReturnType<typeof fromSnapshot>, day: string) {
  return progressAll(data, { day, krs: new Map() }).statuses;
}

describe('check-in mode’s one line', () => {
  it('reads the value first and the rest as the note', () => {
    expect(parseCheckInLine('42 shipped the beta', '', 'en-US')).toEqual({ ok: true, value: 42, note: 'shipped the beta' });
    expect(parseCheckInLine('$1.2M — two renewals', '$', 'en-US')).toEqual({ ok: true, value: 1_200_000, note: 'two renewals' });
    expect(parseCheckInLine('85,000, Q3 close', '$', 'en-US')).toEqual({ ok: true, value: 85_000, note: 'Q3 close' });
    expect(parseCheckInLine('  88% ', '%', 'en-US')).toEqual({ ok: true, value: 88, note: '' });
    expect(parseCheckInLine('1,5 halfway', '', 'de-DE')).toEqual({ ok: true, value: 1.5, note: 'halfway' });
  });

  it('refuses a line that does not start with a number for this KR, saying why', () => {
    expect(parseCheckInLine('shipped 42', '', 'en-US')).toMatchObject({ ok: false, reason: '“shipped” is not a number' });
    expect(parseCheckInLine('', '', 'en-US')).toMatchObject({ ok: false, reason: 'no number was typed' });
    expect(parseCheckInLine('1,5 halfway', '', 'en-US')).toMatchObject({ ok: false, reason: '“1,5” is ambiguous here: write 1.5 or 15' });
    expect(parseCheckInLine('88% nearly', '$', 'en-US')).toMatchObject({ ok: false, reason: 'this key result is measured in $, not %' });
  });
});
