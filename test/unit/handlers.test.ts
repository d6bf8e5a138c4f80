import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHandlers, dispatch } from '../../electron/api';
import { PlanSession } from '../../electron/session';

// One plan for the whole suite: its folder must outlive each test (tmpDir() is emptied after each),
// because the rollback journal is created beside the plan on every write.
const suiteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cascade-handlers-'));
afterAll(() => fs.rmSync(suiteDir, { recursive: true, force: true }));

function setup() {
  const session = new PlanSession(path.join(suiteDir, 'data'));
  session.create(path.join(suiteDir, 'plan.cascade'), { example: true });
  const handlers = createHandlers(session);
  const snapshot = () => {
    const { objectives, keyResults } = session.snapshot();
    return JSON.stringify({ objectives, keyResults });
  };
  return { session, handlers, snapshot };
}

describe('handler validation', () => {
  const { session, handlers, snapshot } = setup();
  const kr = session.snapshot().keyResults[0]!;
  const star = session.snapshot().objectives.find((o) => o.parentId === null)!;

  const bad: Array<[string, string, unknown]> = [
    ['a string instead of a number', 'updateKeyResult', { id: kr.id, patch: { current: 'lots' } }],
    ['NaN smuggled in as null', 'updateKeyResult', { id: kr.id, patch: { current: null } }],
    ['an unknown field', 'updateKeyResult', { id: kr.id, patch: { current: 1, hacked: true } }],
    ['a structural field in a patch', 'updateObjective', { id: star.id, patch: { parentId: 'x' } }],
    ['a huge title', 'updateObjective', { id: star.id, patch: { title: 'x'.repeat(100_000) } }],
    ['a wrong level', 'updateObjective', { id: star.id, patch: { level: 'galaxy' } }],
    ['no payload at all', 'createObjective', undefined],
    ['an array', 'deleteObjective', [star.id]],
    ['an empty id', 'deleteObjective', { id: '' }],
    ['a negative index', 'moveObjective', { id: star.id, parentId: null, index: -1 }],
    ['an unknown channel', 'dropDatabase', {}],
    ['arguments to a call that takes none', 'getPlan', { everything: true }],
  ];

  it.each(bad)('rejects %s and writes nothing', async (_, method, payload) => {
    const before = snapshot();
    const result = await dispatch(handlers, method, payload);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-payload');
      expect(result.error.message.length).toBeLessThan(400);
    }
    expect(snapshot()).toBe(before);
  });

  it('answers a valid call with the committed result', async () => {
    const result = await dispatch(handlers, 'updateKeyResult', { id: kr.id, patch: { current: 150_000 } });
    expect(result).toMatchObject({ ok: true, value: { id: kr.id, current: 150_000 } });
    expect(session.repo.getKeyResult(kr.id).current).toBe(150_000);
  });

  it('turns domain errors into messages, not crashes', async () => {
    const result = await dispatch(handlers, 'updateKeyResult', { id: 'gone', patch: { current: 1 } });
    expect(result).toEqual({ ok: false, error: { code: 'not-found', message: 'That key result no longer exists in this plan.' } });
    const cycle = await dispatch(handlers, 'moveObjective', { id: star.id, parentId: session.snapshot().objectives.at(-1)!.id, index: 0 });
    expect(cycle).toMatchObject({ ok: false, error: { code: 'cycle' } });
  });
});
