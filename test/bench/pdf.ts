import { runExport } from '../../electron/export';
import { generatePlan } from '../helpers/generate';
import { ExportRequest } from '../../shared/ipc';
import type { PlanSnapshot } from '../../shared/model';
import { type BenchContext, type BenchModule, type BenchReport, type Check, percentile } from './harness';
import { bytes, count, ms, type Table } from './table';

/**
 * PDF export as the app runs it (electron/export runExport, format 'pdf', the dialog's defaults:
 * A4 landscape, mode 'auto' — one page unless text would fall below 6 pt, else the atlas), from a
 * generated plan held in memory. The time covers the whole call: roll-ups, findings, layout,
 * pdfkit, writing and reading back the temporary file.
 */
export const pdfBench: BenchModule = {
  id: 'pdf',
  title: 'PDF export',
  async run(ctx: BenchContext): Promise<BenchReport> {
    const sizes: Array<{ n: number; runs: number }> = ctx.quick ? [{ n: 1000, runs: 2 }] : [{ n: 1000, runs: 3 }, { n: 10_000, runs: 1 }];
    const req = ExportRequest.parse({ jobId: 'bench', format: 'pdf' });
    const today = new Date('2026-03-02T12:00:00Z');
    const results: Array<{ n: number; samples: number[]; pages: number | null; bytes: number; notice: string | null }> = [];
    for (const { n, runs } of sizes) {
      const plan = generatePlan({ n, shape: 'org', seed: 21 });
      const snapshot: PlanSnapshot = { meta: { name: `Bench ${n}`, path: '', schemaVersion: 0 }, objectives: plan.objectives, keyResults: plan.keyResults, dismissals: [] };
      const samples: number[] = [];
      let last: Awaited<ReturnType<typeof runExport>> | null = null;
      for (let i = 0; i < runs; i++) {
        ctx.log(`pdf: exporting ${count(n)} objectives (${i + 1}/${runs})`);
        const t0 = performance.now();
        last = await runExport(snapshot, req, {}, today);
        samples.push(performance.now() - t0);
      }
      results.push({ n, samples, pages: last?.pages ?? null, bytes: last?.bytes.length ?? 0, notice: last?.notice ?? null });
    }
    const table: Table = {
      title: `PDF export (runExport, ${req.paper} ${req.landscape ? 'landscape' : 'portrait'}, mode ${req.mode})`,
      columns: ['objectives', 'runs', 'p50', 'max', 'pages', 'size'],
      rows: results.map((r) => [count(r.n), count(r.samples.length), ms(percentile(r.samples, 50)), ms(Math.max(...r.samples)), r.pages === null ? '—' : count(r.pages), bytes(r.bytes)]),
      notes: results.filter((r) => r.notice).map((r) => `${count(r.n)}: ${r.notice}`),
    };
    const k1 = results.find((r) => r.n === 1000);
    const checks: Check[] = [
      { name: 'pdf: export of 1,000 objectives < 5 s', ok: !!k1 && Math.max(...k1.samples) < 5000, detail: k1 ? `max ${ms(Math.max(...k1.samples))}` : 'not measured' },
    ];
    return { tables: [table], checks, data: results.map((r) => ({ ...r, p50: percentile(r.samples, 50) })) };
  },
};
