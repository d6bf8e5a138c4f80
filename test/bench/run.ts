import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { browserBench } from './browser';
import { diskBench } from './disk';
import { exportingBench } from './exporting';
import { type BenchModule, type BenchReport, type Check, machine } from './harness';
import { layoutBench } from './layout';
import { pdfBench } from './pdf';
import { scaleBench } from './scale';
import { snapshotBench } from './snapshots';
import { formatTable, ms } from './table';

/**
 * `node out/bench/run.mjs [module…] [--quick]`: runs the benchmark modules (all by default),
 * prints a report and writes out/bench/results.json. Exit code 1 when a check fails.
 * Add a module: implement BenchModule (harness.ts) and list it here.
 *
 * Environment: BENCH_TMPDIR (where plan files go; default the OS temp dir — use a real disk,
 * fsync on tmpfs is free), BENCH_DAGRE_CAP_S (dagre time limit per layout, default 20),
 * BENCH_BASELINE_CAP_S and BENCH_BROWSER_100K (browser.ts), CHROMIUM_PATH (default /usr/bin/chromium).
 */
// The 100k run goes first so that its memory figures are not inflated by the others.
const MODULES: BenchModule[] = [scaleBench, layoutBench, diskBench, exportingBench, pdfBench, browserBench, snapshotBench];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const wanted = args.filter((a) => !a.startsWith('--'));
  const unknown = wanted.filter((w) => !MODULES.some((m) => m.id === w));
  if (unknown.length) {
    console.error(`Unknown benchmark ${unknown.join(', ')}; choose from ${MODULES.map((m) => m.id).join(', ')}.`);
    process.exit(2);
  }
  const modules = wanted.length ? MODULES.filter((m) => wanted.includes(m.id)) : MODULES;

  const m = machine();
  const base = process.env.BENCH_TMPDIR ?? os.tmpdir();
  fs.mkdirSync(base, { recursive: true });
  const tmpDir = fs.mkdtempSync(path.join(base, 'cascade-bench-'));
  console.log(`Cascade Planner benchmark${quick ? ' (quick)' : ''} — ${new Date().toISOString()}`);
  console.log(`Machine: ${m.cpu}, ${m.cores} cores, ${m.memory} RAM; Node ${m.node} (V8 ${m.v8}); ${m.platform}; load ${m.load}`);
  console.log('');

  const started = performance.now();
  const reports: Array<{ id: string; title: string; ms: number } & BenchReport> = [];
  try {
    for (const mod of modules) {
      const t0 = performance.now();
      const report = await mod.run({ quick, tmpDir, log: (msg) => process.stderr.write(`  … ${msg}\n`) });
      reports.push({ id: mod.id, title: mod.title, ms: performance.now() - t0, ...report });
    }
  } finally {
    fs.rmSync(tmpDir, { recursive: true, force: true });
  }

  // Report in a fixed order whatever the run order.
  const order = ['layout', 'disk', 'exporting', 'scale', 'browser', 'pdf', 'snapshots'];
  reports.sort((a, b) => (order.indexOf(a.id) + 1 || 99) - (order.indexOf(b.id) + 1 || 99));
  for (const r of reports) {
    for (const t of r.tables) console.log(formatTable(t) + '\n');
  }
  const checks: Check[] = reports.flatMap((r) => r.checks);
  console.log('Checks');
  for (const c of checks) console.log(`  ${c.ok ? '✓' : '✗'} ${c.name}${c.detail ? ` — ${c.detail}` : ''}`);
  const total = performance.now() - started;
  console.log(`\nDone in ${ms(total)}.`);

  const outDir = path.join('out', 'bench');
  fs.mkdirSync(outDir, { recursive: true });
  const results = {
    date: new Date().toISOString(),
    quick,
    machine: m,
    totalMs: total,
    benchmarks: Object.fromEntries(reports.map((r) => [r.id, { title: r.title, ms: r.ms, tables: r.tables, checks: r.checks, data: r.data }])),
  };
  fs.writeFileSync(path.join(outDir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(`Results written to ${path.join(outDir, 'results.json')}.`);
  if (checks.some((c) => !c.ok)) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
