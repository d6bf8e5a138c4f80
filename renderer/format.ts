const compact = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });
const plain = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

const CURRENCIES = new Set(['$', '€', '£', '¥']);

/** A KR number with its unit, short enough for a card: "$85k", "88%", "5 accounts". */
export function formatValue(value: number, unit: string): string {
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
