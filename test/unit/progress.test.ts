import { describe, expect, it } from 'vitest';
import type { KeyResult } from '../../shared/model';
import { makeKeyResult } from '../../shared/defaults';
import { krProgress } from '../../shared/progress';

const kr = (over: Partial<KeyResult>): KeyResult => makeKeyResult({ id: 'k', objectiveId: 'o', title: 'KR', ...over }, '');
describe('KR progress', () => {
  it('is the share of the way from start to target', () => {
    expect(krProgress(kr({ start: 0, target: 200_000, current: 85_000 }))).toBeCloseTo(0.425);
    expect(krProgress(kr({ start: 84, target: 90, current: 88 }))).toBeCloseTo(4 / 6);
  });
  it('clamps to 0–100%', () => {
    expect(krProgress(kr({ current: -20 }))).toBe(0);
    expect(krProgress(kr({ current: 250 }))).toBe(1);
  });
  it('is correct for decreasing KRs', () => {
    const churn = { start: 12, target: 4, kind: 'decrease' as const };
    expect(krProgress(kr({ ...churn, current: 12 }))).toBe(0);
    expect(krProgress(kr({ ...churn, current: 8 }))).toBeCloseTo(0.5);
    expect(krProgress(kr({ ...churn, current: 3 }))).toBe(1);
    expect(krProgress(kr({ ...churn, current: 15 }))).toBe(0);
  });
  it('counts a threshold KR as met while it holds, and partway from its start otherwise', () => {
    expect(krProgress(kr({ kind: 'stay_above', start: 99.5, target: 99, current: 99.24 }))).toBe(1);
    expect(krProgress(kr({ kind: 'stay_above', start: 80, target: 90, current: 85 }))).toBeCloseTo(0.5);
    expect(krProgress(kr({ kind: 'stay_below', start: 10, target: 4, current: 3 }))).toBe(1);
    expect(krProgress(kr({ kind: 'stay_below', start: 10, target: 4, current: 7 }))).toBeCloseTo(0.5);
  });
  it('counts a binary KR as done or not done', () => {
    expect(krProgress(kr({ kind: 'binary', start: 0, target: 1, current: 0 }))).toBe(0);
    expect(krProgress(kr({ kind: 'binary', start: 0, target: 1, current: 1 }))).toBe(1);
  });
  it('treats start = target as reached or not, by direction', () => {
    expect(krProgress(kr({ start: 5, target: 5, current: 5 }))).toBe(1);
    expect(krProgress(kr({ start: 5, target: 5, current: 4 }))).toBe(0);
    expect(krProgress(kr({ start: 5, target: 5, current: 4, kind: 'decrease' }))).toBe(1);
  });
});
