import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { insertPlan } from '../../electron/db/bulk';
import { Checkpointer, checkpoint } from '../../electron/db/checkpoint';
import { closePlanDb, openPlanDb } from '../../electron/db/open';
import { mismatchedRows } from '../../electron/db/verify';
import { PlanRepo } from '../../electron/db/repo';
import { createRng, generatePlan } from '../helpers/generate';
import type { KeyResult } from '../../shared/model';
import { type BenchContext, type BenchModule, type BenchReport, type Check, type Samples, summarize, time } from './harness';
import { bytes, count, ms, ratio, type Table } from './table';
import { fsyncPath, writeFileAtomic } from '../../electron/session';

/**
 * One KR edit made durable: the real PlanRepo.updateKeyResult on a plan file opened by
 * openPlanDb (WAL, synchronous=FULL, so each commit is fsynced), with the session's checkpoint
 * within a second running beside it, against the previous rollback journal (PERSIST) in the same run,
 * and two ways of saving a plan that rewrite everything on every edit:
 * - rewrite the plan file: a new plan file (openPlanDb + insertPlan, synchronous=FULL), closed
 *   and renamed over the old one;
 * - rewrite a JSON document: serialise the plan, write a temporary file, fsync, rename, fsync the
 *   directory (a document-style "atomic save").
 */


const fileSize = (file: string) =>
  ['', '-wal', '-journal'].reduce((sum, s) => sum + (fs.statSync(file + s, { throwIfNoEntry: false })?.size ?? 0), 0);

export const diskBench: BenchModule = {
  id: 'disk',
  title: 'KR edit committed to disk',
  async run(ctx: BenchContext): Promise<BenchReport> {
    const n = ctx.quick ? 5000 : 50_000;
    const edits = ctx.quick ? 100 : 500;
    const rewrites = ctx.quick ? 2 : 5;
    const file = path.join(ctx.tmpDir, 'edit-bench.cascade');

    ctx.log(`disk: generating and writing a ${count(n)}-objective plan`);
    const plan = generatePlan({ n, shape: 'org', seed: 7 });
    const created = openPlanDb(file, { create: true });
    const insert = time(() => insertPlan(created, plan.objectives, plan.keyResults));
    created.close();

    // Verify on open: openPlanDb runs integrity_check (quick_check, plus every index against its table).
    const check = new Database(file, { readonly: true });
    const timeCheck = (pragma: string) => {
      const samples: number[] = [];
      for (let k = 0; k < 5; k++) {
        const t0 = performance.now();
        check.pragma(pragma);
        samples.push(performance.now() - t0);
      }
      return summarize(samples);
    };
    const quickCheck = timeCheck('quick_check(20)');
    const integrityCheck = timeCheck('integrity_check(20)');
    // Format 3's row checksums, recomputed for every row as openPlanDb does after the pragma.
    const checksumSamples: number[] = [];
    let mismatches = 0;
    for (let k = 0; k < 5; k++) {
      const t0 = performance.now();
      mismatches = mismatchedRows(check);
      checksumSamples.push(performance.now() - t0);
    }
    const checksums = summarize(checksumSamples);
    check.close();
    const openSamples: number[] = [];
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now();
      openPlanDb(file).close();
      openSamples.push(performance.now() - t0);
    }
    const opened = summarize(openSamples);

    const db = openPlanDb(file);
    const repo = new PlanRepo(db);
    const sync = db.pragma('synchronous', { simple: true }) as number;

    const r = createRng(99);
    const krs = plan.keyResults;
    let last = { id: '', current: 0 };
    /** `edits` KR edits, each timed from the call to the committed, fsynced return. */
    const timeEdits = async (pace: () => Promise<void>): Promise<Samples> => {
      const samples: number[] = [];
      for (let e = 0; e < edits; e++) {
        const kr = krs[r.int(0, krs.length - 1)]!;
        const current = Math.round(kr.start + (kr.target - kr.start) * r.next()) + e / 1000;
        const t0 = performance.now();
        repo.updateKeyResult(kr.id, { current });
        samples.push(performance.now() - t0);
        last = { id: kr.id, current };
        checkpoints.noteWrite();
        await pace();
      }
      return summarize(samples);
    };
    // The previous format, in the same run and the same load, for comparison: a rollback journal
    // (PERSIST) needs several fsyncs per commit where WAL needs one.
    db.pragma('journal_mode = PERSIST');
    const checkpoints = new Checkpointer(db);
    ctx.log(`disk: ${edits} KR edits with the rollback journal (before)`);
    const persist = await timeEdits(async () => undefined);
    db.pragma('journal_mode = WAL');
    const journal = db.pragma('journal_mode', { simple: true }) as string;
    ctx.log(`disk: ${edits} KR edits in WAL, back to back (checkpoints within 1 s run between them)`);
    const edit = await timeEdits(async () => undefined);
    // Paced like a person typing in bursts, so the timer's checkpoints land between edits too.
    ctx.log(`disk: ${edits} KR edits in WAL, one every 5 ms`);
    const paced = await timeEdits(() => new Promise((done) => setTimeout(done, 5)));
    checkpoints.stop();
    // What a checkpoint costs (it runs on the backend's thread, between edits): after 20 edits each.
    const checkpointSamples: number[] = [];
    for (let k = 0; k < 10; k++) {
      for (let e = 0; e < 20; e++) repo.updateKeyResult(krs[r.int(0, krs.length - 1)]!.id, { current: k * 100 + e });
      const t0 = performance.now();
      checkpoint(db);
      checkpointSamples.push(performance.now() - t0);
    }
    const checkpointCost = summarize(checkpointSamples);
    const walAfter = fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0;
    // Committed means another connection sees it.
    const reader = openPlanDb(file);
    const seen = new PlanRepo(reader).getKeyResult(last.id).current;
    reader.close();
    const planBytes = fileSize(file);

    const objectives = repo.objectives();
    const keyResults: KeyResult[] = repo.keyResults();
    closePlanDb(db);

    // Baseline 1: write the whole plan into a new plan file and put it in place of the old one.
    ctx.log(`disk: baseline, rewrite the plan file ×${rewrites}`);
    const rowSamples: number[] = [];
    for (let k = 0; k < rewrites; k++) {
      const i = r.int(0, keyResults.length - 1);
      keyResults[i] = { ...keyResults[i]!, current: keyResults[i]!.current + 1 };
      const next = `${file}.new`;
      const t0 = performance.now();
      const fresh = openPlanDb(next, { create: true });
      insertPlan(fresh, objectives, keyResults);
      fresh.close(); // checkpoints the WAL into the file
      fs.renameSync(next, file);
      fsyncPath(ctx.tmpDir);
      rowSamples.push(performance.now() - t0);
    }
    const rows = summarize(rowSamples);

    // Baseline 2: serialise the whole plan as one JSON document and replace the file atomically.
    ctx.log(`disk: baseline, rewrite the file as JSON ×${rewrites}`);
    const jsonFile = path.join(ctx.tmpDir, 'edit-bench.json');
    const doc = { objectives, keyResults };
    const jsonSamples: number[] = [];
    let jsonBytes = 0;
    for (let k = 0; k < rewrites; k++) {
      const i = r.int(0, keyResults.length - 1);
      keyResults[i] = { ...keyResults[i]!, current: keyResults[i]!.current + 1 };
      const t0 = performance.now();
      const text = JSON.stringify(doc);
      writeFileAtomic(jsonFile, text);
      jsonSamples.push(performance.now() - t0);
      jsonBytes = text.length;
    }
    const json = summarize(jsonSamples);

    const syncName = ['OFF', 'NORMAL', 'FULL', 'EXTRA'][sync] ?? String(sync);
    const row = (name: string, s: Samples, runs: number) => [name, count(runs), ms(s.p50), ms(s.p99), ms(s.max), ratio(s.p50, edit.p50)];
    const table: Table = {
      title: `KR edit → committed on disk (${count(n)} objectives, ${count(krs.length)} KRs; journal=${journal}, synchronous=${syncName})`,
      columns: ['approach', 'runs', 'p50', 'p99', 'max', '÷ ours p50'],
      rows: [
        row('ours: PlanRepo.updateKeyResult (WAL + checkpoint within 1 s)', edit, edits),
        row('the same, one edit every 5 ms (checkpoints in between)', paced, edits),
        row('before: rollback journal (PERSIST)', persist, edits),
        row('baseline: write a new plan file + rename', rows, rewrites),
        row('baseline: JSON of the plan, write + fsync + rename', json, rewrites),
      ],
      notes: [
        `verify on open: PRAGMA quick_check p50 ${ms(quickCheck.p50)} (max ${ms(quickCheck.max)}), integrity_check p50 ${ms(integrityCheck.p50)} (max ${ms(integrityCheck.max)}), row checksums p50 ${ms(checksums.p50)} (max ${ms(checksums.max)}); openPlanDb with the check p50 ${ms(opened.p50)}`,
        `checkpoint (TRUNCATE) after 20 edits: p50 ${ms(checkpointCost.p50)}, max ${ms(checkpointCost.max)} — run by a timer within 1 s of a write, between edits`,
        `plan file ${bytes(planBytes)} — written by insertPlan in ${ms(insert.ms)}; JSON document ${bytes(jsonBytes)}; temp dir ${ctx.tmpDir}`,
      ],
    };
    const checks: Check[] = [
      { name: 'disk: plan opened with synchronous=FULL', ok: sync === 2, detail: syncName },
      { name: 'disk: the last KR edit is visible from a second connection', ok: seen === last.current, detail: `${seen} = ${last.current}` },
      { name: 'disk: after the checkpoint the -wal is empty (the .cascade file alone holds every edit)', ok: walAfter === 0, detail: bytes(walAfter) },
      { name: 'disk: every row matches its checksum after the bulk insert', ok: mismatches === 0, detail: `${mismatches} mismatched` },
      { name: 'disk: KR edit → disk p99 ≤ 2 ms', ok: edit.p99 <= 2, detail: ms(edit.p99) },
      {
        name: 'disk: KR edit p99 below the p50 of either full rewrite',
        ok: edit.p99 < Math.min(rows.p50, json.p50),
        detail: `${ms(edit.p99)} vs ${ms(Math.min(rows.p50, json.p50))}`,
      },
    ];
    const brief = (s: Samples) => ({ p50: s.p50, p90: s.p90, p99: s.p99, max: s.max, runs: s.samples.length });
    return {
      tables: [table],
      checks,
      data: {
        objectives: n,
        keyResults: krs.length,
        journal,
        synchronous: syncName,
        bulkInsertMs: insert.ms,
        quickCheckMs: brief(quickCheck),
        integrityCheckMs: brief(integrityCheck),
        checksumCheckMs: brief(checksums),
        openMs: brief(opened),
        planBytes,
        jsonBytes,
        editMs: brief(edit),
        pacedEditMs: brief(paced),
        checkpointMs: brief(checkpointCost),
        persistEditMs: brief(persist),
        rewriteRowsMs: brief(rows),
        rewriteJsonMs: brief(json),
      },
    };
  },
};
