import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closePlanDb, openPlanDb } from '../../electron/db/open';
import { PlanRepo } from '../../electron/db/repo';
import { Snapshots } from '../../electron/db/snapshots';
import { diffPlans, diffSummary } from '../../shared/diff';
import { parseMarkdown } from '../../shared/formats';
import type { KeyResult, Objective } from '../../shared/model';
import { handbookPlan } from '../fixtures/handbook-plan';
import { COMPANY_OUTLINE } from '../helpers/company';
import { tmpDir } from '../helpers/tmp';

/** One random edit: which kind, and numbers that pick its subjects among what exists at that moment. */
const Edit = fc.record({ kind: fc.nat(8), a: fc.nat(10_000), b: fc.nat(10_000), v: fc.integer({ min: -50, max: 500 }) });
type EditSeed = { kind: number; a: number; b: number; v: number };

/** What the test did, as a log: the expected diff is read from this, never from the diff code. */
type Logged =
  | { op: 'add'; id: string }
  | { op: 'delete'; ids: string[] }
  | { op: 'move'; id: string; parentId: string | null }
  | { op: 'set'; id: string; field: 'title' | 'owner' | 'parentKrId'; value: unknown }
  | { op: 'kr-add'; id: string; objectiveId: string }
  | { op: 'kr-delete'; id: string }
  | { op: 'kr-set'; id: string; field: 'title' | 'current'; value: unknown };

const pick = <T,>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);

/** Applies one edit through the real repository (every rule of the app holds), and logs it. */
function apply(repo: PlanRepo, e: EditSeed, log: Logged[], n: number): void {
  const objectives = repo.objectives();
  const krs = repo.keyResults();
  const o = pick(objectives, e.a);
  const k = pick(krs, e.a);
  switch (e.kind) {
    case 0: {
      if (!o) return;
      const title = `Renamed ${n}: ${o.title.slice(0, 40)}`;
      repo.updateObjective(o.id, { title });
      log.push({ op: 'set', id: o.id, field: 'title', value: title });
      return;
    }
    case 1: {
      if (!o) return;
      repo.updateObjective(o.id, { owner: `Owner ${e.v}` });
      log.push({ op: 'set', id: o.id, field: 'owner', value: `Owner ${e.v}` });
      return;
    }
    case 2: {
      // Move under another objective outside its own branch (or to the top).
      if (!o) return;
      const inside = new Set([o.id]);
      for (let grew = true; grew; ) {
        grew = false;
        for (const x of objectives) if (x.parentId && inside.has(x.parentId) && !inside.has(x.id)) (inside.add(x.id), (grew = true));
      }
      const target = e.b % 7 === 0 ? null : (pick(objectives.filter((x) => !inside.has(x.id)), e.b)?.id ?? null);
      repo.moveObjective(o.id, target, 0);
      log.push({ op: 'move', id: o.id, parentId: target });
      // A move lets go of the parent's key result it moved (the app's rule).
      if (o.parentKrId !== null && target !== o.parentId) log.push({ op: 'set', id: o.id, field: 'parentKrId', value: null });
      return;
    }
    case 3: {
      if (!o) return;
      const sub = repo.deleteObjective(o.id);
      log.push({ op: 'delete', ids: sub.objectives.map((x) => x.id) });
      return;
    }
    case 4: {
      const parent = e.b % 5 === 0 ? null : (o?.id ?? null);
      const made = repo.createObjective({ parentId: parent, title: `New objective ${n}`, keyResults: e.v % 2 ? [{ title: `New KR of ${n}`, target: 10 }] : [] });
      log.push({ op: 'add', id: made.objective.id });
      return;
    }
    case 5: {
      if (!k || k.current === e.v) return;
      repo.updateKeyResult(k.id, { current: e.v });
      log.push({ op: 'kr-set', id: k.id, field: 'current', value: e.v });
      return;
    }
    case 6: {
      if (!k) return;
      repo.updateKeyResult(k.id, { title: `KR renamed ${n}` });
      log.push({ op: 'kr-set', id: k.id, field: 'title', value: `KR renamed ${n}` });
      return;
    }
    case 7: {
      if (!o) return;
      const kr = repo.createKeyResult({ objectiveId: o.id, title: `Added KR ${n}`, target: 50 });
      log.push({ op: 'kr-add', id: kr.id, objectiveId: o.id });
      return;
    }
    case 8: {
      if (!k) return;
      const { linked } = repo.deleteKeyResult(k.id);
      log.push({ op: 'kr-delete', id: k.id });
      // Objectives that moved it let go of it (ON DELETE SET NULL).
      for (const id of linked) log.push({ op: 'set', id, field: 'parentKrId', value: null });
    }
  }
}

/** The diff the log implies, against the plan as it was before the first edit. */
function expectedFrom(log: Logged[], start: { objectives: Objective[]; keyResults: KeyResult[] }) {
  const initial = new Map(start.objectives.map((o) => [o.id, o]));
  const initialKr = new Map(start.keyResults.map((k) => [k.id, k]));
  const deleted = new Set<string>();
  const added: string[] = [];
  const parent = new Map<string, string | null>();
  const fields = new Map<string, Map<string, unknown>>();
  const krOwner = new Map(start.keyResults.map((k) => [k.id, k.objectiveId]));
  const krAdded: string[] = [];
  const krDeleted = new Set<string>();
  const krFields = new Map<string, Map<string, unknown>>();
  for (const e of log) {
    if (e.op === 'add') added.push(e.id);
    else if (e.op === 'delete') e.ids.forEach((id) => deleted.add(id));
    else if (e.op === 'move') parent.set(e.id, e.parentId);
    else if (e.op === 'set') (fields.get(e.id) ?? fields.set(e.id, new Map()).get(e.id)!).set(e.field, e.value);
    else if (e.op === 'kr-add') (krAdded.push(e.id), krOwner.set(e.id, e.objectiveId));
    else if (e.op === 'kr-delete') krDeleted.add(e.id);
    else (krFields.get(e.id) ?? krFields.set(e.id, new Map()).get(e.id)!).set(e.field, e.value);
  }
  const alive = (id: string) => !deleted.has(id);
  const kept = [...initial.keys()].filter(alive);
  const krAlive = (id: string) => !krDeleted.has(id) && alive(krOwner.get(id)!);
  const changedValue = (id: string, f: string, was: unknown) => fields.get(id)?.has(f) && fields.get(id)!.get(f) !== was;
  return {
    added: added.filter(alive).sort(),
    removed: [...initial.keys()].filter((id) => deleted.has(id)).sort(),
    moved: kept.filter((id) => parent.has(id) && parent.get(id) !== initial.get(id)!.parentId).sort(),
    retitled: kept.filter((id) => changedValue(id, 'title', initial.get(id)!.title)).sort(),
    changed: kept
      .map((id) => ({ id, fields: (['owner', 'parentKrId'] as const).filter((f) => changedValue(id, f, initial.get(id)![f])) }))
      .filter((c) => c.fields.length)
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    krAdded: krAdded.filter((id) => krAlive(id) && initial.has(krOwner.get(id)!)).sort(),
    krRemoved: [...initialKr.keys()].filter((id) => krDeleted.has(id) && alive(krOwner.get(id)!)).sort(),
    krRetitled: [...initialKr.keys()].filter((id) => krAlive(id) && krFields.get(id)?.has('title') && krFields.get(id)!.get('title') !== initialKr.get(id)!.title).sort(),
    krValues: [...initialKr.keys()]
      .filter((id) => krAlive(id) && krFields.get(id)?.has('current') && krFields.get(id)!.get('current') !== initialKr.get(id)!.current)
      .map((id) => ({ id, before: initialKr.get(id)!.current, after: krFields.get(id)!.get('current') }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}

const ids = (list: readonly { id: string }[]) => list.map((x) => x.id).sort();

/** A realistic plan in a real file, snapshotted, edited at random, and compared with its snapshot. */
function checkPlan(load: (repo: PlanRepo) => void, runs: number) {
  fc.assert(
    fc.property(fc.array(Edit, { minLength: 1, maxLength: 25 }), (edits) => {
      const db = openPlanDb(path.join(tmpDir(), `p${Math.random().toString(36).slice(2)}.cascade`), { create: true });
      try {
        const repo = new PlanRepo(db);
        load(repo);
        const snapshots = new Snapshots(db);
        const start = { objectives: repo.objectives(), keyResults: repo.keyResults() };
        db.transaction(() => snapshots.take('before', 'api'))();
        const log: Logged[] = [];
        edits.forEach((e, n) => {
          try {
            apply(repo, e, log, n);
          } catch (err) {
            // A refused edit (a rule of the method) changes nothing and is not logged.
            if (!(err instanceof Error) || err.name !== 'PlanError') throw err;
          }
        });
        const want = expectedFrom(log, start);
        const got = diffPlans(snapshots.read('before'), { objectives: repo.objectives(), keyResults: repo.keyResults() });
        expect(ids(got.added)).toEqual(want.added);
        expect(ids(got.removed)).toEqual(want.removed);
        expect(ids(got.moved)).toEqual(want.moved);
        expect(ids(got.retitled)).toEqual(want.retitled);
        expect(got.changed.map((c) => ({ id: c.id, fields: [...c.fields].sort() })).sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(want.changed);
        expect(ids(got.keyResults.added)).toEqual(want.krAdded);
        expect(ids(got.keyResults.removed)).toEqual(want.krRemoved);
        expect(ids(got.keyResults.retitled)).toEqual(want.krRetitled);
        expect(got.keyResults.values.map((v) => ({ id: v.id, before: v.before.current, after: v.after.current })).sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(want.krValues);
      } finally {
        closePlanDb(db);
      }
    }),
    { numRuns: runs },
  );
}

describe('the diff of a snapshot and now lists exactly the edits made', () => {
  it('on the company plan (wide and shallow, prose owners, a typo)', () => {
    const outline = parseMarkdown(COMPANY_OUTLINE);
    checkPlan((repo) => repo.importPlan(null, outline.objectives, outline.keyResults), 25);
  });

  it('on the handbook plan (~130 objectives, long titles, linked key results)', () => {
    const plan = handbookPlan();
    checkPlan((repo) => repo.importPlan(null, plan.objectives, plan.keyResults), 15);
  });
});

describe('diff details', () => {
  it('gives key results before → after with the change in progress, and says it in one line', () => {
    const plan = handbookPlan();
    const kr = plan.keyResults.find((k) => k.kind === 'increase' && k.start === 0)!;
    const after = { objectives: plan.objectives, keyResults: plan.keyResults.map((k) => (k.id === kr.id ? { ...k, current: k.target / 2 } : k)) };
    const d = diffPlans(plan, after);
    expect(d.keyResults.values).toHaveLength(1);
    const v = d.keyResults.values[0]!;
    expect(v.before.current).toBe(kr.current);
    expect(v.after).toMatchObject({ current: kr.target / 2, progress: 0.5 });
    expect(v.progressChange).toBeCloseTo(0.5 - kr.current / kr.target);
    expect(diffSummary(d)).toBe('1 key result value changed');
    expect(diffSummary(diffPlans(plan, plan))).toBe('No changes');
  });
});
