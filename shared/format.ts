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
  /(?<![\p{L}\p{N}.\-/])([$€£¥]?)(\d[\d,]*(?:\.\d+)?|\.\d+)(?:\s?(k|m|bn|b|thousand|million|billion)\b)?(\s?%|\s+percent\b)?/giu;
const SCALE_WORDS: Record<string, string> = { thousand: 'k', million: 'm', billion: 'b', bn: 'b' };
const THRESHOLD_ABOVE = /\b(?:above|over|at least|more than|no less than|minimum of)\s*$|[≥>]=?\s*$/i;
const THRESHOLD_BELOW = /\b(?:below|under|at most|less than|no more than|maximum of)\s*$|[≤<]=?\s*$/i;
/** Words after a number that are not its unit. */
const NOT_UNITS = new Set(['of', 'the', 'to', 'in', 'by', 'per', 'and', 'or', 'for', 'from', 'with', 'on', 'at', 'a', 'an', 'new', 'more', 'than', 'our', 'each', 'across', 'within', 'before', 'after']);

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
    const [all, currency, digits, scale = '', percent] = m;
    const suffix = SCALE_WORDS[scale.toLowerCase()] ?? scale;
    const value = parseValue(`${digits}${suffix}`);
    if (value === null) continue;
    const bare = !currency && !percent && !suffix;
    if (bare && /^\d{4}$/.test(digits!) && value >= 1900 && value <= 2100) continue;
    let unit = currency || (percent ? '%' : '');
    const end = m.index + all.length;
    if (!unit) {
      const word = /^\s+([\p{L}][\p{L}-]*)/u.exec(sentence.slice(end))?.[1];
      if (word && !NOT_UNITS.has(word.toLowerCase())) unit = word.toLowerCase();
    }
    found.push({ value, unit, index: m.index, end });
  }
  if (found.length === 0) return null;
  const before = (f: Found) => sentence.slice(0, f.index);
  // "from 31 to 45": the two numbers joined by "to" are start and target.
  for (let i = 0; i + 1 < found.length; i++) {
    const a = found[i]!;
    const b = found[i + 1]!;
    if (/\bfrom\s*$/i.test(before(a)) && /^\s*(?:to|→|->|-|–)\s*$/i.test(sentence.slice(a.end, b.index).replace(/^\s*[\p{L}%]+(?=\s)/u, ''))) {
      return { start: a.value, target: b.value, unit: b.unit || a.unit, kind: b.value < a.value ? 'decrease' : 'increase' };
    }
  }
  const to = found.find((f) => /\bto\s*$/i.test(before(f)));
  const measured = found.find((f) => f.unit === '%' || /^[$€£¥]$/.test(f.unit));
  const pick = to ?? measured ?? found[0]!;
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
