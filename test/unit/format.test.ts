import { describe, expect, it } from 'vitest';
import { readWrittenNumbers, splitProgressNote } from '../../shared/format';

// Typed values and card figures: test/unit/number.test.ts.

describe('reading the numbers a key-result sentence writes', () => {
  it.each([
    ['Raise net revenue retention from 118% to 125%', { start: 118, target: 125, unit: '%', kind: 'increase' }],
    ['Cut the sales cycle from 60 to 45 days', { start: 60, target: 45, unit: 'days', kind: 'decrease' }],
    ['Grow the pipeline from $18M to $26M', { start: 18e6, target: 26e6, unit: '$', kind: 'increase' }],
    ['Achieve 110% of SAO plan', { start: 0, target: 110, unit: '%', kind: 'increase' }],
    ['Reach $1.5M in new ARR', { start: 0, target: 1_500_000, unit: '$', kind: 'increase' }],
    ['Grow training revenue to $400k', { start: 0, target: 400_000, unit: '$', kind: 'increase' }],
    ['Keep NPS above 40', { start: 40, target: 40, unit: '', kind: 'stay_above' }],
    ['Hold availability at least 99.9%', { start: 99.9, target: 99.9, unit: '%', kind: 'stay_above' }],
    ['Keep churn below 2%', { start: 2, target: 2, unit: '%', kind: 'stay_below' }],
    ['Keep p95 latency under 250 ms', { start: 250, target: 250, unit: 'ms', kind: 'stay_below' }],
    ['Win 12 new logos in the Fortune 500', { start: 0, target: 12, unit: 'logos', kind: 'increase' }],
    ['Reach an operating margin of -8%', { start: 0, target: -8, unit: '%', kind: 'increase' }],
  ])('“%s”', (sentence, expected) => {
    expect(readWrittenNumbers(sentence)).toEqual(expected);
  });

  it.each(['Ship v2.0 of the API', 'Publish the FY28 plan by April 30', 'Renew SOC 2 Type 2', 'Ship the web IDE 3.1', 'Launch the partner portal in 2026'])(
    'finds no quantity in “%s”',
    (sentence) => {
      expect(readWrittenNumbers(sentence)).toBeNull();
    },
  );

  it('splits off a trailing progress note', () => {
    expect(splitProgressNote('Book $6.2M in new ARR => 70%.')).toEqual({ text: 'Book $6.2M in new ARR', percent: 70 });
    expect(splitProgressNote('Reach $900k in bookings (50% complete)')).toEqual({ text: 'Reach $900k in bookings', percent: 50 });
    expect(splitProgressNote('Reach $900k in bookings')).toBeNull();
  });
});
