import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPlanDb } from '../../electron/db/open';
import { PlanRepo } from '../../electron/db/repo';
import { makeKeyResult, makeObjective } from '../../shared/defaults';
import { EXAMPLE_CASCADE } from '../../shared/example';
import { tmpDir } from '../helpers/tmp';

function examplePlan() {
  const file = path.join(tmpDir(), 'plan.cascade');
  const db = openPlanDb(file, { create: true });
  const repo = new PlanRepo(db);
  repo.seed(EXAMPLE_CASCADE);
  const byTitle = (t: string) => repo.objectives().find((o) => o.title.startsWith(t))!;
  return { file, db, repo, byTitle };
}

const childTitles = (repo: PlanRepo, parentId: string | null) =>
  repo
    .objectives()
    .filter((o) => o.parentId === parentId)
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((o) => o.title);

describe('the plan repository on a real SQLite file', () => {
  it('seeds the article’s example cascade', () => {
    const { repo, byTitle } = examplePlan();
    const star = byTitle('Grow Strategic Advisory Revenue');
    const bridge = byTitle('Deepen Client Relationships');
    const contribution = byTitle('Pilot a Knowledge Gap Audit');
    expect([star.level, bridge.level, contribution.level]).toEqual(['north_star', 'bridge', 'contribution']);
    expect(bridge.parentId).toBe(star.id);
    expect(contribution.parentId).toBe(bridge.id);
    const krs = (id: string) => repo.keyResults().filter((k) => k.objectiveId === id).map((k) => k.title);
    expect(krs(star.id)).toEqual([
      'Achieve $200k in initial training sales',
      'Secure $100k in retraining contracts',
      'Maintain a Customer Satisfaction Score of over 90%',
    ]);
    expect(krs(contribution.id)).toEqual(['Secure $20k in new retraining contracts from gaps identified during the pilot']);
  });

  it('creates children with the next level down and places siblings where asked', () => {
    const { repo, byTitle } = examplePlan();
    const star = byTitle('Grow');
    const { objective: a } = repo.createObjective({ parentId: star.id, title: 'A' });
    expect(a.level).toBe('bridge');
    repo.createObjective({ parentId: star.id, index: 0, title: 'First' });
    expect(childTitles(repo, star.id)).toEqual(['First', 'Deepen Client Relationships via Continuous Learning Programs', 'A']);
  });

  it('updates only the fields given and stamps updated_at', async () => {
    const { repo, byTitle } = examplePlan();
    const before = byTitle('Deepen');
    await new Promise((r) => setTimeout(r, 5));
    const after = repo.updateObjective(before.id, { owner: 'Client Success' });
    expect(after.owner).toBe('Client Success');
    expect(after.title).toBe(before.title);
    expect(after.updatedAt > before.updatedAt).toBe(true);
  });

  it('re-parents, re-levels the branch to its new place, reports where it was, and refuses a cycle', () => {
    const { repo, byTitle } = examplePlan();
    const star = byTitle('Grow');
    const bridge = byTitle('Deepen');
    const pilot = byTitle('Pilot');
    // A contribution moved directly under the North Star becomes a Strategic Bridge.
    expect(repo.moveObjective(pilot.id, star.id, 0)).toEqual({ parentId: bridge.id, index: 0, levels: { [pilot.id]: 'bridge' } });
    expect(repo.getObjective(pilot.id).level).toBe('bridge');
    expect(childTitles(repo, star.id)[0]).toBe(pilot.title);
    expect(() => repo.moveObjective(star.id, pilot.id, 0)).toThrow(/cannot move under itself/);
    expect(() => repo.moveObjective(star.id, star.id, 0)).toThrow(/cannot move under itself/);
    expect(repo.getObjective(star.id).parentId).toBeNull();
  });

  it('deletes a branch and restores it exactly, ids and order included', () => {
    const { repo, byTitle } = examplePlan();
    const star = byTitle('Grow');
    repo.createObjective({ parentId: star.id, title: 'Second bridge' });
    const objectivesBefore = repo.objectives();
    const krsBefore = repo.keyResults();
    const sub = repo.deleteObjective(byTitle('Deepen').id);
    expect(sub.index).toBe(0);
    expect(sub.objectives.map((o) => o.title)).toEqual([
      'Deepen Client Relationships via Continuous Learning Programs',
      'Pilot a Knowledge Gap Audit for Tier-1 accounts to drive organic retraining growth',
    ]);
    expect(repo.objectives()).toHaveLength(2);
    expect(repo.keyResults()).toHaveLength(3);
    repo.restoreSubtree(sub);
    expect(repo.objectives().map(({ sortOrder: _, ...o }) => o)).toEqual(objectivesBefore.map(({ sortOrder: _, ...o }) => o));
    expect(repo.keyResults()).toEqual(krsBefore);
    expect(childTitles(repo, star.id)).toEqual(['Deepen Client Relationships via Continuous Learning Programs', 'Second bridge']);
  });

  it('writes nothing when a restore is half-invalid (one transaction per action)', () => {
    const { repo, byTitle } = examplePlan();
    const sub = repo.deleteObjective(byTitle('Deepen').id);
    const broken = { ...sub, keyResults: [...sub.keyResults, { ...sub.keyResults[0]!, id: 'stray', objectiveId: 'elsewhere' }] };
    expect(() => repo.restoreSubtree(broken)).toThrow(/no objective/);
    expect(repo.objectives()).toHaveLength(1);
  });

  it('creates, edits, deletes and restores key results in order', () => {
    const { repo, byTitle } = examplePlan();
    const star = byTitle('Grow');
    const kr = repo.createKeyResult({ objectiveId: star.id, index: 1, title: 'Win 3 lighthouse clients', target: 3 });
    const titles = () => repo.keyResults().filter((k) => k.objectiveId === star.id).sort((a, b) => a.sortOrder - b.sortOrder).map((k) => k.title);
    expect(titles()[1]).toBe('Win 3 lighthouse clients');
    expect(repo.updateKeyResult(kr.id, { current: 2 }).current).toBe(2);
    const removed = repo.deleteKeyResult(kr.id);
    expect(removed.index).toBe(1);
    expect(titles()).toHaveLength(3);
    repo.restoreKeyResult(removed.keyResult, removed.index);
    expect(titles()[1]).toBe('Win 3 lighthouse clients');
    expect(repo.getKeyResult(kr.id).current).toBe(2);
  });

  it('creates a shelf item with its health metric in one step, and refuses to shelve a parent', () => {
    const { repo, byTitle } = examplePlan();
    const { objective, keyResults } = repo.createObjective({
      parentId: null,
      title: 'Keep support response time healthy',
      gate: 'health_metric',
      keyResults: [{ title: 'First response under 4 hours', unit: 'h', kind: 'stay_below', target: 4, current: 3 }],
    });
    expect(objective.gate).toBe('health_metric');
    expect(keyResults).toMatchObject([{ objectiveId: objective.id, kind: 'stay_below', target: 4, current: 3 }]);
    expect(() => repo.updateObjective(byTitle('Deepen').id, { gate: 'compliance' })).toThrow(/shelf item has no objectives below it/);
    expect(repo.updateObjective(byTitle('Pilot').id, { gate: 'job_requirement' }).gate).toBe('job_requirement');
  });

  it('links a bridge to the parent KR it moves, only a KR of its own parent, and re-links on undo of a KR delete', () => {
    const { repo, byTitle } = examplePlan();
    const star = byTitle('Grow');
    const bridge = byTitle('Deepen');
    const [, retraining] = repo.keyResults().filter((k) => k.objectiveId === star.id);
    const pilotKr = repo.keyResults().find((k) => k.objectiveId === byTitle('Pilot').id)!;
    expect(repo.updateObjective(bridge.id, { parentKrId: retraining!.id }).parentKrId).toBe(retraining!.id);
    expect(() => repo.updateObjective(bridge.id, { parentKrId: pilotKr.id })).toThrow(/directly above it/);
    const removed = repo.deleteKeyResult(retraining!.id);
    expect(removed.linked).toEqual([bridge.id]);
    expect(repo.getObjective(bridge.id).parentKrId).toBeNull();
    repo.restoreKeyResult(removed.keyResult, removed.index, removed.linked);
    expect(repo.getObjective(bridge.id).parentKrId).toBe(retraining!.id);
  });

  it('records when a KR value was last checked in, and keeps dismissals with their reasons', () => {
    const { repo } = examplePlan();
    const kr = repo.keyResults()[0]!;
    const renamed = repo.updateKeyResult(kr.id, { title: 'Achieve $200k in initial training sales (EMEA)' });
    expect(renamed.checkedInAt).toBe(kr.checkedInAt);
    const moved = repo.updateKeyResult(kr.id, { current: 90_000 });
    expect(moved.checkedInAt >= kr.checkedInAt).toBe(true);
    repo.dismiss(kr.id, 'kr-not-measurable', 'Finance reports it monthly');
    expect(repo.dismissals()).toMatchObject([{ subjectId: kr.id, rule: 'kr-not-measurable', reason: 'Finance reports it monthly' }]);
    repo.undismiss(kr.id, 'kr-not-measurable');
    expect(repo.dismissals()).toEqual([]);
  });

  it('imports under an objective in one transaction, giving fresh ids to ids already in the plan', () => {
    const { repo, byTitle } = examplePlan();
    const bridge = byTitle('Deepen');
    const stamp = '2026-01-01T00:00:00.000Z';
    const taken = byTitle('Pilot').id;
    const objectives = [
      makeObjective({ id: taken, parentId: null, level: 'contribution', title: 'Run a client academy' }, stamp),
      makeObjective({ id: 'child', parentId: taken, level: 'contribution', title: 'Record the first module' }, stamp),
    ];
    const keyResults = [makeKeyResult({ id: 'kr', objectiveId: taken, title: 'Enrol 8 accounts', target: 8 }, stamp)];
    const result = repo.importPlan(bridge.id, objectives, keyResults);
    const academy = result.objectives[0]!;
    expect(academy.id).not.toBe(taken);
    expect(academy.parentId).toBe(bridge.id);
    expect(result.objectives[1]).toMatchObject({ id: 'child', parentId: academy.id });
    expect(result.keyResults[0]).toMatchObject({ objectiveId: academy.id });
    expect(repo.objectives()).toHaveLength(5);
  });

  it('refuses an import with a cycle or a dangling KR, writing nothing', () => {
    const { repo } = examplePlan();
    const stamp = '2026-01-01T00:00:00.000Z';
    const cycle = [
      makeObjective({ id: 'a', parentId: 'b', level: 'bridge', title: 'A' }, stamp),
      makeObjective({ id: 'b', parentId: 'a', level: 'bridge', title: 'B' }, stamp),
    ];
    expect(() => repo.importPlan(null, cycle, [])).toThrow(/own ancestor/);
    const lone = [makeObjective({ id: 'c', parentId: null, level: 'bridge', title: 'C' }, stamp)];
    expect(() => repo.importPlan(null, lone, [makeKeyResult({ id: 'k', objectiveId: 'zzz', title: 'Stray' }, stamp)])).toThrow(/belongs to no objective/);
    expect(repo.objectives()).toHaveLength(3);
  });

  it('keeps every committed change after the file is closed and reopened', () => {
    const { file, db, repo, byTitle } = examplePlan();
    const kr = repo.keyResults()[0]!;
    repo.updateKeyResult(kr.id, { current: 123_456 });
    repo.updateObjective(byTitle('Pilot').id, { title: 'Pilot a Knowledge Gap Audit — phase 2' });
    db.close();
    const again = new PlanRepo(openPlanDb(file));
    expect(again.getKeyResult(kr.id).current).toBe(123_456);
    expect(again.objectives().some((o) => o.title === 'Pilot a Knowledge Gap Audit — phase 2')).toBe(true);
  });
});
