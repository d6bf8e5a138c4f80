/**
 * Sentence splitting for outline bullets written as prose ("CRO: Grow revenue. Close 40 deals.").
 * A sentence ends at . ! or ? followed by a space and a capital, a digit or a currency sign — so
 * "v2.0", "3.1" and "$1.5M" never end one (no space after the point) — unless the word before the
 * point is a known abbreviation or a single initial ("e.g.", "Inc.", "J. Smith").
 */

const ABBREVIATIONS = new Set(
  ['e.g', 'i.e', 'etc', 'vs', 'inc', 'ltd', 'co', 'corp', 'llc', 'mr', 'mrs', 'dr', 'st', 'jr', 'sr', 'no', 'approx', 'est', 'dept', 'fig', 'cf', 'al', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'a.k.a'].map(
    (a) => a.toLowerCase(),
  ),
);

const END = /[.!?]+["'”’)]*(?=\s+["'“‘(]*[\p{Lu}\p{N}$€£¥])/gu;

export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  let depth = 0;
  let scanned = 0;
  for (const m of text.matchAll(END)) {
    // Inside parentheses a point does not end the sentence ("(e.g. Q3. Then)").
    for (; scanned < m.index; scanned++) {
      const c = text[scanned];
      if (c === '(' || c === '[') depth++;
      else if ((c === ')' || c === ']') && depth > 0) depth--;
    }
    if (depth > 0) continue;
    // The word the point ends: "e.g", "Inc", or an initial ("J") — but not the "M" of "$26M".
    const word = /(?:^|\s)([\p{L}.]+)$/u.exec(text.slice(from, m.index))?.[1] ?? '';
    if (m[0].startsWith('.') && (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word))) continue;
    const end = m.index + m[0].length;
    const s = text.slice(from, end).trim();
    if (s) out.push(s);
    from = end;
  }
  const last = text.slice(from).trim();
  if (last) out.push(last);
  return out;
}

/** A sentence without its closing full stop (titles and key results read better without it). */
export function withoutFullStop(s: string): string {
  const t = s.trim();
  const word = /(?:^|\s)([\p{L}.]+)\.$/u.exec(t)?.[1] ?? '';
  if (!t.endsWith('.') || t.endsWith('..') || ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)) return t;
  return t.slice(0, -1).trimEnd();
}
