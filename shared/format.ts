const formatters = new Map<string, { compact: Intl.NumberFormat; plain: Intl.NumberFormat }>();

/** The number formats of a locale ('' for the user's own), made once each. */
function formatsOf(locale: string) {
  let f = formatters.get(locale);
  if (!f) {
    const l = locale || undefined;
    f = {
      compact: new Intl.NumberFormat(l, { notation: 'compact', maximumFractionDigits: 1 }),
      plain: new Intl.NumberFormat(l, { maximumFractionDigits: 2 }),
    };
    formatters.set(locale, f);
  }
  return f;
}

const CURRENCIES = new Set(['$', '€', '£', '¥']);

/**
 * A KR number with its unit, short enough for a card: "$85k", "88%", "5 accounts". The screen uses
 * the user's locale; files (SVG) pass a fixed one so they come out the same everywhere.
 */
export function formatValue(value: number, unit: string, locale = ''): string {
  const { compact, plain } = formatsOf(locale);
  // Lower-case suffixes read like the way plans are written: $200k, 1.2m.
  const n = Math.abs(value) >= 10_000 ? compact.format(value).toLowerCase() : plain.format(value);
  if (CURRENCIES.has(unit)) return value < 0 ? `-${unit}${n.slice(1)}` : `${unit}${n}`;
  if (unit === '%') return `${n}%`;
  return unit ? `${n} ${unit}` : n;
}

/**
 * Reads what a person types as a KR value: "85000", "85,000", "85k", "$1.2M", "88%". Returns null
 * for anything that is not a number, so nothing half-parsed is ever written.
 */
export function parseValue(text: string): number | null {
  const t = text.trim().replace(/[\s,_]/g, '').replace(/^[$€£¥]/, '').replace(/%$/, '');
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)([kKmMbB]?)$/.exec(t);
  if (!m) return null;
  const scale = { '': 1, k: 1e3, m: 1e6, b: 1e9 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'b'];
  const v = Number(m[1]) * scale;
  return Number.isFinite(v) ? v : null;
}

/** What a key-result sentence says about its numbers ("from 31 to 45", "110%", "above 40"). */
export interface WrittenNumbers {
  start: number;
  target: number;
  unit: string;
  kind: 'increase' | 'decrease' | 'stay_above' | 'stay_below';
}

// A quantity as people write it in a sentence: "$1.5M", "110%", "3,200", "45 percent", "2 million".
// The lookbehind keeps version numbers ("v2.0"), quarters ("Q3") and codes ("FY27") out.
const QUANTITY =
  /(?<![\p{L}\p{N}.\-−/])([-−]?)([$€£¥]?)(\d[\d,]*(?:\.\d+)?|\.\d+)(?:\s?(k|m|bn|b|thousand|million|billion)\b)?(\s?%|\s+percent\b)?(?![\p{L}\p{N}])/giu;
const SCALE_WORDS: Record<string, string> = { thousand: 'k', million: 'm', billion: 'b', bn: 'b' };
const THRESHOLD_ABOVE = /\b(?:above|over|at least|more than|no less than|minimum of)\s*$|[≥>]=?\s*$/i;
const THRESHOLD_BELOW = /\b(?:below|under|within|at most|less than|no more than|maximum of)\s*$|[≤<]=?\s*$/i;
/** Words that end the noun after a number: its unit is the last word before one of them. */
const PHRASE_END = new Set(
  ('of the to in by per and or for from with on at a an than our each across within before after over under above below ' +
    'into through every this that these those about as via using while when during including like such').split(' '),
);
const MONTHS = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*$/i;

/** The unit a count is in: the noun it qualifies, "12 new logos in…" → "logos" (up to three words on). */
function nounAfter(rest: string): string {
  const words = /^\s+((?:[\p{L}][\p{L}-]*\s*){1,4})/u.exec(rest)?.[1]?.trim().split(/\s+/) ?? [];
  let unit = '';
  for (const w of words) {
    if (PHRASE_END.has(w.toLowerCase())) break;
    unit = w;
  }
  return unit;
}

interface Found {
  value: number;
  unit: string;
  index: number;
  end: number;
}

/**
 * Reads the numbers a key-result sentence gives, with `parseValue` reading each quantity. Years
 * (1900–2100 with no unit) say when, not how much, and are skipped. Returns null when the sentence
 * has no number to measure.
 */
export function readWrittenNumbers(sentence: string): WrittenNumbers | null {
  const found: Found[] = [];
  for (const m of sentence.matchAll(QUANTITY)) {
    const [all, sign, currency, digits, scale = '', percent] = m;
    const suffix = SCALE_WORDS[scale.toLowerCase()] ?? scale;
    const read = parseValue(`${digits}${suffix}`);
    if (read === null) continue;
    const value = sign ? -read : read;
    const bare = !currency && !percent && !suffix;
    // Dates say when, not how much: years, and days of a month ("by March 31").
    if (bare && /^\d{4}$/.test(digits!) && value >= 1900 && value <= 2100) continue;
    if (bare && MONTHS.test(sentence.slice(0, m.index))) continue;
    // A number right after a name is part of it: "SOC 2", "ISO 27001", "IDE 3.1" (not "Hire 12…").
    const named = /(\S+)\s+$/.exec(sentence.slice(0, m.index));
    if (bare && named && named.index > 0 && /\p{Lu}/u.test(named[1]!)) continue;
    const end = m.index + all.length;
    const unit = currency || (percent ? '%' : nounAfter(sentence.slice(end)));
    found.push({ value, unit, index: m.index, end });
  }
  if (found.length === 0) return null;
  const before = (f: Found) => sentence.slice(0, f.index);
  // "from 31 to 45": the two numbers joined by "to" are start and target.
  for (let i = 0; i + 1 < found.length; i++) {
    const a = found[i]!;
    const b = found[i + 1]!;
    const between = sentence.slice(a.end, b.index).replace(/^\s*(?!to\b)[\p{L}%]+(?=\s)/u, '');
    if (/\bfrom\s*$/i.test(before(a)) && /^\s*(?:to|→|->|-|–)\s*$/i.test(between)) {
      return { start: a.value, target: b.value, unit: b.unit || a.unit, kind: b.value < a.value ? 'decrease' : 'increase' };
    }
  }
  // Otherwise the number after "to", or the first: a later one usually qualifies a noun ("40 deals above $100k").
  const pick = found.find((f) => /\bto\s*$/i.test(before(f))) ?? found[0]!;
  const lead = before(pick);
  if (THRESHOLD_ABOVE.test(lead)) return { start: pick.value, target: pick.value, unit: pick.unit, kind: 'stay_above' };
  if (THRESHOLD_BELOW.test(lead)) return { start: pick.value, target: pick.value, unit: pick.unit, kind: 'stay_below' };
  return { start: 0, target: pick.value, unit: pick.unit, kind: 'increase' };
}

// "=> 80%", "(50% complete)", "— 75% done": how far a key result has come, written after it.
const PROGRESS_NOTE = /\s*(?:=>\s*(\d+(?:\.\d+)?)\s*%[^.]*|[([]\s*(\d+(?:\.\d+)?)\s*%\s*(?:complete|completed|done|achieved)\s*[)\]])[.\s]*$/i;

/** Splits a trailing progress note off a sentence: the text before it and the percentage, or null. */
export function splitProgressNote(sentence: string): { text: string; percent: number } | null {
  const m = PROGRESS_NOTE.exec(sentence);
  if (!m) return null;
  return { text: sentence.slice(0, m.index).trim(), percent: Number(m[1] ?? m[2]) };
}
