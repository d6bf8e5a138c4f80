import { describe, expect, it } from 'vitest';
import { formatValue, parseValue } from '../../shared/format';

describe('reading a typed KR value', () => {
  it.each([
    ['85000', 85_000],
    ['85,000', 85_000],
    [' 85 000 ', 85_000],
    ['85k', 85_000],
    ['$1.2M', 1_200_000],
    ['€200k', 200_000],
    ['88%', 88],
    ['-12.5', -12.5],
    ['.5', 0.5],
    ['1e3', 1000],
  ])('reads “%s” as %d', (text, value) => {
    expect(parseValue(text)).toBe(value);
  });

  it.each(['', 'lots', 'about thirty', '12 apples', '1.2.3', '$', 'k', '1e999', '0x10', '--5'])('refuses “%s”', (text) => {
    expect(parseValue(text)).toBeNull();
  });
});

describe('writing a KR value on a card', () => {
  it('is short, with the unit where people expect it', () => {
    expect(formatValue(85_000, '$', 'en-US')).toBe('$85k');
    expect(formatValue(1_200_000, '€', 'en-US')).toBe('€1.2m');
    expect(formatValue(88, '%', 'en-US')).toBe('88%');
    expect(formatValue(5, 'accounts', 'en-US')).toBe('5 accounts');
    expect(formatValue(-2500, '$', 'en-US')).toBe('-$2,500');
    expect(formatValue(12.345, '', 'en-US')).toBe('12.35');
  });
});
