/**
 * Finding the numbers in a title that are targets. Most digits in real titles are not: years,
 * quarters, ranks ("#1"), identifiers ("Tier-1", "ISO 9001", "Year 9"), compound modifiers
 * ("90-day", "24/7") and horizons ("within 10 years") say which or when, and the article's own
 * good example ("Become the #1 Choice…") has one. Only what is left says how much.
 */
import {
  CONTAINER_NOUNS,
  CURRENCY,
  DEFINITE_BEFORE,
  EVERYONE,
  FUNCTION_WORDS,
  HORIZON_BEFORE,
  IDENTIFIER_BEFORE,
  LEAD_FILLER,
  LEVEL_BEFORE,
  METRIC_ACRONYMS,
  METRIC_HEADS,
  MONTHS,
  MULTIPLIER_VERBS,
  NUMBER_WORDS,
  ON_A_BEAT,
  PARTS_OF_DAY,
  RANK_BEFORE,
  REGULATORY,
  SERVED,
  TIME_UNITS,
  UNIT_WORDS,
  VERBS,
  VERB_PARTICLES,
} from './lexicon';
import { lemmas, plural, type Token, type Tokenized } from './text';

/** Possessives before a number: the things counted are already ours, a scope and not a target. */
const POSSESSIVES = new Set(['our', 'their', 'its', 'your', 'my', 'these', 'those']);
/** Words between a count and what it counts ("40,000 more homes"). */
const COUNT_MODIFIERS = new Set(['more', 'new', 'extra', 'additional', 'fewer', 'less', 'net', 'active', 'qualified']);
/** Suffixes of a number that make it a duration ("24h"). */
const TIME_SUFFIX = new Set(['h', 'hr', 'hrs']);
const SHORT_UNITS = new Set(['min', 'mins', 'hr', 'hrs']);
/** "by a third", "by a quarter": a fraction is a target share. */
const FRACTIONS = new Set(['half', 'third', 'quarter', 'fifth', 'sixth', 'eighth', 'tenth']);

export type QuantityKind = 'currency' | 'percent' | 'multiplier' | 'amount';

export interface Quantity {
  /** Index of the number (or number word) in `tokens`. */
  index: number;
  kind: QuantityKind;
  /** NaN when the title gives a factor without a value ("Double the pipeline"). */
  value: number;
  /** Currency symbol, "%", "x", or "" when the unit is the noun that follows. */
  unit: string;
  /** True when a comparator or a metric comes first ("to 45", "NPS 50"): a level to hold, not a count. */
  level: boolean;
}

/** Words that may follow a thing's number ("furnace 2 far enough", "line 4 so that", "kiln 3 and kiln 4"). */
const AFTER_NAME = new Set(['at', 'in', 'on', 'as', 'so', 'far', 'and', 'or', 'to', 'from', 'for', 'with', 'by', 'before', 'after', 'into', 'onto', 'up', 'back', 'running', 'open', 'is', 'was', 'goes', 'breaks']);
/**
 * "after three days of silence", "fail at 14 months": a point in time; "two years behind", "two
 * winters ahead", "six weeks old": a gap; "already have six customers": what is there now. None is
 * a number to reach.
 */
function pointOrGap(tokens: readonly Token[], i: number, before: Token | undefined, timeSuffix: boolean): boolean {
  if (tokens.slice(Math.max(0, i - 4), i).some((t) => t.t === 'already')) return true;
  const after = tokens[i + 1]?.kind === 'word' ? tokens[i + 1]!.t : '';
  const time = TIME_UNITS.has(after) || timeSuffix;
  if (before && (before.t === 'after' || before.t === 'at') && time) return true;
  // "inquests older than 12 months", "once their lifts turn 25", "children aged 5": an age, a scope.
  if (before && before.t === 'than' && (tokens[i - 2]?.t === 'older' || tokens[i - 2]?.t === 'younger')) return true;
  if (before && (before.t === 'turn' || before.t === 'turns' || before.t === 'aged')) return true;
  const then = tokens[timeSuffix ? i + 1 : i + 2];
  return (time || SEASONS.has(after)) && !!then && then.kind === 'word' && (then.t === 'ahead' || then.t === 'behind' || then.t === 'old');
}
const DIALLING = new Set(['ring', 'ringing', 'rings', 'call', 'calling', 'calls', 'dial', 'dialling', 'dialing', 'phone', 'phoning']);
const CLOCK_BEFORE = new Set(['before', 'by', 'after', 'until', 'till']);
const WEEKDAY_NAMES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays', 'day', 'morning', 'night']);
const SPEC_UNITS = new Set(['m', 'kw', 'kv', 'mm', 'cm', 'inch', 'hp', 'ah', 'mah', 'gb', 'tb', 'ghz', 'mp', 'megapixel', 'litre', 'liter', 'tonne', 'ton', 'seat', 'seater', 'berth', 'bed', 'storey', 'metre', 'meter', 'foot', 'ft']);
const DISTANCE_UNITS = new Set(['mile', 'miles', 'km', 'kilometres', 'kilometers', 'metres', 'meters', 'm', 'yards']);
const SEASONS = new Set(['winter', 'winters', 'summer', 'summers', 'spring', 'springs', 'autumn', 'autumns', 'season', 'seasons']);
const isWord = (t: Token | undefined): t is Token => !!t && t.kind === 'word';
const isSym = (t: Token | undefined, chars: string): boolean => !!t && t.kind === 'sym' && chars.includes(t.t);

/** The token before `i` when it is a word separated by whitespace, the usual "which one" position. */
function wordBefore(tokens: readonly Token[], i: number): Token | undefined {
  const p = tokens[i - 1];
  return isWord(p) && !tokens[i]!.glued ? p : undefined;
}

/** "Tier-1", "COVID-19", "90-day", "24/7", "1:1": a number fused to a neighbour is part of a name. */
function fused(tokens: readonly Token[], i: number): 'name' | 'range-start' | 'range-end' | null {
  const here = tokens[i]!;
  const prev = tokens[i - 1];
  const prev2 = tokens[i - 2];
  const next = tokens[i + 1];
  const next2 = tokens[i + 2];
  // "v1.0", "GPT-4.5", "ID.4": a number glued by a full stop to a name is its version or model.
  if (here.glued && isSym(prev, '.') && prev!.glued && prev2 && (prev2.kind === 'code' || (prev2.kind === 'word' && prev2.cap))) return 'name';
  if (here.glued && isSym(prev, '-/:') && prev!.glued && prev2 && prev2.kind !== 'sym') {
    if (prev2.kind !== 'num') return 'name';
    // "2025/26", "24/7": two numbers on a slash or colon are one label. "10-15%" is a range; "737-8"
    // falls, so it is a model and its variant.
    if (prev!.t === '-' && prev2.value > here.value) return 'name';
    return prev!.t === '-' ? 'range-end' : 'name';
  }
  // "2.x", "15.x": a release line, not an amount.
  if (next && next.glued && isSym(next, '.') && next2 && next2.glued && next2.t === 'x') return 'name';
  if (next && next.glued && isSym(next, '-/:') && next2 && next2.glued && next2.kind !== 'sym') {
    if (next2.kind !== 'num' || (next.t === '-' && here.value > next2.value)) return 'name';
    return next.t === '-' ? 'range-start' : 'name';
  }
  return null;
}

/**
 * "Postgres 16", "Rails 5 app", "PostgreSQL 11.3", "Plant 2": a capitalised name followed by a number
 * is a product, its version or a place, unless the name is a metric ("NPS 50"). In Title Case every
 * word is capitalised, so there the number must also look like a version rather than a count: a
 * decimal ("Python 3.12"), or no plural noun after it ("Rails 5 App" against "Hire 5 Engineers").
 */
function isVersion(tz: Tokenized, i: number, before: Token): boolean {
  const tok = tz.tokens[i]!;
  // "Upgrade to Revenues 9.4": a capitalised word mid-sentence before a decimal is a product's name,
  // even when it reads as a metric.
  const named = tz.words[0] !== i - 1 && !tz.titleCase && tok.t.includes('.') && tok.suffix === '';
  if (!before.cap || METRIC_ACRONYMS.has(before.t) || (METRIC_HEADS.has(before.t) && !named)) return false;
  // "Visitors 1.2 million": a magnitude makes it an amount, never a version.
  const magnitude = tz.tokens[i + 1];
  if (isWord(magnitude) && UNIT_WORDS[magnitude.t] === '') return false;
  // The first word is capitalised whatever it is: only a name that is no verb ("Fab 2 engineering"),
  // and with no plural count after the number ("Hire 5 engineers" has a verb anyway).
  if (tz.words[0] === i - 1) {
    // "Tunnel 2", "Plant 3": a noun and a small number, and nothing else, is a thing's name.
    if (i === tz.tokens.length - 1 && tok.suffix === '' && Number.isInteger(tok.value) && tok.value < 100 && !plural(before.t)) return true;
    const after = tz.tokens[i + 1]?.t ?? 's';
    if (lemmas(before.t).some((l) => VERBS.has(l)) || tok.value >= 100 || /s$/.test(after) || COUNT_MODIFIERS.has(after)) return false;
  }
  if (FUNCTION_WORDS.has(before.t) || tok.suffix !== '') return false;
  if (!tz.titleCase) return true;
  const next = tz.tokens[i + 1];
  return tok.t.includes('.') || !isWord(next) || !/s$/.test(next.t);
}

const SCOPE_BEFORE = new Set(['with', 'on', 'of', 'for', 'having']);
const HELD_AT = new Set(['keep', 'hold', 'cap', 'fix', 'set', 'stay', 'remain', 'maintain', 'peg', 'freeze', 'capped', 'held', 'kept']);
const THRESHOLD_AFTER = new Set(['more', 'over', 'above', 'fewer', 'less', 'under']);
/** "9 to 5", "8 till 6": a day's hours, either end, with no unit or count after. */
function hoursRange(tokens: readonly Token[], i: number): boolean {
  const small = (t: Token | undefined) => !!t && t.kind === 'num' && t.suffix === '' && Number.isInteger(t.value) && t.value >= 1 && t.value <= 12;
  const joins = (t: Token | undefined) => isWord(t) && (t.t === 'to' || t.t === 'till' || t.t === 'until');
  const after = (k: number) => { const n = tokens[k]; return !n || isSym(n, ',.;:)') || (isWord(n) && (n.t === 'on' || n.t === 'every' || n.t === 'each' || n.t === 'daily' || n.t === 'weekdays' || n.t === 'and' || n.t === 'at')); };
  if (small(tokens[i]) && joins(tokens[i + 1]) && small(tokens[i + 2])) return after(i + 3);
  // "from 0600 to 2300", "0600–2300": a day's hours on the 24-hour clock.
  const clock = (t: Token | undefined) => !!t && t.kind === 'num' && t.suffix === '' && /^[012]\d[0-5]\d$/.test(t.t) && Number(t.t.slice(0, 2)) <= 24;
  // ("at 0900 and 1500": two times of day, joined.)
  const dash = (t: Token | undefined) => joins(t) || isSym(t, '-–') || (isWord(t) && t.t === 'and');
  if (clock(tokens[i]) && ((dash(tokens[i - 1]) && clock(tokens[i - 2])) || (dash(tokens[i + 1]) && clock(tokens[i + 2])))) return true;
  if (small(tokens[i]) && joins(tokens[i - 1]) && small(tokens[i - 2])) return after(i + 1);
  return false;
}
/** "turning 18", or "at 16" after something done ("dropping out at 16"): a whole number of years. */
function ageAt(tokens: readonly Token[], i: number, before: Token): boolean {
  const tok = tokens[i]!;
  if (tok.suffix !== '' || !Number.isInteger(tok.value) || tok.value < 5 || tok.value > 99) return false;
  const next = tokens[i + 1];
  if (isWord(next) && (next.t in UNIT_WORDS || TIME_UNITS.has(next.t) || plural(next.t))) return false;
  if (before.t === 'turning' || before.t === 'turned') return true;
  if (before.t !== 'at') return false;
  // "…dropping out at 16", "a mistake at 14 doesn't follow a child": at an age, after something
  // done or had; a measure held at a level ("occupancy at 85", "keep prices at 10") is no age.
  const held = [2, 3].some((d) => isWord(tokens[i - d]) && (METRIC_HEADS.has(tokens[i - d]!.t) || HELD_AT.has(tokens[i - d]!.t)));
  if (held || (isWord(next) && (next.t === 'per' || next.t === 'a' || next.t === 'an' || next.t === 'or'))) return false;
  // ("…no-one falls out of care at 18": leaving something at an age.)
  if (!next || isSym(next, ',.;:)')) return [2, 3, 4, 5].some((d) => isWord(tokens[i - d]) && ((tokens[i - d]!.t.length > 4 && tokens[i - d]!.t.endsWith('ing')) || LEAVING.has(tokens[i - d]!.t)));
  // Mid-sentence, a clause goes on after the age ("…at 14 doesn't follow…").
  return isWord(next) && /n['’]t$|^(?:is|was|can|will|should|has|had)$/.test(next.raw.toLowerCase()) && isWord(tokens[i - 2]) && !plural(tokens[i - 2]!.t);
}
/** People a band of ages is said of ("people under 35", "children under 5", "adults over 65"). */
const OWNING = new Set(['buying', 'buy', 'buys', 'bought', 'hiring', 'renting', 'owning', 'own', 'afford', 'affording', 'choosing', 'ordering']);
const BASELINE_AFTER = new Set(['on', 'from', 'against', 'vs', 'versus', 'compared', 'since', 'by', 'in']);
const AGED_GROUPS = new Set([
  'son', 'sons', 'daughter', 'daughters', 'boys', 'girls', 'child', 'people', 'adults', 'children', 'kids', 'young', 'youths', 'teenagers', 'teens', 'men', 'women', 'those', 'anyone', 'everyone', 'residents',
  'pupils', 'students', 'fans', 'players', 'audiences', 'drivers', 'patients',
]);

/**
 * "the one people under 35 think of", "free for children under 5": a number after "under",
 * "over" or "aged" right after a group of people is their age, which says who and not how much.
 * A unit after it ("patients under 4 hours") makes it a level again.
 */
function ageBand(tokens: readonly Token[], i: number, before: Token): boolean {
  if (before.t !== 'under' && before.t !== 'over' && before.t !== 'aged') return false;
  const group = wordBefore(tokens, i - 1);
  const next = tokens[i + 1];
  const unit = isWord(next) && (TIME_UNITS.has(next.t) || next.t in UNIT_WORDS);
  // ("anyone who looks under 25": how old someone looks is their age too.)
  const looks = !!group && (group.t === 'looks' || group.t === 'look' || group.t === 'seems');
  // ("regular givers under 30", "career changers over 40": people named by what they do.)
  const doers = !!group && group.t.length > 5 && /(?:ers|ors)$/.test(group.t);
  return !!group && (AGED_GROUPS.has(group.t) || SERVED.has(group.t) || looks || doers) && tokens[i]!.suffix === '' && !unit && !isSym(next, '%');
}

/** Written in capitals, as acronyms are ("HDR", "EU"). */
const isAcronym = (t: Token): boolean => t.raw.length >= 2 && t.raw === t.raw.toUpperCase() && t.raw !== t.raw.toLowerCase();

const isYear = (tok: Token): boolean => tok.suffix === '' && /^\d{4}$/.test(tok.t) && tok.value >= 1900 && tok.value <= 2100;
/** "in 1850", "since 1972", "before 1900": a year of history after a word of time. */
const pastYear = (tok: Token, before: Token | undefined): boolean =>
  tok.suffix === '' && /^\d{4}$/.test(tok.t) && tok.value >= 1000 && tok.value < 1900 && !!before && YEAR_BEFORE.has(before.t);
const YEAR_BEFORE = new Set(['in', 'since', 'before', 'after', 'from', 'until', 'of', 'to', 'c', 'circa', 'around']);
const ANYTHING = new Set(['everything', 'anything', 'items', 'orders', 'purchases', 'sales', 'baskets']);
const UPGRADING = new Set(['upgrade', 'update', 'migrate', 'move', 'patch']);
/** Emergency and public phone lines, named by their number ("999 call handlers", "the 111 service"). */
const PHONE_LINES = new Set(['999', '911', '112', '111', '101', '105', '119', '988']);
const LINE_NOUNS = new Set(['call', 'calls', 'caller', 'callers', 'line', 'lines', 'service', 'number', 'handler', 'handlers', 'operator', 'operators', 'crew', 'crews', 'ambulance', 'response']);

function classifyNumber(tz: Tokenized, i: number): Quantity | null {
  const { tokens } = tz;
  const tok = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const currency = isSym(prev, '$€£¥') && tok.glued ? prev!.t : '';
  const percent = (isSym(next, '%') && next!.glued) || (isWord(next) && UNIT_WORDS[next.t] === '%');
  const magnitude = isWord(next) && next.t in UNIT_WORDS && UNIT_WORDS[next.t] === '';
  const fuse = fused(tokens, i);

  // "by 31 July", "on June 30", "14th Feb": a date, not an amount.
  if (!currency && tok.suffix === '' && tok.value >= 1 && tok.value <= 31 && Number.isInteger(tok.value) && ((isWord(next) && MONTHS.has(next.t)) || (isWord(prev) && MONTHS.has(prev.t)))) return null;
  // "buying a £3k boat", "an £80 jacket": a thing described by its price, not a sum to reach.
  // ("Raise a $35M Series B" raises the sum: only a thing bought, hired or owned is described so.)
  const owning = isWord(tokens[i - 3]) && OWNING.has(tokens[i - 3]!.t);
  if (currency && owning && isWord(tokens[i - 2]) && (tokens[i - 2]!.t === 'a' || tokens[i - 2]!.t === 'an') && isWord(next) && !(next.t in UNIT_WORDS) && !FUNCTION_WORDS.has(next.t)) return null;
  // "on everything under £2,500": which things, by a price under which they fall.
  if (currency && isWord(tokens[i - 2]) && (tokens[i - 2]!.t === 'under' || tokens[i - 2]!.t === 'over') && ANYTHING.has(tokens[i - 3]?.t ?? '')) return null;
  // ("to every shop spending over £1k a month": which ones, by what each spends.)
  if (currency && isWord(tokens[i - 2]) && THRESHOLD_WORDS.has(tokens[i - 2]!.t) && isWord(tokens[i - 3]) && tokens[i - 3]!.t.endsWith('ing') && [4, 5].some((d) => EVERYONE.has(tokens[i - d]?.t ?? '') || tokens[i - d]?.t === 'any')) return null;
  if (currency && CURRENCY.has(currency)) {
    const scale = magnitude ? (next!.t === 'billion' ? 1e9 : next!.t === 'thousand' ? 1e3 : 1e6) : 1;
    return { index: i, kind: 'currency', value: tok.value * scale, unit: currency, level: false };
  }
  // "the 70% dark", "our 85% rye": a product named by its share, after "the" or "our" and before its noun.
  if (percent && isWord(prev) && (prev.t === 'the' || POSSESSIVES.has(prev.t)) && isSym(next, '%') && isWord(tokens[i + 2]) && !FUNCTION_WORDS.has(tokens[i + 2]!.t)) return null;
  // "so we keep the 30% the apps take": a share someone else has, described after it.
  if (percent && isWord(prev) && prev.t === 'the' && isSym(next, '%') && isWord(tokens[i + 2]) && tokens[i + 2]!.t === 'the') return null;
  if (percent) return { index: i, kind: 'percent', value: tok.value, unit: '%', level: true };
  if (tok.suffix === 'x') return { index: i, kind: 'multiplier', value: tok.value, unit: 'x', level: true };
  // "4K HDR", "5G SA": a number-and-letter name before another acronym is a standard, not thousands.
  // A decimal ("2.4M TEU") or a level to reach ("to 3M TEU") is an amount in a unit.
  const toLevel = isWord(prev) && LEVEL_BEFORE.has(prev.t);
  // ("48m GT", "£2bn AUM": millions written small are an amount in a unit, as names never are.)
  const millions = (tok.suffix === 'm' || tok.suffix === 'bn' || tok.suffix === 'mn') && tok.raw.endsWith(tok.suffix);
  if (tok.suffix !== '' && isWord(next) && next.glued === false && isAcronym(next) && !METRIC_ACRONYMS.has(next.t) && !tok.t.includes('.') && !toLevel && !millions) return null;
  if (fuse === 'name' || fuse === 'range-start') return null;
  if (isSym(prev, '#') && tok.glued) return null; // a rank: "#1 choice"
  // "the No. 2 kiln", "No.3 mill": a thing's number after the abbreviation's full stop.
  if (isSym(prev, '.') && tokens[i - 2]?.t === 'no' && tokens[i - 2]!.cap) return null;
  // "so a 2B is a 2B", "a 4H": a grade or a model named by a number and a letter, after "a".
  if (isWord(prev) && (prev.t === 'a' || prev.t === 'an') && tok.suffix !== '' && tok.suffix !== 'x' && !toLevel && !(isWord(next) && (next.t in UNIT_WORDS || plural(next.t)))) return null;
  // "get to a 3", "from a 2 to a 4": a grade on a scale, after "a" with nothing counted after it.
  if (isWord(prev) && prev.t === 'a' && tok.suffix === '' && Number.isInteger(tok.value) && tok.value <= 10 && (!next || (next.kind === 'sym' && next.t !== '%') || (isWord(next) && !plural(next.t) && !(next.t in UNIT_WORDS) && !TIME_UNITS.has(next.t)))) return null;
  // "the takeaways rated 1": which ones, by the grade they have now.
  if (isWord(prev) && (prev.t === 'rated' || prev.t === 'graded') && tok.suffix === '' && tok.value <= 5 && [2, 3, 4, 5].some((d) => isWord(tokens[i - d]) && plural(tokens[i - d]!.t) && tokens[i - d]!.t.length > 3)) return null;
  if (isYear(tok) || pastYear(tok, wordBefore(tokens, i))) return null;
  // "plates 1a to 11": the end of a run of things' numbers whose start is a code.
  if (isWord(prev) && prev.t === 'to' && tokens[i - 2]?.kind === 'code' && /^\d+[a-z]$/.test(tokens[i - 2]!.t) && tok.suffix === '') return null;
  // "4x4 parties": a kind of vehicle, by its wheels driven.
  if ((tok.t === '4x' || tok.t === '6x') && isSym(tokens[i + 1], '') === false && tokens[i + 1]?.kind === 'num' && tokens[i + 1]!.glued && (tokens[i + 1]!.t === '4' || tokens[i + 1]!.t === '2')) return null;
  if ((tok.t === '4' || tok.t === '2') && tok.glued && (tokens[i - 1]?.t === '4x' || tokens[i - 1]?.t === '6x')) return null;
  // "hosts with 20+ properties", "the 18m+ blocks": a threshold that picks which ones.
  // ("App Store rating 4.7+" at the end says "at least": the target.)
  if (isSym(next, '+') && next!.glued && tok.suffix !== 'x' && !currency && tokens[i + 2] !== undefined) return null;
  // "paid jobs of 16 hours or more a week": which ones, by a threshold, after "of".
  const orAt = isWord(next) && next.t === 'or' ? i + 1 : isWord(next) && tokens[i + 2]?.t === 'or' ? i + 2 : -1;
  if (isWord(prev) && prev.t === 'of' && orAt > 0 && (tokens[orAt + 1]?.t === 'more' || tokens[orAt + 1]?.t === 'less' || tokens[orAt + 1]?.t === 'over')) return null;
  // "size 3 and 4 clogs": a size names which ones ("Fleet size 18,000" counts a fleet).
  if (isWord(prev) && (prev.t === 'size' || prev.t === 'sizes') && tok.suffix === '' && tok.value < 20) return null;
  // "1 Troop", "2 Section": a unit named by its number first, in capitals.
  if (tok.suffix === '' && Number.isInteger(tok.value) && tok.value < 100 && isWord(next) && next.cap && NUMBERED_FIRST.has(next.t)) return null;
  // "Stop digester 2 foaming over": a thing's number, then what it does.
  if (tok.suffix === '' && Number.isInteger(tok.value) && tok.value < 100 && isWord(prev) && !plural(prev.t) && prev.t.length > 3 && !METRIC_HEADS.has(prev.t) && !FUNCTION_WORDS.has(prev.t) && !lemmas(prev.t).some((l) => VERBS.has(l)) && isWord(next) && next.t.length > 4 && next.t.endsWith('ing') && !(isWord(tokens[i + 2]) && TIME_UNITS.has(tokens[i + 2]!.t))) return null;
  // "…on samples under 100 µg of carbon": which ones, by a threshold they fall under.
  if (isWord(prev) && THRESHOLD_WORDS.has(prev.t) && isWord(tokens[i - 2]) && plural(tokens[i - 2]!.t) && isWord(tokens[i - 3]) && (tokens[i - 3]!.t === 'on' || tokens[i - 3]!.t === 'for' || tokens[i - 3]!.t === 'with')) return null;
  // "a women-only trail 10K", "back for the 10K": a race named by its distance, after its article.
  if (!currency && raceDistance(tokens, i)) return null;
  // "Hire a head chef who's run field kitchens for 500 covers": what the person hired has done.
  if (describedInClause(tz, i)) return null;
  // "0800", "0345": a phone prefix.
  if (/^0\d{2,}$/.test(tok.t)) return null;
  // "the conservatoire's 40 practice pianos": what someone already has.
  if (isWord(prev) && /['’]s$/.test(prev.raw)) return null;
  // "concerts of up to 20,000": a capacity, what the thing holds.
  if (isWord(prev) && prev.t === 'to' && tokens[i - 2]?.t === 'up' && tokens[i - 3]?.t === 'of') return null;
  // "satellites 13 and 14": things' numbers.
  if (isWord(prev) && plural(prev.t) && tok.value < 100 && tok.suffix === '' && isWord(next) && next.t === 'and' && tokens[i + 2]?.kind === 'num' && tokens[i + 2]!.value < 100) return null;
  if (isWord(prev) && prev.t === 'and' && tokens[i - 2]?.kind === 'num' && isWord(tokens[i - 3]) && plural(tokens[i - 3]!.t) && tok.value < 100 && tokens[i - 2]!.value < 100) return null;
  // ("…for 111 to book people straight in": the service named, counting nothing after it.)
  if (PHONE_LINES.has(tok.t) && ((isWord(next) && (LINE_NOUNS.has(next.t) || FUNCTION_WORDS.has(next.t))) || (isWord(prev) && DIALLING.has(prev.t)))) return null;
  // "Upgrade exocad to 3.2", "…to exocad 3.2": a decimal the work upgrades to is a version.
  // ("Argus upgrade to 8.4": the upgrade named as a noun, the same.)
  const upgraded = UPGRADING.has(tokens.find((t) => t.kind === 'word')?.t ?? '') || UPGRADING.has(tokens[i - 2]?.t ?? '');
  if (tok.t.includes('.') && tok.suffix === '' && isWord(prev) && (prev.t === 'to' || tokens[i - 2]?.t === 'to') && upgraded) return null;
  // "before 7", "by 3", "after 10": a time of day, closing the clause.
  // ("by 5.30", "by 2 in the morning": the minutes, or the part of the day, said too.)
  const clock = Number.isInteger(tok.value) ? tok.value >= 1 && tok.value <= 12 : /^(?:[1-9]|1[0-2])\.[0-5]\d$/.test(tok.t);
  const dayPart = isWord(next) && next.t === 'in' && tokens[i + 2]?.t === 'the' && PARTS_OF_DAY.has(tokens[i + 3]?.t ?? '');
  if (tok.suffix === '' && clock && isWord(prev) && CLOCK_BEFORE.has(prev.t) && (!next || next.kind === 'sym' || dayPart || (isWord(next) && (next.t === 'so' || next.t === 'and' || next.t === 'every' || next.t === 'each' || next.t === 'daily' || next.t === 'on')))) return null;
  // ("…every Wednesday at 11 and logged": the hour on the day named.)
  if (tok.suffix === '' && clock && isWord(prev) && prev.t === 'at' && WEEKDAY_NAMES.has(tokens[i - 2]?.t ?? '')) return null;
  // ("Daily performance call with Network Rail at 9": the hour, last, of a thing on a beat.)
  if (tok.suffix === '' && clock && isWord(prev) && prev.t === 'at' && !next && tokens.slice(0, i).some((t) => isWord(t) && (ON_A_BEAT.has(t.t) || t.t === 'every' || t.t === 'each'))) return null;
  // "…so it opens at 8 without us…": a time of day something opens or shuts at.
  // ("Trade counter open at 6.30 so…": the same, to the minute.)
  const hour = (Number.isInteger(tok.value) && tok.value >= 5 && tok.value <= 11) || /^(?:[5-9]|1[01])\.[0-5]\d$/.test(tok.t);
  // ("Open the trade counters at 6.30": the verb may come first, its counters between.)
  if (tok.suffix === '' && hour && isWord(prev) && prev.t === 'at' && tokens.slice(Math.max(0, i - 5), i - 1).some((t) => isWord(t) && OPENING.has(t.t))) return null;
  // "Cover every night, 365 days": every day of the year, a beat.
  if (tok.t === '365' && isWord(next) && (next.t === 'days' || next.t === 'day')) return null;
  // "License our archive of 40,000 crosswords": what is already ours, counted.
  if (isWord(prev) && prev.t === 'of' && [3, 4].some((d) => isWord(tokens[i - d]) && POSSESSIVES.has(tokens[i - d]!.t))) return null;
  // "350 kW units", "80 kW racks", "a 27-inch screen": a size of the thing, its spec.
  if (isWord(next) && SPEC_UNITS.has(next.t) && isWord(tokens[i + 2]) && !FUNCTION_WORDS.has(tokens[i + 2]!.t)) return null;
  // ("New 7m box oven": glued on, without a currency, before two nouns naming one thing, metres.)
  // ("Hit 2m car insurance quotes": the phrase's last noun, plural, is what is counted.)
  let end = i + 1;
  while (isWord(tokens[end]) && !FUNCTION_WORDS.has(tokens[end]!.t)) end++;
  const named = end - i - 1 >= 2 && !(next!.t in UNIT_WORDS) && !plural(tokens[end - 1]!.t);
  if (!currency && SPEC_UNITS.has(tok.suffix) && named) return null;
  // The end of a range ("grades 6-8") is what its start is.
  if (isSym(prev, '-–') && prev!.glued && tokens[i - 2]?.kind === 'num' && classifyNumber(tz, i - 2) === null) return null;
  if (/\.\d+\./.test(tok.t)) return null; // "1.2.3" is a release, never an amount

  const before = wordBefore(tokens, i);
  if (before) {
    // "SOX 404", "Basel 3": a regime's numbered part. "per day 140" is a rate's value, not day 140.
    const perUnit = tokens[i - 2]?.t === 'per';
    // ("Plant 20,000 trees": a first word before a count of things is the verb, not a site's name.)
    const counts = tz.words[0] === i - 1 && isWord(next) && plural(next.t) && !tok.glued && tok.value >= 100;
    if (RANK_BEFORE.has(before.t) || (IDENTIFIER_BEFORE.has(before.t) && !perUnit && !counts) || REGULATORY.has(before.t)) return null;
    // "…from Top Beck to drive 7 so…", "…at gate 4": one numbered thing, named after where it goes.
    if (PLACE_PREPOSITIONS.has(tokens[i - 2]?.t ?? '') && !plural(before.t) && !FUNCTION_WORDS.has(before.t) && !TIME_UNITS.has(before.t) && !(before.t in UNIT_WORDS) && !METRIC_HEADS.has(before.t) && tok.suffix === '' && Number.isInteger(tok.value) && tok.value < 100 && (!next || next.kind === 'sym' || (isWord(next) && CLAUSE_AFTER_NAME.has(next.t)))) return null;
    // "aisles 12-20", "floors 8–18", "grades 6-8": a run of numbered things is a scope.
    const range = isSym(next, '-–') && tokens[i + 2]?.kind === 'num';
    if (range && before.t.endsWith('s') && IDENTIFIER_BEFORE.has(before.t.slice(0, -1))) return null;
    // "our biggest 50 accounts", "the busiest 3 stations": a rank by size, like "top 50".
    // ("Harvest 300 tonnes", "Invest £2m": a verb ending so is no superlative.)
    if (before.t.length > 5 && before.t.endsWith('est') && !perUnit && !lemmas(before.t).some((l) => VERBS.has(l))) return null;
    const after = isWord(next) ? next.t : '';
    // "the 111 service", "the 3.0 upgrade guide", "the 300mm line": a number after "the" names
    // something that exists; after a possessive ("our 40 branches") it counts what is already ours.
    if (before.t === 'the' && (tok.suffix === '' || (after !== '' && !(after in UNIT_WORDS)))) return null;
    // "all 40 stores", like "our 40 branches", counts what is already there.
    if (POSSESSIVES.has(before.t) || before.t === 'all') return null;
    // "the new 1.5 km model": a thing that exists, described, as after "the".
    if (before.t === 'new' && tokens[i - 2]?.t === 'the') return null;
    // "the boiler of 4277", "loco 4711 back in steam": a thing's number, written without a
    // thousands comma, after a noun that is no measure, and counting nothing after it.
    const named = before.t === 'of' ? tokens[i - 2] : before;
    const thingsName = isWord(named) && !plural(named.t) && !METRIC_HEADS.has(named.t) && !METRIC_ACRONYMS.has(named.t) && !LEVEL_BEFORE.has(named.t) && (before.t === 'of' || !lemmas(named.t).some((l) => VERBS.has(l)));
    const ofThing = before.t === 'of' || /^\d{4}$/.test(tok.t);
    if (ofThing && /^\d{3,}$/.test(tok.t) && !perUnit && !isYear(tok) && thingsName && !(after in UNIT_WORDS) && !plural(after) && !COUNT_MODIFIERS.has(after) && !FUNCTION_WORDS.has(named.t) && !VERB_PARTICLES.has(named.t)) return null;
    // "from Postgres 13 to 16": the end of a range of versions is a version too.
    if (before.t === 'to' && tokens[i - 2]?.kind === 'num' && isWord(tokens[i - 3]) && tokens[i - 3]!.cap && tokens[i - 3]!.t !== 'from' && tok.suffix === '') return null;
    // "Staff the helpline 9 to 5": opening hours, not an amount.
    if (hoursRange(tokens, i)) return null;
    // "carers turning 18", "dropping out at 16", "still running it at 80": an age, not an amount.
    if (ageAt(tokens, i, before)) return null;
    // "firms with 10 or more vans", "patients on 10 or more medicines": who, by a threshold.
    if (SCOPE_BEFORE.has(before.t) && isWord(next) && next.t === 'or' && THRESHOLD_AFTER.has(tokens[i + 2]?.t ?? '')) return null;
    // "farms within 30 miles": how far, which says which farms; a distance is no amount to reach.
    if (before.t === 'within' && DISTANCE_UNITS.has(after) && isWord(tokens[i - 2]) && plural(tokens[i - 2]!.t)) return null;
    const horizonWord = HORIZON_BEFORE.has(before.t) || (before.t === 'the' && HORIZON_BEFORE.has(tokens[i - 2]?.t ?? ''));
    // "within two days", "within 24h": when, not how much. "every 30 days": how often.
    if ((horizonWord || before.t === 'every') && (TIME_UNITS.has(after) || TIME_SUFFIX.has(tok.suffix))) return null;
    // ("every 30 mins", "every 4 hrs": how often, in the units' short forms.)
    if (before.t === 'every' && SHORT_UNITS.has(after)) return null;
    if (pointOrGap(tokens, i, before, TIME_SUFFIX.has(tok.suffix))) return null;
    if (ageBand(tokens, i, before)) return null;
    // "Leak test every system over 5 tonnes": which ones, by a threshold they pass.
    if (THRESHOLD_WORDS.has(before.t) && [2, 3].some((d) => tokens[i - d]?.t === 'every' || tokens[i - d]?.t === 'each' || tokens[i - d]?.t === 'any')) return null;
    // "IATF 16949", "EN 1090": a standard's number after its capitalised acronym.
    if (isAcronym(before) && !METRIC_ACRONYMS.has(before.t) && tok.suffix === '' && /^\d{3,}$/.test(tok.t)) return null;
    if (isVersion(tz, i, before)) return null;
    // "the 12 and 40 routes": a number joined to one that names something names something too.
    const joinedTo = tokens[i - 2];
    if ((before.t === 'and' || before.t === 'or') && joinedTo?.kind === 'num' && joinedTo.suffix === '' && tok.suffix === '') {
      const first = wordBefore(tokens, i - 2);
      if (first && (first.t === 'the' || POSSESSIVES.has(first.t) || IDENTIFIER_BEFORE.has(first.t))) return null;
    }
    // "on met mast 2", "at turbine 14": a bare number closing the title after a singular noun is
    // that thing's number, not an amount of it.
    const closes = next === undefined || (next.kind === 'sym' && next.t !== '%') || (isWord(next) && AFTER_NAME.has(next.t));
    if (closes && !perUnit && tok.suffix === '' && Number.isInteger(tok.value) && tok.value < 100 && !before.t.endsWith('s') && before.t.length > 2) {
      const det = tokens[i - 2];
      const measure = LEVEL_BEFORE.has(before.t) || METRIC_HEADS.has(before.t) || METRIC_ACRONYMS.has(before.t) || CONTAINER_NOUNS.has(before.t);
      if (!FUNCTION_WORDS.has(before.t) && !measure && !lemmas(before.t).some((l) => VERBS.has(l)) && det?.kind === 'word') return null;
    }
  }
  const level = !!before && (LEVEL_BEFORE.has(before.t) || METRIC_HEADS.has(before.t) || METRIC_ACRONYMS.has(before.t));
  const scale = magnitude ? (next!.t === 'billion' ? 1e9 : next!.t === 'thousand' ? 1e3 : 1e6) : 1;
  return { index: i, kind: 'amount', value: tok.value * scale, unit: '', level };
}

/** A distance in kilometres named by "K", after "a" or "the" a few words back, closing its phrase. */
function raceDistance(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i]!;
  if (tok.suffix !== 'k' || !/^\d{1,3}k$/.test(tok.t)) return false;
  const next = tokens[i + 1];
  if (next && !(next.kind === 'sym' || (isWord(next) && FUNCTION_WORDS.has(next.t)))) return false;
  // (Four words back, a hyphen's halves counting as one.)
  for (let d = 1; d <= 6; d++) {
    const t = tokens[i - d];
    if (!t || !(isWord(t) || isSym(t, '-'))) return false;
    if (isWord(t) && (t.t === 'a' || t.t === 'an' || t.t === 'the')) return true;
    // (Stopped at a function word, "…to 10K", though "women-only" is one word, hyphened.)
    if (isWord(t) && FUNCTION_WORDS.has(t.t) && !(t.glued && tokens[i - d - 1]?.t === '-')) return false;
  }
  return false;
}
const LEAVING = new Set(['falls', 'fall', 'drops', 'drop', 'leaves', 'leave', 'ages', 'age', 'moves', 'move']);
const PLACE_PREPOSITIONS = new Set(['to', 'from', 'at', 'on', 'into', 'onto', 'near', 'past']);
const CLAUSE_AFTER_NAME = new Set(['so', 'and', 'where', 'for', 'with', 'before', 'after', 'when']);
const OPENING = new Set(['opens', 'open', 'closes', 'close', 'shuts', 'starts', 'finishes', 'ready']);
const NUMBERED_FIRST = new Set(['troop', 'squadron', 'platoon', 'section', 'company', 'battalion', 'regiment', 'brigade', 'watch', 'squad', 'team', 'crew', 'line', 'ward']);
const THRESHOLD_WORDS = new Set(['under', 'over', 'below', 'above']);
const HIRING = new Set(['hire', 'recruit', 'appoint', 'find', 'bring']);
const WHO = new Set(['who', "who's", 'who\u2019s', 'whose', 'who\'ve']);
/** A number in the clause that describes the person a title hires ("…who's run kitchens for 500") or the thing it makes. */
function describedInClause(tz: Tokenized, i: number): boolean {
  const first = tz.tokens[tz.words[0] ?? -1];
  if (!first || !HIRING.has(first.t)) {
    // ("Build up touring-grade furniture that survives eight shows a week": what the thing made
    // must bear, said of it in a clause of its own.)
    if (!first || !BUILDING.has(first.t)) return false;
    for (let k = i - 1; k > (tz.words[0] ?? 0) + 1; k--) if (tz.tokens[k]!.t === 'that' || tz.tokens[k]!.t === 'which') return true;
    return false;
  }
  for (let k = i - 1; k > (tz.words[0] ?? 0); k--) if (WHO.has(tz.tokens[k]!.t)) return true;
  return false;
}
const BUILDING = new Set(['build', 'make', 'design', 'buy', 'fit', 'install', 'develop']);

/** Multipliers as the result reported ("Waiting times halved"). */
const MULTIPLIED = new Set(['halved', 'doubled', 'tripled', 'trebled', 'quadrupled']);

function classifyWord(tz: Tokenized, i: number): Quantity | null {
  const { tokens } = tz;
  const tok = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (MULTIPLIER_VERBS.has(tok.t)) {
    if (isWord(next) && next.t === 'down') return null; // "double down" is an idiom
    if (isSym(next, '-') && next!.glued) return null; // "double-check", "double-digit": a compound
    // A multiplier is the verb ("Double the pipeline") or follows "by"/"to"; mid-sentence before
    // another word it is an adjective ("double diverse candidates", "a double shift").
    const lead = tz.words.find((w) => !LEAD_FILLER.has(tokens[w]!.t)) === i;
    if (!lead && !(isWord(prev) && (prev.t === 'by' || prev.t === 'to'))) return null;
    return { index: i, kind: 'multiplier', value: NaN, unit: 'x', level: false };
  }
  // "Amputations among our diabetic patients halved", "Repeat visits doubled by 2028": the result
  // stated after what it counts.
  if (MULTIPLIED.has(tok.t) && isWord(prev) && (plural(prev.t) || METRIC_HEADS.has(prev.t)) && (!next || isSym(next, ':') || (isWord(next) && (next.t === 'by' || next.t === 'in' || next.t === 'from' || next.t === 'within')))) {
    return { index: i, kind: 'multiplier', value: NaN, unit: 'x', level: false };
  }
  // "Cut injuries in half" halves them; "Cut returns by a third" takes a share off.
  if (tok.t === 'half' && isWord(prev) && prev.t === 'in' && !(isSym(next, '-') && next!.glued)) return { index: i, kind: 'multiplier', value: NaN, unit: 'x', level: false };
  // "by half" is "in half".
  if (tok.t === 'half' && isWord(prev) && prev.t === 'by' && !isWord(next)) return { index: i, kind: 'multiplier', value: NaN, unit: 'x', level: false };
  // ("Custody numbers down a third on last year": what it is measured against may follow.)
  if (FRACTIONS.has(tok.t) && isWord(prev) && (prev.t === 'a' || prev.t === 'an' || prev.t === 'one') && (tokens[i - 2]?.t === 'by' || tokens[i - 2]?.t === 'up' || tokens[i - 2]?.t === 'down') && (!isWord(next) || BASELINE_AFTER.has(next.t))) {
    return { index: i, kind: 'multiplier', value: NaN, unit: 'x', level: false };
  }
  const n = NUMBER_WORDS[tok.t];
  if (n === undefined) return null;
  // ("…on Channel Six's multi-CDN rota": a number word with a capital, mid-sentence, names something.)
  if (tok.cap && i > (tz.words[0] ?? 0) && !tz.titleCase) return null;
  // "zero trust", "zero waste": a concept; a count of zero is of something plural ("zero defects").
  if (n === 0 && isWord(next) && !next.t.endsWith('s') && ![2, 3, 4].some((d) => isWord(tokens[i + d]) && plural(tokens[i + d]!.t))) return null;
  if (prev?.kind === 'num') return null; // "5 million": the number carries it
  // A hyphen makes it a modifier ("zero-downtime", "two-factor"); a determiner makes it a reference
  // to things that exist ("the two teams").
  if ((isSym(next, '-') && next!.glued) || (tok.glued && isSym(prev, '-'))) return null;
  const before = wordBefore(tokens, i);
  if (before && (DEFINITE_BEFORE.has(before.t) || RANK_BEFORE.has(before.t))) return null;
  // "the big four firms": a name for them, no count.
  if (before?.t === 'big' && tokens[i - 2]?.t === 'the') return null;
  // "girls over ten", "children under five": an age band, written in words.
  if (before && ageBand(tokens, i, before)) return null;
  // "their first five lessons", "the last two weeks": which ones, not how many to reach.
  // ("…for the next three sites": which ones, those coming up.)
  if (before && (before.t === 'first' || before.t === 'last' || before.t === 'all' || (before.t === 'next' && tokens[i - 2]?.t === 'the' && !TIME_UNITS.has(next?.t ?? '')))) return null;
  // A count is followed by what is counted ("ten new customers"); "net zero by 2030" counts nothing.
  if (!isWord(next) || FUNCTION_WORDS.has(next.t)) return null;
  if (TIME_UNITS.has(next.t) && before && (HORIZON_BEFORE.has(before.t) || before.t === 'every')) return null;
  if (pointOrGap(tokens, i, before, false)) return null;
  return { index: i, kind: 'amount', value: n, unit: '', level: !!before && LEVEL_BEFORE.has(before.t) };
}

/** The target quantities in a title, left to right. */
export function findQuantities(tz: Tokenized): Quantity[] {
  const out: Quantity[] = [];
  for (let w = 0; w < tz.words.length; w++) {
    const i = tz.words[w]!;
    const tok = tz.tokens[i]!;
    const q = tok.kind === 'num' ? classifyNumber(tz, i) : tok.kind === 'word' ? classifyWord(tz, i) : null;
    // (What a hire has done or a thing made must bear is said of it, no target: see describedInClause.)
    if (q && !negated(tz, w) && !conditional(tz, w) && !scheduled(tz.tokens, i) && !beat(tz.tokens, i) && !yearsOn(tz.tokens, i) && !(tok.kind === 'word' && describedInClause(tz, i))) out.push(q);
  }
  return out;
}

/** "…that still look good five years on": how long after, a horizon, no amount. */
function yearsOn(tokens: readonly Token[], i: number): boolean {
  const unit = tokens[i + 1];
  return isWord(unit) && TIME_UNITS.has(unit.t) && isWord(tokens[i + 2]) && (tokens[i + 2]!.t === 'on' || tokens[i + 2]!.t === 'later') && (i + 3 >= tokens.length || tokens[i + 3]!.kind === 'sym');
}

/** "seven days a week", "24 hours a day", "5 nights per week": when the work is on, no amount. */
// ("Cut downtime to 2 hours a week" sets a rate to reach.)
function scheduled(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (isWord(prev) && (TARGET_BEFORE.has(prev.t) || THRESHOLD_WORDS.has(prev.t))) return false;
  const unit = tokens[i + 1];
  const per = tokens[i + 2];
  const period = tokens[i + 3];
  return isWord(unit) && SCHEDULE_UNITS.has(unit.t) && isWord(per) && (per.t === 'a' || per.t === 'per') && isWord(period) && (period.t === 'week' || period.t === 'day');
}
/**
 * "three times a day", "3x daily", "twice weekly": how often the work is done, no amount. The
 * labelling calls leave a bare frequency out of the number rule (round 54); one set as a level
 * ("Cut site visits to three times a year") is still a target.
 */
function beat(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (isWord(prev) && (TARGET_BEFORE.has(prev.t) || THRESHOLD_WORDS.has(prev.t))) return false;
  const tok = tokens[i]!;
  const times = tok.suffix === 'x' ? i : isWord(tokens[i + 1]) && tokens[i + 1]!.t === 'times' ? i + 1 : -1;
  if (times < 0) return false;
  const per = tokens[times + 1];
  const period = tokens[times + 2];
  if (isWord(per) && CADENCES.has(per.t)) return true;
  return isWord(per) && (per.t === 'a' || per.t === 'per' || per.t === 'each') && isWord(period) && (TIME_UNITS.has(period.t) || BEAT_PERIODS.has(period.t));
}
const CADENCES = new Set(['daily', 'weekly', 'fortnightly', 'monthly', 'yearly', 'annually', 'nightly', 'hourly']);
const BEAT_PERIODS = new Set(['season', 'term', 'shift', 'sprint', 'semester', 'visit']);
const TARGET_BEFORE = new Set(['to', 'than', 'by', 'at', 'from', 'least', 'most', 'max', 'maximum', 'minimum']);
const SCHEDULE_UNITS = new Set(['days', 'hours', 'nights', 'evenings', 'mornings', 'shifts']);

/**
 * "…so we don't run out when the Met Office says 30°C": a number in a "when" clause late in the
 * title is the condition the work answers, not its target.
 */
// ("…reach their target instead of stalling at 30%", "…rather than the 60% we see now": what is
// avoided, today's state, no target.)
function conditional(tz: Tokenized, w: number): boolean {
  for (let k = Math.max(1, w - 6); k < w; k++) {
    const t = tz.tokens[tz.words[k]!]!.t;
    if ((t === 'when' || t === 'whenever') && k >= 3) return true;
    const next = tz.tokens[tz.words[k + 1] ?? -1]?.t;
    if (k >= 3 && ((t === 'instead' && next === 'of') || (t === 'rather' && next === 'than'))) return true;
  }
  return false;
}

/** Words that deny what follows: "patients aren't driven 40 miles", "without making them dig out three years". */
const LIMITS = new Set(['more', 'less', 'fewer', 'above', 'below', 'over', 'under', 'exceed', 'exceeding', 'beyond', 'longer', 'lower', 'higher']);
const NEGATORS = new Set(['stop', 'stops', 'not', "n't", "aren't", "isn't", "won't", "don't", "doesn't", "can't", 'cannot', 'never', 'without', "wouldn't", "shouldn't"]);
/**
 * A number a few words after a negation describes today's problem, not the target: "so patients
 * aren't driven 40 miles for a troponin", "people who won't spend 40 minutes cooking". ("No more
 * than 3 complaints" sets one, so "no" is not among them.)
 */
function negated(tz: Tokenized, w: number): boolean {
  for (let k = Math.max(0, w - 5); k < w; k++) {
    const tok = tz.tokens[tz.words[k]!]!;
    const t = tok.t;
    // ("Did-not-attend rate below 15%": a "not" inside a hyphened name denies nothing.)
    if (!NEGATORS.has(t) || (tok.glued && tz.tokens[tz.words[k]! - 1]?.t === '-')) continue;
    // "so restorations stop waiting 12 weeks": a problem ended; "Stop 500 leaks" sets a number.
    // ("stop families driving 60 miles": the people, then what they are stopped doing.)
    const stopped = [1, 2].some((d) => (tz.tokens[tz.words[k + d]!]?.t ?? '').endsWith('ing'));
    if ((t === 'stop' || t === 'stops') && !stopped) continue;
    // "never more than 2", "not above 5%", "without exceeding £40k": a limit is a target.
    const next = tz.tokens[tz.words[k + 1]!]?.t ?? '';
    if (!LIMITS.has(next)) return true;
  }
  return false;
}

/**
 * "# MQLs", "Number of signed contracts", "% of tickets closed", "Churn %": a count or a share with
 * the number left out is still a KPI used as a title.
 */
export function startsAsCount(tz: Tokenized): boolean {
  const [a, b] = tz.tokens;
  if (!a) return false;
  if (isSym(a, '#%') && b && !(b.glued && b.kind === 'num')) return true;
  // "Non-revenue water %", "Occupancy (%)": a share with its value left out, the sign at the end.
  let end = tz.tokens.length - 1;
  if (isSym(tz.tokens[end], ')')) end--;
  if (end > 0 && isSym(tz.tokens[end], '%') && tz.tokens[end - 1]!.kind !== 'num') return true;
  const w = tz.words.slice(0, 2).map((i) => tz.tokens[i]!.t);
  return w[1] === 'of' && ['number', 'percentage', 'proportion', 'share', 'count', 'amount', 'no'].includes(w[0] ?? '');
}
