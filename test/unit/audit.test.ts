import { describe, expect, it } from 'vitest';
import type { KeyResult, Objective } from '../../shared/model';
import { makeKeyResult, makeObjective } from '../../shared/defaults';
import { EXAMPLE_CASCADE, flattenSeed } from '../../shared/example';
import { AUDIT_CODES, AUDIT_LABEL, type AuditCode, type AuditFinding, auditPlan, isStale } from '../../shared/audit';
import { rollupAll, viewOf } from '../../shared/rollup';

const TODAY = new Date('2026-05-01T12:00:00.000Z');
const FRESH = '2026-04-28T09:00:00.000Z';
const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(TODAY.getTime() - n * DAY).toISOString();

const obj = (id: string, parentId: string | null, over: Partial<Objective> = {}): Objective =>
  makeObjective({ id, parentId, level: parentId ? 'bridge' : 'north_star', title: id, gate: 'strategic', ...over }, FRESH);
const kr = (id: string, objectiveId: string, over: Partial<KeyResult> = {}): KeyResult =>
  makeKeyResult({ id, objectiveId, title: id, ...over }, FRESH);
const done = (id: string, objectiveId: string, over: Partial<KeyResult> = {}): KeyResult =>
  kr(id, objectiveId, { kind: 'binary', start: 0, target: 1, current: 1, ...over });
const milestone = (id: string, objectiveId: string, current: number): KeyResult =>
  kr(id, objectiveId, { kind: 'milestone', start: 0, target: 4, current });

function audit(objectives: Objective[], keyResults: KeyResult[], today = TODAY, staleWeeks?: number): AuditFinding[] {
  const view = viewOf(objectives, keyResults);
  return auditPlan(view, view.roots, rollupAll(view, view.roots), today, staleWeeks);
}
const codes = (fs: AuditFinding[], code: AuditCode) => fs.filter((f) => f.code === code);

/** The article's cascade, built the way the app seeds it, with fresh check-ins. */
function example(): { objectives: Objective[]; keyResults: KeyResult[] } {
  // The example is one chain, so the n-th objective sits n levels deep.
  return flattenSeed(EXAMPLE_CASCADE, { objective: (n) => ['ns', ...Array<string>(n).fill('0')].join('/'), keyResult: (id, i) => `${id}#${i}` }, FRESH);
}

describe('a healthy plan', () => {
  it('the article example cascade has no findings', () => {
    const { objectives, keyResults } = example();
    expect(audit(objectives, keyResults)).toEqual([]);
  });

  it('stays clean when it is well ahead on real metrics', () => {
    const { objectives, keyResults } = example();
    const ahead = keyResults.map((k) => ({ ...k, current: k.target }));
    expect(audit(objectives, ahead)).toEqual([]);
  });
});

describe('green-inflation', () => {
  // Bridge: four compliance-style boxes ticked and one real metric at 5%: 81% green.
  const inflated = () => ({
    objectives: [obj('ns', null), obj('bridge', 'ns', { title: 'Deepen Client Relationships' })],
    keyResults: [
      kr('ns-rev', 'ns', { unit: '$', target: 200_000, current: 10_000, weight: 0 }),
      done('d1', 'bridge'),
      done('d2', 'bridge'),
      done('d3', 'bridge'),
      done('d4', 'bridge'),
      kr('enrol', 'bridge', { unit: 'accounts', target: 20, current: 1 }),
    ],
  });

  it('flags a branch that is green because of checklists while its metrics barely moved', () => {
    const { objectives, keyResults } = inflated();
    const found = codes(audit(objectives, keyResults), 'green-inflation');
    const bridge = found.find((f) => f.objectiveId === 'bridge');
    expect(bridge).toEqual({
      code: 'green-inflation',
      subject: { kind: 'objective', id: 'bridge' },
      objectiveId: 'bridge',
      message: 'This branch shows 81% while its metrics moved 5%: the green comes from checklists, not from the strategy moving.',
    });
    // The North Star shows the same green; its one metric (weight 0) does not count.
    expect(found.map((f) => f.objectiveId)).toEqual(['ns', 'bridge']);
  });

  it('flags a branch with no metric at all, only checklists', () => {
    const found = audit([obj('o', null)], [done('a', 'o'), milestone('m', 'o', 3)]);
    expect(codes(found, 'green-inflation')).toEqual([
      expect.objectContaining({
        objectiveId: 'o',
        message: 'This branch shows 88% from checklist items alone: no metric anywhere in it says the strategy moved.',
      }),
    ]);
  });

  it('looks for metrics anywhere in the branch, including below', () => {
    const objectives = [obj('p', null), obj('c', 'p')];
    const moved = audit(objectives, [done('a', 'p'), done('b', 'p'), done('e', 'p'), kr('m', 'c', { current: 50 })]);
    expect(codes(moved, 'green-inflation')).toEqual([]);
    const stuck = audit(objectives, [done('a', 'p'), done('b', 'p'), done('e', 'p'), kr('m', 'c', { current: 10 })]);
    expect(codes(stuck, 'green-inflation').map((f) => [f.objectiveId, f.message])).toEqual([
      ['p', 'This branch shows 78% while its metrics moved 10%: the green comes from checklists, not from the strategy moving.'],
    ]);
  });

  it('also catches weights, not checklists, carrying the green', () => {
    const found = audit(
      [obj('o', null)],
      [kr('big', 'o', { current: 100, weight: 40 }), ...Array.from({ length: 10 }, (_, i) => kr(`z${i}`, 'o', { current: 0 }))],
    );
    expect(codes(found, 'green-inflation')[0]?.message).toBe(
      'This branch shows 80% while its metrics moved 9% on average: the weighting, not the strategy, makes it green.',
    );
  });

  it('does not fire below 70%, nor when metrics moved 20% or more', () => {
    // 2 of 3 boxes and a metric at 0: 50%.
    expect(codes(audit([obj('o', null)], [done('a', 'o'), done('b', 'o'), done('c', 'o', { current: 0 }), kr('m', 'o')]), 'green-inflation')).toEqual([]);
    // Boxes done and the metric at 20%: 80%, but the strategy moved.
    expect(codes(audit([obj('o', null)], [done('a', 'o'), done('b', 'o'), done('c', 'o'), kr('m', 'o', { current: 20 })]), 'green-inflation')).toEqual([]);
  });
});

describe('checklist-krs', () => {
  it('flags an objective whose key results are all checklist items', () => {
    const found = audit([obj('o', null)], [done('a', 'o'), milestone('m', 'o', 1)]);
    expect(codes(found, 'checklist-krs')).toEqual([
      {
        code: 'checklist-krs',
        subject: { kind: 'objective', id: 'o' },
        objectiveId: 'o',
        message: 'All 2 of its key results are checklist items: add one that measures the outcome, so that green means the strategy moved.',
      },
    ]);
    expect(codes(audit([obj('o', null)], [done('a', 'o', { current: 0 })]), 'checklist-krs')[0]?.message).toMatch(
      /^Its only key result is a checklist item/,
    );
  });

  it('does not fire with one metric among them, or with no key results', () => {
    expect(codes(audit([obj('o', null)], [done('a', 'o'), kr('m', 'o', { current: 30 })]), 'checklist-krs')).toEqual([]);
    expect(codes(audit([obj('o', null)], []), 'checklist-krs')).toEqual([]);
  });
});

describe('pass-through', () => {
  it('flags a parent that only shows its single child’s number', () => {
    const found = audit([obj('ns', null), obj('b', 'ns', { title: 'Deepen Client Relationships' })], [kr('k', 'b', { current: 42 })]);
    expect(codes(found, 'pass-through')).toEqual([
      {
        code: 'pass-through',
        subject: { kind: 'objective', id: 'ns' },
        objectiveId: 'ns',
        message: 'It shows 42% only because “Deepen Client Relationships” does: with no key results of its own it passes one child’s number up unchanged.',
      },
    ]);
  });

  it('fires when the parent’s own KRs carry no weight, or its other children measure nothing', () => {
    const weightless = audit([obj('p', null), obj('c', 'p')], [kr('own', 'p', { current: 90, weight: 0 }), kr('k', 'c', { current: 10 })]);
    expect(codes(weightless, 'pass-through').map((f) => [f.objectiveId, f.message])).toEqual([
      ['p', 'It shows 10% only because “c” does: its own key results carry no weight, so it passes one child’s number up unchanged.'],
    ]);
    const emptySibling = audit([obj('p', null), obj('c', 'p'), obj('empty', 'p', { sortOrder: 1 })], [kr('k', 'c', { current: 10 })]);
    expect(codes(emptySibling, 'pass-through').map((f) => f.objectiveId)).toEqual(['p']);
  });

  it('does not fire with own KRs or with two measured children', () => {
    expect(codes(audit([obj('p', null), obj('c', 'p')], [kr('own', 'p', { current: 50 }), kr('k', 'c')]), 'pass-through')).toEqual([]);
    expect(
      codes(audit([obj('p', null), obj('a', 'p'), obj('b', 'p', { sortOrder: 1 })], [kr('ka', 'a'), kr('kb', 'b')]), 'pass-through'),
    ).toEqual([]);
  });

  it('ignores a shelf item next to the one child', () => {
    const found = audit(
      [obj('p', null), obj('c', 'p'), obj('training', 'p', { gate: 'compliance', sortOrder: 1 })],
      [kr('k', 'c', { current: 10 }), done('video', 'training')],
    );
    expect(codes(found, 'pass-through').map((f) => f.objectiveId)).toEqual(['p']);
  });
});

describe('stale-kr', () => {
  it('flags a KR not updated for more than four weeks', () => {
    const found = audit([obj('o', null)], [kr('k', 'o', { title: 'Secure $100k in retraining contracts', unit: '$', target: 100_000, current: 30_000, checkedInAt: daysAgo(45) })]);
    expect(codes(found, 'stale-kr')).toEqual([
      {
        code: 'stale-kr',
        subject: { kind: 'key_result', id: 'k' },
        objectiveId: 'o',
        message: 'Nobody has updated “Secure $100k in retraining contracts” for 6 weeks (since 2026-03-17): its 30% may no longer be true.',
      },
    ]);
  });

  it('counts from the check-in, exactly four weeks being still fresh', () => {
    const at = (checkedInAt: string) => kr('k', 'o', { checkedInAt });
    expect(isStale(at(daysAgo(28)), TODAY, 4)).toBe(false);
    expect(isStale(at(new Date(TODAY.getTime() - 28 * DAY - 1).toISOString()), TODAY, 4)).toBe(true);
    expect(isStale(at(daysAgo(10)), TODAY, 1)).toBe(true);
    expect(isStale(at(FRESH), TODAY, 4)).toBe(false);
  });

  it('honours another number of weeks', () => {
    const keyResults = [kr('k', 'o', { checkedInAt: daysAgo(20), current: 10 })];
    expect(codes(audit([obj('o', null)], keyResults), 'stale-kr')).toEqual([]);
    expect(codes(audit([obj('o', null)], keyResults, TODAY, 2), 'stale-kr')).toHaveLength(1);
  });

  it('does not call a finished checklist item, or an unreadable check-in, stale', () => {
    expect(isStale(done('d', 'o', { checkedInAt: daysAgo(90) }), TODAY, 4)).toBe(false);
    expect(isStale(done('d', 'o', { checkedInAt: daysAgo(90), current: 0 }), TODAY, 4)).toBe(true);
    expect(isStale(kr('k', 'o', { checkedInAt: '' }), TODAY, 4)).toBe(false);
  });
});

describe('period-outside-parent', () => {
  const year = { period: '2026', periodKind: 'year' as const, periodStart: '2026-01-01', periodEnd: '2026-12-31' };

  it('flags a child that starts before its parent', () => {
    const found = audit(
      [obj('p', null, year), obj('c', 'p', { period: 'Q4 2025', periodKind: 'quarter', periodStart: '2025-10-01', periodEnd: '2025-12-31' })],
      [kr('k', 'c', { current: 50 })],
    );
    expect(codes(found, 'period-outside-parent')).toEqual([
      {
        code: 'period-outside-parent',
        subject: { kind: 'objective', id: 'c' },
        objectiveId: 'c',
        message: 'It starts (2025-10-01) before the objective above it (2026), so it is judged against a different clock than the objective it serves.',
      },
    ]);
  });

  it('flags a child that ends after its parent', () => {
    const found = audit([obj('p', null, year), obj('c', 'p', { periodStart: '2026-10-01', periodEnd: '2027-03-31' })], [kr('k', 'c', { current: 50 })]);
    expect(codes(found, 'period-outside-parent')[0]?.message).toMatch(/^It ends \(2027-03-31\) after the objective above it \(2026\)/);
  });

  it('does not fire inside the parent’s period or without dates', () => {
    const inside = { period: 'Q2 2026', periodKind: 'quarter' as const, periodStart: '2026-04-01', periodEnd: '2026-06-30' };
    expect(codes(audit([obj('p', null, year), obj('c', 'p', inside)], [kr('k', 'c')]), 'period-outside-parent')).toEqual([]);
    expect(codes(audit([obj('p', null), obj('c', 'p', inside)], [kr('k', 'c')]), 'period-outside-parent')).toEqual([]);
  });
});

describe('the shelf is not audited', () => {
  it('reports nothing for compliance tasks kept out of the cascade', () => {
    const found = audit(
      [obj('ns', null), obj('b', 'ns'), obj('video', 'ns', { gate: 'compliance', sortOrder: 1, periodStart: '2020-01-01', periodEnd: '2030-01-01' })],
      [kr('own', 'ns', { current: 30 }), kr('k', 'b', { current: 40 }), done('watched', 'video', { current: 0, checkedInAt: daysAgo(100) })],
    );
    expect(found).toEqual([]);
  });
});

it('labels every code', () => {
  expect(Object.keys(AUDIT_LABEL).sort()).toEqual([...AUDIT_CODES].sort());
  for (const code of AUDIT_CODES) expect(AUDIT_LABEL[code].length).toBeGreaterThan(0);
});

describe('audit at scale', () => {
  it('audits a 5,000-deep chain', () => {
    const depth = 5_000;
    const objectives: Objective[] = [];
    for (let i = 0; i < depth; i++) objectives.push(obj(`o${i}`, i === 0 ? null : `o${i - 1}`));
    const found = audit(objectives, [kr('leaf', `o${depth - 1}`, { current: 40 })]);
    expect(found).toHaveLength(depth - 1);
    expect(found.every((f) => f.code === 'pass-through')).toBe(true);
  });

  it('audits a 50,000-objective plan', () => {
    const objectives: Objective[] = [obj('root', null)];
    const keyResults: KeyResult[] = [kr('kroot', 'root', { current: 50 })];
    for (let b = 0; b < 100; b++) {
      objectives.push(obj(`b${b}`, 'root', { sortOrder: b }));
      keyResults.push(kr(`kb${b}`, `b${b}`, { current: 50 }));
      for (let c = 0; c < 499; c++) {
        const id = `b${b}c${c}`;
        objectives.push(obj(id, `b${b}`, { sortOrder: c }));
        keyResults.push(c === 0 ? done(`k${id}`, id) : kr(`k${id}`, id, { current: 50 }));
      }
    }
    expect(objectives.length).toBe(50_001);
    const found = audit(objectives, keyResults);
    // Each bridge's first contribution is a single ticked box: 100 checklist-krs and green-inflation each.
    expect(codes(found, 'checklist-krs')).toHaveLength(100);
    expect(codes(found, 'green-inflation')).toHaveLength(100);
    expect(found).toHaveLength(200);
  });
});
