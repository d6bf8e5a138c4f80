import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { insertPlan } from '../../electron/db/bulk';
import { openPlanDb } from '../../electron/db/open';
import { PLAN_SHAPES, createRng, generatePlan, type GeneratedPlan } from '../helpers/generate';
import { KeyResult, Objective } from '../../shared/model';

function structure(plan: GeneratedPlan) {
  const children = new Map<string | null, string[]>();
  const depth = new Map<string, number>();
  for (const o of plan.objectives) {
    // Parents come first, so a parent's depth is always known.
    const d = o.parentId === null ? 0 : depth.get(o.parentId)! + 1;
    expect(Number.isNaN(d)).toBe(false);
    depth.set(o.id, d);
    const list = children.get(o.parentId) ?? [];
    expect(o.sortOrder).toBe(list.length);
    list.push(o.id);
    children.set(o.parentId, list);
  }
  const subtreeSize = new Map<string, number>();
  for (let i = plan.objectives.length - 1; i >= 0; i--) {
    const o = plan.objectives[i]!;
    const size = (subtreeSize.get(o.id) ?? 0) + 1;
    subtreeSize.set(o.id, size);
    if (o.parentId) subtreeSize.set(o.parentId, (subtreeSize.get(o.parentId) ?? 0) + size);
  }
  return { children, depth, subtreeSize, maxDepth: Math.max(...depth.values()) };
}

describe('createRng', () => {
  it('is deterministic and spread over [0, 1)', () => {
    const a = createRng(123);
    const b = createRng(123);
    const xs = Array.from({ length: 10_000 }, () => a.next());
    expect(xs).toEqual(Array.from({ length: 10_000 }, () => b.next()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const mean = xs.reduce((s, v) => s + v, 0) / xs.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.02);
    const ints = new Set(Array.from({ length: 1000 }, () => a.int(1, 8)));
    expect([...ints].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('generatePlan', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = generatePlan({ n: 1000, seed: 5 });
    expect(generatePlan({ n: 1000, seed: 5 })).toEqual(a);
    expect(generatePlan({ n: 1000, seed: 6 }).objectives.map((o) => o.title)).not.toEqual(a.objectives.map((o) => o.title));
  });

  it.each(PLAN_SHAPES)('gives exactly n valid objectives with 1–5 KRs each (%s)', (shape) => {
    for (const n of [0, 1, 2, 9, 1000]) {
      const plan = generatePlan({ n, shape, seed: 3 });
      expect(plan.objectives).toHaveLength(n);
      const ids = new Set(plan.objectives.map((o) => o.id));
      expect(ids.size).toBe(n);
      expect(new Set(plan.keyResults.map((k) => k.id)).size).toBe(plan.keyResults.length);
      if (n === 0) continue;
      structure(plan);
      expect(plan.objectives.filter((o) => o.parentId === null)).toHaveLength(1);
      for (const o of plan.objectives) expect(() => Objective.parse(o)).not.toThrow();
      for (const k of plan.keyResults) {
        expect(() => KeyResult.parse(k)).not.toThrow();
        expect(ids.has(k.objectiveId)).toBe(true);
      }
      const perObjective = new Map<string, number>();
      for (const k of plan.keyResults) perObjective.set(k.objectiveId, (perObjective.get(k.objectiveId) ?? 0) + 1);
      expect(perObjective.size).toBe(n);
      for (const c of perObjective.values()) expect(c >= 1 && c <= 5).toBe(true);
    }
  });

  it('org: 1–8 children each, levels by depth', () => {
    const plan = generatePlan({ n: 10_000, shape: 'org' });
    const { children, depth, maxDepth } = structure(plan);
    for (const [p, list] of children) if (p !== null) expect(list.length >= 1 && list.length <= 8).toBe(true);
    for (const o of plan.objectives) {
      const d = depth.get(o.id)!;
      expect(o.level).toBe(d === 0 ? 'north_star' : d === 1 ? 'bridge' : 'contribution');
    }
    expect(maxDepth).toBeGreaterThan(4);
    expect(maxDepth).toBeLessThan(20);
  });

  it('wide: 2,000 siblings under one parent', () => {
    const plan = generatePlan({ n: 10_000, shape: 'wide' });
    const { children } = structure(plan);
    expect(children.get(plan.objectives[0]!.id)).toHaveLength(2000);
  });

  it('deep: a 5,000-long chain', () => {
    const plan = generatePlan({ n: 10_000, shape: 'deep' });
    const { maxDepth } = structure(plan);
    expect(maxDepth).toBeGreaterThanOrEqual(4999);
    // The chain is the first branch: objective i's parent is objective i - 1.
    for (let i = 1; i < 5000; i++) expect(plan.objectives[i]!.parentId).toBe(plan.objectives[i - 1]!.id);
  });

  it('skewed: one department holds 60% of the objectives', () => {
    const n = 10_000;
    const plan = generatePlan({ n, shape: 'skewed' });
    const { children, subtreeSize } = structure(plan);
    const depts = children.get(plan.objectives[0]!.id)!;
    expect(depts).toHaveLength(8);
    const sizes = depts.map((d) => subtreeSize.get(d)!).sort((a, b) => b - a);
    expect(sizes[0]).toBe(Math.round(n * 0.6));
    expect(sizes[1]!).toBeLessThan(n * 0.15);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(n - 1);
  });

  it('reads like a real plan: varied titles, owners, periods and progress', () => {
    const plan = generatePlan({ n: 5000, seed: 9 });
    const titles = new Set(plan.objectives.map((o) => o.title));
    expect(titles.size).toBeGreaterThan(2500);
    const lengths = plan.objectives.map((o) => o.title.length);
    expect(Math.min(...lengths)).toBeLessThan(30);
    expect(Math.max(...lengths)).toBeGreaterThan(100);
    expect(new Set(plan.objectives.map((o) => o.owner)).size).toBeGreaterThan(100);
    const periods = new Set(plan.objectives.map((o) => o.period));
    for (const p of periods) expect(['2026', 'H1 2026', 'H2 2026', 'Q1 2026', 'Q2 2026', 'Q3 2026', 'Q4 2026']).toContain(p);
    for (const q of ['Q1 2026', 'Q2 2026', 'Q3 2026', 'Q4 2026']) expect(periods.has(q)).toBe(true);
    const metrics = plan.keyResults.filter((k) => k.kind === 'increase' || k.kind === 'decrease');
    const progress = metrics.map((k) => Math.min(1, Math.max(0, (k.current - k.start) / (k.target - k.start))));
    const share = (f: (p: number) => boolean) => progress.filter(f).length / progress.length;
    expect(share((p) => p === 0)).toBeGreaterThan(0.05);
    expect(share((p) => p === 1)).toBeGreaterThan(0.08);
    expect(share((p) => p > 0.2 && p < 0.8)).toBeGreaterThan(0.4);
    expect(new Set(plan.keyResults.map((k) => k.kind))).toEqual(new Set(['increase', 'decrease', 'stay_above', 'stay_below', 'milestone', 'binary']));
    for (const k of plan.keyResults) {
      if (k.kind === 'binary') expect([0, 1]).toContain(k.current);
      if (k.kind === 'milestone') expect(Number.isInteger(k.current) && k.current >= 0 && k.current <= k.target).toBe(true);
    }
    expect(new Set(plan.objectives.map((o) => o.ownerKind))).toEqual(new Set(['person', 'team', 'group']));
    expect(plan.objectives.filter((o) => o.parentKrId !== null).length).toBeGreaterThan(plan.objectives.length * 0.3);
    const krIds = new Map(plan.keyResults.map((k) => [k.id, k.objectiveId]));
    for (const o of plan.objectives) if (o.parentKrId) expect(krIds.get(o.parentKrId)).toBe(o.parentId);
    const q2 = plan.objectives.find((o) => o.period === 'Q2 2026')!;
    expect([q2.periodKind, q2.periodStart, q2.periodEnd]).toEqual(['quarter', '2026-04-01', '2026-06-30']);
    expect(new Set(plan.keyResults.map((k) => k.checkedInAt)).size).toBeGreaterThan(30);
    expect(new Set(plan.keyResults.map((k) => k.unit)).size).toBeGreaterThan(5);
  });

  it('can prefix ids so that several plans share a database', () => {
    const plan = generatePlan({ n: 10, idPrefix: 'b-' });
    expect(plan.objectives.every((o) => o.id.startsWith('b-') && (o.parentId ?? 'b-').startsWith('b-'))).toBe(true);
    expect(plan.keyResults.every((k) => k.id.startsWith('b-') && k.objectiveId.startsWith('b-'))).toBe(true);
  });
});

// Column by column, independently of PlanRepo, so that a field written to the wrong column shows.
const readObjectives = (db: Database.Database) =>
  db.prepare(`SELECT id, parent_id AS parentId, level, title, description, owner, owner_kind AS ownerKind, period,
    period_kind AS periodKind, period_start AS periodStart, period_end AS periodEnd, gate, parent_kr_id AS parentKrId,
    weight, rollup_mode AS rollupMode, status_override AS statusOverride, sort_order AS sortOrder,
    created_at AS createdAt, updated_at AS updatedAt FROM objectives`).all() as Objective[];
const readKeyResults = (db: Database.Database) =>
  db.prepare(`SELECT id, objective_id AS objectiveId, title, unit, start, target, current, kind, weight,
    sort_order AS sortOrder, checked_in_at AS checkedInAt, updated_at AS updatedAt FROM key_results`).all() as KeyResult[];

describe('insertPlan', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cascade-generate-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes every row as given, in one transaction', () => {
    const db = openPlanDb(path.join(dir, 'plan.cascade'), { create: true });
    try {
      const plan = generatePlan({ n: 2000, shape: 'skewed', seed: 4 });
      // Any row order is fine: foreign keys are checked at commit.
      const shuffled = [...plan.objectives].reverse();
      expect(insertPlan(db, shuffled, plan.keyResults)).toEqual({ objectives: 2000, keyResults: plan.keyResults.length });
      const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
      expect(byId(readObjectives(db))).toEqual(byId(plan.objectives));
      expect(byId(readKeyResults(db))).toEqual(byId(plan.keyResults));
    } finally {
      db.close();
    }
  });

  it('writes nothing when a row is broken', () => {
    const db = openPlanDb(path.join(dir, 'broken.cascade'), { create: true });
    try {
      const plan = generatePlan({ n: 50 });
      const orphan = { ...plan.keyResults[0]!, id: 'orphan', objectiveId: 'missing' };
      expect(() => insertPlan(db, plan.objectives, [...plan.keyResults, orphan])).toThrow(/FOREIGN KEY/);
      expect(readObjectives(db)).toHaveLength(0);
      // Nested in a caller's transaction it becomes part of it.
      db.transaction(() => {
        insertPlan(db, plan.objectives, plan.keyResults);
      })();
      expect(readObjectives(db)).toHaveLength(50);
    } finally {
      db.close();
    }
  });
});
