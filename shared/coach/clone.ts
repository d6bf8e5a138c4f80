/**
 * Goal cloning: a child that restates its parent, or a sibling that copies another. Titles are
 * compared as sets of stemmed content words, so case, punctuation, word order, "our"/"team"/"2026"
 * and British or American spelling make no difference.
 */
import { CLONE_STOP } from './lexicon';
import { stem, tokenize, type Tokenized } from './text';

/** Share of words two titles must have in common (Jaccard) to count as a near copy. */
export const NEAR_COPY = 0.8;
/** A child whose words are all its parent's is a restatement if it keeps at least this share of them. */
export const RESTATEMENT_SHARE = 0.5;

/** Sorted, de-duplicated content stems of a title. */
export function cloneKey(source: string | Tokenized): string[] {
  const tz = typeof source === 'string' ? tokenize(source) : source;
  const out: string[] = [];
  for (const i of tz.words) {
    const tok = tz.tokens[i]!;
    if (tok.kind === 'num') {
      // "#1" and "number one" are the same rank; a bare year is a period, not content.
      if (tz.tokens[i - 1]?.t === '#' && tok.glued) out.push(`#${tok.t}`);
      else if (!(tok.suffix === '' && tok.value >= 1900 && tok.value <= 2099 && tok.t.length === 4)) out.push(tok.t + tok.suffix);
      continue;
    }
    if (CLONE_STOP.has(tok.t)) continue;
    out.push(tok.kind === 'word' ? stem(tok.t) : tok.t);
  }
  out.sort();
  let n = 0;
  for (let k = 0; k < out.length; k++) if (k === 0 || out[k] !== out[n - 1]) out[n++] = out[k]!;
  out.length = n;
  return out;
}

/** Size of the intersection of two sorted, de-duplicated arrays. */
function overlap(a: readonly string[], b: readonly string[]): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return n;
}

export function similarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const n = overlap(a, b);
  return n / (a.length + b.length - n);
}

/** The child adds nothing: almost the same words, or only words the parent already has. */
export function restates(child: readonly string[], parent: readonly string[]): boolean {
  if (child.length === 0 || parent.length === 0) return false;
  const n = overlap(child, parent);
  if (n / (child.length + parent.length - n) >= NEAR_COPY) return true;
  return n === child.length && child.length / parent.length >= RESTATEMENT_SHARE;
}

export const copies = (a: readonly string[], b: readonly string[]): boolean => similarity(a, b) >= NEAR_COPY;

/**
 * Which sibling each later sibling copies, as later index → earlier index.
 *
 * Comparing every pair is quadratic, and one parent may hold thousands of children. This is a
 * prefix-filtered similarity join: order words rarest first; two sets with Jaccard ≥ t must then
 * share a word among the first |s| − ⌈t·|s|⌉ + 1 of each, so only siblings sharing such a rare word
 * are ever compared. Exact repeats are settled by a hash lookup before that.
 */
export function siblingCopies(keys: readonly (readonly string[])[], t: number = NEAR_COPY): Map<number, number> {
  // Most parents have a handful of children; for them, comparing every pair is cheaper than
  // building the index.
  if (keys.length <= SMALL_GROUP) return pairwiseCopies(keys, t);
  const result = new Map<number, number>();
  const freq = new Map<string, number>();
  for (const k of keys) for (const w of k) freq.set(w, (freq.get(w) ?? 0) + 1);
  const rarestFirst = (a: string, b: string) => freq.get(a)! - freq.get(b)! || (a < b ? -1 : a > b ? 1 : 0);

  const exact = new Map<string, number>();
  const index = new Map<string, number[]>();
  // seenBy[j] === i: sibling j is already a candidate for i (a stamp array, not a set per sibling).
  const seenBy = new Int32Array(keys.length).fill(-1);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key.length === 0) continue;
    const joined = key.join('\u0000');
    const first = exact.get(joined);
    if (first !== undefined) {
      result.set(i, first);
      continue; // the first copy stands for this one in the index
    }
    exact.set(joined, i);
    const ordered = [...key].sort(rarestFirst);
    const prefix = ordered.length - Math.ceil(t * ordered.length - 1e-9) + 1;
    let best = -1;
    for (let p = 0; p < prefix; p++) {
      for (const j of index.get(ordered[p]!) ?? []) {
        if (seenBy[j] === i) continue;
        seenBy[j] = i;
        const other = keys[j]!;
        if (other.length < t * key.length || key.length < t * other.length) continue;
        if ((best === -1 || j < best) && similarity(key, other) >= t) best = j;
      }
    }
    if (best !== -1) result.set(i, best);
    for (let p = 0; p < prefix; p++) {
      const w = ordered[p]!;
      let list = index.get(w);
      if (!list) index.set(w, (list = []));
      list.push(i);
    }
  }
  return result;
}

const SMALL_GROUP = 24;

function pairwiseCopies(keys: readonly (readonly string[])[], t: number): Map<number, number> {
  const result = new Map<number, number>();
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i]!;
    if (key.length === 0) continue;
    for (let j = 0; j < i; j++) {
      const other = keys[j]!;
      if (other.length < t * key.length || key.length < t * other.length) continue;
      if (similarity(key, other) >= t) {
        result.set(i, j);
        break;
      }
    }
  }
  return result;
}
