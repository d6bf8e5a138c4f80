import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closePlanDb, openPlanDb } from '../../electron/db/open';
import { PlanRepo } from '../../electron/db/repo';
import type { DiffReport } from '../../shared/diff';
import { cascade } from '../helpers/cli';
import { writeCompanyPlan } from '../helpers/company';
import { tmpDir } from '../helpers/tmp';

function plan(): string {
  const file = path.join(tmpDir(), 'Northwind.cascade');
  writeCompanyPlan(file);
  return file;
}

/** An edit made the way another program or the app would: through the repository. */
function edit(file: string, run: (repo: PlanRepo) => void): void {
  const db = openPlanDb(file);
  try {
    run(new PlanRepo(db));
  } finally {
    closePlanDb(db);
  }
}

const byTitle = (repo: PlanRepo, title: string) => repo.keyResults().find((k) => k.title === title)!;

describe('cascade snapshot, diff and cycle', () => {
  it('takes and lists snapshots, and compares them with now as JSON and as text', async () => {
    const file = plan();
    expect(await cascade('snapshot', file, '--name', 'Monday review')).toMatchObject({ code: 0, out: expect.stringContaining('Recorded snapshot “Monday review” of Northwind.cascade (16 objectives, 17 key results)') });
    edit(file, (repo) => {
      repo.updateKeyResult(byTitle(repo, 'QBRs held').id, { current: 15 });
      const star = repo.objectives().find((o) => o.parentId === null)!;
      repo.createObjective({ parentId: star.id, title: 'Open a Tallinn depot' });
    });
    const list = await cascade('snapshot', file, '--list');
    expect(list.code).toBe(0);
    expect(list.out).toMatch(/user\s+16 objectives\s+Monday review/);
    const json = await cascade('diff', file, 'Monday review', '--json');
    expect(json.code).toBe(0);
    const report = JSON.parse(json.out) as DiffReport;
    expect(report).toMatchObject({ plan: 'Northwind', from: { name: 'Monday review' }, to: { name: 'now', takenAt: null } });
    expect(report.diff.added.map((o) => o.title)).toEqual(['Open a Tallinn depot']);
    expect(report.diff.keyResults.values).toEqual([
      expect.objectContaining({ title: 'QBRs held', before: expect.objectContaining({ current: 9 }), after: expect.objectContaining({ current: 15, progress: 0.5 }) }),
    ]);
    expect(report.summary).toBe('1 objective added, 1 key result value changed');
    const text = await cascade('diff', file, 'Monday review', 'now');
    expect(text.out).toContain('Monday review → now: 1 objective added, 1 key result value changed.');
    expect(text.out).toContain('QBRs held: 9 → 15 (+20 pts)');
    expect(text.out).toContain('+ Open a Tallinn depot');
  });

  it('closes a cycle, refuses edits, and starts the next with the carry-over chosen', async () => {
    const file = plan();
    const closed = await cascade('cycle', 'close', file, '--name', 'Q1 2027');
    expect(closed).toMatchObject({ code: 0, out: expect.stringContaining('Closed the cycle “Q1 2027”') });
    expect(await cascade('cycle', 'close', file)).toMatchObject({ code: 1, err: expect.stringContaining('already closed') });
    const early = await cascade('snapshot', file, '--name', 'After close');
    expect(early.code).toBe(0);
    const next = await cascade('cycle', 'next', file, '--name', 'Q2 2027', '--carry', 'reset');
    expect(next).toMatchObject({ code: 0, out: expect.stringContaining('Started the cycle “Q2 2027”') });
    edit(file, (repo) => {
      expect(byTitle(repo, 'QBRs held')).toMatchObject({ start: 0, current: 0 });
      repo.updateKeyResult(byTitle(repo, 'QBRs held').id, { current: 3 });
    });
    const cmp = JSON.parse((await cascade('diff', file, 'Q1 2027 (closed)', '--json')).out) as DiffReport;
    expect(cmp.diff.keyResults.values.find((v) => v.title === 'QBRs held')).toMatchObject({ before: { current: 9 }, after: { current: 3 } });
  });

  it('says what is wrong in words, exit 1, changing nothing', async () => {
    const file = plan();
    expect(await cascade('diff', file, 'No such snapshot')).toMatchObject({ code: 1, err: expect.stringContaining('no snapshot named “No such snapshot”') });
    expect(await cascade('cycle', 'next', file, '--name', 'Q2 2027')).toMatchObject({ code: 1, err: expect.stringContaining('Close the current cycle first') });
    expect(await cascade('cycle', 'next', file, '--name', 'Q2', '--carry', 'keep')).toMatchObject({ code: 1, err: expect.stringContaining('--carry must be one of carry, reset, drop') });
    expect(await cascade('cycle', 'open', file)).toMatchObject({ code: 1, err: expect.stringContaining('cycle takes close or next') });
    expect(await cascade('snapshot', file)).toMatchObject({ code: 1, err: expect.stringContaining('--name <name> is required') });
    expect(await cascade('snapshot', file, '--list')).toMatchObject({ code: 0, out: expect.stringContaining('has no snapshots yet') });
  });
});
