import { generatePlan, type PlanShape } from '../helpers/generate';
import { buildLayoutTree, layoutArrays, layoutTree, setCardHeight, type LayoutTree } from '../../shared/layout';
import { createRng } from '../helpers/generate';
import { indexTree, type TreeIndex } from '../../shared/tree';
import { handbookPlan } from '../fixtures/handbook-plan';
import { dagreLayout, flextreeExtent, flextreeInput, flextreeLayout, type DagreOutcome } from './baselines';
import { cardHeights, checkArrayLayout, isClean } from './checks';
import { type BenchContext, type BenchModule, type BenchReport, type Check, keep, measure, type Samples } from './harness';
import { count, ms, ratio, type Table } from './table';

/**
 * Layout time, ours against d3-flextree and dagre on the same trees with the same card sizes.
 *
 * - ours (layout): `layoutArrays` on an already flattened tree: what a height change or a
 *   collapse costs.
 * - ours (full): `buildLayoutTree` from the TreeIndex + `layoutArrays`: what a structural change
 *   (add, move, delete) costs. The fair comparison with d3-flextree, whose timing includes
 *   building its hierarchy from nested data.
 * - ours (Map API): the `layoutTree` wrapper returning Map<string, Box>.
 * - edit: `setCardHeight` on a random card (incremental relayout), p50.
 *
 * Ours is timed as the app runs it: families of leaves stacked in columns, with the rows per
 * column chosen for a 16:10 window (ASPECT). The widths table gives the shape that comes out,
 * beside the one-row layout and the baselines'.
 */

const ASPECT = 16 / 10;
const OPTS = { aspect: ASPECT };

const DAGRE_CAP_MS = Number(process.env.BENCH_DAGRE_CAP_S ?? 20) * 1000;

interface Case {
  shape: PlanShape;
  n: number;
}

interface CaseResult extends Case {
  visible: number;
  ours: Samples;
  oursFull: Samples;
  oursMap: Samples;
  incremental: Samples;
  flextree: Samples | { error: string };
  dagre: { samples: number[]; p50: number } | { skipped: string };
  width: { ours: number; oneRow: number; flextree?: number; dagre?: number };
  aspect: { ours: number; oneRow: number };
  clean: boolean;
  problems: string[];
}

function prepare(c: Case) {
  const plan = generatePlan({ n: c.n, shape: c.shape, seed: 2026 });
  const t = indexTree(plan.objectives, plan.keyResults);
  const tree = buildLayoutTree(t);
  const heights = cardHeights(t, tree);
  return { t, tree, heights };
}

function timeOurs(t: TreeIndex, tree: LayoutTree, heights: Float64Array, budgetMs: number) {
  const ours = measure(() => layoutArrays(tree, heights, undefined, -1, OPTS), { warmup: 5, minRuns: 10, budgetMs });
  const oursFull = measure(() => layoutArrays(buildLayoutTree(t), heights, undefined, -1, OPTS), { warmup: 3, minRuns: 5, budgetMs });
  const byId = (id: string) => heights[tree.indexOf.get(id)!]!;
  const oursMap = measure(() => layoutTree(t, byId, undefined, undefined, OPTS), { warmup: 2, minRuns: 5, budgetMs });
  // Incremental: grow or shrink a random card, as editing a title or adding a KR does.
  const live = layoutArrays(tree, heights, undefined, -1, OPTS);
  const r = createRng(1);
  const incremental = measure(
    (i: number) => setCardHeight(live, i, live.h[i]! + (r.chance(0.5) ? 21 : -21)),
    { warmup: 50, minRuns: 500, maxRuns: 2000, budgetMs: 200 },
    () => r.int(0, tree.n - 1),
  );
  return { ours, oursFull, oursMap, incremental };
}

function timeFlextree(tree: LayoutTree, heights: Float64Array, budgetMs: number): { samples: Samples; width: number } | { error: string } {
  const roots = flextreeInput(tree, heights);
  if (roots.length !== 1) return { error: `${roots.length} roots` };
  try {
    const samples = measure(() => flextreeLayout(roots[0]!), { warmup: 1, minRuns: 3, maxRuns: 50, budgetMs });
    return { samples, width: flextreeExtent(flextreeLayout(roots[0]!)).width };
  } catch (err) {
    const e = err as Error;
    return { error: e instanceof RangeError ? 'stack overflow' : e.message };
  }
}

export const layoutBench: BenchModule = {
  id: 'layout',
  title: 'Layout',
  async run(ctx: BenchContext): Promise<BenchReport> {
    const sizes = ctx.quick ? [1000, 10_000] : [1000, 10_000, 50_000];
    const others: PlanShape[] = ['wide', 'deep', 'skewed'];
    const cases: Case[] = [...sizes.map((n) => ({ shape: 'org' as const, n })), ...others.map((shape) => ({ shape, n: 10_000 }))];
    const budget = ctx.quick ? 300 : 1500;
    const results: CaseResult[] = [];
    let dagreOrg10k: DagreOutcome | undefined;

    for (const c of cases) {
      ctx.log(`layout: ${c.shape} ${count(c.n)}`);
      const { t, tree, heights } = prepare(c);
      const timed = timeOurs(t, tree, heights, budget);
      const layout = layoutArrays(tree, heights, undefined, -1, OPTS);
      const oneRow = layoutArrays(tree, heights);
      const problems = checkArrayLayout(layout);
      const flex = timeFlextree(tree, heights, budget);

      // dagre: 1k always; 10k within the cap; bigger only if 10k left room for it.
      let dagre: CaseResult['dagre'];
      let dagreWidth: number | undefined;
      const cap = `${DAGRE_CAP_MS / 1000} s`;
      const org10k = dagreOrg10k;
      if (c.n > 10_000 && org10k?.kind !== 'done') {
        dagre = { skipped: org10k?.kind === 'timeout' ? `skipped (> ${cap} at 10k)` : 'skipped (10k failed)' };
      } else if (c.n > 10_000 && org10k?.kind === 'done' && org10k.samples[0]! * (c.n / 10_000) > DAGRE_CAP_MS) {
        dagre = { skipped: `skipped (${ms(org10k.samples[0]!)} at 10k; > ${cap} expected)` };
      } else if (c.shape !== 'org' && org10k && org10k.kind !== 'done') {
        dagre = { skipped: `skipped (> ${cap} at 10k org)` };
      } else {
        ctx.log(`layout: dagre ${c.shape} ${count(c.n)} (cap ${cap})`);
        const outcome = await dagreLayout(tree, heights, { runs: c.n <= 1000 ? 3 : 1, timeoutMs: DAGRE_CAP_MS });
        if (c.shape === 'org' && c.n === 10_000) dagreOrg10k = outcome;
        dagre =
          outcome.kind === 'done'
            ? { samples: outcome.samples, p50: [...outcome.samples].sort((a, b) => a - b)[Math.floor(outcome.samples.length / 2)]! }
            : { skipped: outcome.kind === 'timeout' ? `stopped (> ${cap})` : `failed: ${outcome.message}` };
        if (outcome.kind === 'done') dagreWidth = outcome.width;
      }
      results.push({
        ...c,
        visible: layout.count,
        ...timed,
        flextree: 'error' in flex ? flex : flex.samples,
        dagre,
        aspect: { ours: layout.width / layout.height, oneRow: oneRow.width / oneRow.height },
        width: {
          ours: layout.width,
          oneRow: oneRow.width,
          ...('error' in flex ? {} : { flextree: flex.width }),
          ...(dagreWidth === undefined ? {} : { dagre: dagreWidth }),
        },
        clean: isClean(problems),
        problems: problems.examples,
      });
      keep(layout);
    }

    const rows = results.map((r) => {
      const flexMs = 'p50' in r.flextree ? r.flextree.p50 : null;
      return [
        `${r.shape} ${count(r.n)}`,
        ms(r.ours.p50),
        ms(r.oursFull.p50),
        ms(r.oursMap.p50),
        ms(r.incremental.p50),
        'p50' in r.flextree ? ms(r.flextree.p50) : r.flextree.error,
        'p50' in r.dagre ? ms(r.dagre.p50) : r.dagre.skipped,
        ratio(flexMs, r.oursFull.p50),
        ratio(flexMs, r.ours.p50),
        'p50' in r.dagre ? ratio(r.dagre.p50, r.oursFull.p50) : '—',
        r.clean ? '✓' : `✗ ${r.problems[0] ?? ''}`,
      ];
    });
    const table: Table = {
      title: 'Layout (median per layout; same tree, same card sizes)',
      columns: ['plan', 'ours', 'ours full', 'ours Map', 'edit', 'd3-flextree', 'dagre', 'flex ÷ full', 'flex ÷ ours', 'dagre ÷ full', 'no overlap, centred'],
      rows,
      notes: [
        'ours = layoutArrays on a flattened tree; full = + buildLayoutTree from the TreeIndex; Map = layoutTree() wrapper;',
        'edit = setCardHeight (one card changes height, incremental), p50. d3-flextree and dagre include building their input structures.',
        `dagre runs in a worker thread, stopped after ${DAGRE_CAP_MS / 1000} s (BENCH_DAGRE_CAP_S).`,
      ],
    };
    const shape = (a: number) => (a >= 1 ? `${a.toFixed(1)}:1` : `1:${(1 / a).toFixed(1)}`);
    const hb = handbookPlan();
    const hbTree = buildLayoutTree(indexTree(hb.objectives, hb.keyResults));
    const hbHeights = cardHeights(indexTree(hb.objectives, hb.keyResults), hbTree);
    const hbOurs = layoutArrays(hbTree, hbHeights, undefined, -1, OPTS);
    const hbRow = layoutArrays(hbTree, hbHeights);
    const hbClean = isClean(checkArrayLayout(hbOurs));
    const widths: Table = {
      title: `Drawing width (px) and shape (width:height) — ours stacks leaf families for a ${ASPECT}:1 window; flextree compacts subtrees; dagre layers`,
      columns: ['plan', 'ours', 'ours shape', 'one row (before)', 'one-row shape', 'd3-flextree', 'dagre'],
      rows: [
        [
          `handbook ${hbTree.n}`,
          count(Math.round(hbOurs.width)),
          shape(hbOurs.width / hbOurs.height),
          count(Math.round(hbRow.width)),
          shape(hbRow.width / hbRow.height),
          '—',
          '—',
        ],
        ...results.map((r) => [
        `${r.shape} ${count(r.n)}`,
        count(Math.round(r.width.ours)),
        shape(r.aspect.ours),
        count(Math.round(r.width.oneRow)),
        shape(r.aspect.oneRow),
        r.width.flextree ? count(Math.round(r.width.flextree)) : '—',
        r.width.dagre ? count(Math.round(r.width.dagre)) : '—',
        ]),
      ],
    };

    const checks: Check[] = results.map((r) => ({
      name: `layout ${r.shape} ${count(r.n)}: no overlaps, parents centred, children below parents`,
      ok: r.clean,
      ...(r.clean ? {} : { detail: r.problems.join('; ') }),
    }));
    const hbAspect = hbOurs.width / hbOurs.height;
    checks.push({
      name: `layout handbook plan (${hbTree.n} objectives, wide and shallow): within 3:1 of square, clean`,
      ok: hbClean && hbAspect <= 3 && hbAspect >= 1 / 3,
      detail: `${shape(hbAspect)} (one row: ${shape(hbRow.width / hbRow.height)})`,
    });
    const big = results.find((r) => r.shape === 'org' && r.n === 50_000);
    if (big && 'p50' in big.flextree) {
      const full = big.flextree.p50 / big.oursFull.p50;
      checks.push({
        name: 'layout org 50k: ours (full, incl. flattening) ≥ 5× faster than d3-flextree',
        ok: full >= 5,
        detail: `${full.toFixed(1)}× (layout only ${(big.flextree.p50 / big.ours.p50).toFixed(1)}×)`,
      });
    }
    const data = results.map((r) => ({
      shape: r.shape,
      n: r.n,
      visible: r.visible,
      oursMs: pick(r.ours),
      oursFullMs: pick(r.oursFull),
      oursMapMs: pick(r.oursMap),
      incrementalMs: pick(r.incremental),
      flextreeMs: 'p50' in r.flextree ? pick(r.flextree) : r.flextree,
      dagreMs: r.dagre,
      width: r.width,
      aspect: r.aspect,
      clean: r.clean,
    }));
    return { tables: [table, widths], checks, data };
  },
};

const pick = (s: Samples) => ({ p50: s.p50, p90: s.p90, min: s.min, runs: s.samples.length });
