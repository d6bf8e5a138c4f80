/**
 * The 'move-number-to-kr' fix: turn "Increase ARR by 25%" into a suggested key result and leave the
 * objective title for the owner to write, with a question that points at the why.
 */
import { LIMITS } from '../vocabulary';
import { analyse, type Analysis } from './analyse';
import { DECREASE_VERBS, FUNCTION_WORDS, LEVEL_BEFORE } from './lexicon';
import type { Quantity } from './quantity';
import { isNumberTitle } from './measures';
import type { Token } from './text';

/** Which way the number should move; maps onto the 'increase' and 'decrease' KR kinds. */
export type Direction = 'increase' | 'decrease';

export interface SuggestedKeyResult {
  title: string;
  /** "$", "%", "x", or the noun being counted ("nurses"); '' when the title does not say. */
  unit: string;
  /** null when the title names a factor or a metric but no value ("Double…", "# MQLs"). */
  target: number | null;
  /**
   * Where the KR starts: taken from "from A to B"; 0 for counts of new things and "by N" deltas;
   * null when the title sets a level ("to 80%", "NPS 50") or a factor, so today's value must come
   * from the owner. Never guessed, because a wrong start makes the progress bar lie.
   */
  start: number | null;
  direction: Direction;
}

export interface NumberTitleSplit {
  keyResult: SuggestedKeyResult;
  /** Always empty: the qualitative title is the owner's to write. */
  objectiveTitle: '';
  /** The question shown in the empty title field. */
  objectivePrompt: string;
  /** What the number measures, as written ("ARR", "A&E waiting times"); '' when unclear. */
  metric: string;
}

/** Words that end a unit or metric phrase. */
const STOPS = new Set([
  ...FUNCTION_WORDS, 'every', 'each', 'least', 'most', 'up', 'down', 'seen', 'is', 'are', 'among', 'around', 'above', 'below',
  'fewer', 'less', 'more',
]);
const ADJECTIVES = new Set(['new', 'more', 'additional', 'extra', 'net', 'total', 'active', 'qualified', 'cold', 'warm']);
/** "number of pupils": the count is the unit, the rest is the metric. */
const COUNT_NOUNS = new Set(['number', 'share', 'percentage', 'proportion', 'count', 'amount']);
const DECREASE_BEFORE = new Set(['under', 'below', 'down', 'fewer', 'less', 'lower']);

/** Rebuild text from tokens, spacing only where the user did. */
function join(tokens: readonly Token[]): string {
  let s = '';
  for (const t of tokens) s += (s && !t.glued ? ' ' : '') + t.raw;
  return s;
}

/** Inside a compound or an abbreviation ("like-for-like", "on-time", "A&E"), a stop word is content. */
function bound(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  const prev = tokens[k - 1];
  const joins = (t: Token | undefined) => !!t && t.kind === 'sym' && (t.t === '-' || t.t === '&');
  return (joins(next) && next!.glued && !!tokens[k + 2]?.glued) || (tokens[k]!.glued && joins(prev));
}

/** The noun a bare count is counted in: "40 nurses" → "nurses", "500 new trial users" → "users". */
function unitAfter(tokens: readonly Token[], i: number): string {
  let last = '';
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'sym' && t.glued && t.t === '-') continue; // "sign-ups"
    if (t.kind !== 'word' || (STOPS.has(t.t) && !bound(tokens, k))) break;
    if (!ADJECTIVES.has(t.t)) last = t.glued && last ? `${last}-${t.raw}` : t.raw;
  }
  return last.slice(0, LIMITS.unit);
}

function pickTarget(qs: readonly Quantity[], tokens: readonly Token[]): { target: Quantity; from: Quantity | null } {
  const before = (q: Quantity) => tokens[q.index - 1]?.t ?? '';
  for (let k = 1; k < qs.length; k++) {
    if (before(qs[k - 1]!) === 'from' && before(qs[k]!) === 'to') return { target: qs[k]!, from: qs[k - 1]! };
  }
  // With several numbers the one to reach follows "to" ("attainment 8 score to 50").
  const reach = qs.find((q) => before(q) === 'to');
  return { target: reach ?? qs[0]!, from: null };
}

function directionOf(a: Analysis, qs: readonly Quantity[]): Direction {
  const { tokens } = a.tz;
  if (a.lead && DECREASE_VERBS.has(a.lead.verb)) return 'decrease';
  if (a.words.includes('down') && !a.words.includes('double')) return 'decrease';
  for (const q of qs) {
    const b = tokens[q.index - 1]?.t ?? '';
    if (DECREASE_BEFORE.has(b)) return 'decrease';
    if (b === 'than' && DECREASE_BEFORE.has(tokens[q.index - 2]?.t ?? '')) return 'decrease';
    if (q.value === 0) return 'decrease';
  }
  return 'increase';
}

/** The words the number is about: after the verb, skipping the number itself and filler. */
function metricOf(a: Analysis, skip: ReadonlySet<number>): string {
  const { tokens } = a.tz;
  let from = 0;
  if (a.lead) from = a.tz.words[a.lead.at + (a.lead.particle ? 1 : 0)]! + 1;
  const picked: Token[] = [];
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!;
    const inside = bound(tokens, k);
    if (skip.has(k)) {
      if (picked.length) break;
      continue;
    }
    if (t.kind === 'word' && COUNT_NOUNS.has(t.t) && tokens[k + 1]?.t === 'of') {
      k++;
      continue;
    }
    const filler = (t.kind === 'word' && STOPS.has(t.t) && !inside) || (t.kind === 'sym' && !'&-/'.includes(t.t));
    if (filler || (t.kind === 'sym' && picked.length === 0 && !inside)) {
      if (picked.length) break;
      continue;
    }
    picked.push(t);
  }
  while (picked.length && picked[picked.length - 1]!.kind === 'sym') picked.pop();
  return join(picked);
}

export function splitNumberTitle(title: string): NumberTitleSplit | null {
  const a = analyse(title);
  if (!isNumberTitle(a)) return null;
  const { tokens } = a.tz;
  const krTitle = title.trim().replace(/\s+/g, ' ').slice(0, LIMITS.title);
  const direction = directionOf(a, a.quantities);

  let keyResult: SuggestedKeyResult = { title: krTitle, unit: '', target: null, start: null, direction };
  if (a.quantities.length > 0) {
    const { target, from } = pickTarget(a.quantities, tokens);
    const factor = Number.isNaN(target.value);
    const before = tokens[target.index - 1]?.t ?? '';
    const unit = factor ? '' : target.unit === '' ? unitAfter(tokens, target.index) : target.unit;
    const level = target.level || target.kind === 'percent' || LEVEL_BEFORE.has(before) || target.value === 0;
    let start: number | null = null;
    if (from) start = from.value;
    else if (before === 'by') start = 0;
    else if (!level && !factor && direction === 'increase' && a.lead) start = 0;
    keyResult = { title: krTitle, unit, target: factor ? null : target.value, start, direction };
  }

  const skip = new Set<number>();
  for (const q of a.quantities) {
    skip.add(q.index);
    if (tokens[q.index - 1]?.kind === 'sym') skip.add(q.index - 1);
    if (tokens[q.index + 1]?.kind === 'sym') skip.add(q.index + 1);
  }
  let metric = metricOf(a, skip);
  if (metric === '' && /^\p{L}+$/u.test(keyResult.unit)) metric = keyResult.unit;
  const objectivePrompt = metric
    ? `Why does ${metric} need to move, and what will change to move it? Name the objective after that change.`
    : 'What change would this number prove? Name the objective after that change.';
  return { keyResult, objectiveTitle: '', objectivePrompt, metric };
}
