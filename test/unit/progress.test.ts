import { describe, expect, it } from 'vitest';
import type { KeyResult, Objective } from '../../shared/model';
import { makeKeyResult, makeObjective } from '../../shared/defaults';
import { krProgress } from '../../shared/progress';
import { indexTree, rollupAll } from '../../shared/tree';

const kr = (over: Partial<KeyResult>): KeyResult => makeKeyResult({ id: 'k', objectiveId: 'o', title: 'KR', ...over }, '');
const obj = (id: string, parentId: string | null, sortOrder = 0): Objective =>
  makeObjective({ id, parentId, level: parentId ? 'bridge' : 'north_star', title: id, sortOrder }, '');

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

describe('roll-up', () => {
  it('averages an objective’s own KRs and its children’s roll-ups', () => {
    const t = indexTree(
      [obj('root', null), obj('a', 'root', 0), obj('b', 'root', 1)],
      [
        kr({ id: 'r1', objectiveId: 'root', current: 100 }),
        kr({ id: 'a1', objectiveId: 'a', current: 50 }),
        kr({ id: 'b1', objectiveId: 'b', current: 0 }),
        kr({ id: 'b2', objectiveId: 'b', current: 20 }),
      ],
    );
    const r = rollupAll(t);
    expect(r.get('a')).toBeCloseTo(0.5);
    expect(r.get('b')).toBeCloseTo(0.1);
    expect(r.get('root')).toBeCloseTo((1 + 0.5 + 0.1) / 3);
  });
  it('leaves out objectives with nothing to measure instead of counting them as zero', () => {
    const t = indexTree([obj('root', null), obj('empty', 'root')], [kr({ id: 'r', objectiveId: 'root', current: 40 })]);
    const r = rollupAll(t);
    expect(r.get('empty')).toBeNull();
    expect(r.get('root')).toBeCloseTo(0.4);
  });
  it('handles a 5,000-deep chain without overflowing the stack', () => {
    const objectives = Array.from({ length: 5000 }, (_, i) => obj(`n${i}`, i ? `n${i - 1}` : null));
    const t = indexTree(objectives, [kr({ id: 'leaf', objectiveId: 'n4999', current: 30 })]);
    expect(rollupAll(t).get('n0')).toBeCloseTo(0.3);
  });
});
