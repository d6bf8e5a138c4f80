/**
 * Fits the shelf model (shared/coach/shelf.ts) to the tuning sets and writes
 * shared/coach/shelfModel.bin: `npm run fit-coach`. Deterministic (a seeded shuffle), about a minute.
 *
 * One logistic regression per shelf code over `shelfFeatures` (the word rules' codes and the title's
 * words), by AdaGrad. Each code's threshold is chosen by five-fold cross-validation across sets
 * (whole sets held out, so a threshold is judged on writers the fold did not see): the one under
 * which most sets meet 0.85 precision and recall, then the best F1 over all of them. The blind
 * hold-outs are not read here at all.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyse } from '../../shared/coach/analyse';
import { wordRulesOf } from '../../shared/coach/rules';
import { SHELF_BUCKETS, SHELF_CODES, encodeShelfModel, shelfFeatures, shelfOf, type ShelfModel } from '../../shared/coach/shelf';
import { TARGET } from './report';
import { TUNING_SETS } from './tuning';

type Code = (typeof SHELF_CODES)[number];
interface Example {
  set: string;
  labels: ReadonlySet<string>;
  rules: readonly string[];
  buckets: Uint32Array;
  values: Float32Array;
}

/** A feature must occur in this many titles to carry a weight: rarer ones fit one set's words. */
const MIN_COUNT = 10;
const EPOCHS = 8;
const RATE = 0.05;
const L2 = 1e-5;
const FOLDS = 5;

function examples(): Example[] {
  const out: Example[] = [];
  for (const [set, entries, plans] of TUNING_SETS) {
    const titled = [...entries, ...plans.flatMap((p) => p.nodes)];
    for (const { title, expect } of titled) {
      const a = analyse(title);
      if (a.words.length === 0) continue;
      const rules = wordRulesOf(a);
      const f = shelfFeatures(a.tz, rules);
      out.push({ set, labels: new Set(expect), rules, buckets: Uint32Array.from(f.keys()), values: Float32Array.from(f.values()) });
    }
  }
  return out;
}

/** Weights for one code over the buckets used by at least MIN_COUNT of `data`. */
function fit(data: readonly Example[], code: Code): Float32Array {
  const count = new Uint32Array(SHELF_BUCKETS);
  for (const x of data) for (const b of x.buckets) count[b]!++;
  const w = new Float32Array(SHELF_BUCKETS);
  const g2 = new Float32Array(SHELF_BUCKETS);
  const order = data.map((_, i) => i);
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let e = 0; e < EPOCHS; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const { buckets, values, labels } = data[i]!;
      let z = 0;
      for (let k = 0; k < buckets.length; k++) if (count[buckets[k]!]! >= MIN_COUNT) z += w[buckets[k]!]! * values[k]!;
      const g = 1 / (1 + Math.exp(-z)) - (labels.has(code) ? 1 : 0);
      for (let k = 0; k < buckets.length; k++) {
        const b = buckets[k]!;
        if (count[b]! < MIN_COUNT) continue;
        const grad = g * values[k]! + L2 * w[b]!;
        g2[b]! += grad * grad;
        w[b]! -= (RATE * grad) / Math.sqrt(g2[b]! + 1e-8);
      }
    }
  }
  for (let b = 0; b < SHELF_BUCKETS; b++) if (count[b]! < MIN_COUNT) w[b] = 0;
  return w;
}

const probability = (w: Float32Array, x: Example): number => {
  let z = 0;
  for (let k = 0; k < x.buckets.length; k++) z += w[x.buckets[k]!]! * x.values[k]!;
  return 1 / (1 + Math.exp(-z));
};

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const tally = (xs: readonly Example[], code: Code, said: (x: Example) => boolean): Counts => {
  const c = { tp: 0, fp: 0, fn: 0 };
  for (const x of xs) {
    const y = x.labels.has(code);
    const p = said(x);
    if (p && y) c.tp++;
    else if (p) c.fp++;
    else if (y) c.fn++;
  }
  return c;
};
const precision = (c: Counts) => c.tp / Math.max(1, c.tp + c.fp);
const recall = (c: Counts) => c.tp / Math.max(1, c.tp + c.fn);

/** How many sets meet the target under `said`, and the F1 over all of them. */
function judge(bySet: ReadonlyMap<string, Example[]>, code: Code, said: (x: Example) => boolean): { met: number; of: number; f1: number } {
  let met = 0;
  let of = 0;
  const all: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const xs of bySet.values()) {
    const c = tally(xs, code, said);
    all.tp += c.tp;
    all.fp += c.fp;
    all.fn += c.fn;
    if (c.tp + c.fn === 0) continue;
    of++;
    if (precision(c) >= TARGET && recall(c) >= TARGET) met++;
  }
  const p = precision(all);
  const r = recall(all);
  return { met, of, f1: (2 * p * r) / Math.max(1e-9, p + r) };
}

/** Fits the model to the tuning sets; `log` hears each code's cross-validated figures. */
export function fitShelfModel(log: (line: string) => void = () => {}): { bytes: Uint8Array; titles: number; sets: number; features: number } {
  const data = examples();
  const bySet = new Map<string, Example[]>();
  for (const x of data) (bySet.get(x.set) ?? bySet.set(x.set, []).get(x.set)!).push(x);
  const sets = [...bySet.keys()];
  const foldOf = new Map(sets.map((s, i) => [s, i % FOLDS]));
  const model: ShelfModel = { buckets: new Uint32Array(), weights: {} as ShelfModel['weights'], thresholds: { 'task-listing': { keep: 0.5, add: 0.5 }, 'job-requirement': { keep: 0.5, add: 0.5 }, compliance: { keep: 0.5, add: 0.5 } }, sets };
  // Out-of-fold probabilities: each set's titles read by a model fitted without its fold.
  const outOfFold = new Map<Example, number[]>(data.map((x) => [x, [0, 0, 0]]));
  SHELF_CODES.forEach((code, c) => {
    for (let k = 0; k < FOLDS; k++) {
      const w = fit(
        data.filter((x) => foldOf.get(x.set) !== k),
        code,
      );
      for (const x of data) if (foldOf.get(x.set) === k) outOfFold.get(x)![c] = probability(w, x);
    }
  });
  // One shelf at most (shelfOf), so each threshold moves the others' results: two passes over the codes.
  const said = (code: Code) => (x: Example) => shelfOf(outOfFold.get(x)!, x.rules, model) === code;
  for (let pass = 0; pass < 3; pass++) {
    for (const code of SHELF_CODES) {
      for (const which of ['keep', 'add'] as const) {
        const t = model.thresholds[code];
        let best = { at: t[which], met: -1, f1: 0 };
        for (let at = 0.05; at < 0.95 + 1e-9; at += 0.05) {
          t[which] = Math.round(at * 100) / 100;
          const j = judge(bySet, code, said(code));
          if (j.met > best.met || (j.met === best.met && j.f1 > best.f1)) best = { at: t[which], met: j.met, f1: j.f1 };
        }
        t[which] = best.at;
      }
    }
  }
  const full: Partial<Record<Code, Float32Array>> = {};
  for (const code of SHELF_CODES) {
    const j = judge(bySet, code, said(code));
    const rules = judge(bySet, code, (x) => x.rules.includes(code));
    full[code] = fit(data, code);
    log(`${code}: kept from ${model.thresholds[code].keep.toFixed(2)}, added from ${model.thresholds[code].add.toFixed(2)}; cross-validated, ${j.met} of ${j.of} sets meet ${TARGET} (F1 ${j.f1.toFixed(3)}); the word rules alone, in-sample: ${rules.met} (F1 ${rules.f1.toFixed(3)})`);
  }
  const kept: number[] = [];
  for (let b = 0; b < SHELF_BUCKETS; b++) if (SHELF_CODES.some((c) => full[c]![b] !== 0)) kept.push(b);
  model.buckets = Uint32Array.from(kept);
  for (const code of SHELF_CODES) model.weights[code] = Float32Array.from(kept, (b) => full[code]![b]!);
  return { bytes: encodeShelfModel(model), titles: data.length, sets: sets.length, features: kept.length };
}

// Run as `npm run fit-coach` (the bundle is the script), not when a test imports it.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = Date.now();
  const { bytes, titles, sets, features } = fitShelfModel(console.log);
  const file = path.resolve('shared/coach/shelfModel.bin');
  fs.writeFileSync(file, bytes);
  console.log(`${titles} titles from ${sets} sets; ${features} features; ${bytes.length} bytes → ${file} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
