import fs from 'node:fs';
import path from 'node:path';
import { insertPlan } from '../../electron/db/bulk';
import { openPlanDb } from '../../electron/db/open';
import { PlanRepo } from '../../electron/db/repo';
import { generatePlan } from '../helpers/generate';
import { buildLayoutTree, layoutArrays, layoutTree } from '../../shared/layout';
import { rollupAll, viewOf } from '../../shared/rollup';
import { indexTree } from '../../shared/tree';
import { cardHeights, checkArrayLayout, isClean } from './checks';
import { type BenchContext, type BenchModule, type BenchReport, HeapWatch, keep } from './harness';
import { bytes, count, ms, type Table } from './table';

/**
 * The whole pipeline once at 100,000 objectives: generate, write the plan file, open it as the
 * app does, read the snapshot, index it, roll progress up, lay it out. Each step must finish
 * without a crash (stack overflow, out of memory); its time and the heap after it are recorded.
 */
export const scaleBench: BenchModule = {
  id: 'scale',
  title: '100k objectives end to end',
  async run(ctx: BenchContext): Promise<BenchReport> {
    const n = ctx.quick ? 20_000 : 100_000;
    const file = path.join(ctx.tmpDir, 'scale.cascade');
    const heap = new HeapWatch();
    const heapBefore = heap.sample();
    const rssBefore = process.memoryUsage().rss;
    const steps: Array<{ step: string; ms: number; heap: number; note: string }> = [];
    const step = <T>(name: string, fn: () => T, note: (v: T) => string = () => ''): T => {
      ctx.log(`scale: ${name}`);
      const t0 = performance.now();
      const value = fn();
      const elapsed = performance.now() - t0;
      steps.push({ step: name, ms: elapsed, heap: heap.sample(), note: note(value) });
      return value;
    };

    let plan: ReturnType<typeof generatePlan> | null = step(
      `generate (org, ${count(n)})`,
      () => generatePlan({ n, shape: 'org', seed: 100 }),
      (p) => `${count(p.objectives.length)} objectives, ${count(p.keyResults.length)} KRs`,
    );
    step('insert into a new plan file (insertPlan)', () => {
      const db = openPlanDb(file, { create: true });
      try {
        return insertPlan(db, plan!.objectives, plan!.keyResults);
      } finally {
        db.close();
      }
    }, () => bytes(fs.statSync(file).size + (fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0)));
    plan = null; // from here on, only what the app would hold
    const db = step('open (openPlanDb)', () => openPlanDb(file));
    try {
      const repo = new PlanRepo(db);
      const snapshot = step('snapshot (objectives + KRs)', () => ({ objectives: repo.objectives(), keyResults: repo.keyResults() }), (s) =>
        `${count(s.objectives.length)} + ${count(s.keyResults.length)} rows`,
      );
      const t = step('indexTree', () => indexTree(snapshot.objectives, snapshot.keyResults));
      const rollups = step('rollupAll', () => {
        const view = viewOf(snapshot.objectives, snapshot.keyResults);
        return rollupAll(view, view.roots);
      });
      const tree = step('buildLayoutTree', () => buildLayoutTree(t));
      const heights = step('card heights (cardHeight)', () => cardHeights(t, tree));
      const layout = step('layoutArrays', () => layoutArrays(tree, heights), (l) => `${count(l.count)} cards, ${count(Math.round(l.width))} × ${count(Math.round(l.height))} px`);
      const boxes = step('layoutTree (Map<string, Box>)', () => layoutTree(t, (id) => heights[tree.indexOf.get(id)!]!), (l) => `${count(l.boxes.size)} boxes`);
      const problems = checkArrayLayout(layout);
      keep([rollups, boxes]);

      const total = steps.reduce((s, x) => s + x.ms, 0);
      const peakRss = process.resourceUsage().maxRSS * 1024;
      const table: Table = {
        title: `${count(n)} objectives end to end`,
        columns: ['step', 'time', 'heap after', 'result'],
        rows: [
          ...steps.map((s) => [s.step, ms(s.ms), bytes(s.heap), s.note]),
          ['total', ms(total), bytes(heap.peak), 'peak heap (sampled after each step)'],
        ],
        notes: [
          `heap before ${bytes(heapBefore)}; process peak RSS ${bytes(peakRss)} (RSS before ${bytes(rssBefore)}); layout checks ${isClean(problems) ? '✓' : '✗'}`,
        ],
      };
      return {
        tables: [table],
        checks: [
          { name: `scale: ${count(n)} objectives generated, stored, opened, indexed and laid out`, ok: layout.count === n },
          { name: `scale: ${count(n)}-objective layout has no overlaps, parents centred`, ok: isClean(problems), detail: problems.examples.join('; ') },
        ],
        data: { n, steps, peakHeapSampled: heap.peak, heapBefore, peakRss, rssBefore, totalMs: total },
      };
    } finally {
      db.close();
    }
  },
};
