import { describe, expect, it } from 'vitest';
import { makeKeyResult, makeObjective } from '../../shared/defaults';
import { JSON_FORMAT, JSON_VERSION, parseJson, planToJson } from '../../shared/formats';
import { Dismissal, KeyResult, Objective } from '../../shared/model';

const NOW = '2030-01-01T00:00:00.000Z';
const T = '2026-02-03T04:05:06.000Z';

const objectives = [
  makeObjective({ id: 'c', parentId: 'a', level: 'bridge', title: 'Second child', sortOrder: 1 }, T),
  makeObjective({ id: 'a', parentId: null, level: 'north_star', title: 'Root', sortOrder: 0 }, T),
  makeObjective({ id: 'b', parentId: 'a', level: 'bridge', title: 'First child', sortOrder: 0 }, T),
  makeObjective({ id: 'd', parentId: 'b', level: 'contribution', title: 'Grandchild', sortOrder: 0 }, T),
  makeObjective({ id: 'z', parentId: null, level: 'north_star', title: 'Second root', sortOrder: 1 }, T),
];
const keyResults = [
  makeKeyResult({ id: 'k2', objectiveId: 'a', title: 'KR two', sortOrder: 1 }, T),
  makeKeyResult({ id: 'k3', objectiveId: 'd', title: 'KR three', sortOrder: 0 }, T),
  makeKeyResult({ id: 'k1', objectiveId: 'a', title: 'KR one', sortOrder: 0, start: -5, target: 0.5, current: -1 }, T),
];
const dismissals: Dismissal[] = [{ subjectId: 'b', rule: 'vague-title', reason: 'It is clear to us', createdAt: T }];
const plan = { meta: { name: 'Plan “Q3”' }, objectives, keyResults, dismissals };

describe('JSON export', () => {
  const json = planToJson(plan);
  const doc = JSON.parse(json) as Record<string, unknown> & { objectives: Array<Record<string, unknown>>; keyResults: Array<Record<string, unknown>> };

  it('has the documented envelope, 2-space indentation and a trailing newline', () => {
    expect(Object.keys(doc)).toEqual(['format', 'version', 'name', 'objectives', 'keyResults', 'dismissals']);
    expect(doc.format).toBe(JSON_FORMAT);
    expect(doc.version).toBe(JSON_VERSION);
    expect(doc.name).toBe('Plan “Q3”');
    expect(json).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    expect(json).not.toMatch(/exportedAt|timestamp/i);
  });

  it('lists objectives depth-first by sortOrder and KRs grouped by objective', () => {
    expect(doc.objectives.map((o) => o.id)).toEqual(['a', 'b', 'd', 'c', 'z']);
    expect(doc.keyResults.map((k) => k.id)).toEqual(['k1', 'k2', 'k3']);
  });

  it('writes every schema field, in schema order', () => {
    for (const o of doc.objectives) expect(Object.keys(o)).toEqual(Object.keys(Objective.shape));
    for (const k of doc.keyResults) expect(Object.keys(k)).toEqual(Object.keys(KeyResult.shape));
  });

  it('drops properties that are not part of the schema', () => {
    const extra = { ...objectives[1]!, secret: 'x' } as Objective;
    expect(planToJson({ ...plan, objectives: [extra] })).not.toContain('secret');
  });

  it('keeps objectives whose parent is missing or who sit in a loop (lossless even for damaged data)', () => {
    const damaged = [
      makeObjective({ id: 'x', parentId: 'y', level: 'bridge', title: 'loop 1' }, T),
      makeObjective({ id: 'y', parentId: 'x', level: 'bridge', title: 'loop 2' }, T),
      makeObjective({ id: 'o', parentId: 'gone', level: 'bridge', title: 'orphan' }, T),
    ];
    const out = JSON.parse(planToJson({ meta: { name: '' }, objectives: damaged, keyResults: [] })) as { objectives: Objective[] };
    expect(out.objectives.map((o) => o.id).sort()).toEqual(['o', 'x', 'y']);
  });

  it('round-trips', () => {
    const back = parseJson(json, { now: NOW });
    expect(back.errors).toEqual([]);
    expect(back.warnings).toEqual([]);
    expect(back.dismissals).toEqual(dismissals);
    expect(planToJson({ meta: { name: back.name! }, objectives: back.objectives, keyResults: back.keyResults, dismissals: back.dismissals })).toBe(json);
  });
});

const envelope = (objs: unknown[], krs: unknown[] = [], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: JSON_FORMAT, version: 1, name: 'x', objectives: objs, keyResults: krs, ...extra }, null, 2);

describe('JSON import rejects bad input with the line and the reason', () => {
  const messages = (text: string) => parseJson(text, { now: NOW }).errors.map((e) => e.message);
  const good = planToJson(plan);

  it('a truncated file', () => {
    const cut = good.slice(0, Math.floor(good.length / 2));
    const r = parseJson(cut, { now: NOW });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.message).toMatch(/^Line \d+: the file ends in the middle of the data; it looks truncated/);
    expect(r.errors[0]!.line).toBe(cut.trimEnd().split('\n').length);
    expect(r.objectives).toEqual([]);
  });

  it('a syntax error, with its line', () => {
    const broken = good.replace('"title": "First child",', '"title": "First child",,');
    const r = parseJson(broken, { now: NOW });
    const line = broken.split('\n').findIndex((l) => l.includes(',,')) + 1;
    expect(r.errors).toEqual([{ line, message: expect.stringMatching(new RegExp(`^Line ${line}: this is not valid JSON`)) }]);
  });

  it('a newer version of the format', () => {
    expect(messages(good.replace('"version": 1', '"version": 2'))).toEqual([
      'Line 1: this file uses format version 2, made by a newer Cascade Planner; this app reads version 1. Update Cascade Planner to import it.',
    ]);
    expect(messages(good.replace('"version": 1', '"version": "one"'))[0]).toMatch(/format version “one” is not valid/);
  });

  it('a file that is not the format at all', () => {
    expect(messages('type,id,parent_id,title\n')[0]).toMatch(/^Line 1: this is not a Cascade Planner JSON file/);
    expect(messages('{"hello": "world"}')).toEqual([
      'Line 1: this is JSON, but not a Cascade Planner export (it lacks "format": "cascade-planner") nor the plain shape { "objectives": [ { "id", "parentId", "title", "keyResults": [ … ] } ] }.',
    ]);
    expect(messages('[1, 2]')[0]).toMatch(/not a Cascade Planner export/);
    expect(messages('')).toEqual(['Line 1: the file is empty.']);
    expect(messages('\u0089PNG\r\n\u001a\n\u0000\u0000')[0]).toMatch(/not a text file/);
  });

  it('wrong types, reported on the line of the item', () => {
    const objs = [
      { ...objectives[1]! },
      { ...objectives[2]!, title: 5, sortOrder: 1.5 },
      { ...objectives[0]!, level: 'boss' },
    ];
    const text = envelope(objs, [{ ...keyResults[0]!, start: '5' }]);
    // The line of the `{` that opens the item with this id.
    const lineOf = (id: string) => {
      const lines = text.split('\n');
      let i = lines.findIndex((l) => l.includes(`"id": "${id}"`));
      while (!/^\s*\{$/.test(lines[i]!)) i--;
      return i + 1;
    };
    expect(messages(text)).toEqual([
      `Line ${lineOf('b')}: title must be text, not the number 5.`,
      `Line ${lineOf('b')}: sortOrder must be a whole number, not the number 1.5.`,
      `Line ${lineOf('c')}: level “boss” is not one of: north_star, bridge, contribution.`,
      `Line ${lineOf('k2')}: start must be a number, not text “5”.`,
    ]);
  });

  it('huge values', () => {
    const text = envelope([{ ...objectives[1]!, owner: 'o'.repeat(201) }]);
    expect(messages(text)).toEqual(['Line 6: owner is 201 characters long; the limit is 200.']);
  });

  it('duplicate ids, missing parents, KRs without their objective', () => {
    const text = envelope(
      [objectives[1], { ...objectives[4]!, id: 'a' }, { ...objectives[3]!, parentId: 'nope' }],
      [{ ...keyResults[0]!, objectiveId: 'gone' }],
    );
    const m = messages(text);
    expect(m).toHaveLength(3);
    expect(m[0]).toMatch(/^Line \d+: id “a” is already used by the objective in line 6; ids must be unique\.$/);
    expect(m[1]).toMatch(/^Line \d+: parentId “nope” does not match any objective in the file\.$/);
    expect(m[2]).toMatch(/^Line \d+: objectiveId “gone” of this key result does not match any objective in the file\.$/);
  });

  it('a KR moved by an objective must belong to its parent', () => {
    const text = envelope(
      [objectives[1], { ...objectives[2]!, parentKrId: 'k3' }, { ...objectives[0]!, parentKrId: 'missing' }],
      [keyResults[0]],
    );
    const m = messages(text);
    expect(m[0]).toMatch(/parentKrId “k3” does not match any key result in the file\./);
    expect(m[1]).toMatch(/parentKrId “missing” does not match any key result in the file\./);
    const wrong = envelope(
      [objectives[1], objectives[2], { ...objectives[3]!, parentKrId: 'k1' }],
      [keyResults[2]],
    );
    expect(messages(wrong)[0]).toMatch(/parentKrId “k1” is a key result of “a”; an objective can only move a key result of the objective directly above it\./);
  });

  it('an objective on the shelf with objectives below it', () => {
    const text = envelope([{ ...objectives[1]!, gate: 'compliance' }, objectives[2]]);
    expect(messages(text)[0]).toMatch(/objective “a” is on the Health & Hygiene shelf but has objectives below it/);
  });

  it('a missing id, and lists that are not lists', () => {
    const { id: _drop, ...noId } = objectives[1]!;
    expect(messages(envelope([noId]))).toEqual(['Line 6: id is missing; every objective needs one.']);
    expect(messages(JSON.stringify({ format: JSON_FORMAT, version: 1, objectives: {} }))).toEqual(['Line 1: "objectives" must be a list, not object.']);
    expect(messages(JSON.stringify({ format: JSON_FORMAT, version: 1 }))).toEqual(['Line 1: the file has no "objectives" list.']);
  });

  it('duplicate dismissals', () => {
    const d = dismissals[0]!;
    expect(messages(envelope([objectives[1]], [], { dismissals: [d, d] }))[0]).toMatch(/is dismissed twice/);
  });
});

describe('JSON import is forgiving where it can be', () => {
  it('fills fields a file lacks with defaults and says so; timestamps silently with `now`', () => {
    const text = envelope([{ id: 'a', parentId: null, title: 'Only a title' }], [{ id: 'k', objectiveId: 'a', title: 'K', start: 10, target: 2 }]);
    const r = parseJson(text, { now: NOW });
    expect(r.errors).toEqual([]);
    expect(r.objectives[0]).toEqual(makeObjective({ id: 'a', parentId: null, level: 'north_star', title: 'Only a title' }, NOW));
    expect(r.keyResults[0]).toEqual(makeKeyResult({ id: 'k', objectiveId: 'a', title: 'K', start: 10, target: 2, current: 10, kind: 'decrease' }, NOW));
    expect(r.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^Line 6: objective “a” has no level, description, owner, ownerKind, period, .*; defaults were used\.$/),
      expect.stringMatching(/^Line \d+: key result “k” has no unit, current, kind, weight, sortOrder; defaults were used\.$/),
    ]);
  });

  it('warns about unknown fields and keys instead of failing', () => {
    const text = envelope([{ ...objectives[1]!, mood: 'happy' }], [], { exportedBy: 'someone' });
    const r = parseJson(text, { now: NOW });
    expect(r.errors).toEqual([]);
    expect(r.objectives).toHaveLength(1);
    expect(r.warnings.map((w) => w.message)).toEqual([
      'Line 1: the top-level key “exportedBy” is not part of the format and was ignored.',
      'Line 6: the field “mood” is not known to this version of Cascade Planner and was ignored (in "objectives").',
    ]);
  });

  it('accepts a BOM', () => {
    expect(parseJson(`\uFEFF${planToJson(plan)}`, { now: NOW }).errors).toEqual([]);
  });
});

describe('the plain interchange JSON', () => {
  const plain = JSON.stringify(
    {
      objectives: [
        { id: 'ns', parentId: null, title: 'Grow advisory revenue', level: 'north-star', owner: 'Leadership', keyResults: [{ title: 'New ARR', unit: '$', start: 0, target: 1_500_000, current: 400_000 }] },
        { id: 'b1', parentId: 'ns', title: 'Deepen client relationships', level: 'bridge', keyResults: [{ id: 'k-churn', title: 'Churn', unit: '%', start: 9, target: 5, direction: 'decrease' }] },
        { id: 'c1', parentId: 'b1', title: 'Pilot the knowledge gap audit', keyResults: [{ title: 'NPS', start: 40, target: 40, direction: 'stay-above' }] },
      ],
    },
    null,
    2,
  );

  it('is told apart from the lossless format and read with its ids, levels, owners and KR numbers', () => {
    const r = parseJson(plain, { now: NOW });
    expect(r.errors).toEqual([]);
    expect(r.objectives.map((o) => [o.id, o.parentId, o.level, o.owner, o.title])).toEqual([
      ['ns', null, 'north_star', 'Leadership', 'Grow advisory revenue'],
      ['b1', 'ns', 'bridge', '', 'Deepen client relationships'],
      ['c1', 'b1', 'contribution', '', 'Pilot the knowledge gap audit'],
    ]);
    expect(r.keyResults.map((k) => [k.id, k.objectiveId, k.unit, k.start, k.current, k.target, k.kind])).toEqual([
      ['ns-kr-1', 'ns', '$', 0, 400_000, 1_500_000, 'increase'],
      ['k-churn', 'b1', '%', 9, 9, 5, 'decrease'],
      ['c1-kr-1', 'c1', '', 40, 40, 40, 'stay_above'],
    ]);
  });

  it('names the line of a bad level, a bad direction and an unknown field', () => {
    const bad = plain.replace('"level": "bridge"', '"level": "team"').replace('"direction": "decrease"', '"direction": "sideways"').replace('"owner": "Leadership"', '"boss": "Leadership"');
    const r = parseJson(bad, { now: NOW });
    expect(r.errors.map((e) => e.message)).toEqual([
      'Line 19: level “team” is not one of: north-star, bridge, contribution.',
      'Line 19: direction “sideways” is not one of: increase, decrease, stay-above, stay-below, milestone, binary.',
    ]);
    expect(r.warnings.map((w) => w.message)).toEqual(['Line 3: the field “boss” is not part of the plain format and was ignored.']);
  });
});
