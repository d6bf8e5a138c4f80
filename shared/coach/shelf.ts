/**
 * The shelf reader: whether a title is an activity, a duty or a compliance task, decided by a small
 * logistic model over the word rules' own findings and the title's words (its first words, its last,
 * every word and pair of words). The word rules name the shapes; the model, fitted to the labelled
 * sets by `npm run fit-coach` (test/coach/fitShelf.ts), weighs them against the words writers
 * actually use, which no rule can list in advance: on eight sets never read, word rules alone left
 * activities under 0.85 on three and duties on five, the rules and the model none (README, "The
 * shelf model").
 *
 * Pure and synchronous, so the "So What?" proposal, the import dialog, `checkTitle` and the plan's
 * findings all read a title the same way.
 */
import bytes from './shelfModel.bin';
import type { Tokenized } from './text';
import type { RuleCode } from './types';

/** The codes the model decides; every other code stays the word rules'. */
export const SHELF_CODES = ['task-listing', 'job-requirement', 'compliance'] as const satisfies readonly RuleCode[];
type ShelfCode = (typeof SHELF_CODES)[number];
export const isShelfCode = (code: string): code is ShelfCode => (SHELF_CODES as readonly string[]).includes(code);

/** Features are hashed into this many buckets (FNV-1a); only buckets seen often enough carry a weight. */
export const SHELF_BUCKETS = 1 << 18;

export interface ShelfModel {
  /** Kept buckets, ascending. */
  buckets: Uint32Array;
  /** Per code, one weight per kept bucket. */
  weights: Record<ShelfCode, Float32Array>;
  /**
   * Per code, the probability from which the title is on that shelf: `keep` when the word rules put
   * it there, `add` when they did not. Two, because a rule's finding and the model's agreement are
   * not the same evidence; both are chosen by cross-validation across sets (test/coach/fitShelf.ts).
   */
  thresholds: Record<ShelfCode, { keep: number; add: number }>;
  /** The labelled sets it was fitted to, by name (never a blind one). */
  sets: string[];
}

const fnv1a = (s: string): number => {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) & (SHELF_BUCKETS - 1);
};

/**
 * The title's features as bucket → value: the rules' codes, its first word and pair, its last word,
 * its length, and every word and pair at half weight (a pair of words says more than either; all of
 * them together would outweigh the shape).
 */
export function shelfFeatures(tz: Tokenized, codes: readonly RuleCode[]): Map<number, number> {
  const out = new Map<number, number>();
  const add = (feature: string, value = 1) => {
    const b = fnv1a(feature);
    out.set(b, (out.get(b) ?? 0) + value);
  };
  add('bias');
  for (const c of codes) add(`r:${c}`);
  // Numbers and codes stand as their kind: "File 3 INDs" and "File 12 INDs" read alike.
  const w = tz.words.map((i) => {
    const t = tz.tokens[i]!;
    return t.kind === 'word' ? t.t : `#${t.kind}`;
  });
  if (w.length) {
    add(`f:${w[0]}`);
    if (w.length > 1) add(`f2:${w[0]} ${w[1]}`);
    add(`l:${w[w.length - 1]}`);
    add(`n:${Math.min(w.length, 12)}`);
  }
  for (const t of new Set(w)) add(`u:${t}`, 0.5);
  for (let i = 0; i + 1 < w.length; i++) add(`b:${w[i]} ${w[i + 1]}`, 0.5);
  return out;
}

/** The model's probability, per code in SHELF_CODES' order, that a title with these features is on that shelf. */
export function shelfProbabilities(model: ShelfModel, features: ReadonlyMap<number, number>): number[] {
  const at = positionsOf(model);
  const z = SHELF_CODES.map(() => 0);
  for (const [b, v] of features) {
    const k = at.get(b);
    if (k === undefined) continue;
    SHELF_CODES.forEach((code, c) => (z[c]! += model.weights[code][k]! * v));
  }
  return z.map((x) => 1 / (1 + Math.exp(-x)));
}

/** Each kept bucket's position in the weights, made once per model (a title has a few dozen features). */
const positions = new WeakMap<ShelfModel, Map<number, number>>();
function positionsOf(model: ShelfModel): Map<number, number> {
  let at = positions.get(model);
  if (!at) positions.set(model, (at = new Map(Array.from(model.buckets, (b, k) => [b, k]))));
  return at;
}

/**
 * The word rules' codes with the shelf code the model reads, if any, last. One shelf at most: no
 * labelled title of any set is on two (a duty is not also an activity), so the likeliest one wins.
 */
export function readShelf(tz: Tokenized, codes: readonly RuleCode[], model: ShelfModel = shippedModel()): RuleCode[] {
  const features = shelfFeatures(tz, codes);
  const out: RuleCode[] = codes.filter((c) => !isShelfCode(c));
  const shelf = shelfOf(shelfProbabilities(model, features), codes, model);
  if (shelf) out.push(shelf);
  return out;
}

/** The shelf of the highest probability (in SHELF_CODES' order) among those at or over their threshold. */
export function shelfOf(probabilities: readonly number[], rules: readonly string[], model: Pick<ShelfModel, 'thresholds'>): ShelfCode | null {
  let best: ShelfCode | null = null;
  let top = -1;
  SHELF_CODES.forEach((code, k) => {
    const p = probabilities[k]!;
    const t = model.thresholds[code];
    if (p >= (rules.includes(code) ? t.keep : t.add) && p > top) (best = code), (top = p);
  });
  return best;
}

const MAGIC = 'CPSM';
const VERSION = 1;

/**
 * The file: "CPSM", a version byte, a u32 header length, the JSON header (codes, thresholds, scales,
 * sets, bucket count), u32 bucket ids, then per code one i16 per bucket (× that code's scale).
 */
export function encodeShelfModel(model: ShelfModel): Uint8Array {
  const n = model.buckets.length;
  const scales = Object.fromEntries(SHELF_CODES.map((c) => [c, Math.max(1e-9, ...Array.from(model.weights[c], Math.abs)) / 32767]));
  const header = new TextEncoder().encode(JSON.stringify({ codes: SHELF_CODES, thresholds: model.thresholds, scales, sets: model.sets, buckets: SHELF_BUCKETS }));
  const out = new Uint8Array(9 + header.length + n * 4 + SHELF_CODES.length * n * 2);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(MAGIC), 0);
  view.setUint8(4, VERSION);
  view.setUint32(5, header.length, true);
  out.set(header, 9);
  let at = 9 + header.length;
  for (const b of model.buckets) (view.setUint32(at, b, true), (at += 4));
  for (const c of SHELF_CODES) for (const w of model.weights[c]) (view.setInt16(at, Math.round(w / scales[c]!), true), (at += 2));
  return out;
}

/** Reads the file `encodeShelfModel` writes; a damaged one is refused in words. */
export function decodeShelfModel(data: Uint8Array): ShelfModel {
  const fail = (why: string): never => {
    throw new Error(`The coach's shelf model is damaged (${why}); reinstall the app.`);
  };
  if (data.length < 9 || String.fromCharCode(...data.subarray(0, 4)) !== MAGIC) fail('not a shelf model');
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (view.getUint8(4) !== VERSION) fail(`version ${view.getUint8(4)} is not one this app reads`);
  const length = view.getUint32(5, true);
  let header: { codes: string[]; thresholds: ShelfModel['thresholds']; scales: Record<ShelfCode, number>; sets: string[]; buckets: number };
  try {
    header = JSON.parse(new TextDecoder().decode(data.subarray(9, 9 + length)));
  } catch {
    return fail('its header is not JSON');
  }
  const number = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
  const complete =
    header !== null &&
    typeof header === 'object' &&
    Array.isArray(header.sets) &&
    SHELF_CODES.every((c) => number(header.scales?.[c]) && number(header.thresholds?.[c]?.keep) && number(header.thresholds?.[c]?.add));
  if (!complete) fail('its header lacks thresholds or scales');
  if (header.buckets !== SHELF_BUCKETS || !Array.isArray(header.codes) || header.codes.join() !== SHELF_CODES.join()) fail('it was written for other features');
  const rest = data.length - 9 - length;
  const n = rest / (4 + 2 * SHELF_CODES.length);
  if (!Number.isInteger(n)) fail(`${rest} bytes of weights do not divide into buckets`);
  let at = 9 + length;
  const buckets = new Uint32Array(n);
  for (let k = 0; k < n; k++, at += 4) buckets[k] = view.getUint32(at, true);
  const weights = {} as Record<ShelfCode, Float32Array>;
  for (const c of SHELF_CODES) {
    const w = (weights[c] = new Float32Array(n));
    for (let k = 0; k < n; k++, at += 2) w[k] = view.getInt16(at, true) * header.scales[c];
  }
  return { buckets, weights, thresholds: header.thresholds, sets: header.sets };
}

let shipped: ShelfModel | null = null;
/** The model shipped with the app, decoded when a title is first read. */
export const shippedModel = (): ShelfModel => (shipped ??= decodeShelfModel(bytes));
