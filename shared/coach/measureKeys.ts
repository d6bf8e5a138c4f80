/**
 * The keys a number title is compared by across the plan (see clone.ts, `CopyFacts.more` and
 * `CopyFacts.share`): what it counts once its amounts are gone, the name of the measure it sets a
 * target on, that name's head, and the thing or rate it counts.
 */
import { COMPARATORS, MIN_COPY_WORDS, contentStem } from './clone';
import { CLONE_STOP, CLONE_SYNONYMS, FUNCTION_WORDS, IRREGULAR_PARTICIPLES, TIME_UNITS, UNIT_WORDS } from './lexicon';
import { type Token, type Tokenized, stem } from './text';

/**
 * The key of a title with numbers once the numbers and what they count are gone: "Source 60
 * candidates and hire 2 engineers" and "Source 25 candidates and hire 2 solutions architects" are
 * one objective handed to two teams ("source … and hire …"). Empty for a title without counts, or
 * with fewer than two words left.
 */
export function countedKey(tz: Tokenized, counts: readonly number[]): string {
  if (!counts.length) return '';
  const skip = new Set<number>();
  for (const i of counts) {
    skip.add(i);
    // The counted noun phrase: up to three words after the number, until a function word or a break.
    for (let k = i + 1, n = 0; k < tz.tokens.length && n < 3; k++, n++) {
      const t = tz.tokens[k]!;
      if (t.kind !== 'word' || CLONE_STOP.has(t.t)) break;
      skip.add(k);
    }
  }
  const out = new Set<string>();
  for (const i of tz.words) {
    const t = tz.tokens[i]!;
    if (skip.has(i) || t.kind === 'num' || CLONE_STOP.has(t.t)) continue;
    out.add(t.kind === 'word' ? contentStem(t.t) : t.t);
  }
  return out.size >= MIN_COPY_WORDS ? [...out].sort().join('\u0000') : '';
}

/** Words that may follow a measure's amount when what follows is only its scope or period. */
const SCOPE_AFTER = new Set([
  'in', 'at', 'for', 'on', 'across', 'from', 'by', 'of', 'this', 'next', 'per', 'a', 'an', 'each', 'every',
  'within', 'during', 'until', 'before', 'through', 'over', 'among', 'between', 'inside', 'outside',
]);
/** A measure's name is a few words; more before the amount is a sentence. */
const MAX_METRIC_WORDS = 5;

/**
 * The name of the measure a title sets a target on, as a key: "Occupancy 85% at Spinningfields",
 * "Occupancy of 95% for 2027/28 in Nottingham" and "Occupancy 90%" all set one measure, so a team
 * handed it with another number and its own scope copies it. The words before the first amount,
 * when only a scope or a period follows the amount. A title that opens with a verb names what it
 * counts after the amount ("Sell 250 memorials through funeral directors" sets "memorials sold");
 * a verb alone is no measure: "Raise £3m" and "Raise £750k" may raise it from anyone.
 * '' when the title is not so built.
 */
export function metricKey(tz: Tokenized, quantities: readonly { index: number }[], opensWithVerb: boolean): string[] {
  const q = quantities[0];
  if (!q) return [];
  const out: string[] = [];
  const { tokens } = tz;
  const name = new Set<string>();
  let verb = '';
  for (let k = 0; k < q.index; k++) {
    const t = tokens[k]!;
    // A code ("Q3" aside, which is a period) names the thing measured as much as a word does.
    if (t.kind === 'code' && !CLONE_STOP.has(t.t)) name.add(t.t);
    if (t.kind !== 'word' || CLONE_STOP.has(t.t) || COMPARATORS.has(t.t) || NAME_FILLERS.has(t.t) || t.t === 'to') continue;
    if (!verb && opensWithVerb) {
      verb = t.t;
      // "Grow membership to 32k" sets the measure "Members: 32,000" does: up is the default way.
      if (UPWARD.has(CLONE_SYNONYMS.get(t.t) ?? t.t)) continue;
    }
    name.add(contentStem(t.t));
  }
  if (name.size > MAX_METRIC_WORDS) return [];
  // Past the amount's unit ("%", "k", "hours", "million").
  let k = q.index + 1;
  while (k < tokens.length && ((tokens[k]!.kind !== 'word' && (tokens[k]!.glued || tokens[k]!.t === '%' || tokens[k]!.kind === 'num')) || MAGNITUDES.has(tokens[k]!.t))) k++;
  // "£900k of voluntary income", "Raise £4.2m in voluntary income", "80% of whole-title transfers":
  // what the amount is of names the measure, whoever raises it; a cut keeps its direction.
  if ((tokens[k]?.t === 'of' || (tokens[k]?.t === 'in' && opensWithVerb)) && tokens[k + 1]?.kind === 'word') {
    const phrase = nounPhrase(tokens, k + 1);
    if (phrase.words.length && scopeFollows(tokens, phrase.end)) {
      const of = new Set(phrase.words);
      if (DECREASES.has(CLONE_SYNONYMS.get(verb) ?? verb)) of.add('reduce');
      out.push([...of].sort().join('\u0000'));
      // "HMRC queries below 0.5% of declarations" / "declarations queried by HMRC under 0.5%": the
      // name and what it is of, together.
      if (name.size && name.size + of.size <= MAX_METRIC_WORDS + 1) out.push([...new Set([...name, ...of])].sort().join('\u0000'));
    }
    // "Waste below 10% of stems bought" names its measure before the amount too.
    if (name.size && !(opensWithVerb && name.size < 2)) out.push([...name].sort().join('\u0000'));
    return out;
  }
  if (!name.size || (opensWithVerb && name.size < 2 && !UPWARD.has(CLONE_SYNONYMS.get(verb) ?? verb))) {
    // "Sell 900 season tickets", "2.2 million paying subscribers": what is counted after the amount.
    const phrase = nounPhrase(tokens, k);
    if (!phrase.words.length) return out;
    name.add(phrase.words[phrase.words.length - 1]!);
    k = phrase.end;
  }
  if (scopeFollows(tokens, k)) out.push([...name].sort().join('\u0000'));
  return out;
}

/** Words before a measure's amount that say which part of the plan it is for, not what it is. */
const SCOPE_BEFORE_AMOUNT = new Set(['in', 'at', 'for', 'on', 'across', 'from', 'of', 'per', 'among', 'with', 'by', 'under', 'below', 'over', 'above', 'to', 'up', 'down', 'outside', 'within', 'beyond', 'inside']);
/** Words that name how a measure is taken, not what it measures ("Remake rate", "Visitor numbers"). */
const MEASURE_FORMS = new Set(['average', 'avg', 'mean', 'median', 'total', 'rate', 'level', 'number', 'numbers', 'count', 'ratio', 'score']);
/**
 * The head of the measure a line with no verb sets ("Packout 80%" / "Packout on the chipping
 * contract: 85%", "Hall occupancy 92%" / "Pitch occupancy on the Tuesday market: 80%"): the last
 * word of its name before the amount, the name cut at a scope ("on the chipping contract") and at
 * most three words. Each team handed one measure names its own scope before or after it; the labels
 * of every set call two such lines in one plan copies (124 pairs of 126 over the labelled plans of
 * hold-outs 1–27 before the amount's end was read; the two others were two vaccines' uptakes). ''
 * when the line is not so built.
 */
export function metricHead(tz: Tokenized, quantities: readonly { index: number }[], acronyms?: ReadonlySet<string>): string {
  const q = quantities[0];
  if (!q) return '';
  // ("First pass yield 97%" / "FPY 98% across all SMT lines", "On time in full 97%" / "OTIF 95%":
  // a measure spelt out is the measure its initials name.)
  const spelt = acronyms?.size ? speltMeasure(tz, q.index, acronyms) : '';
  const name: string[] = spelt ? [spelt] : [];
  for (let k = 0; k < q.index && !spelt; k++) {
    const t = tz.tokens[k]!;
    if (t.kind !== 'word') {
      if (t.kind === 'sym' && name.length) break;
      continue;
    }
    if (SCOPE_BEFORE_AMOUNT.has(t.t) && name.length) break;
    if (CLONE_STOP.has(t.t) || MEASURE_FORMS.has(t.t)) continue;
    name.push(contentStem(t.t));
  }
  if (!name.length || name.length > 3) return '';
  // After the amount and its unit, only a scope or a period: "Occupancy 80% by opening a second
  // bar" adds a lever of its own, and "Plant 5,000 trees in parks" names what it counts after it.
  let k = q.index + 1;
  const unit = (t: Token) => (t.kind !== 'word' && (t.glued || t.t === '%' || t.kind === 'num')) || MAGNITUDES.has(t.t) || t.t in UNIT_WORDS || TIME_UNITS.has(t.t);
  while (k < tz.tokens.length && unit(tz.tokens[k]!)) k++;
  return scopeFollows(tz.tokens, k) ? name[name.length - 1]! : '';
}

/** The acronym the first three to five words before an amount spell, if the plan writes it. */
function speltMeasure(tz: Tokenized, end: number, acronyms: ReadonlySet<string>): string {
  const words = tz.words.filter((i) => i < end).map((i) => tz.tokens[i]!);
  if (!words.every((t) => t.kind === 'word')) return '';
  // ("Deliveries on time & in full: 97%": what it counts may come first, the measure's words last.)
  for (let n = Math.min(5, words.length); n >= 3; n--) {
    for (const part of [words.slice(0, n), words.slice(words.length - n)]) {
      const initials = part.map((t) => t.t[0]).join('');
      if (acronyms.has(initials)) return stem(initials);
    }
  }
  return '';
}

/** Up to three content words from `k`, until a function word or a break, as clone-key stems. */
function nounPhrase(tokens: readonly Token[], k: number): { words: string[]; end: number } {
  const words: string[] = [];
  for (let n = 0; n < 3 && tokens[k]?.kind === 'word' && !CLONE_STOP.has(tokens[k]!.t) && !FUNCTION_WORDS.has(tokens[k]!.t); n++, k++) {
    // "310,000 passengers carried": a participle after the noun says what happened to it.
    if (n > 0 && tokens[k]!.t.length > 4 && tokens[k]!.t.endsWith('ed')) break;
    words.push(contentStem(tokens[k]!.t));
  }
  return { words, end: k };
}
/** Nothing, a break or a scope follows ("by opening a second bar" is a lever, "by June" a date). */
function scopeFollows(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t && t.kind !== 'sym' && !SCOPE_AFTER.has(t.t)) return false;
  return !(t?.t === 'by' && tokens[k + 1]?.t.endsWith('ing'));
}
/** Words of a measure's name that say how it is summed, not what is measured ("Average pick-up time", "Scrap rate"). */
const NAME_FILLERS = new Set(['average', 'avg', 'mean', 'median', 'total', 'rate', 'level']);
/** Verbs that only say a measure should go up (synonyms folded: "increase", "raise" are "grow"). */
const UPWARD = new Set(['grow', 'reach', 'hit', 'achieve']);
const MAGNITUDES = new Set(['million', 'millions', 'billion', 'thousand', 'k', 'm', 'bn']);
const DECREASES = new Set(['reduce', 'stop']);


/**
 * What a count counts, as a clone-key stem: "Sell 4.2 million tins in 2027" and "Mackerel — 1.5m
 * tins this year" both count tins; "Wedding displays: 140 this year" counts displays before its
 * amount. A team handed a share of its parent's count ("North area: 22,000 potholes filled" under
 * "Fix 60,000 potholes") restates the parent's measure with a smaller number: the labelled sets call
 * that a copy. Units of measure are written many ways ("t", "tonnes"). '' when the title counts no
 * thing it names.
 */
export function unitKey(tz: Tokenized, quantities: readonly { index: number; kind: string }[]): string {
  const q = quantities.find((x) => x.kind === 'amount');
  if (!q) return shareOfRate(tz, quantities);
  const { tokens } = tz;
  let k = q.index + 1;
  while (k < tokens.length && (MAGNITUDES.has(tokens[k]!.t) || COUNT_WORDS.has(tokens[k]!.t))) k++;
  const unit = tokens[k];
  if (unit && (unit.kind === 'word' || unit.kind === 'code')) {
    const measure = MEASURE_UNITS.get(unit.t);
    if (measure) return measure;
    if (unit.kind === 'code') return '';
    const phrase = nounPhrase(tokens, k);
    // "400,000 images online": the count's head noun, not the adverb after it.
    while (phrase.words.length > 1 && TRAILING.has(phrase.words[phrase.words.length - 1]!)) phrase.words.pop();
    const head = phrase.words[phrase.words.length - 1];
    if (head) return UNIT_STOP.has(head) ? '' : head;
  }
  // Nothing counted after the amount: the name before it, when a break sets the two apart
  // ("Wedding displays: 140", "Junior players registered: 300").
  let j = q.index - 1;
  if (tokens[j]?.kind !== 'sym') return '';
  while (j >= 0 && tokens[j]!.kind === 'sym') j--;
  while (j >= 0 && tokens[j]!.kind === 'word' && ((tokens[j]!.t.length > 4 && tokens[j]!.t.endsWith('ed')) || IRREGULAR_PARTICIPLES.has(tokens[j]!.t))) j--;
  const before = tokens[j];
  if (!before || before.kind !== 'word' || CLONE_STOP.has(before.t) || FUNCTION_WORDS.has(before.t)) return '';
  const head = contentStem(before.t);
  return UNIT_STOP.has(head) ? '' : head;
}
/**
 * "Meal uptake 75% in primaries", "Secondary uptake: 55%", "Special schools — uptake 85%": a rate
 * set for each team, named by the word right before the percentage; the words before that name
 * only whose share it is.
 */
function shareOfRate(tz: Tokenized, quantities: readonly { index: number; kind: string }[]): string {
  const q = quantities.find((x) => x.kind === 'percent' || x.kind === 'currency');
  if (!q || quantities.length > 1) return '';
  const { tokens } = tz;
  // "Occupancy 80% by opening a second bar" adds its lever: no mere share.
  if (tokens.slice(q.index + 1).some((t) => LEVER_WORDS.has(t.t))) return '';
  const kind = q.kind === 'percent' ? 'rate' : 'money';
  const names = q.kind === 'percent' ? RATE_NAMES : MONEY_NAMES;
  // The name before the amount ("Secondary uptake: 55%", "Occupancy of 80%", "mortality below 5%",
  // "Web shop sales £400k"), skipping a break, "of" and a comparator.
  let j = q.index - 1;
  while (j >= 0 && tokens[j]!.kind === 'sym') j--;
  while (j >= 0 && (tokens[j]!.t === 'of' || COMPARATORS.has(tokens[j]!.t) || tokens[j]!.t === 'below' || tokens[j]!.t === 'at')) j--;
  const before = tokens[j];
  if (before && before.kind === 'word' && names.has(before.t)) return `${kind}:${synonym(before.t)}`;
  // Or after it: "99% of business rates", "£700k net income".
  let k = q.index + 1;
  while (k < tokens.length && (tokens[k]!.kind === 'sym' || MAGNITUDES.has(tokens[k]!.t) || tokens[k]!.t === 'of' || tokens[k]!.t === 'net' || tokens[k]!.t === 'the')) k++;
  const phrase = nounPhrase(tokens, k).words;
  const head = tokens[k + phrase.length - 1];
  if (head && names.has(head.t)) return `${kind}:${synonym(head.t)}`;
  // Or first, its scope between: "Turnover from renovation work £1m", "Reoffending after a community
  // resolution: 20%".
  const first = tokens[tz.words[0] ?? -1];
  return first && first.kind === 'word' && names.has(first.t) && q.index > tz.words[0]! + 1 ? `${kind}:${synonym(first.t)}` : '';
}
const synonym = (w: string): string => contentStem(CLONE_SYNONYMS.get(w) ?? w);
/** Money a team is set a share of. */
const MONEY_NAMES = new Set(['sales', 'revenue', 'revenues', 'income', 'turnover', 'profit', 'margin', 'donations', 'fundraising', 'arr', 'mrr', 'gmv']);
/** Words that bring in how a rate will be reached. */
const LEVER_WORDS = new Set(['by', 'through', 'so', 'via', 'using', 'with']);
/** Rates a team is set a share of ("uptake", "attendance"): names of a proportion, not of a thing. */
const RATE_NAMES = new Set(['uptake', 'attendance', 'occupancy', 'retention', 'conversion', 'utilisation', 'utilization', 'completion', 'participation', 'coverage', 'compliance', 'satisfaction', 'yield', 'churn', 'mortality', 'rates', 'collection', 'reoffending', 'absence', 'turnout']);
/** Words between an amount and what it counts ("2,000 more homes"). */
const COUNT_WORDS = new Set(['more', 'new', 'extra', 'additional', 'further', 'net', 'paying', 'active']);
/** Units of measure, each under one name. */
const MEASURE_UNITS = new Map<string, string>([
  ...['t', 'tonne', 'tonnes', 'ton', 'tons'].map((w) => [w, 'unit:tonne'] as const),
  ...['l', 'litre', 'litres', 'liter', 'liters'].map((w) => [w, 'unit:litre'] as const),
  ...['m2', 'sqm', 'hectare', 'hectares', 'ha', 'acre', 'acres'].map((w) => [w, 'unit:area'] as const),
  ...['m3', 'cubic'].map((w) => [w, 'unit:volume'] as const),
  ...['km', 'kilometre', 'kilometres', 'mile', 'miles'].map((w) => [w, 'unit:distance'] as const),
  ...['mw', 'gw', 'kw', 'mwh', 'gwh', 'kwh'].map((w) => [w, `unit:${w}`] as const),
]);
/** Words that may follow a counted noun without being part of it. */
const TRAILING = new Set(['online', 'offline', 'abroad', 'overseas', 'out', 'back', 'through', 'away', 'live', 'sold'].map(stem));
/** Heads that count time or people in general, which too many different measures share. */
const UNIT_STOP = new Set(['day', 'week', 'month', 'hour', 'minute', 'time', 'people', 'person', 'thing', 'point', 'pt', 'case', 'item', 'unit'].map(stem));
