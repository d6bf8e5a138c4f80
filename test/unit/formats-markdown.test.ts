import { describe, expect, it } from 'vitest';
import { makeKeyResult, makeObjective } from '../../shared/defaults';
import { parseMarkdown, planToMarkdown } from '../../shared/formats';
import type { KeyResult, Objective } from '../../shared/model';

const NOW = '2030-01-01T00:00:00.000Z';
const T = '2026-02-03T04:05:06.000Z';

const objectives: Objective[] = [
  makeObjective(
    { id: 'a', parentId: null, level: 'north_star', title: 'Grow *advisory* revenue', owner: 'Leadership team', period: '2026', description: 'Why:\n> clients renew\n\n- more' },
    T,
  ),
  makeObjective({ id: 'b', parentId: 'a', level: 'bridge', title: 'Deepen relationships — for real', owner: 'R&D — Platform · Core', period: 'Q2 2026' }, T),
  makeObjective({ id: 'c', parentId: 'b', level: 'contribution', title: '-5% churn', owner: '', period: 'H1' }, T),
  makeObjective({ id: 'd', parentId: 'a', level: 'contribution', title: 'KR: not a key result', owner: 'Dana', period: '', sortOrder: 1 }, T),
];
const keyResults: KeyResult[] = [
  makeKeyResult({ id: 'k1', objectiveId: 'a', title: 'Sign accounts (net)', unit: 'accounts', start: 0, current: 5, target: 12 }, T),
  makeKeyResult({ id: 'k2', objectiveId: 'a', title: 'Cut latency', unit: 'ms', start: 300, current: 250.5, target: -1e-7, kind: 'decrease', sortOrder: 1 }, T),
  makeKeyResult({ id: 'k3', objectiveId: 'c', title: 'Keep NPS', unit: 'pts, net', start: 40, current: 42, target: 40, kind: 'stay_above' }, T),
  makeKeyResult({ id: 'k4', objectiveId: 'c', title: 'Launch', unit: '', start: 0, current: 1, target: 1, kind: 'binary', sortOrder: 1 }, T),
];
const plan = { meta: { name: 'Plan #1' }, objectives, keyResults };

describe('Markdown export', () => {
  const md = planToMarkdown(plan);

  it('is a readable nested outline', () => {
    expect(md).toBe(
      [
        '# Plan \\#1',
        '',
        '- North Star: **Grow \\*advisory\\* revenue** — Leadership team · 2026',
        '  > Why:',
        '  > > clients renew',
        '  >',
        '  > - more',
        '  - KR: Sign accounts \\(net\\) (0 → 5 → 12 accounts)',
        '  - KR: Cut latency (300 → 250.5 → -1e-7 ms)',
        '  - Strategic Bridge: **Deepen relationships — for real** — R&D \\— Platform \\· Core · Q2 2026',
        '    - Contribution: **-5% churn** · H1',
        '      - KR: Keep NPS (40 → 42 → 40 pts\\, net, stay above)',
        '      - KR: Launch (0 → 1 → 1, binary)',
        '  - Contribution: **KR: not a key result** — Dana',
        '',
      ].join('\n'),
    );
  });

  it('round-trips titles, owners, periods, levels, descriptions, structure and KR numbers', () => {
    const back = parseMarkdown(md, { now: NOW });
    expect(back.errors).toEqual([]);
    expect(back.warnings).toEqual([]);
    expect(back.name).toBe('Plan #1');
    const ids = new Map(objectives.map((o, i) => [o.id, back.objectives[i]!.id]));
    expect(back.objectives).toEqual(
      objectives.map((o) =>
        expect.objectContaining({
          parentId: o.parentId === null ? null : ids.get(o.parentId),
          level: o.level,
          title: o.title,
          description: o.description,
          owner: o.owner,
          period: o.period,
        }),
      ),
    );
    expect(back.keyResults.map(({ title, unit, start, current, target, kind }) => ({ title, unit, start, current, target, kind }))).toEqual(
      keyResults.map(({ title, unit, start, current, target, kind }) => ({ title, unit, start, current, target, kind })),
    );
    expect(back.keyResults.map((k) => k.objectiveId)).toEqual(['a', 'a', 'c', 'c'].map((id) => ids.get(id)));
  });

  it('keeps a description that opens an HTML block or a code fence to itself, not the objective after it', () => {
    // Found by the property test (seed -1976988233): a quoted "<?" left open ran into the next line.
    for (const description of ['<?', '<!-- draft', '<script>', '```', '<![CDATA[']) {
      const two = [makeObjective({ id: 'x', parentId: null, level: 'north_star', title: 'First', description }, T), makeObjective({ id: 'y', parentId: null, level: 'north_star', title: 'Second', sortOrder: 1 }, T)];
      const back = parseMarkdown(planToMarkdown({ meta: { name: '' }, objectives: two, keyResults: [] }), { now: NOW });
      expect(back.objectives.map((o) => [o.title, o.description])).toEqual([
        ['First', description],
        ['Second', ''],
      ]);
      // And with a child right under it, which stays its child.
      const child = makeObjective({ id: 'z', parentId: 'x', level: 'bridge', title: 'Child' }, T);
      const nested = parseMarkdown(planToMarkdown({ meta: { name: '' }, objectives: [...two, child], keyResults: [] }), { now: NOW });
      expect(nested.objectives.map((o) => [o.title, o.description, nested.objectives.find((p) => p.id === o.parentId)?.title ?? null])).toEqual([
        ['First', description, null],
        ['Child', '', 'First'],
        ['Second', '', null],
      ]);
    }
  });

  it('uses deterministic ids by default, or the injected factory', () => {
    const back = parseMarkdown(md, { now: NOW });
    expect(back.objectives.map((o) => o.id)).toEqual(['obj-1', 'obj-2', 'obj-3', 'obj-4']);
    expect(back.keyResults.map((k) => k.id)).toEqual(['kr-1', 'kr-2', 'kr-3', 'kr-4']);
    let n = 0;
    const custom = parseMarkdown(md, { now: NOW, newId: (kind) => `${kind}:${++n}` });
    expect(custom.objectives[0]!.id).toBe('objective:1');
    expect(custom.keyResults[0]!.objectiveId).toBe('objective:1');
    expect(custom.objectives[0]!.createdAt).toBe(NOW);
  });
});

describe('Markdown import of hand-written outlines', () => {
  it('reads `*` and `1.` bullets, 4-space indentation, unbolded titles and two-number KRs', () => {
    const md = [
      '# Q3 plan',
      '',
      'Some intro text.',
      '',
      '* Grow revenue — Alice · Q3 2026',
      '    * KR: New accounts (0 → 12 accounts)',
      '    * Deepen relationships — Bob',
      '        1. KR - Renewal rate (10 -> 4 -> 20 %)',
      '        2. Ship the audit',
      '* Second north star',
      '    + key result: Costs (100 → 80 $)',
    ].join('\n');
    const r = parseMarkdown(md, { now: NOW });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([{ line: 3, message: 'Line 3: “Some intro text.” is not a list item (they start with -, * or 1.); it was ignored.' }]);
    expect(r.name).toBe('Q3 plan');
    expect(r.objectives.map((o) => [o.title, o.owner, o.period, o.level, o.parentId, o.sortOrder])).toEqual([
      ['Grow revenue', 'Alice', 'Q3 2026', 'north_star', null, 0],
      ['Deepen relationships', 'Bob', '', 'bridge', 'obj-1', 0],
      ['Ship the audit', '', '', 'contribution', 'obj-2', 0],
      ['Second north star', '', '', 'north_star', null, 1],
    ]);
    expect(r.objectives[0]).toMatchObject({ periodKind: 'quarter', periodStart: '2026-07-01', periodEnd: '2026-09-30' });
    expect(r.keyResults.map((k) => [k.title, k.objectiveId, k.start, k.current, k.target, k.unit, k.kind])).toEqual([
      ['New accounts', 'obj-1', 0, 0, 12, 'accounts', 'increase'],
      ['Renewal rate', 'obj-2', 10, 4, 20, '%', 'increase'],
      ['Costs', 'obj-4', 100, 100, 80, '$', 'decrease'],
    ]);
  });

  it('reads 2-space and tab indentation the same way', () => {
    const two = '- A\n  - B\n    - C\n  - KR: k (1 → 2 → 3)\n- D\n';
    const tabs = '- A\n\t- B\n\t\t- C\n\t- KR: k (1 → 2 → 3)\n- D\n';
    const shape = (md: string) => {
      const r = parseMarkdown(md, { now: NOW });
      expect(r.errors).toEqual([]);
      return [r.objectives.map((o) => [o.title, o.parentId, o.level]), r.keyResults.map((k) => [k.objectiveId, k.target])];
    };
    expect(shape(tabs)).toEqual(shape(two));
    expect(shape(two)).toEqual([
      [
        ['A', null, 'north_star'],
        ['B', 'obj-1', 'bridge'],
        ['C', 'obj-2', 'contribution'],
        ['D', null, 'north_star'],
      ],
      [['obj-1', 3]],
    ]);
  });

  it('accepts level labels on unbolded lines, and explicit KR kinds', () => {
    const r = parseMarkdown('- Contribution: Fix onboarding\n  - KR: Errors (5 → 3 → 0, stay below)\n', { now: NOW });
    expect(r.objectives[0]).toMatchObject({ level: 'contribution', title: 'Fix onboarding' });
    expect(r.keyResults[0]).toMatchObject({ start: 5, current: 3, target: 0, kind: 'stay_below', unit: '' });
  });

  it('reads the number a KR line writes in words', () => {
    const r = parseMarkdown('- A\n  - KR: Sign 12 customers\n', { now: NOW });
    expect(r.warnings).toEqual([]);
    expect(r.keyResults[0]).toMatchObject({ title: 'Sign 12 customers', start: 0, current: 0, target: 12, unit: 'customers' });
  });

  it('warns about a KR without numbers and uses the app defaults', () => {
    const r = parseMarkdown('- A\n  - KR: Launch the partner portal\n', { now: NOW });
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => w.message)).toEqual([
      'Line 2: this key result has no numbers “(start → current → target unit)”; it starts at 0 with a target of 100.',
    ]);
    expect(r.keyResults[0]).toMatchObject({ title: 'Launch the partner portal', start: 0, current: 0, target: 100 });
  });

  it('attaches a KR written at its objective’s indentation, with a warning', () => {
    const r = parseMarkdown('- A\n- KR: k (0 → 1)\n', { now: NOW });
    expect(r.errors).toEqual([]);
    expect(r.keyResults[0]!.objectiveId).toBe('obj-1');
    expect(r.warnings[0]!.message).toMatch(/^Line 2: this key result is not indented under its objective/);
  });

  it('rejects a KR with no objective, and text that is not an outline', () => {
    expect(parseMarkdown('- KR: lonely (0 → 1)\n', { now: NOW }).errors).toEqual([
      { line: 1, message: 'Line 1: a key result must be nested under an objective (indent it below one).' },
    ]);
    expect(parseMarkdown('type,id,parent_id,title\nobjective,a,,A\n', { now: NOW }).errors.map((e) => e.message)).toEqual([
      'Line 1: no outline was found: objectives are list items starting with -, * or 1., one per line.',
    ]);
    expect(parseMarkdown('\u0000\u0001binary', { now: NOW }).errors[0]!.message).toMatch(/not a text file/);
  });

  it('reports huge titles with their line', () => {
    const r = parseMarkdown(`- ok\n  - ${'x'.repeat(501)}\n`, { now: NOW });
    expect(r.errors.map((e) => e.message)).toEqual(['Line 2: title is 501 characters long; the limit is 500.']);
  });

  it('reads a 100-deep outline, and refuses a 1,000-deep one in words instead of parsing for minutes', () => {
    const deep = (depth: number) =>
      planToMarkdown({
        meta: { name: 'deep' },
        objectives: Array.from({ length: depth }, (_, i) =>
          makeObjective({ id: `o${i}`, parentId: i ? `o${i - 1}` : null, level: i === 0 ? 'north_star' : i === 1 ? 'bridge' : 'contribution', title: `T${i}` }, T),
        ),
        keyResults: [],
      });
    const refused = parseMarkdown(deep(1000), { now: NOW });
    expect(refused.objectives).toEqual([]);
    expect(refused.errors.map((e) => e.message)).toEqual([
      'Line 204: the outline is indented more than 400 columns here (about 100 levels); an outline this deep cannot be read as Markdown — export the plan as JSON instead.',
    ]);
    const depth = 100;
    const objs = Array.from({ length: depth }, (_, i) =>
      makeObjective({ id: `o${i}`, parentId: i ? `o${i - 1}` : null, level: i === 0 ? 'north_star' : i === 1 ? 'bridge' : 'contribution', title: `T${i}` }, T),
    );
    const r = parseMarkdown(planToMarkdown({ meta: { name: 'deep' }, objectives: objs, keyResults: [] }), { now: NOW });
    expect(r.errors).toEqual([]);
    expect(r.objectives).toHaveLength(depth);
    expect(r.objectives[depth - 1]!.parentId).toBe(`obj-${depth - 1}`);
  });
});
