import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closePlanDb, openPlanDb } from '../../electron/db/open';
import { PlanError } from '../../electron/db/errors';
import { PlanRepo } from '../../electron/db/repo';
import { EXAMPLE_CASCADE } from '../../shared/example';
import type { Objective } from '../../shared/model';
import { tmpDir } from '../helpers/tmp';

/**
 * The plan's rules, written out here on their own (not with the validator's code), over a whole
 * plan as read back from the file.
 */
function broken(repo: PlanRepo): string[] {
  const objectives = repo.objectives();
  const krs = repo.keyResults();
  const byId = new Map(objectives.map((o) => [o.id, o]));
  const shelf = new Set(['compliance', 'job_requirement', 'health_metric']);
  const out: string[] = [];
  const expected = (o: Objective): string => {
    if (o.parentId === null) return 'north_star';
    return byId.get(o.parentId)!.level === 'north_star' ? 'bridge' : 'contribution';
  };
  const realDate = (d: string) => d === '' || (/^\d{4}-\d{2}-\d{2}$/.test(d) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d);
  const order = new Map<string, Set<number>>();
  for (const o of objectives) {
    if (o.parentId && shelf.has(byId.get(o.parentId)!.gate)) out.push(`${o.title}: child of a shelf item`);
    if (o.level !== expected(o)) out.push(`${o.title}: level ${o.level} under its parent`);
    if (o.parentKrId && krs.find((k) => k.id === o.parentKrId)?.objectiveId !== o.parentId) out.push(`${o.title}: parentKrId of another objective`);
    if (!realDate(o.periodStart) || !realDate(o.periodEnd)) out.push(`${o.title}: impossible date`);
    if (o.periodStart && o.periodEnd && o.periodStart > o.periodEnd) out.push(`${o.title}: period ends before it starts`);
    const key = o.parentId ?? '';
    const seen = order.get(key) ?? new Set<number>();
    if (seen.has(o.sortOrder)) out.push(`${o.title}: duplicate sibling order`);
    seen.add(o.sortOrder);
    order.set(key, seen);
  }
  const krOrder = new Map<string, Set<number>>();
  for (const k of krs) {
    const seen = krOrder.get(k.objectiveId) ?? new Set<number>();
    if (seen.has(k.sortOrder)) out.push(`${k.title}: duplicate KR order`);
    seen.add(k.sortOrder);
    krOrder.set(k.objectiveId, seen);
  }
  return out;
}

const LEVELS = ['north_star', 'bridge', 'contribution'] as const;
const GATES = ['unanswered', 'strategic', 'compliance', 'job_requirement', 'health_metric'] as const;
const DATES = ['', '2026-01-01', '2026-03-31', '2026-12-31', '2026-13-45', '2026-02-30', '2025-12-31', '31/12/2026'];

/** One operation, with indexes into whatever the plan holds at that moment. */
const Op = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), parent: fc.nat(), top: fc.boolean(), level: fc.option(fc.constantFrom(...LEVELS), { nil: undefined }), gate: fc.option(fc.constantFrom(...GATES), { nil: undefined }) }),
  fc.record({ kind: fc.constant('move' as const), who: fc.nat(), to: fc.nat(), top: fc.boolean(), index: fc.nat({ max: 5 }) }),
  fc.record({ kind: fc.constant('gate' as const), who: fc.nat(), gate: fc.constantFrom(...GATES) }),
  fc.record({ kind: fc.constant('level' as const), who: fc.nat(), level: fc.constantFrom(...LEVELS) }),
  fc.record({ kind: fc.constant('dates' as const), who: fc.nat(), start: fc.constantFrom(...DATES), end: fc.constantFrom(...DATES) }),
  fc.record({ kind: fc.constant('link' as const), who: fc.nat(), kr: fc.nat() }),
  fc.record({ kind: fc.constant('kr' as const), who: fc.nat(), index: fc.nat({ max: 4 }) }),
  fc.record({ kind: fc.constant('delete' as const), who: fc.nat() }),
  fc.record({ kind: fc.constant('import' as const), parent: fc.nat(), top: fc.boolean(), level: fc.constantFrom(...LEVELS), gate: fc.constantFrom(...GATES), start: fc.constantFrom(...DATES), withChild: fc.boolean() }),
);
type Op = typeof Op extends fc.Arbitrary<infer T> ? T : never;

function apply(repo: PlanRepo, op: Op): void {
  const objectives = repo.objectives();
  const krs = repo.keyResults();
  const at = <T,>(list: T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);
  const stamp = '2026-03-01T00:00:00.000Z';
  switch (op.kind) {
    case 'create':
      repo.createObjective({ parentId: op.top ? null : (at(objectives, op.parent)?.id ?? null), title: 'New', level: op.level, gate: op.gate });
      return;
    case 'move': {
      const who = at(objectives, op.who);
      if (who) repo.moveObjective(who.id, op.top ? null : (at(objectives, op.to)?.id ?? null), op.index);
      return;
    }
    case 'gate':
    case 'level':
    case 'dates':
    case 'link': {
      const who = at(objectives, op.who);
      if (!who) return;
      if (op.kind === 'gate') repo.updateObjective(who.id, { gate: op.gate });
      if (op.kind === 'level') repo.updateObjective(who.id, { level: op.level });
      if (op.kind === 'dates') repo.updateObjective(who.id, { periodKind: 'custom', periodStart: op.start, periodEnd: op.end });
      if (op.kind === 'link' && krs.length) repo.updateObjective(who.id, { parentKrId: at(krs, op.kr)!.id });
      return;
    }
    case 'kr': {
      const who = at(objectives, op.who);
      if (who) repo.createKeyResult({ objectiveId: who.id, title: 'KR', index: op.index });
      return;
    }
    case 'delete': {
      const who = at(objectives, op.who);
      if (who) {
        const sub = repo.deleteObjective(who.id);
        if (op.who % 2 === 0) repo.restoreSubtree(sub);
      }
      return;
    }
    case 'import': {
      const base = { description: '', owner: '', ownerKind: 'team' as const, period: '', periodKind: 'custom' as const, periodStart: op.start, periodEnd: '2026-12-31', parentKrId: null, weight: 1, rollupMode: 'average' as const, statusOverride: null, createdAt: stamp, updatedAt: stamp };
      const rows: Objective[] = [{ ...base, id: 'imp-a', parentId: null, level: op.level, title: 'Imported', gate: op.gate, sortOrder: 0 }];
      if (op.withChild) rows.push({ ...base, id: 'imp-b', parentId: 'imp-a', level: 'north_star', title: 'Imported child', gate: 'strategic', sortOrder: 0 });
      repo.importPlan(op.top ? null : (at(objectives, op.parent)?.id ?? null), rows, []);
      return;
    }
  }
}

describe('one domain validator in every write', () => {
  it('after every accepted operation the rules hold; a refused one changes nothing and says the rule in words', () => {
    const dir = tmpDir();
    let n = 0;
    const tally = { accepted: 0, refused: 0 };
    fc.assert(
      fc.property(fc.array(Op, { minLength: 1, maxLength: 25 }), (ops) => {
        const db = openPlanDb(path.join(dir, `p${n++}.cascade`), { create: true });
        const repo = new PlanRepo(db);
        repo.seed(EXAMPLE_CASCADE);
        try {
          expect(broken(repo)).toEqual([]);
          for (const op of ops) {
            const before = JSON.stringify([repo.objectives(), repo.keyResults()]);
            try {
              apply(repo, op);
            } catch (err) {
              expect(err).toBeInstanceOf(PlanError);
              expect((err as PlanError).message).not.toMatch(/SQLITE|constraint failed/i);
              expect(JSON.stringify([repo.objectives(), repo.keyResults()])).toBe(before);
              tally.refused++;
              continue;
            }
            tally.accepted++;
            expect(broken(repo)).toEqual([]);
          }
        } finally {
          closePlanDb(db);
        }
      }),
      { numRuns: 120, seed: 12 },
    );
    console.log(`validator property: ${tally.accepted} operations accepted, ${tally.refused} refused`);
    // Both kinds happened, many times.
    expect(tally.accepted).toBeGreaterThan(200);
    expect(tally.refused).toBeGreaterThan(200);
  }, 240_000);

  it('refuses each broken rule with the rule in words', () => {
    const db = openPlanDb(path.join(tmpDir(), 'rules.cascade'), { create: true });
    const repo = new PlanRepo(db);
    repo.seed(EXAMPLE_CASCADE);
    const byLevel = (l: string) => repo.objectives().find((o) => o.level === l)!;
    expect(() => repo.updateObjective(byLevel('contribution').id, { periodKind: 'custom', periodStart: '2026-13-45', periodEnd: '2026-12-31' })).toThrow(/real calendar dates/);
    expect(() => repo.updateObjective(byLevel('contribution').id, { periodKind: 'custom', periodStart: '2026-06-01', periodEnd: '2026-01-01' })).toThrow(/cannot end before it starts/);
    expect(() => repo.updateObjective(byLevel('north_star').id, { level: 'contribution' })).toThrow(/level follows its place/);
    expect(() => repo.createObjective({ parentId: byLevel('north_star').id, title: 'x', level: 'north_star' })).toThrow(/level follows its place/);
    const shelfItem = repo.createObjective({ parentId: null, title: 'Complete GDPR training', gate: 'compliance' }).objective;
    expect(() => repo.createObjective({ parentId: shelfItem.id, title: 'Under the shelf' })).toThrow(/shelf item has no objectives below it/);
    const otherKr = repo.keyResults().find((k) => k.objectiveId === byLevel('contribution').id)!;
    expect(() => repo.updateObjective(byLevel('bridge').id, { parentKrId: otherKr.id })).toThrow(/key result of the objective directly above it/);
    // A North Star moved under a contribution becomes a contribution, and its branch follows.
    const ns = repo.createObjective({ parentId: null, title: 'Second North Star' }).objective;
    const child = repo.createObjective({ parentId: ns.id, title: 'Its bridge' }).objective;
    expect(repo.moveObjective(ns.id, byLevel('contribution').id, 0).levels).toEqual({ [ns.id]: 'contribution', [child.id]: 'contribution' });
    closePlanDb(db);
  });
});
