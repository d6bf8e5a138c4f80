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
