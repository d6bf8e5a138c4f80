import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, numberForEditing, parseNumber, parseNumberFor, refusalText } from '../../shared/number';

// Every expected value below is written by hand; none is computed by the code under test.

type Row = [text: string, value: number, unit?: string];

const READS: Record<string, Row[]> = {
  'en-US': [
    ['85000', 85_000],
    ['85,000', 85_000],
    ['1,500', 1_500],
    [' 85 000 ', 85_000],
    ['85\u00a0000', 85_000],
    ['1,234,567.25', 1_234_567.25],
    ['1.5', 1.5],
    ['1.500', 1.5],
    ['.5', 0.5],
    ['85k', 85_000],
    ['1.15k', 1_150],
    ['$1.2M', 1_200_000, '$'],
    ['€200k', 200_000, '€'],
    ['3bn', 3_000_000_000],
    ['88%', 88, '%'],
    ['115%', 115, '%'],
    ['88 %', 88, '%'],
    ['₹5,000', 5_000, '₹'],
    ['₩12,000', 12_000, '₩'],
    ['R$40', 40, 'R$'],
    ['5 €', 5, '€'],
    ['EUR 1,200', 1_200, 'EUR'],
    ['-3', -3],
    ['−3', -3],
    ['+7', 7],
    ['-$2,500', -2_500, '$'],
    ['$-2,500', -2_500, '$'],
    ['-12.5', -12.5],
    ['1.5e3', 1_500],
    ['1e3', 1_000],
    ['2E-2', 0.02],
    ['0', 0],
    ['-0', 0],
  ],
  'de-DE': [
    ['1,5', 1.5],
    ['1.500', 1_500],
    ['1.500,25', 1_500.25],
    ['85.000', 85_000],
    ['85 000', 85_000],
    ['1,2 Mio.', 1_200_000],
    ['€1,2 Mio', 1_200_000, '€'],
    ['3 Mrd.', 3_000_000_000],
    ['85k', 85_000],
    ['12,5 %', 12.5, '%'],
    ['5.000 €', 5_000, '€'],
    ['-0,5', -0.5],
    [',5', 0.5],
  ],
  'fr-FR': [
    ['1,5', 1.5],
    ['85\u202f000', 85_000],
    ['85 000', 85_000],
    ['85 000,75', 85_000.75],
    ['1.500', 1_500],
    ['200 k', 200_000],
    ['1,2 M', 1_200_000],
    ['88 %', 88, '%'],
    ['5 000 €', 5_000, '€'],
  ],
  'en-IN': [
    ['1,50,000', 150_000],
    ['12,34,567.5', 1_234_567.5],
    ['₹5,000', 5_000, '₹'],
    ['₹1.5L', 150_000, '₹'],
    ['2Cr', 20_000_000],
    ['85,000', 85_000],
    ['1.5', 1.5],
  ],
};

const REFUSALS: Record<string, [text: string, reason: string][]> = {
  'en-US': [
    ['1,5', '“1,5” is ambiguous here: write 1.5 or 15'],
    ['12,34', '“12,34” is ambiguous here: write 12.34 or 1234'],
    ['$1,5', '“$1,5” is ambiguous here: write 1.5 or 15'],
    ['0,5', 'here “,” separates thousands: write 0.5'],
    ['12abc', '“12abc” is not a number'],
    ['1..2', '“1..2” is not a number'],
    ['1.2.3', '“1.2.3” is not a number'],
    [',', '“,” is not a number'],
    ['', 'no number was typed'],
    ['lots', '“lots” is not a number'],
    ['12 apples', '“12 apples” is not a number'],
    ['$', '“$” is not a number'],
    ['k', '“k” is not a number'],
    ['0x10', '“0x10” is not a number'],
    ['--5', '“--5” is not a number'],
    ['$5%', '“$5%” is not a number'],
    ['1 5', '“1 5” is not a number'],
    ['1,23,4', '“1,23,4” is not a number'],
    ['1e999', '“1e999” is too large'],
  ],
  'de-DE': [
    ['1.5', '“1.5” is ambiguous here: write 1,5 or 15'],
    ['1,5,0', '“1,5,0” is not a number'],
    ['1,234.5', '“1,234.5” is not a number'],
  ],
  'fr-FR': [['1.5', '“1.5” is ambiguous here: write 1,5 or 15']],
  'en-IN': [['1,5', '“1,5” is ambiguous here: write 1.5 or 15']],
};

describe('reading a typed number, by locale', () => {
  for (const [locale, rows] of Object.entries(READS)) {
    it.each(rows)(`${locale}: reads “%s” as %d`, (text, value, unit) => {
      expect(parseNumber(text, locale)).toEqual(unit === undefined ? { ok: true, value } : { ok: true, value, unit });
    });
  }

  for (const [locale, rows] of Object.entries(REFUSALS)) {
    it.each(rows)(`${locale}: refuses “%s”, saying why`, (text, reason) => {
      expect(parseNumber(text, locale)).toMatchObject({ ok: false, reason });
    });
  }

  it('refuses a huge string at once, without reading it', () => {
    const huge = '1'.repeat(100_000);
    const junk = '1,'.repeat(50_000);
    const t0 = performance.now();
    expect(parseNumber(huge, 'en-US')).toEqual({ ok: false, reason: '“111111111111111111111111…” is too long to be a number' });
    expect(parseNumber(junk, 'de-DE').ok).toBe(false);
    expect(performance.now() - t0).toBeLessThan(50);
  });

  it('puts the locale’s decimal sign in its advice', () => {
    expect(refusalText(parseNumber('lots', 'en-US') as never)).toBe('“lots” is not a number. Type a number such as 85000, 85k or 12.5.');
    expect(refusalText(parseNumber('viel', 'de-DE') as never)).toBe('“viel” is not a number. Type a number such as 85000, 85k or 12,5.');
  });
});

describe('reading a value for a field with a unit', () => {
  it('takes the field’s own unit, or none', () => {
    expect(parseNumberFor('115%', '%', 'en-US')).toEqual({ ok: true, value: 115, unit: '%' });
    expect(parseNumberFor('115', '%', 'en-US')).toEqual({ ok: true, value: 115 });
    expect(parseNumberFor('₹5,000', '₹', 'en-IN')).toEqual({ ok: true, value: 5_000, unit: '₹' });
    // A sign and its ISO code are one unit.
    expect(parseNumberFor('₹5,000', 'INR', 'en-IN')).toEqual({ ok: true, value: 5_000, unit: 'INR' });
    expect(parseNumberFor('$85k', 'USD', 'en-US')).toEqual({ ok: true, value: 85_000, unit: 'USD' });
  });

  it('refuses another unit, saying what to do', () => {
    expect(parseNumberFor('115%', '', 'en-US')).toEqual({ ok: false, reason: 'this key result has no unit: type 115, or first set its unit to % in the inspector' });
    expect(parseNumberFor('12,5 %', '', 'de-DE')).toEqual({ ok: false, reason: 'this key result has no unit: type 12,5, or first set its unit to % in the inspector' });
    expect(parseNumberFor('€200k', '$', 'en-US')).toEqual({ ok: false, reason: 'this key result is measured in $, not €' });
    expect(parseNumberFor('88%', 'accounts', 'en-US')).toEqual({ ok: false, reason: 'this key result is measured in accounts, not %' });
    expect(parseNumberFor('50%', null, 'en-US')).toEqual({ ok: false, reason: '“50%” carries a unit (%): type a plain number here, such as 50' });
  });
});

describe('writing a number with its unit', () => {
  it('is short on a card, with the unit where people expect it', () => {
    expect(formatNumber(200_000, '$', 'en-US')).toBe('$200k');
    expect(formatNumber(85_000, '$', 'en-US')).toBe('$85k');
    expect(formatNumber(1_200_000, '€', 'en-US')).toBe('€1.2m');
    expect(formatNumber(88, '%', 'en-US')).toBe('88%');
    expect(formatNumber(5, 'accounts', 'en-US')).toBe('5 accounts');
    expect(formatNumber(-2500, '$', 'en-US')).toBe('-$2,500');
    expect(formatNumber(12.345, '', 'en-US')).toBe('12.35');
    expect(formatNumber(9_999, '', 'en-US')).toBe('9,999');
  });

  it('writes ₹ (and any currency sign) before the number, like $', () => {
    expect(formatNumber(5_000, '₹', 'en-US')).toBe('₹5,000');
    expect(formatNumber(5_000, '₹', 'en-IN')).toBe('₹5,000');
    expect(formatNumber(200_000, '₹', 'en-US')).toBe('₹200k');
    expect(formatNumber(-5_000, '₹', 'en-US')).toBe('-₹5,000');
    expect(formatNumber(40, 'R$', 'en-US')).toBe('R$40');
    // An ISO code is a word after the number, as before.
    expect(formatNumber(85_000, 'EUR', 'en-US')).toBe('85k EUR');
  });

  it('follows the locale', () => {
    expect(formatNumber(1_234.5, '', 'de-DE')).toBe('1.234,5');
    expect(formatNumber(12.5, '%', 'de-DE')).toBe('12,5%');
    expect(formatNumber(1_200_000, '€', 'de-DE')).toBe('€1,2\u00a0mio.');
    expect(formatNumber(1_234.5, '', 'fr-FR')).toBe('1\u202f234,5');
    expect(formatNumber(150_000, '', 'en-IN')).toBe('1.5l');
    expect(formatNumber(150_000, '', 'en-IN', { compact: false })).toBe('1,50,000');
  });

  it('starts an edit box with every digit and the locale’s decimal sign', () => {
    expect(numberForEditing(1.5, 'en-US')).toBe('1.5');
    expect(numberForEditing(1.5, 'de-DE')).toBe('1,5');
    expect(numberForEditing(1_234_567.125, 'de-DE')).toBe('1234567,125');
  });
});

describe('what is written reads back', () => {
  const LOCALES = ['en-US', 'de-DE', 'fr-FR', 'en-IN'];
  const UNITS = ['', '%', '$', '€', '£', '¥', '₹'];
  // Values as plans hold them: up to a trillion, at most two decimals (the formatter's rounding).
  const value = fc.integer({ min: -100_000_000_000_000, max: 100_000_000_000_000 }).map((n) => n / 100);
  const arbitrary = fc.tuple(value, fc.constantFrom(...UNITS), fc.constantFrom(...LOCALES));

  it('exactly, from the plain (non-compact) form', () => {
    fc.assert(
      fc.property(arbitrary, ([v, unit, locale]) => {
        const text = formatNumber(v, unit, locale, { compact: false });
        const back = parseNumber(text, locale);
        expect(back, text).toEqual(unit ? { ok: true, value: v, unit } : { ok: true, value: v });
      }),
      { numRuns: 2_000 },
    );
  });

  it('within the card’s rounding, from the compact form', () => {
    // Compact shows one decimal of its scale ("$1.2m"), so it is off by at most half of that step;
    // below 10,000 it is the plain form, rounded to two decimals.
    fc.assert(
      fc.property(arbitrary, ([v, unit, locale]) => {
        const text = formatNumber(v, unit, locale);
        const back = parseNumber(text, locale);
        expect(back.ok, text).toBe(true);
        if (!back.ok) return;
        expect(back.unit, text).toBe(unit || undefined);
        expect(Math.abs(back.value - v), text).toBeLessThanOrEqual(Math.max(0.005, Math.abs(v) * 0.05) + 1e-9);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('one way to print a figure, everywhere', () => {
  // The example: ₹5000 used to print three ways (card, roll-up explanation, PDF).
  it('prints ₹5000 and $1000 the same on a card, in a roll-up explanation and in a PDF', async () => {
    const { amount } = await import('../../shared/rollup');
    const { withUnit } = await import('../../electron/export/pdf/format');
    for (const [value, unit, printed] of [
      [5000, '₹', '₹5,000'],
      [1000, '$', '$1,000'],
      [12, 'accounts', '12 accounts'],
    ] as const) {
      expect(formatNumber(value, unit, 'en-US')).toBe(printed);
      expect(amount(value, unit)).toBe(printed);
      expect(withUnit(value, unit)).toBe(printed);
    }
  });
});
