import { parseNumber } from './number';

/**
 * Reading the numbers a key-result sentence writes. Sentences are read the English way ("3,200",
 * "$1.5M"), the way the outline formats write them, whatever the user's locale; each quantity goes
 * through the one number parser, shared/number.ts.
 */

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
  /(?<![\p{L}\p{N}.\-−/])([-−]?)(\p{Sc}?)(\d[\d,]*(?:\.\d+)?|\.\d+)(?:\s?(k|m|bn|b|thousand|million|billion)\b)?(\s?%|\s+percent\b)?(?![\p{L}\p{N}])/giu;
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
 * Reads the numbers a key-result sentence gives, with `parseNumber` reading each quantity. Years
 * (1900–2100 with no unit) say when, not how much, and are skipped. Returns null when the sentence
 * has no number to measure.
 */
export function readWrittenNumbers(sentence: string): WrittenNumbers | null {
  const found: Found[] = [];
  for (const m of sentence.matchAll(QUANTITY)) {
    const [all, sign, currency, digits, scale = '', percent] = m;
    const suffix = SCALE_WORDS[scale.toLowerCase()] ?? scale;
    const read = parseNumber(`${digits}${suffix}`, 'en-US');
    if (!read.ok) continue; // "1,5": a comma that groups no thousands says no number for sure
    const value = sign ? -read.value : read.value;
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
  const read = parseNumber(m[1] ?? m[2]!, 'en-US');
  return read.ok ? { text: sentence.slice(0, m.index).trim(), percent: read.value } : null;
}
