import { describe, expect, it } from 'vitest';
import type { KeyResult, Objective } from '../../shared/model';
import { makeKeyResult, makeObjective } from '../../shared/defaults';
import { EXAMPLE_CASCADE, flattenSeed } from '../../shared/example';
import { type PlanView, type Rollup, explain, rollupAll, rollupOf, rollupPath, rollupValues, viewOf } from '../../shared/rollup';
import { generatePlan } from '../helpers/generate';

const STAMP = '2026-04-28T09:00:00.000Z';

const obj = (id: string, parentId: string | null, over: Partial<Objective> = {}): Objective =>
  makeObjective({ id, parentId, level: parentId ? 'bridge' : 'north_star', title: id, gate: 'strategic', ...over }, STAMP);

const kr = (id: string, objectiveId: string, over: Partial<KeyResult> = {}): KeyResult =>
  makeKeyResult({ id, objectiveId, title: id, ...over }, STAMP);

/** The article's cascade, built the way the app seeds it, with stable ids (ns, ns/0, ns/0/0 …). */
function example(): { objectives: Objective[]; keyResults: KeyResult[] } {
  // The example is one chain, so the n-th objective sits n levels deep.
  return flattenSeed(EXAMPLE_CASCADE, { objective: (n) => ['ns', ...Array<string>(n).fill('0')].join('/'), keyResult: (id, i) => `${id}#${i}` }, STAMP);
}

const valueOf = (m: Map<string, Rollup>, id: string): number | null => m.get(id)!.value;

describe('roll-up: the article example', () => {
  const { objectives, keyResults } = example();
  const view = viewOf(objectives, keyResults);
  const all = rollupAll(view, view.roots);

  it('gives each level the plain average of its KRs and the objectives below', () => {
    // Pilot: $4k of $20k.
    expect(valueOf(all, 'ns/0/0')).toBeCloseTo(0.2);
    // Bridge: 5 of 12 accounts (41.7%) and the pilot (20%).
    expect(valueOf(all, 'ns/0')).toBeCloseTo((5 / 12 + 0.2) / 2);
    // North Star: $85k/$200k, $30k/$100k, CSAT 92 above 90 (done), and the bridge.
    expect(valueOf(all, 'ns')).toBeCloseTo((0.425 + 0.3 + 1 + (5 / 12 + 0.2) / 2) / 4);
    expect(view.roots).toEqual(['ns']);
  });

  it('lists the parts in order, KRs first, with their weights', () => {
    const r = all.get('ns')!;
    expect(r.mode).toBe('average');
    expect(r.parts.map((p) => [p.kind, p.id, p.weight])).toEqual([
      ['key_result', 'ns#0', 1],
      ['key_result', 'ns#1', 1],
      ['key_result', 'ns#2', 1],
      ['objective', 'ns/0', 1],
    ]);
    expect(r.parts[0]!.title).toBe('Achieve $200k in initial training sales');
    expect(explain(r)).toBe('(43% × 1 + 30% × 1 + 100% × 1 + 31% × 1) ÷ 4 = 51%');
  });

  it('explains a weighted number with the live figures', () => {
    // CSAT at 88 on the way from 84 to 90 (67%), and weighted double.
    const krs = keyResults.map((k) => (k.id === 'ns#2' ? { ...k, current: 88, weight: 2 } : k));
    const v = viewOf(objectives, krs);
    const r = rollupAll(v, v.roots).get('ns')!;
    expect(r.value).toBeCloseTo((0.425 + 0.3 + 2 * (4 / 6) + (5 / 12 + 0.2) / 2) / 5);
    expect(explain(r)).toBe('(43% × 1 + 30% × 1 + 67% × 2 + 31% × 1) ÷ 5 = 47%');
  });
});

describe('roll-up: weights', () => {
  const base = () => ({
    objectives: [obj('p', null), obj('a', 'p', { sortOrder: 0 }), obj('b', 'p', { sortOrder: 1 })],
    keyResults: [kr('ka', 'a', { current: 80 }), kr('kb', 'b', { current: 20 })],
  });

  it('weighs children equally by default', () => {
    const { objectives, keyResults } = base();
    const v = viewOf(objectives, keyResults);
    expect(rollupAll(v, v.roots).get('p')!.value).toBeCloseTo(0.5);
  });

  it('moves the number when a child weighs more', () => {
    const { objectives, keyResults } = base();
    objectives[1] = { ...objectives[1]!, weight: 3 };
    const v = viewOf(objectives, keyResults);
    const r = rollupAll(v, v.roots).get('p')!;
    expect(r.value).toBeCloseTo((3 * 0.8 + 0.2) / 4);
    expect(explain(r)).toBe('(80% × 3 + 20% × 1) ÷ 4 = 65%');
  });

  it('weighs own KRs by their weight, next to children', () => {
    const { objectives, keyResults } = base();
    keyResults.push(kr('kp', 'p', { current: 50, weight: 2 }));
    const v = viewOf(objectives, keyResults);
    expect(rollupAll(v, v.roots).get('p')!.value).toBeCloseTo((2 * 0.5 + 0.8 + 0.2) / 4);
  });

  it('lets a zero weight take a part out of the number but keeps it in the explanation', () => {
    const { objectives, keyResults } = base();
    objectives[2] = { ...objectives[2]!, weight: 0 };
    const v = viewOf(objectives, keyResults);
    const r = rollupAll(v, v.roots).get('p')!;
    expect(r.value).toBeCloseTo(0.8);
    expect(explain(r)).toBe('(80% × 1 + 20% × 0) ÷ 1 = 80%');
  });

  it('gives null, not zero, when every part weighs zero', () => {
    const v = viewOf([obj('p', null)], [kr('k1', 'p', { current: 50, weight: 0 })]);
    const r = rollupAll(v, v.roots).get('p')!;
    expect(r.value).toBeNull();
    expect(explain(r)).toMatch(/zero weight/);
  });
});

describe('roll-up: nothing to measure is left out, not counted as zero', () => {
  it('ignores a child with no key results anywhere', () => {
    const v = viewOf([obj('p', null), obj('empty', 'p'), obj('c', 'p', { sortOrder: 1 })], [kr('k', 'c', { current: 60 })]);
    const all = rollupAll(v, v.roots);
    expect(all.get('empty')!.value).toBeNull();
    expect(all.get('p')!.value).toBeCloseTo(0.6);
    expect(all.get('p')!.parts.map((p) => p.id)).toEqual(['c']);
  });

  it('gives null to an objective with nothing below and no KRs', () => {
    const v = viewOf([obj('p', null)], []);
    const r = rollupAll(v, v.roots).get('p')!;
    expect(r.value).toBeNull();
    expect(explain(r)).toMatch(/^Nothing to measure yet/);
  });

  it('leaves out a child whose value the caller does not know', () => {
    const v = viewOf([obj('p', null), obj('a', 'p'), obj('b', 'p', { sortOrder: 1 })], [kr('k', 'p', { current: 30 })]);
    const r = rollupOf(v, 'p', (id) => (id === 'a' ? 0.9 : null));
    expect(r.value).toBeCloseTo((0.3 + 0.9) / 2);
  });
});

describe('roll-up: the Health & Hygiene shelf never counts', () => {
  const objectives = [
    obj('ns', null),
    obj('strategic', 'ns', { sortOrder: 0 }),
    obj('training', 'ns', { sortOrder: 1, gate: 'compliance' }),
    obj('under-shelf', 'training'),
    obj('crm', null, { sortOrder: 1, gate: 'job_requirement' }),
  ];
  const keyResults = [
    kr('k1', 'strategic', { current: 20 }),
    kr('k2', 'training', { kind: 'binary', start: 0, target: 1, current: 1 }),
    kr('k3', 'under-shelf', { current: 100 }),
    kr('k4', 'crm', { current: 100 }),
  ];
  const view = viewOf(objectives, keyResults);
  const all = rollupAll(view, view.roots);

  it('leaves shelf items out of children and roots', () => {
    expect(view.children('ns')).toEqual(['strategic']);
    expect(view.roots).toEqual(['ns']);
  });

  it('does not let a checked compliance box lift the North Star', () => {
    expect(all.get('ns')!.value).toBeCloseTo(0.2);
    expect(all.has('training')).toBe(false);
    expect(all.has('under-shelf')).toBe(false);
    expect(all.has('crm')).toBe(false);
  });
});

describe('viewOf', () => {
  it('orders children and KRs by sortOrder, and shows an orphan as a root', () => {
    const v = viewOf(
      [obj('p', null, { sortOrder: 1 }), obj('c2', 'p', { sortOrder: 2 }), obj('c1', 'p', { sortOrder: 1 }), obj('orphan', 'gone')],
      [kr('b', 'p', { sortOrder: 1 }), kr('a', 'p', { sortOrder: 0 })],
    );
    expect(v.children('p')).toEqual(['c1', 'c2']);
    expect(v.keyResults('p').map((k) => k.id)).toEqual(['a', 'b']);
    expect(v.roots).toEqual(['orphan', 'p']);
    expect(v.children('nobody')).toEqual([]);
    expect(v.keyResults('nobody')).toEqual([]);
    expect(v.objective('c1')?.id).toBe('c1');
  });
});

describe('roll-up: sum to target', () => {
  // The $100k retraining target, a $20k pilot and a $1k experiment.
  const plan = (units: [string, string, string] = ['$', '$', '$']) => ({
    objectives: [
      obj('p', null, { rollupMode: 'sum_to_target' }),
      obj('big', 'p', { sortOrder: 0, title: 'Retraining contracts' }),
      obj('mid', 'p', { sortOrder: 1, title: 'Knowledge Gap pilot' }),
      obj('small', 'p', { sortOrder: 2, title: 'Webinar experiment' }),
    ],
    keyResults: [
      kr('kbig', 'big', { unit: units[0], target: 100_000, current: 10_000 }),
      kr('kmid', 'mid', { unit: units[1], target: 20_000, current: 10_000 }),
      kr('ksmall', 'small', { unit: units[2], target: 1_000, current: 1_000 }),
    ],
  });

  it('weighs $100k, $20k and $1k targets by size, not a third each', () => {
    const { objectives, keyResults } = plan();
    const v = viewOf(objectives, keyResults);
    const r = rollupAll(v, v.roots).get('p')!;
    expect(r.mode).toBe('sum_to_target');
    expect(r.note).toBeUndefined();
    expect(r.parts.map((p) => p.weight)).toEqual([100_000, 20_000, 1_000]);
    // $21k of $121k, not (10% + 50% + 100%) / 3 = 53%.
    expect(r.value).toBeCloseTo(21_000 / 121_000);
    expect(explain(r)).toBe('(10% × $100k + 50% × $20k + 100% × $1,000) ÷ $121k = 17%');

    const avg = viewOf(
      objectives.map((o) => (o.id === 'p' ? { ...o, rollupMode: 'average' as const } : o)),
      keyResults,
    );
    expect(rollupAll(avg, avg.roots).get('p')!.value).toBeCloseTo(1.6 / 3);
  });

  it('multiplies a size by the part’s weight', () => {
    const { objectives, keyResults } = plan();
    const v = viewOf(
      objectives.map((o) => (o.id === 'mid' ? { ...o, weight: 2 } : o)),
      keyResults,
    );
    const r = rollupAll(v, v.roots).get('p')!;
    expect(r.value).toBeCloseTo((10_000 + 2 * 10_000 + 1_000) / 141_000);
    expect(explain(r)).toBe('(10% × $100k + 50% × $20k × 2 + 100% × $1,000) ÷ $141k = 22%');
  });

  it('weighs own KRs by size too, and a child by the total of its own KRs', () => {
    const v = viewOf(
      [obj('p', null, { rollupMode: 'sum_to_target' }), obj('c', 'p')],
      [
        kr('own', 'p', { unit: '$', target: 200_000, current: 84_000 }),
        kr('c1', 'c', { unit: '$', target: 60_000, current: 30_000 }),
        kr('c2', 'c', { unit: '$', target: 40_000, current: 0 }),
      ],
    );
    const r = rollupAll(v, v.roots).get('p')!;
    // The child averages its own KRs (25%) and stands for $100k.
    expect(r.parts.map((p) => [p.id, p.weight])).toEqual([
      ['own', 200_000],
      ['c', 100_000],
    ]);
    expect(r.value).toBeCloseTo((0.42 * 200_000 + 0.25 * 100_000) / 300_000);
    expect(explain(r)).toBe('(42% × $200k + 25% × $100k) ÷ $300k = 36%');
  });

  it('measures a decreasing KR by the distance it has to travel', () => {
    const v = viewOf(
      [obj('p', null, { rollupMode: 'sum_to_target' })],
      [
        kr('cost', 'p', { unit: 'h', kind: 'decrease', start: 300, target: 100, current: 100 }),
        kr('speed', 'p', { unit: 'h', start: 0, target: 50, current: 0 }),
      ],
    );
    const r = rollupAll(v, v.roots).get('p')!;
    expect(r.parts.map((p) => p.weight)).toEqual([200, 50]);
    expect(r.value).toBeCloseTo(0.8);
    expect(explain(r)).toBe('(100% × 200 h + 0% × 50 h) ÷ 250 h = 80%');
  });

  it('treats units alike regardless of spacing and case', () => {
    const { objectives, keyResults } = plan(['EUR', ' eur ', 'Eur']);
    const v = viewOf(objectives, keyResults);
    expect(rollupAll(v, v.roots).get('p')!.mode).toBe('sum_to_target');
  });

  it('falls back to the weighted average, and says why, when units differ', () => {
    const { objectives, keyResults } = plan(['$', '%', '$']);
    const v = viewOf(objectives, keyResults);
    const r = rollupAll(v, v.roots).get('p')!;
    expect(r.mode).toBe('average');
    expect(r.note).toBe('Sum to target needs key results in one unit; these use $ and %.');
    expect(r.value).toBeCloseTo(1.6 / 3);
    expect(r.parts.map((p) => p.weight)).toEqual([1, 1, 1]);
    expect(explain(r)).toBe(
      'Sum to target needs key results in one unit; these use $ and %. Weighted average: (10% × 1 + 50% × 1 + 100% × 1) ÷ 3 = 53%',
    );
  });

  it('falls back when a KR has no unit', () => {
    const { objectives, keyResults } = plan(['$', '', '$']);
    const v = viewOf(objectives, keyResults);
    const r = rollupAll(v, v.roots).get('p')!;
    expect(r.mode).toBe('average');
    expect(r.note).toBe('Sum to target needs key results in one unit; “kmid” has no unit.');
  });

  it('falls back when a KR is a checklist item', () => {
    const { objectives, keyResults } = plan();
    keyResults.push(kr('launch', 'mid', { title: 'Pilot launched', unit: '$', kind: 'binary', start: 0, target: 1, current: 1 }));
    const v = viewOf(objectives, keyResults);
    const r = rollupAll(v, v.roots).get('p')!;
    expect(r.mode).toBe('average');
    expect(r.note).toBe('Sum to target cannot weigh checklist items by size; “Pilot launched” is done / not done.');
  });

  it('falls back when a child has no key results of its own to size it by', () => {
    const v = viewOf(
      [obj('p', null, { rollupMode: 'sum_to_target' }), obj('a', 'p', { title: 'Container' }), obj('a1', 'a'), obj('b', 'p', { sortOrder: 1 })],
      [kr('k1', 'a1', { unit: '$', current: 50 }), kr('k2', 'b', { unit: '$', current: 10 })],
    );
    const r = rollupAll(v, v.roots).get('p')!;
    expect(r.mode).toBe('average');
    expect(r.note).toBe('Sum to target needs every objective below to have key results of its own; “Container” has none.');
    expect(r.value).toBeCloseTo(0.3);
  });

  it('falls back when a part has no distance from start to target', () => {
    const v = viewOf(
      [obj('p', null, { rollupMode: 'sum_to_target' })],
      [kr('flat', 'p', { unit: '$', start: 5, target: 5, current: 5 }), kr('k', 'p', { unit: '$', current: 0 })],
    );
    const r = rollupAll(v, v.roots).get('p')!;
    expect(r.mode).toBe('average');
    expect(r.note).toMatch(/“flat” has none/);
    expect(r.value).toBeCloseTo(0.5);
  });
});

describe('rollupPath', () => {
  const { objectives, keyResults } = example();

  it('recomputes the objective and its ancestors to the same numbers as a full roll-up', () => {
    const before = rollupAll(viewOf(objectives, keyResults), ['ns']);
    // The pilot lands $16k of its $20k.
    const krs = keyResults.map((k) => (k.id === 'ns/0/0#0' ? { ...k, current: 16_000 } : k));
    const view = viewOf(objectives, krs);
    const path = rollupPath(view, 'ns/0/0', (id) => before.get(id)?.value ?? null);
    const after = rollupAll(view, ['ns']);
    expect(path.map(([id]) => id)).toEqual(['ns/0/0', 'ns/0', 'ns']);
    for (const [id, v] of path) expect(v).toBeCloseTo(after.get(id)!.value!);
    expect(path[0]![1]).toBeCloseTo(0.8);
    expect(path[2]![1]).not.toBeCloseTo(before.get('ns')!.value!);
  });

  it('uses the given values for siblings off the path', () => {
    const view = viewOf([obj('p', null), obj('a', 'p'), obj('b', 'p', { sortOrder: 1 })], [kr('ka', 'a', { current: 40 })]);
    const path = rollupPath(view, 'a', (id) => (id === 'b' ? 0.8 : null));
    expect(path).toEqual([
      ['a', 0.4],
      ['p', expect.closeTo(0.6)],
    ]);
  });

  it('stops at a shelf item, which lifts nothing above it', () => {
    const view = viewOf([obj('p', null), obj('s', 'p', { gate: 'compliance' })], [kr('k', 's', { current: 100 })]);
    expect(rollupPath(view, 's', () => null)).toEqual([['s', 1]]);
  });
});

describe('roll-up at scale', () => {
  it('handles a 5,000-deep chain without overflowing the stack', () => {
    const depth = 5_000;
    const objectives: Objective[] = [];
    for (let i = 0; i < depth; i++) objectives.push(obj(`o${i}`, i === 0 ? null : `o${i - 1}`));
    const view = viewOf(objectives, [kr('leaf', `o${depth - 1}`, { current: 40 })]);
    const all = rollupAll(view, view.roots);
    expect(all.size).toBe(depth);
    expect(all.get('o0')!.value).toBeCloseTo(0.4);
    const path = rollupPath(view, `o${depth - 1}`, (id) => all.get(id)?.value ?? null);
    expect(path).toHaveLength(depth);
    expect(path[depth - 1]).toEqual(['o0', expect.closeTo(0.4)]);
  });

  it('rolls up a 50,000-objective plan', () => {
    const objectives: Objective[] = [obj('root', null)];
    const keyResults: KeyResult[] = [];
    for (let b = 0; b < 100; b++) {
      objectives.push(obj(`b${b}`, 'root', { sortOrder: b }));
      for (let c = 0; c < 499; c++) {
        const id = `b${b}c${c}`;
        objectives.push(obj(id, `b${b}`, { sortOrder: c }));
        keyResults.push(kr(`k${id}`, id, { current: c % 2 ? 100 : 0 }));
      }
    }
    expect(objectives.length).toBe(50_001);
    const view = viewOf(objectives, keyResults);
    const all = rollupAll(view, view.roots);
    expect(all.size).toBe(50_001);
    expect(all.get('b0')!.value).toBeCloseTo(249 / 499);
    expect(all.get('root')!.value).toBeCloseTo(249 / 499);
  });

  it('terminates on a cycle in bad data', () => {
    const view: PlanView = {
      objective: (id) => obj(id, id === 'a' ? 'b' : 'a'),
      children: (id) => (id === 'a' ? ['b'] : ['a']),
      keyResults: (id) => [kr(`k${id}`, id, { current: 50 })],
    };
    const all = rollupAll(view, ['a']);
    expect(all.get('a')!.value).toBeCloseTo(0.5);
    expect(rollupPath(view, 'b', () => 0.5).length).toBeLessThanOrEqual(2);
  });
});

describe('rollupValues', () => {
  it('gives exactly the values of rollupAll, on generated plans of every shape', () => {
    for (const shape of ['org', 'wide', 'deep', 'skewed'] as const) {
      const plan = generatePlan({ n: 3000, shape, seed: 5, chainLength: 3000 });
      const view = viewOf(plan.objectives, plan.keyResults);
      const full = rollupAll(view, view.roots);
      const fast = rollupValues(view, view.roots);
      expect(fast.size).toBe(full.size);
      for (const [id, r] of full) expect(fast.get(id), id).toBe(r.value);
    }
  });
});
