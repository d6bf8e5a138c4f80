import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBackendThread, backendEntry } from '../../electron/api/thread';
import { writePlanFile } from '../../electron/db/bulk';
import { createRng, generatePlan } from '../helpers/generate';
import type { ExportResult } from '../../shared/ipc';
import { type BenchContext, type BenchModule, type BenchReport, type Samples, summarize } from './harness';
import { count, ms, type Table } from './table';

/**
 * KR edits through the real API while a 10,000-objective PDF export runs: the backend in its worker
 * thread (out/backend/backend.cjs, as browser mode and the CLI run it), every edit a numbered
 * `updateKeyResult` request timed from send to answer (committed and fsynced), first with the
 * backend idle, then while `exportPlan` works.
 */
export const exportingBench: BenchModule = {
  id: 'exporting',
  title: 'KR edits during a 10k export',
  async run(ctx: BenchContext): Promise<BenchReport> {
    const n = ctx.quick ? 2000 : 10_000;
    const idleEdits = ctx.quick ? 100 : 300;
    const file = path.join(ctx.tmpDir, `exporting-${n}.cascade`);
    ctx.log(`exporting: writing a ${count(n)}-objective plan`);
    const plan = generatePlan({ n, shape: 'org', seed: 31 });
    writePlanFile(file, plan.objectives, plan.keyResults);
    const backend = startBackendThread(backendEntry(path.dirname(fileURLToPath(import.meta.url))));
    const r = createRng(5);
    const krs = plan.keyResults;
    let edits = 0;
    const edit = async (): Promise<number> => {
      const kr = krs[r.int(0, krs.length - 1)]!;
      const t0 = performance.now();
      const answer = await backend.call('updateKeyResult', { id: kr.id, patch: { current: ++edits } });
      if (!answer.ok) throw new Error(answer.error.message);
      return performance.now() - t0;
    };
    try {
      const started = await backend.host('start', { dataDir: path.join(ctx.tmpDir, 'exporting-data'), file });
      if (!started.ok || !started.value.file) throw new Error(started.ok ? 'the plan did not open' : started.error.message);
      // The first edit takes the backup of the plan as opened (a copy of the whole file): not an
      // edit's cost, so it and a few more go first, unmeasured.
      for (let i = 0; i < 20; i++) await edit();
      await new Promise((done) => setTimeout(done, 1500));
      ctx.log(`exporting: ${idleEdits} KR edits with the backend idle`);
      const idleSamples: number[] = [];
      for (let i = 0; i < idleEdits; i++) idleSamples.push(await edit());
      const idle = summarize(idleSamples);

      ctx.log(`exporting: a ${count(n)}-objective PDF export, with KR edits meanwhile`);
      const t0 = performance.now();
      let exporting = true;
      const exported = backend.call('exportPlan', { jobId: 'bench', format: 'pdf' }).finally(() => (exporting = false));
      const duringSamples: number[] = [];
      while (exporting) duringSamples.push(await edit());
      const result = await exported;
      const exportMs = performance.now() - t0;
      if (!result.ok) throw new Error(result.error.message);
      const out = result.value as ExportResult;
      const during = summarize(duringSamples.length ? duringSamples : [0]);

      const row = (name: string, s: Samples) => [name, count(s.samples.length), ms(s.p50), ms(s.p99), ms(s.max)];
      const table: Table = {
        title: `KR edit round trip through the backend's worker thread (${count(n)} objectives, ${count(krs.length)} KRs)`,
        columns: ['while', 'edits', 'p50', 'p99', 'max'],
        rows: [row('the backend is idle', idle), row(`a PDF export runs (${ms(exportMs)}, ${count(out.pages ?? 0)} pages)`, during)],
        notes: [`each edit: request → parse → write → fsync → answer; export ${count(out.bytes)} bytes, kept in the backend until saved`],
      };
      return {
        tables: [table],
        checks: [
          { name: 'exporting: the export finished', ok: out.bytes > 0, detail: `${count(out.bytes)} bytes` },
          { name: 'exporting: edits committed while it ran', ok: duringSamples.length > 0, detail: `${duringSamples.length} edits` },
        ],
        data: {
          objectives: n,
          exportMs,
          pages: out.pages ?? null,
          idleEditMs: { p50: idle.p50, p99: idle.p99, max: idle.max, runs: idle.samples.length },
          duringExportEditMs: { p50: during.p50, p99: during.p99, max: during.max, runs: duringSamples.length },
        },
      };
    } finally {
      await backend.stop();
    }
  },
};
