/**
 * Goal cloning: a child that restates its parent, or a sibling that copies another. Titles are
 * compared as sets of stemmed content words, so case, punctuation, word order, "our"/"team"/"2026"
 * and British or American spelling make no difference.
 */
import { CLONE_STOP, NUMBER_WORDS } from './lexicon';
import { stem, tokenize, type Tokenized } from './text';

/** Share of words two titles must have in common (Jaccard) to count as a near copy. */
export const NEAR_COPY = 0.8;
/** A child whose words are all its parent's is a restatement if it keeps at least this share of them. */
export const RESTATEMENT_SHARE = 0.5;

/** Number words as `cloneKey` writes them (stemmed), to take them out again. */
const NUMBER_STEMS = new Set(Object.keys(NUMBER_WORDS).map(stem));

/**
 * A clone key without its amounts, so that copies differing only in their numbers ("Hire 2
 * engineers", "Hire 5 engineers") share it. Ranks ("#1") stay: they are part of what is said.
 */
export const withoutNumbers = (key: readonly string[]): string[] => key.filter((w) => !/^\d/.test(w) && !NUMBER_STEMS.has(w));

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
 * Which earlier title each later one copies, as later index → earlier index: among siblings, or
 * across the whole cascade.
 *
 * Comparing every pair is quadratic, and one plan may hold 50,000 objectives. This is a
 * prefix-filtered similarity join: order words rarest first; two sets with Jaccard ≥ t must then
 * share a word among the first |s| − ⌈t·|s|⌉ + 1 of each, so only siblings sharing such a rare word
 * are ever compared. Exact repeats are settled by a hash lookup before that.
 */
export function nearCopies(keys: readonly (readonly string[])[], t: number = NEAR_COPY): Map<number, number> {
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

/** Copies shorter than this many content words are left alone: "Marketing" twice is two headings. */
const MIN_COPY_WORDS = 2;

const ROOT = '';
const bySortOrder = (a: { sortOrder: number; id: string }, b: { sortOrder: number; id: string }) =>
  a.sortOrder - b.sortOrder || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Objectives in the order the tree shows them (depth first, siblings by sort order), from child lists keyed by parent id. */
export function preorder<T extends { id: string; sortOrder: number }>(children: ReadonlyMap<string, T[]>): T[] {
  const out: T[] = [];
  const stack: T[] = [...(children.get(ROOT) ?? [])].sort(bySortOrder).reverse();
  while (stack.length) {
    const o = stack.pop()!;
    out.push(o);
    const kids = children.get(o.id);
    if (kids) for (const k of [...kids].sort(bySortOrder).reverse()) stack.push(k);
  }
  return out;
}

/**
 * Groups of copies anywhere in the cascade, each in tree order, per member id. Across the whole
 * plan titles are bucketed by their number-free key (a hash lookup each, so 50,000 objectives stay
 * linear); among siblings, near copies are joined too (see `nearCopies`). A member whose parent is
 * in its group restates that parent, which `restated` already reports, so it leaves the group; a
 * group left with one member is none.
 */
export function copyGroups<T extends { id: string; parentId: string | null }>(
  ordered: readonly T[],
  restated: ReadonlyMap<string, unknown>,
  keyOf: (o: T) => readonly string[],
): Map<string, T[]> {
  const index = new Map<T, number>();
  ordered.forEach((o, i) => index.set(o, i));
  // Union-find over positions in tree order: the root of a group is its earliest member.
  const up = new Int32Array(ordered.length).map((_, i) => i);
  const find = (i: number): number => {
    while (up[i] !== i) i = up[i] = up[up[i]!]!;
    return i;
  };
  const join = (a: number, b: number) => {
    const x = find(a);
    const y = find(b);
    if (x !== y) up[Math.max(x, y)] = Math.min(x, y);
  };
  const bucket = new Map<string, number>();
  const siblings = new Map<string, number[]>();
  ordered.forEach((o, i) => {
    const key = keyOf(o);
    if (key.length < MIN_COPY_WORDS) return;
    const joined = key.join('\u0000');
    const first = bucket.get(joined);
    if (first === undefined) bucket.set(joined, i);
    else join(i, first);
    const parent = o.parentId ?? ROOT;
    let list = siblings.get(parent);
    if (!list) siblings.set(parent, (list = []));
    list.push(i);
  });
  for (const list of siblings.values()) {
    if (list.length < 2) continue;
    for (const [later, earlier] of nearCopies(list.map((i) => keyOf(ordered[i]!)))) join(list[later]!, list[earlier]!);
  }
  const size = new Int32Array(ordered.length);
  for (let i = 0; i < ordered.length; i++) size[find(i)]!++;
  const members = new Map<number, T[]>();
  for (let i = 0; i < ordered.length; i++) {
    const root = find(i);
    if (size[root]! < 2) continue;
    let list = members.get(root);
    if (!list) members.set(root, (list = []));
    list.push(ordered[i]!);
  }
  const out = new Map<string, T[]>();
  for (const list of members.values()) {
    if (list.length < 2) continue;
    const ids = new Set(list.map((o) => o.id));
    const group = list.filter((o) => !(o.parentId !== null && ids.has(o.parentId) && restated.has(o.id)));
    if (group.length < 2) continue;
    for (const o of group) out.set(o.id, group);
  }
  return out;
}
