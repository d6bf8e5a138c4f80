/**
 * Goal cloning: a child that restates its parent, or a sibling that copies another. Titles are
 * compared as sets of stemmed content words, so case, punctuation, word order, "our"/"team"/"2026"
 * and British or American spelling make no difference.
 */
import { measureOf, paraphrasePairs, RATE_FORMS } from './paraphrase';
import type { TitleMeaning } from './vectors';
import { CLONE_STOP, CLONE_SYNONYMS, COMPASS, FUNCTION_WORDS, NUMBER_WORDS } from './lexicon';
import { stem, tokenize, type Token, type Tokenized } from './text';

/** Share of words two titles must have in common (Jaccard) to count as a near copy. */
export const NEAR_COPY = 0.8;
/** A child whose words are all its parent's is a restatement if it keeps at least this share of them. */
export const RESTATEMENT_SHARE = 0.5;

/** Number words and fractions ("by half", "by a third") as `cloneKey` writes them (stemmed), to take them out again. */
const NUMBER_STEMS = new Set([...Object.keys(NUMBER_WORDS), 'half', 'third', 'fifth', 'tenth'].map(stem));

/**
 * A clone key without its amounts, so that copies differing only in their numbers ("Hire 2
 * engineers", "Hire 5 engineers") share it. Ranks ("#1") stay: they are part of what is said.
 */
export function withoutNumbers(key: readonly string[]): string[] {
  const out = key.filter((w) => !/^\d/.test(w) && !NUMBER_STEMS.has(w));
  if (out.length === key.length) return out;
  // The comparator goes with its number: "in under ten minutes" and "in less than 10 minutes" are
  // one target with two wordings.
  const left = out.filter((w) => !COMPARATORS.has(w));
  // One word and an amount ("Installs 1,500", "Installs 1,200") is a measure's target: the amount
  // stands in the key as a word of its own, so two teams' targets for one measure are copies while
  // two headings of one word are not.
  return left.length === 1 ? [...left, AMOUNT] : left;
}
const AMOUNT = '#amount';
export const COMPARATORS = new Set(['under', 'below', 'less', 'fewer', 'over', 'above', 'least', 'up', 'max', 'maximum', 'minimum']);

/** Every prefix of the acronyms, remembered per set, so a run of words stops as soon as it spells none. */
const prefixCache = new WeakMap<ReadonlySet<string>, Set<string>>();
function prefixesOf(acronyms: ReadonlySet<string>): Set<string> {
  let p = prefixCache.get(acronyms);
  if (!p) {
    p = new Set();
    for (const a of acronyms) for (let k = 1; k <= a.length; k++) p.add(a.slice(0, k));
    prefixCache.set(acronyms, p);
  }
  return p;
}

/** A content word as clone keys hold it: synonyms made one, then stemmed. */
export const contentStem = (word: string): string => actStem(stem(CLONE_SYNONYMS.get(word) ?? word));

/**
 * A thing and the act it comes of, as copies word them: "injury" / "injured", "verify" /
 * "verified", "rejection" / "rejected", "measurement" / "measuring" ("-ation" is the stemmer's already).
 */
function actStem(s: string): string {
  if (s.length >= 6 && /[^aeiou][yi]$/.test(s)) return s.slice(0, -1);
  // ("cancellations" / "cancelling": the stemmer keeps the doubled "l" of one and not the other.)
  if (s.length >= 6 && s.endsWith('ll')) return s.slice(0, -1);
  if (s.length >= 9 && s.endsWith('tion')) return s.slice(0, -3);
  // ("measurement" / "measuring", "recruitment" / "recruit".)
  if (s.length >= 9 && s.endsWith('ment')) return s.slice(0, s.endsWith('ement') ? -5 : -4);
  // ("allocation" / "allocate": the stemmer takes "-ation" from one and "-e" from the other.)
  if (s.length >= 6 && s.endsWith('at')) return s.slice(0, -2);
  return s;
}

/**
 * Acronyms of three letters or more a text uses ("QBR", "SSO", "QBRs"), lower-cased and singular, to
 * match their spelt-out forms. Two letters ("IT", "PC") spell too many things.
 */
export function acronymsIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\b([A-Z]{3,5})s?\b/g)) out.push(m[1]!.toLowerCase());
  return out;
}

/**
 * Runs of words spelling one of `acronyms` ("quarterly business reviews" → "qbr", "single
 * sign-on" → "sso"), as token index → [acronym, run length].
 */
function spelledOut(tz: Tokenized, acronyms: ReadonlySet<string>, prefixes: ReadonlySet<string>): Map<number, [string, number]> {
  const found = new Map<number, [string, number]>();
  const { words, tokens } = tz;
  // The words of a name: none an acronym itself, none a function word at either end unless glued
  // into a compound ("sign-on").
  const usable = (t: Token) => t.kind === 'word' && !(t.raw.length > 1 && t.raw === t.raw.toUpperCase());
  const edge = (t: Token) => FUNCTION_WORDS.has(t.t) && !t.glued;
  for (let w = 0; w < words.length; w++) {
    const first = tokens[words[w]!]!;
    if (!usable(first) || edge(first)) continue;
    let initials = '';
    let best = 0;
    for (let len = 1; len <= 5 && w + len <= words.length; len++) {
      const t = tokens[words[w + len - 1]!]!;
      if (!usable(t)) break;
      initials += t.t[0];
      if (!prefixes.has(initials)) break;
      if (len >= 3 && acronyms.has(initials) && !edge(t)) best = len;
    }
    if (best) {
      found.set(words[w]!, [initials.slice(0, best), best]);
      w += best - 1;
    }
  }
  return found;
}

/**
 * Sorted, de-duplicated content stems of a title. With the plan's `acronyms`, a spelt-out form
 * counts as the acronym, so "Do a QBR" and "Do a quarterly business review" share a key.
 */
export function cloneKey(source: string | Tokenized, acronyms?: ReadonlySet<string>, closed?: ReadonlySet<string>): string[] {
  const tz = typeof source === 'string' ? tokenize(source) : source;
  const out: string[] = [];
  const spelled = acronyms?.size ? spelledOut(tz, acronyms, prefixesOf(acronyms)) : null;
  let skip = 0;
  const { words, tokens } = tz;
  // ("Win the foundries back": the particle of "win back" after its object; see `backAfterWin`.)
  let back = -1;
  for (let p = 0; p < words.length; p++) {
    const i = words[p]!;
    if (skip > 0) {
      skip--;
      continue;
    }
    if (p === back) continue;
    const parted = backAfterWin(tz, p);
    if (parted > 0) {
      out.push(contentStem('regain'));
      back = parted;
      continue;
    }
    const run = spelled?.get(i);
    if (run) {
      out.push(stem(run[0]));
      skip = run[1] - 1;
      continue;
    }
    const tok = tokens[i]!;
    const phrase = tok.kind === 'word' ? phraseAt(tz, p) : null;
    if (phrase) {
      for (const w of phrase[0] ? phrase[0].split(' ') : []) out.push(contentStem(w));
      skip = phrase[1] - 1;
      continue;
    }
    // "check-up", "check up" and "checkup", "hair cut" and "haircut": two words the plan also
    // writes as one are that one word.
    if (closed?.size && tok.kind === 'word' && p + 1 < words.length) {
      const j = words[p + 1]!;
      const next = tokens[j]!;
      const adjacent = j === i + 1 || (j === i + 2 && tokens[i + 1]!.t === '-' && next.glued);
      const joined = tok.t + next.t;
      // ("race days" is "racedays", which the plan writes "raceday".)
      const singular = joined.endsWith('s') && closed.has(joined.slice(0, -1));
      if (adjacent && next.kind === 'word' && joined.length >= MIN_CLOSED && !CLONE_STOP.has(tok.t) && (closed.has(joined) || singular)) {
        out.push(contentStem(singular ? joined.slice(0, -1) : joined));
        skip = 1;
        continue;
      }
    }
    if (tok.kind === 'num') {
      // "#1" and "number one" are the same rank; a bare year is a period, not content.
      if (tz.tokens[i - 1]?.t === '#' && tok.glued) out.push(`#${tok.t}`);
      else if (!(tok.suffix === '' && tok.value >= 1900 && tok.value <= 2099 && tok.t.length === 4)) out.push(tok.t + tok.suffix);
      continue;
    }
    if (CLONE_STOP.has(tok.t)) continue;
    if (COMPASS.has(tok.t)) {
      const next = tokens[words[p + 1] ?? -1];
      if (!(next?.kind === 'word' && next.cap && !CLONE_STOP.has(next.t) && !COMPASS.has(next.t))) continue;
    }
    // (A code's plural is the code: "P1s" and "P1 incidents"; initials' plural the initials: "IVs".)
    out.push(tok.kind === 'word' ? contentStem(/^[A-Z]{2,5}s$/.test(tok.raw) ? tok.t.slice(0, -1) : tok.t) : /^[a-z]+\d+s$/.test(tok.t) ? tok.t.slice(0, -1) : tok.t);
  }
  out.sort();
  let n = 0;
  for (let k = 0; k < out.length; k++) if (k === 0 || out[k] !== out[n - 1]) out[n++] = out[k]!;
  out.length = n;
  return out;
}

/**
 * Phrases that say one word's meaning, as word runs: "make sure" is "ensure"; "up to date" is
 * "current", which like "current" itself says nothing ('' drops it).
 */
const CLONE_PHRASES: ReadonlyArray<readonly [readonly string[], string]> = [
  [['up', 'to', 'date'], ''],
  [['make', 'sure'], 'ensure'],
  [['speed', 'up'], 'accelerate'],
  [['bring', 'down'], 'reduce'],
  [['drive', 'down'], 'reduce'],
  [['drive', 'up'], 'grow'],
  [['sort', 'out'], 'fix'],
  [['pick', 'up'], 'collect'],
  // ("Get to every fault within 24 hours": to be there is to attend.)
  [['get', 'to'], 'attend'],
  // A job's lead time is its turnaround.
  [['lead', 'time'], 'turnaround'],
  [['lead', 'times'], 'turnaround'],
  [['win', 'back'], 'regain'],
  // ("Wipe out TB transmission": to wipe out is to stop; good causes are charities.)
  [['wipe', 'out'], 'stop'],
  [['good', 'causes'], 'charity'],
  // ("Cut first-term drop-out": students who drop out leave.)
  ...['drop', 'drops', 'dropping', 'dropped'].map((w) => [[w, 'out'], 'leave'] as const),
  ...['come', 'comes', 'coming', 'came'].map((w) => [[w, 'back'], 'return'] as const),
  ...['car', 'cars', 'vehicle', 'vehicles'].map((w) => [['electric', w], 'ev'] as const),
  ...['get', 'gets', 'getting', 'grow', 'grows', 'growing'].map((w) => [[w, 'older'], 'age'] as const),
  [['with', 'no'], 'without'],
  [['ahead', 'of'], 'before'],
  // ("…to people instead of the bin" / "…to people, not the bin": the thing set aside, said either way.)
  [['instead', 'of'], 'stop'],
  [['rather', 'than'], 'stop'],
  // ("Get more members taking part in competitions": to take part is to participate.)
  ...['take', 'takes', 'taking', 'took'].map((w) => [[w, 'part'], 'participate'] as const),
  [['no', 'one'], 'nobody'],
  [['put', 'money', 'aside'], 'save'],
  [['put', 'aside'], 'save'],
  [['save', 'up'], 'save'],
  // "year after year" is "every year": a period, like "every" and "year" themselves.
  [['year', 'after', 'year'], ''],
  [['hand', 'out'], 'distribute'],
  // "Bring in $400K of sponsorship" raises it; "turn round" the work is its turnaround; families who
  // "give up" visiting stop; "the number of families" and "how many families" are the families counted.
  ...['bring', 'brings', 'bringing'].map((w) => [[w, 'in'], 'raise'] as const),
  ...['turn', 'turns', 'turning'].flatMap((w) => [[[w, 'round'], 'turnaround'] as const, [[w, 'around'], 'turnaround'] as const]),
  ...['give', 'gives', 'giving'].map((w) => [[w, 'up'], 'stop'] as const),
  [['number', 'of'], ''],
  ...['do', 'does', 'doing'].map((w) => [[w, 'well'], 'thrive'] as const),
  // "fewer" and "less" cut (see CLONE_SYNONYMS), but before "than" they compare, as "under" does.
  [['fewer', 'than'], 'under'],
  [['less', 'than'], 'under'],
  // "No more missed collections" stops missing them; "out in the sticks" is rural; to "call on" a
  // buyer is to visit; to "write it up" is to record it.
  [['no', 'more'], 'stop'],
  [['out', 'in', 'the', 'sticks'], 'rural'],
  [['call', 'on'], 'visit'],
  [['write', 'it', 'up'], 'record'],
  [['write', 'up'], 'record'],
  [['give', 'out'], 'distribute'],
  // Keeping one thing while changing another: "while holding yield" is "without losing yield".
  ...['holding', 'keeping', 'maintaining', 'protecting', 'preserving'].map((w) => [['while', w], 'without-loss'] as const),
  ...['losing', 'hurting', 'harming', 'sacrificing', 'compromising', 'dropping'].map((w) => [['without', w], 'without-loss'] as const),
  // "…& not lose what makes our pies ours" is "without losing" it.
  ...['lose', 'losing', 'hurt', 'harm'].map((w) => [['not', w], 'without-loss'] as const),
];
/** "people who rent" are "renters": a group named by what its people do. */
const WHO_GROUPS = new Set(['people', 'those', 'anyone', 'everyone', 'customers', 'users']);

/** The phrases by their first word, so most words cost one lookup. */
const PHRASES_BY_FIRST = new Map<string, Array<readonly [readonly string[], string]>>();
for (const phrase of CLONE_PHRASES) {
  const list = PHRASES_BY_FIRST.get(phrase[0][0]!) ?? [];
  list.push(phrase);
  PHRASES_BY_FIRST.set(phrase[0][0]!, list);
}

const WIN_FORMS = new Set(['win', 'wins', 'won', 'winning']);
/**
 * "Win the foundries back", "win them back": "win back" with its object between, as the word index
 * of the "back" up to four words on (none past a clause's end), else -1.
 */
function backAfterWin(tz: Tokenized, p: number): number {
  if (!WIN_FORMS.has(tz.tokens[tz.words[p]!]!.t)) return -1;
  for (let k = p + 2; k <= p + 5 && k < tz.words.length; k++) {
    const i = tz.words[k]!;
    if (tz.tokens.slice(tz.words[k - 1]! + 1, i).some((t) => t.kind === 'sym' && t.t !== '-' && t.t !== "'")) return -1;
    if (tz.tokens[i]!.t === 'back') return k;
  }
  return -1;
}

/** The phrase starting at word `p`, as [the words it stands for, its length in words]. */
function phraseAt(tz: Tokenized, p: number): [string, number] | null {
  const at = (k: number) => tz.tokens[tz.words[p + k]!];
  const first = at(0)!.t;
  const phrases = PHRASES_BY_FIRST.get(first);
  if (phrases) {
    for (const [run, word] of phrases) {
      if (p + run.length > tz.words.length) continue;
      if (run.every((w, k) => at(k)!.t === w)) return [word, run.length];
    }
  }
  // "over-65s" are older people, "under-18s" young people: an age band named by its bound. ("under
  // 15s" unhyphenated is as often a time: "p99 alert delivery under 15s".)
  const band = at(1);
  if ((first === 'over' || (first === 'under' && band?.glued)) && /^\d{1,2}s$/.test(band?.t ?? '')) return [first === 'over' ? 'older people' : 'young people', 2];
  // "how long people wait for…" is "the wait for…".
  if (first === 'how' && at(1)?.t === 'long' && (at(3)?.t === 'wait' || at(3)?.t === 'waits') && p + 3 < tz.words.length) return ['wait', 4];
  if (WHO_GROUPS.has(first) && at(1)?.t === 'who') {
    const verb = at(2);
    // The verb must end the clause ("people who rent"), not take an object ("people who rent flats").
    const after = at(3);
    if (verb?.kind === 'word' && !CLONE_STOP.has(verb.t) && (!after || CLONE_STOP.has(after.t))) {
      return [verb.t.endsWith('e') ? `${verb.t}rs` : `${verb.t}ers`, 3];
    }
  }
  return null;
}

/** Closed compounds shorter than this are left alone ("into", "upon" are not compounds of content). */
const MIN_CLOSED = 6;

/**
 * The closed compounds a plan writes ("checkup", "haircut", "healthcare"): every word of six
 * letters or more in its titles. With them, `cloneKey` reads "check-up" and "hair cut" as those
 * words. One regular-expression pass per distinct title.
 */
export function closedWordsIn(text: string, into: Set<string>): void {
  for (const m of text.toLowerCase().matchAll(/\p{L}{6,}/gu)) into.add(m[0]);
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
  // A long goal restated in other words: five words or more of the parent's, and 60% of all, the
  // child adding no lever of its own (a child holding all its parent's words and more sharpens it).
  if (n >= RESTATED_SHARED && n < parent.length && n / (child.length + parent.length - n) >= COUSIN_COPY) return true;
  if (n === child.length && child.length / parent.length >= RESTATEMENT_SHARE) return true;
  // One word swapped in a long title ("…the safest underground mine" under "…the safest underground
  // operation"): the rest is the parent's, so the child adds no lever of its own.
  return n >= SWAP_SHARED && child.length === n + 1 && parent.length === n + 1;
}
/** Words a long child must share with its parent to restate it at half its words. */
const RESTATED_SHARED = 5;
/** Words a child must share with its parent, besides the one swapped, to count as restating it. */
const SWAP_SHARED = 4;

export const copies = (a: readonly string[], b: readonly string[]): boolean => similarity(a, b) >= NEAR_COPY;

/**
 * Which earlier title each later one copies, as later index → earlier index: among siblings, or
 * across the whole cascade.
 *
 * Comparing every pair is quadratic, and one plan may hold 50,000 objectives. This is a
 * prefix-filtered similarity join: order words rarest first; two sets with Jaccard ≥ t must then
 * share a word among the first |s| − ⌈t·|s|⌉ + 1 of each, so only siblings sharing such a rare word
 * are ever compared. Exact repeats are settled by a hash lookup before that. With `maxShared`, a
 * word already held by more titles than that finds no candidates (the join is then no longer exact).
 */
export function nearCopies(
  keys: readonly (readonly string[])[],
  t: number = NEAR_COPY,
  maxShared = Infinity,
  /** Whether two keys at similarity ≥ t are copies (by default, all such pairs). */
  accept: (a: readonly string[], b: readonly string[]) => boolean = () => true,
): Map<number, number> {
  // Most parents have a handful of children; for them, comparing every pair is cheaper than
  // building the index.
  if (keys.length <= SMALL_GROUP) return pairwiseCopies(keys, t, accept);
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
      const list = index.get(ordered[p]!);
      // A word already in more than `maxShared` titles says nothing about which one this copies.
      if (!list || list.length > maxShared) continue;
      for (const j of list) {
        if (seenBy[j] === i) continue;
        seenBy[j] = i;
        const other = keys[j]!;
        if (other.length < t * key.length || key.length < t * other.length) continue;
        if ((best === -1 || j < best) && similarity(key, other) >= t && accept(key, other)) best = j;
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

function pairwiseCopies(keys: readonly (readonly string[])[], t: number, accept: (a: readonly string[], b: readonly string[]) => boolean): Map<number, number> {
  const result = new Map<number, number>();
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i]!;
    if (key.length === 0) continue;
    for (let j = 0; j < i; j++) {
      const other = keys[j]!;
      if (other.length < t * key.length || key.length < t * other.length) continue;
      if (similarity(key, other) >= t && accept(key, other)) {
        result.set(i, j);
        break;
      }
    }
  }
  return result;
}

/** Copies shorter than this many content words are left alone: "Marketing" twice is two headings. */
export const MIN_COPY_WORDS = 2;
/** A title one word longer than another is its near copy when they share at least this many. */
const MIN_NEAR_WORDS = 4;
/** Longer titles are compared among siblings only, where near copies are measured in full. */
const MAX_NEAR_WORDS = 12;
/** A measure's title may add this many words of scope to the measure it copies. */
const MEASURE_EXTRA = 3;
/** Words of scope each of two measures may have that the other lacks. */
const SCOPE_SWAP = 2;
/** Longer measure titles are sentences, not a measure and its scope. */
const MAX_MEASURE_WORDS = 6;
/** The key less 1 to `most` of its words, joined as bucket keys (at most 6 + 15 + 20 for a key of 6 words). */
function subsetsLess(key: readonly string[], most: number): string[] {
  const out: string[] = [];
  // Each bit of `removed` drops one word; a key of at most 6 words has at most 63 masks to try.
  for (let removed = 1; removed < 1 << key.length; removed++) {
    let count = 0;
    for (let m = removed; m; m &= m - 1) count++;
    if (count > most) continue;
    let joined = '';
    for (let k = 0; k < key.length; k++) if (!(removed & (1 << k))) joined = joined ? `${joined}\u0000${key[k]}` : key[k]!;
    out.push(joined);
  }
  return out;
}
/** Share of words (Jaccard) two titles in different branches must have in common to be copies. */
const COUSIN_COPY = 0.6;
/**
 * Longer titles handed to another branch are reworded more still ("…so it holds water and stores
 * carbon again" / "…so they store carbon and hold water"): with four words or more in common, half
 * the words make a copy. Short titles sharing two words of four are often two goals
 * ("Sign new enterprise merchants" / "Do QBRs with enterprise merchants").
 */
const LONG_COUSIN_COPY = 0.5;
const LONG_SHARED = 4;
/**
 * Siblings sharing four key words or more are one goal reworded ("Let islanders book a car space
 * online, no phone call needed" under "Islanders: book a car space without phoning"), unless each
 * swaps a word or two of scope for another ("…clinic for sexual health" / "…for minor injuries"):
 * two teams' pieces of one parent. With `SWAP_SHARED_MOST` words in common a swap is a detail
 * worded two ways ("…stop ringing about the noise and the glow" / "…about the noise and light").
 */
function siblingsReworded(a: readonly string[], b: readonly string[]): boolean {
  const n = overlap(a, b);
  return n >= LONG_SHARED && (n >= SWAP_SHARED_MOST || !swapsScope(a, b));
}
/**
 * Key words in common past which two siblings' swapped words no longer make two pieces (tuning
 * sets: at six, nine copies found and one scope pair joined; at five, the clinic pair above too).
 */
const SWAP_SHARED_MOST = 6;
/** Each key has a word or two the other lacks, and the rest in common. */
function swapsScope(a: readonly string[], b: readonly string[]): boolean {
  const n = overlap(a, b);
  const onlyA = a.length - n;
  const onlyB = b.length - n;
  return onlyA >= 1 && onlyA <= SCOPE_SWAP && onlyB >= 1 && onlyB <= SCOPE_SWAP;
}
const cousins = (a: readonly string[], b: readonly string[]): boolean => (similarity(a, b) >= COUSIN_COPY || overlap(a, b) >= LONG_SHARED) && !measureOf(a, b);
/**
 * Across the whole plan, a copy is looked for only through words at most this many titles share:
 * at 60% a key's rarest few words must include a shared one, and when those are words half the
 * plan uses ("customers", "grow") the join would compare most pairs (quadratic at 50k). A goal
 * handed to other teams keeps its distinctive words; copies sharing only common ones are missed.
 */
const COUSIN_SHARED = 64;

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

/** What `copyGroups` reads of one objective's title. */
export interface CopyFacts {
  /** The clone key without numbers; empty for a line that is never a copy (a heading). */
  key: readonly string[];
  /** Further keys that make two titles copies (see measureKeys.ts: `countedKey`, `metricKey`, `metricHead`). */
  more: readonly string[];
  /** Named after a number: one measure's target handed to a team that names its scope too. */
  measure: boolean;
  /** A measure's key words before its first amount ("Rework below 2% on nights" → rework), else empty. */
  named: readonly string[];
  /** What a number title counts and the verb it counts with (see measureKeys.ts, `unitKey`), or null. */
  share: { unit: string; verb: string } | null;
  /** The title's meaning in word vectors (see vectors.ts), or null: copies reworded are found by it. */
  meaning: TitleMeaning | null;
  /** A standing duty: duties copied between teams are reworded more freely. */
  duty: boolean;
  /**
   * The trap a title falls in, its shelf rule (a duty, a piece of work, an obligation) or else
   * 'number-title', or '': such titles are copied between teams word for word more often than goals.
   */
  trap: string;
  /** The lead verb as clone keys hold it (synonyms made one), or '' (see paraphrase.ts). */
  verb: string;
  /** Adds a lever of its own ("…, by running a Sunday service"), which a copy reworded does not. */
  lever: boolean;
  /** The stems of its everyday words (see vectors.ts, `everydayStems`), or null without word vectors. */
  everyday: readonly string[] | null;
  /** A team's label before it ("Marketing: more people watching our home games"; see paraphrase.ts). */
  labelled: boolean;
}

/**
 * Groups of copies anywhere in the cascade, each in tree order, per member id. Across the whole
 * plan titles are bucketed by their number-free key (a hash lookup each, so 50,000 objectives stay
 * linear); among siblings, near copies are joined too (see `nearCopies`). A member whose parent is
 * in its group restates that parent, which `restated` already reports, so it leaves a group of two;
 * a group left with one member is none.
 */
export function copyGroups<T extends { id: string; parentId: string | null }>(
  ordered: readonly T[],
  restated: ReadonlyMap<string, unknown>,
  /** What each objective's title says, as the joins below read it (plan.ts reads each title once). */
  factsOf: (o: T) => CopyFacts,
  /** Key words the plan writes as proper names ("France", "Latin"). */
  isName: (word: string) => boolean = () => false,
): Map<string, T[]> {
  const facts = ordered.map(factsOf);
  const keyOf = (i: number) => facts[i]!.key;
  const isMeasure = (i: number) => facts[i]!.measure;
  const shareOf = (i: number) => facts[i]!.share;
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
  const put = (joined: string, i: number) => {
    const first = bucket.get(joined);
    if (first === undefined) bucket.set(joined, i);
    else join(i, first);
  };
  ordered.forEach((_, i) => {
    for (const k of facts[i]!.more) put(`+${k}`, i);
    const key = keyOf(i);
    if (key.length < MIN_COPY_WORDS) return;
    put(key.join('\u0000'), i);
    // ("Remake rate below 3%" is the measure "Remakes under 4%" names.)
    if (key.length === 2 && isMeasure(i)) {
      const rate = key.findIndex((w) => RATE_FORMS.has(w));
      if (rate >= 0) put(`${key[1 - rate]}\u0000${AMOUNT}`, i);
    }
  });
  // A copy with one word more anywhere in the plan ("Shorten hit-to-lead cycle time"): each key
  // less one word is looked up among the whole keys, so the join stays linear. With four words
  // in common the two are near copies by the sibling measure too ((L − 1) / L ≥ 0.8).
  ordered.forEach((o, i) => {
    const key = keyOf(i);
    if (key.length < MIN_NEAR_WORDS + 1 || key.length > MAX_NEAR_WORDS) return;
    const joined = key.join('\u0000');
    for (let k = 0, at = 0; k < key.length; at += key[k]!.length + 1, k++) {
      // The joined key less word k, cut out of the string rather than rebuilt.
      const less = k === key.length - 1 ? joined.slice(0, Math.max(0, at - 1)) : joined.slice(0, at) + joined.slice(at + key[k]!.length + 1);
      const other = bucket.get(less);
      if (other !== undefined) join(i, other);
    }
  });
  // "Home fire safety visits: 2,500 by the Wrenford and Hexley crews" under another branch than
  // "Home fire safety visits: 9,000": the same measure, its numbers gone, with up to three words
  // of scope or owner added. Only measures: "Grow revenue" inside a longer sentence is no copy.
  ordered.forEach((o, i) => {
    const key = keyOf(i);
    if (key.length <= MIN_COPY_WORDS || key.length > MAX_MEASURE_WORDS || !isMeasure(i)) return;
    for (const sub of subsetsLess(key, Math.min(MEASURE_EXTRA, key.length - MIN_COPY_WORDS))) {
      const other = bucket.get(sub);
      if (other !== undefined && other !== i && isMeasure(other)) join(i, other);
    }
  });
  // "Rework below 1.5%" / "Rework below 2% on nights", "New donors: 450" / "New donors recruited on
  // the neonatal units: 150": a measure of one word and its amount, met by a measure naming its scope.
  ordered.forEach((o, i) => {
    const key = keyOf(i);
    // (Not one adding a lever: "Occupancy 80% by opening a second bar" is a goal of its own.)
    if (key.length < 2 || key.length > MEASURE_EXTRA + 1 || key.includes(AMOUNT) || !isMeasure(i) || facts[i]!.lever) return;
    // (The word is in the measure's name, not its scope: "New clients: 40" is no copy of "Debtor
    // days 40 on recruitment clients".)
    for (const w of facts[i]!.named) {
      const other = bucket.get(`${w}\u0000${AMOUNT}`);
      if (other !== undefined && other !== i && isMeasure(other)) join(i, other);
    }
  });
  // "Colour lead scrap below 5%" / "Scrap on graphite leads under 3%", "Barren mares in foal at 70%" /
  // "Maiden mares in foal: 80%": one measure, each team naming its own scope. Both measures'
  // keys, each less up to two words of scope, meet in a core of at least half of each.
  const cores = new Map<string, number>();
  ordered.forEach((o, i) => {
    const key = keyOf(i);
    if (key.length <= MIN_COPY_WORDS || key.length > MAX_MEASURE_WORDS || !isMeasure(i)) return;
    const verb = shareOf(i)?.verb ?? '';
    for (const sub of subsetsLess(key, Math.min(SCOPE_SWAP, key.length - MIN_COPY_WORDS))) {
      if (sub.split('\u0000').length * 2 < key.length) continue;
      const other = cores.get(sub);
      if (other === undefined) cores.set(sub, i);
      // ("Recruit 40 volunteer wardens" / "Train 60 volunteer wardens", "Raise £900k in gift aid" /
      // "Cut £40k of gift aid admin": two verbs are two measures.)
      else if (other !== i && !(verb && shareOf(other)?.verb && shareOf(other)!.verb !== verb)) join(i, other);
    }
  });
  joinShares(ordered, shareOf, join);
  ordered.forEach((o, i) => {
    const key = keyOf(i);
    if (key.length < MIN_COPY_WORDS) return;
    const parent = o.parentId ?? ROOT;
    let list = siblings.get(parent);
    if (!list) siblings.set(parent, (list = []));
    list.push(i);
  });
  // Siblings that differ in one word of five or more ("Put British-grown flowers at the heart of
  // the summer range" / "Make British-grown flowers the heart…"): the measure `restates` uses for a
  // child, bucketed by parent and the key less each word in turn.
  // A name swapped for another ("…in North America" / "…in Latin America") is another market.
  const swapped = new Map<string, number>();
  ordered.forEach((o, i) => {
    const key = keyOf(i);
    if (key.length < SWAP_SHARED + 1 || key.length > MAX_NEAR_WORDS) return;
    const joined = key.join('\u0000');
    const scope = `${o.parentId ?? ROOT}\u0001${key.length}\u0001`;
    for (let k = 0, at = 0; k < key.length; at += key[k]!.length + 1, k++) {
      if (isName(key[k]!)) continue;
      // The key less word k, cut out of the joined string (as in the join above).
      const less = scope + (k === key.length - 1 ? joined.slice(0, Math.max(0, at - 1)) : joined.slice(0, at) + joined.slice(at + key[k]!.length + 1));
      const other = swapped.get(less);
      if (other === undefined) swapped.set(less, i);
      else join(i, other);
    }
  });
  for (const list of siblings.values()) {
    if (list.length < 2) continue;
    for (const [later, earlier] of nearCopies(list.map(keyOf))) join(list[later]!, list[earlier]!);
  }
  const keys = facts.map((f) => f.key);
  const lineage = (x: number, y: number) => ordered[x]!.parentId === ordered[y]!.id || ordered[y]!.parentId === ordered[x]!.id;
  const siblingsAt = (x: number, y: number) => ordered[x]!.parentId === ordered[y]!.parentId;
  // What keeps two titles with many words in common two goals: siblings each swapping a word or two
  // of scope ("…in France" / "…in DACH") are two teams' pieces of their parent; a rate measures its
  // goal; a lever added on one side only ("…, by running a Sunday service") is a goal of its own.
  const twoGoals = (x: number, y: number) =>
    (siblingsAt(x, y) && swapsScope(keys[x]!, keys[y]!)) || measureOf(keys[x]!, keys[y]!) || facts[x]!.lever !== facts[y]!.lever;
  // The same goal handed to other teams is reworded more freely than a sibling is ("Cinema ops: be
  // the night out people pick over…" under the root that says "choose"): across branches a lower
  // share of words in common makes a copy. Siblings and a parent with its child keep the stricter
  // measures above, where similar wording more often names two facets of one goal.
  const wide: number[] = [];
  ordered.forEach((_, i) => keyOf(i).length >= MIN_COPY_WORDS && wide.push(i));
  for (const [later, earlier] of nearCopies(wide.map(keyOf), LONG_COUSIN_COPY, COUSIN_SHARED, cousins)) {
    const x = wide[later]!;
    const y = wide[earlier]!;
    if (lineage(x, y) || (siblingsAt(x, y) && !siblingsReworded(keys[x]!, keys[y]!)) || facts[x]!.lever !== facts[y]!.lever) continue;
    join(x, y);
  }
  // The same goal reworded ("Bring first-time theatregoers to the Christmas show" / "Bring people
  // who've never been to a play to the Christmas show"), anywhere: a child that rewords its parent
  // has adopted no piece of it (one that narrows its parent adds words: see paraphrase.ts).
  // (Titles in one trap are compared by their words even without vectors: see paraphrase.ts.)
  if (facts.some((f) => (f.meaning !== null || f.trap !== '') && f.key.length >= MIN_COPY_WORDS)) {
    // (A key too short to compare has no meaning to compare either.)
    const comparable = facts.map((f) => (f.key.length >= MIN_COPY_WORDS ? f : { ...f, meaning: null, trap: '' }));
    // The objective a line sits under, past headings ("Marketing" between a goal and the team's line).
    const at = new Map(ordered.map((o, i) => [o.id, i]));
    const goalAbove = (x: number): number => {
      for (let k = at.get(ordered[x]!.parentId ?? ROOT); k !== undefined; k = at.get(ordered[k]!.parentId ?? ROOT)) if (keyOf(k).length >= MIN_COPY_WORDS) return k;
      return -1;
    };
    for (const [later, earlier] of paraphrasePairs(comparable, lineage, siblingsAt, (x, y) => goalAbove(x) === y)) join(later, earlier);
  }
  // One goal in other words and a few more ("Make Bountyline the place companies find the bugs their
  // scanners miss" / "Enterprise sales: make Bountyline where enterprises find the bugs their
  // scanners don't"): five key words in common, anywhere in the plan, however many each adds; but a
  // child holding all its parent's words and more sharpens it.
  for (const [a, b] of sharingWords(keys, MANY_SHARED, COUSIN_SHARED)) {
    const n = overlap(keys[a]!, keys[b]!);
    if (lineage(a, b) && (n === keys[a]!.length || n === keys[b]!.length)) continue;
    if (!twoGoals(a, b)) join(a, b);
  }
  // (Which words are everyday is the word vectors' to say: without them, no join.)
  if (facts.some((f) => f.everyday !== null)) {
    const everyday = new Set(facts.flatMap((f) => f.everyday ?? []));
    // A child adopting a piece of its parent shares the parent's own words: `restates` judges that pair.
    for (const [a, b] of rareWordPairs(keys, everyday)) if (!lineage(a, b) && !twoGoals(a, b)) join(a, b);
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
    const restating = (o: T) => o.parentId !== null && ids.has(o.parentId) && restated.has(o.id);
    // A parent handed unchanged to several teams is one objective copied: the group names them all,
    // as it does when the parent is copied elsewhere in the plan too. One child restating it, and
    // nothing else, is that pair, which `restated` reports.
    const handedOn = new Map<string, number>();
    for (const o of list) if (restating(o)) handedOn.set(o.parentId!, (handedOn.get(o.parentId!) ?? 0) + 1);
    const group = list.filter((o) => !restating(o) || handedOn.get(o.parentId!)! > 1 || list.length > 2);
    if (group.length < 2) continue;
    for (const o of group) out.set(o.id, group);
  }
  return out;
}

/**
 * Key words two titles must share to be one goal whatever else they say. (Across the tuning sets, of
 * the pairs sharing five or more that no other measure joined, every labelled plan's pair was a copy;
 * four let in as many two-goals-about-one-thing as copies.)
 */
const MANY_SHARED = 5;

/**
 * Pairs of keys with at least `least` words in common, as [later, earlier] indices. An overlap
 * prefix join: with the words of every key ordered rarest first, two keys sharing `least` words
 * share one among the first |key| − least + 1 of each, so only those are indexed; a word more than
 * `maxShared` titles hold finds no candidates (the join is then no longer exact, and stays linear).
 */
function sharingWords(keys: readonly (readonly string[])[], least: number, maxShared: number): Array<[number, number]> {
  const freq = new Map<string, number>();
  for (const k of keys) for (const w of k) freq.set(w, (freq.get(w) ?? 0) + 1);
  const rarestFirst = (a: string, b: string) => freq.get(a)! - freq.get(b)! || (a < b ? -1 : a > b ? 1 : 0);
  const index = new Map<string, number[]>();
  const seenBy = new Int32Array(keys.length).fill(-1);
  const out: Array<[number, number]> = [];
  keys.forEach((key, i) => {
    if (key.length < least) return;
    const prefix = [...key].sort(rarestFirst).slice(0, key.length - least + 1);
    for (const w of prefix) {
      if (freq.get(w)! > maxShared) continue;
      const list = index.get(w);
      if (list) {
        for (const j of list) {
          if (seenBy[j] === i) continue;
          seenBy[j] = i;
          if (overlap(key, keys[j]!) >= least) out.push([i, j]);
        }
        list.push(i);
      } else index.set(w, [i]);
    }
  });
  return out;
}

/** Words two titles must share that no other title in the plan uses, to be one goal reworded. */
const RARE_SHARED = 3;
/** …and the share of the shorter title's words those make. */
const RARE_SHARE = 0.5;

/**
 * One goal reworded by another team keeps the words that say what it is about, and in a plan those
 * are its rarest: "Share masts with the other operators so the A9 has signal end to end" / "Mast-
 * sharing on the A9 so there is signal the whole way" share "mast", "A9" and "signal", words no
 * other title writes. Two titles sharing three such words, half the shorter one's, are a pair
 * (`copyGroups` still keeps a child and its parent, and two goals, apart).
 * Everyday words do not count: in a small plan nearly every word is rare, and "stop", "turn" or
 * "winter" say what a goal does or when, not what it is about. Words written by exactly two titles
 * each name one pair, so this is linear. (Across the tuning sets: 1,488 → 1,497 of 1,664 labelled
 * groups named exactly, no sound objective more called a copy; README, "Rare words shared".)
 */
function rareWordPairs(keys: readonly (readonly string[])[], everyday: ReadonlySet<string>): Array<[number, number]> {
  const holders = new Map<string, number[]>();
  keys.forEach((key, i) => {
    if (key.length < MIN_COPY_WORDS) return;
    for (const w of key) {
      if (w === AMOUNT || everyday.has(w)) continue;
      const list = holders.get(w);
      if (!list) holders.set(w, [i]);
      else if (list.length < 3) list.push(i);
    }
  });
  const shared = new Map<number, number>();
  for (const list of holders.values()) {
    if (list.length !== 2) continue;
    const pair = list[0]! * keys.length + list[1]!;
    shared.set(pair, (shared.get(pair) ?? 0) + 1);
  }
  const out: Array<[number, number]> = [];
  for (const [pair, n] of shared) {
    const a = Math.floor(pair / keys.length);
    const b = pair % keys.length;
    if (n >= RARE_SHARED && n >= RARE_SHARE * Math.min(keys[a]!.length, keys[b]!.length)) out.push([a, b]);
  }
  return out;
}

/**
 * A share of a count handed to a team near it in the tree: two number titles counting the same
 * thing, one the other's parent or grandparent, or the two siblings or cousins. Counting with two
 * different verbs ("Recruit 40 volunteers" / "Train 60 volunteers") is two measures; a title with no
 * verb ("Parlours — 210,000 litres") takes its verb from the count it shares. Bucketed by thing and
 * nearby node, so the join stays linear.
 */
function joinShares<T extends { id: string; parentId: string | null }>(
  ordered: readonly T[],
  shareOf: (i: number) => { unit: string; verb: string } | null,
  join: (a: number, b: number) => void,
): void {
  const parentOf = new Map<string, string | null>();
  for (const o of ordered) parentOf.set(o.id, o.parentId);
  const first = new Map<string, number>();
  ordered.forEach((o, i) => {
    const share = shareOf(i);
    if (!share?.unit) return;
    const grandparent = o.parentId !== null ? parentOf.get(o.parentId) ?? null : null;
    for (const near of [o.id, o.parentId, grandparent]) {
      if (near === null) continue;
      const at = `${share.unit}\u0000${near}\u0000`;
      // A verb's own bucket, and the one any verb answers; a verbless title answers to every verb.
      const own = at + share.verb;
      const other = share.verb ? first.get(at) : first.get(`${at}*`);
      if (other !== undefined) join(i, other);
      const same = first.get(own);
      if (same === undefined) first.set(own, i);
      else join(i, same);
      if (share.verb && !first.has(`${at}*`)) first.set(`${at}*`, i);
    }
  });
}

/** Words capitalised inside a sentence, as clone keys hold them: the names of places, products and people. */
export function namesIn(tz: Tokenized): string[] {
  const out: string[] = [];
  let first = true;
  for (const i of tz.words) {
    const t = tz.tokens[i]!;
    if (!first && t.kind === 'word' && t.cap && t.raw !== t.raw.toUpperCase() && !CLONE_STOP.has(t.t)) out.push(contentStem(t.t));
    first = false;
  }
  return out;
}
