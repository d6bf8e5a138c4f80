/**
 * Numbers as people type and read them, by locale: the one parser and the one formatter of the app.
 * The locale's own separators and short scale words ("Mio.", "L", "万") are learned from
 * Intl.NumberFormat, so nothing here lists a country's habits by hand. '' is the runtime's own
 * locale (in the renderer, the user's); files pass a fixed one so they read the same everywhere.
 */

export type ParsedNumber = { ok: true; value: number; unit?: string } | Refusal;

/** Why a text was not read as a number: `reason` is one clause (no full stop) a user can act on. */
export interface Refusal {
  ok: false;
  reason: string;
  /** Advice for text that is not a number at all ("Type a number such as 85000, 85k or 12.5."). */
  hint?: string;
}

interface Locale {
  group: string;
  decimal: string;
  /** Lower-case short scale words, without a final full stop, and the power of ten each stands for. */
  scales: Map<string, number>;
  compact: Intl.NumberFormat;
  plain: Intl.NumberFormat;
}

// Scale words typed whatever the locale ("85k", "$1.2M", "3bn"); a locale's own words win over them
// (in Spanish "B" is a billón, 10^12).
const ANY_LOCALE_SCALES: [string, number][] = [['k', 3], ['m', 6], ['b', 9], ['bn', 9]];

const locales = new Map<string, Locale>();

/** What a locale writes, learned once from Intl. Throws a RangeError for a malformed locale tag. */
function localeOf(tag: string): Locale {
  let l = locales.get(tag);
  if (l) return l;
  const id = tag || undefined;
  const compact = new Intl.NumberFormat(id, { notation: 'compact', maximumFractionDigits: 1 });
  const parts = new Intl.NumberFormat(id).formatToParts(1234567.5);
  const scales = new Map<string, number>();
  for (let e = 3; e <= 12; e++) {
    const p = compact.formatToParts(10 ** e);
    const word = p.find((x) => x.type === 'compact')?.value.toLowerCase().replace(/\.$/, '');
    const digits = p.filter((x) => x.type === 'integer').map((x) => x.value).join('');
    // "10K" is ten thousands: the word's power is e less the zeros shown before it.
    if (word && !scales.has(word)) scales.set(word, e - digits.length + 1);
  }
  for (const [word, power] of ANY_LOCALE_SCALES) if (!scales.has(word)) scales.set(word, power);
  l = {
    group: parts.find((x) => x.type === 'group')?.value ?? ',',
    decimal: parts.find((x) => x.type === 'decimal')?.value ?? '.',
    scales,
    compact,
    plain: new Intl.NumberFormat(id, { maximumFractionDigits: 2 }),
  };
  locales.set(tag, l);
  return l;
}

/** At most this many characters are read: no number anyone types is longer, and junk is refused at once. */
const MAX_LENGTH = 64;

// A currency sign, with the letters some carry before it: "$", "₹", "R$", "CA$" (any Unicode
// currency symbol, so ₹, ₩, ₦ or ₺ work like $). A three-letter ISO code ("EUR") is a unit too.
const SIGN = String.raw`[A-Z]{0,3}\p{Sc}`;
const PREFIX_UNIT = new RegExp(String.raw`^(${SIGN}|[A-Z]{3}(?=[\s\d]))\s*`, 'u');
const SUFFIX_UNIT = new RegExp(String.raw`\s*(%|${SIGN}|[A-Z]{3})$`, 'u');
const SCALE_WORD = /\s*(\p{L}+)\.?$/u;
const EXPONENT = /[eE]([+\-−]?\d{1,4})$/;

let isoCodes: Set<string> | undefined;
/** Whether Intl knows a three-letter currency code ("INR" yes, "ABC" no). */
function isCurrencyCode(code: string): boolean {
  isoCodes ??= new Set(Intl.supportedValuesOf('currency'));
  return isoCodes.has(code);
}

/** Whether a unit is a currency sign written before the number ("$85k", "₹5,000"), not a word after it. */
export const isCurrencySign = (unit: string): boolean => /^[A-Z]{0,3}\p{Sc}$/u.test(unit);

/** A unit as its sign: "INR" and "₹" are one unit, so are "USD" and "$". */
function signOf(unit: string): string {
  if (!/^[A-Z]{3}$/.test(unit) || !isCurrencyCode(unit)) return unit;
  const f = new Intl.NumberFormat('en', { style: 'currency', currency: unit, currencyDisplay: 'narrowSymbol' });
  return f.formatToParts(0).find((p) => p.type === 'currency')?.value ?? unit;
}

const quoted = (text: string) => `“${text.length > 24 ? `${text.slice(0, 24)}…` : text}”`;

/** Digits grouped the way some locale groups them: 1,234,567 or (Indian) 12,34,567. */
function wellGrouped(groups: string[]): boolean {
  const [first = '', ...rest] = groups;
  if (!/^[1-9]\d{0,2}$/.test(first) || rest.length === 0 || rest.some((g) => !/^\d+$/.test(g))) return false;
  if (rest.every((g) => g.length === 3)) return true;
  return first.length <= 2 && rest.at(-1)!.length === 3 && rest.slice(0, -1).every((g) => g.length === 2);
}

/**
 * Reads a number as a person types it in `locale`: "85000", "85,000", "85 000", "85k", "$1.2M",
 * "88%", "₹5,000", "-3", "1.5e3", "−3" (unicode minus); in German "1.500" and "1,5". The unit typed
 * (% or a currency) comes back with the value. Text that is not plainly one number is refused with
 * the reason in words; so is a separator that could go either way ("1,5" where the comma groups
 * thousands): guessing would write a number ten or a thousand times off.
 */
export function parseNumber(text: string, locale = ''): ParsedNumber {
  const t = text.trim();
  const L = localeOf(locale);
  const notANumber = (): Refusal => ({ ok: false, reason: `${quoted(t)} is not a number`, hint: `Type a number such as 85000, 85k or 12${L.decimal}5.` });
  if (t === '') return { ok: false, reason: 'no number was typed', hint: `Type a number such as 85000, 85k or 12${L.decimal}5.` };
  if (t.length > MAX_LENGTH) return { ok: false, reason: `${quoted(t)} is too long to be a number` };

  let rest = t;
  let negative = false;
  let signs = 0;
  const takeSign = () => {
    const m = /^[+\-−]\s*/.exec(rest);
    if (!m) return;
    negative = m[0][0] !== '+';
    signs++;
    rest = rest.slice(m[0].length);
  };
  takeSign();
  let unit: string | undefined;
  const prefix = PREFIX_UNIT.exec(rest);
  if (prefix && (prefix[1]!.length !== 3 || /\p{Sc}/u.test(prefix[1]!) || isCurrencyCode(prefix[1]!))) {
    unit = prefix[1]!;
    rest = rest.slice(prefix[0].length);
    takeSign(); // "$-5" as well as "-$5"
  }
  const suffix = SUFFIX_UNIT.exec(rest);
  if (suffix && (suffix[1]!.length !== 3 || /\p{Sc}/u.test(suffix[1]!) || isCurrencyCode(suffix[1]!))) {
    if (unit !== undefined) return notANumber();
    unit = suffix[1]!;
    rest = rest.slice(0, suffix.index);
  }
  if (signs > 1) return notANumber();

  let power = 0;
  const scale = SCALE_WORD.exec(rest);
  if (scale) {
    const p = L.scales.get(scale[1]!.toLowerCase());
    if (p === undefined) return notANumber();
    power = p;
    rest = rest.slice(0, scale.index);
  } else {
    const exp = EXPONENT.exec(rest);
    if (exp) {
      power = Number(exp[1]!.replace('−', '-'));
      rest = rest.slice(0, exp.index);
    }
  }

  const read = digitsOf(rest, L, t);
  if (typeof read !== 'string') return read ?? notANumber();
  // Scales are powers of ten, so "1.15k" is read as the decimal 1.15e3, exactly 1150 (not 1149.999…).
  const value = Number(`${negative ? '-' : ''}${read}e${power}`);
  if (!Number.isFinite(value)) return { ok: false, reason: `${quoted(t)} is too large` };
  return { ok: true, value: value === 0 ? 0 : value, ...(unit === undefined ? {} : { unit }) };
}

/**
 * The digits of a number written with the locale's separators, as "1234.5"; a Refusal for a
 * separator that could go either way; null for anything else.
 */
function digitsOf(text: string, L: Locale, typed: string): string | Refusal | null {
  // Besides the locale's own group sign: spaces of any width, "_", and whichever of "." and ","
  // is not the decimal sign; an apostrophe where the locale groups with one (Swiss 1’000).
  const other = L.decimal === ',' ? '.' : L.decimal === '.' ? ',' : '';
  const isGroup = (c: string) => c === L.group || c === other || c === '_' || /\s/.test(c) || (/['’]/.test(L.group) && /['’]/.test(c));
  for (const c of text) if (!/\d/.test(c) && c !== L.decimal && !isGroup(c)) return null;
  const [whole = '', fraction, ...more] = text.split(L.decimal);
  if (more.length || (fraction !== undefined && !/^\d*$/.test(fraction)) || (whole + (fraction ?? '')).length === 0) return null;
  if (/^\d*$/.test(whole)) return `${whole || '0'}.${fraction || '0'}`;
  const seps = new Set(whole.match(/\D/g)!.map((c) => (/\s/.test(c) ? ' ' : c)));
  const groups = whole.split(/\D/);
  if (seps.size === 1 && wellGrouped(groups)) return `${groups.join('')}.${fraction || '0'}`;
  // One "." or "," that does not group in threes: "1,5" in English, "1.5" in German.
  const sep = [...seps][0]!;
  if (seps.size === 1 && groups.length === 2 && fraction === undefined && (sep === '.' || sep === ',')) {
    const [a, b] = groups as [string, string];
    if (a === '' || b === '') return null;
    const decimal = `${a}${L.decimal}${b}`;
    if (/^0/.test(a)) return { ok: false, reason: `here “${sep}” separates thousands: write ${decimal}` };
    return { ok: false, reason: `${quoted(typed)} is ambiguous here: write ${decimal} or ${a}${b}` };
  }
  return null;
}

/**
 * Reads a value for a field measured in `unit`: as parseNumber, and a unit typed must be that unit.
 * `unit` null is a plain number (a weight, a year), where no unit may be typed.
 *
 * A key result without a unit refuses "115%" rather than taking 115: keeping the number would lose
 * what was meant (the defect this replaces), and quietly setting the KR's unit from a value box
 * would change how every one of its values reads. The refusal says both ways forward.
 */
export function parseNumberFor(text: string, unit: string | null, locale = ''): ParsedNumber {
  const r = parseNumber(text, locale);
  if (!r.ok || r.unit === undefined) return r;
  if (unit !== null && signOf(r.unit) === signOf(unit)) return { ok: true, value: r.value, unit };
  const plain = numberForEditing(r.value, locale);
  if (unit === null) return { ok: false, reason: `${quoted(text.trim())} carries a unit (${r.unit}): type a plain number here, such as ${plain}` };
  if (unit === '') return { ok: false, reason: `this key result has no unit: type ${plain}, or first set its unit to ${r.unit} in the inspector` };
  return { ok: false, reason: `this key result is measured in ${unit}, not ${r.unit}` };
}

/** A refusal as one or two sentences for the screen. */
export const refusalText = (r: Refusal): string => {
  const sentence = r.reason.charAt(0).toUpperCase() + r.reason.slice(1);
  return `${sentence}.${r.hint ? ` ${r.hint}` : ''}`;
};

/**
 * A number as an edit box starts with it: every digit kept, no grouping, the locale's decimal
 * sign ("1,5" in German), so committing it unchanged reads back the same value.
 */
export const numberForEditing = (value: number, locale = ''): string => String(value).replace('.', localeOf(locale).decimal);

/**
 * A number with its unit, short enough for a card: "$85k", "88%", "₹5,000", "5 accounts".
 * From 10,000 on it is compact ("$200k", "1.2m") unless `compact` is false; otherwise at most two
 * decimals. The screen uses the user's locale; files (SVG, PDF) pass a fixed one so they come out
 * the same everywhere.
 */
export function formatNumber(value: number, unit: string, locale = '', { compact = true } = {}): string {
  const L = localeOf(locale);
  // Lower-case suffixes read like the way plans are written: $200k, 1.2m.
  const n = compact && Math.abs(value) >= 10_000 ? L.compact.format(value).toLowerCase() : L.plain.format(value);
  if (isCurrencySign(unit)) return value < 0 ? `-${unit}${n.slice(1)}` : `${unit}${n}`;
  if (unit === '%') return `${n}%`;
  return unit ? `${n} ${unit}` : n;
}
