import path from 'node:path';
import type Database from 'better-sqlite3';
import { insertPlan } from '../../electron/db/bulk';
import { closePlanDb, openPlanDb } from '../../electron/db/open';
import { PlanRepo } from '../../electron/db/repo';
import { Snapshots } from '../../electron/db/snapshots';
import { diffPlans } from '../../shared/diff';
import { createRng, generatePlan } from '../helpers/generate';
import { type BenchContext, type BenchModule, type BenchReport, type Check, measure, time } from './harness';
import { bytes, count, ms, type Table } from './table';

/** Bytes the file's pages hold (free pages left out: VACUUM would give them back). */
const used = (db: Database.Database) =>
  ((db.pragma('page_count', { simple: true }) as number) - (db.pragma('freelist_count', { simple: true }) as number)) * (db.pragma('page_size', { simple: true }) as number);

const tableBytes = (db: Database.Database, table: string) =>
  (db.prepare(`SELECT sum(pgsize) FROM dbstat WHERE name = ? OR name IN (SELECT name FROM sqlite_schema WHERE tbl_name = ? AND type = 'index')`).pluck().get(table, table) as number | null) ?? 0;

/**
 * Ten snapshots of a 10,000-objective plan with a week's edits between each (1% of key results
 * checked in, a few renames, moves, additions and deletions), through the real repository and
 * snapshot store: what they add to the file, what a snapshot costs to take, and how long the diff
 * of the first snapshot against the plan takes.
 */
export const snapshotBench: BenchModule = {
  id: 'snapshots',
  title: 'Snapshots and diff',
  async run(ctx: BenchContext): Promise<BenchReport> {
    const n = ctx.quick ? 2000 : 10_000;
    const rounds = 10;
    const file = path.join(ctx.tmpDir, 'snapshots.cascade');
    ctx.log(`snapshots: writing a ${count(n)}-objective plan`);
    const plan = generatePlan({ n, shape: 'org', seed: 11 });
    const db = openPlanDb(file, { create: true });
    insertPlan(db, plan.objectives, plan.keyResults);
    db.exec('VACUUM');
    const planBytes = used(db);
    const repo = new PlanRepo(db);
    const store = new Snapshots(db);
    const rng = createRng(5);
    const pick = <T>(list: readonly T[]) => rng.pick(list);
    const rows: string[][] = [];
    const takeMs: number[] = [];
    let before = used(db);
    let edited = 0;
    for (let r = 1; r <= rounds; r++) {
      if (r > 1) {
        // A week of edits, one transaction (the same rows as if made one by one).
        db.transaction(() => {
          const krs = repo.keyResults();
          const objectives = repo.objectives();
          for (let i = 0; i < Math.ceil(krs.length / 100); i++) {
            const kr = pick(krs);
            repo.updateKeyResult(kr.id, { current: kr.current + 1 + rng.int(0, 4) });
            edited++;
          }
          for (let i = 0; i < Math.ceil(n / 500); i++) repo.updateObjective(pick(objectives).id, { title: `Renamed in week ${r}: ${pick(objectives).title.slice(0, 40)}` });
          for (let i = 0; i < 5; i++) {
            const o = pick(objectives.filter((x) => x.parentId !== null && x.level === 'contribution'));
            const to = pick(objectives.filter((x) => x.level === 'bridge'));
            try {
              repo.moveObjective(o.id, to.id, 0);
            } catch {
              // a move the rules refuse changes nothing
            }
          }
          for (let i = 0; i < 5; i++) repo.createObjective({ parentId: pick(objectives).id, title: `New in week ${r}`, keyResults: [{ title: 'New key result', target: 10 }] });
          for (let i = 0; i < 2; i++) {
            const leaf = pick(repo.objectives().filter((x) => x.level === 'contribution'));
            repo.deleteObjective(leaf.id);
          }
        })();
      }
      const took = time(() => db.transaction(() => store.take(`Week ${r}`, 'api'))());
      takeMs.push(took.ms);
      const after = used(db);
      rows.push([`Week ${r}`, bytes(after - before), bytes(after - planBytes), ms(took.ms)]);
      before = after;
    }
    const snapshotBytes = used(db) - planBytes;
    const rowsTable = tableBytes(db, 'snapshot_rows');
    const membersBytes = tableBytes(db, 'snapshots');

    ctx.log('snapshots: diff of the first snapshot against the plan');
    const readFirst = measure(() => store.read('Week 1'), { minRuns: 5, budgetMs: 3000 });
    const first = store.read('Week 1');
    const now = { objectives: repo.objectives(), keyResults: repo.keyResults() };
    const diff = diffPlans(first, now);
    const diffTime = measure(() => diffPlans(first, now), { minRuns: 10, budgetMs: 3000 });
    closePlanDb(db);

    const ratio = snapshotBytes / planBytes;
    const checks: Check[] = [
      {
        name: `10 snapshots of a ${count(n)}-objective plan cost less than 2 copies of the plan`,
        ok: ratio < 2,
        detail: `${bytes(snapshotBytes)} for 10 snapshots = ${ratio.toFixed(2)} × the plan's ${bytes(planBytes)} (10 full copies: ${bytes(10 * planBytes)})`,
      },
      {
        name: 'the diff finds the edits made since the first snapshot',
        ok: diff.keyResults.values.length > 0 && diff.added.length > 0 && diff.removed.length > 0 && diff.moved.length > 0,
        detail: `${count(diff.keyResults.values.length)} KR values, ${diff.added.length} added, ${diff.removed.length} removed, ${diff.moved.length} moved, ${diff.retitled.length} renamed`,
      },
    ];
    const table: Table = {
      title: `Snapshots of a ${count(n)}-objective plan (${count(plan.keyResults.length)} KRs; plan ${bytes(planBytes)}), a week of edits between each`,
      columns: ['snapshot', 'file grew by', 'all snapshots so far', 'take'],
      rows,
      notes: [
        `Edits between snapshots: 1% of key results checked in (${count(edited)} in all), ${Math.ceil(n / 500)} renames, 5 moves, 5 new objectives with a KR, 2 deletions.`,
        `Shared row blobs ${bytes(rowsTable)}; snapshot member lists ${bytes(membersBytes)} (deflated id gaps).`,
        `Read a snapshot back: p50 ${ms(readFirst.p50)}; diff of week 1 against now at ${count(n)}: p50 ${ms(diffTime.p50)}, p99 ${ms(diffTime.p99)} (${diffTime.samples.length} runs).`,
      ],
    };
    return {
      tables: [table],
      checks,
      data: { objectives: n, keyResults: plan.keyResults.length, planBytes, snapshotBytes, rowsTable, membersBytes, takeMs, readMs: readFirst.p50, diffMs: { p50: diffTime.p50, p99: diffTime.p99 } },
    };
  },
};
