import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { CheckIn, KeyResult, Objective } from '../../shared/model';
import { localDay } from '../../shared/checkins';
import { KR_KEYS, OBJECTIVE_KEYS, insertSql } from './columns';
import { closePlanDb, openPlanDb } from './open';

export interface InsertPlanResult {
  objectives: number;
  keyResults: number;
}

/**
 * Inserts whole rows, ids and sort orders included, in one transaction (one fsync; all or nothing).
 * Called inside another transaction, it becomes a savepoint of it. A row whose parent, objective or
 * parent KR is missing fails the whole insert at commit.
 *
 * Objectives go in parents first with their parent-KR links left out, then key results, then the
 * links, so no foreign key is ever outstanding while rows go in (an outstanding key makes SQLite
 * search for referencing rows on every insert). Checks are still deferred to the commit, so rows in
 * any order are accepted, only more slowly.
 *
 * Every key result's value is a check-in: `checkIns` when given, otherwise each KR's current value
 * becomes its first check-in, on the day it was last checked in.
 *
 * For imports, generated plans (`test/helpers/generate.ts`) and tests; single edits go through PlanRepo.
 */
export function insertPlan(
  db: Database.Database,
  objectives: readonly Objective[],
  keyResults: readonly KeyResult[],
  checkIns?: readonly CheckIn[],
): InsertPlanResult {
  const insertObjective = db.prepare(insertSql('objectives', OBJECTIVE_KEYS));
  const insertKr = db.prepare(insertSql('key_results', KR_KEYS));
  const insertCheckIn = db.prepare(
    `INSERT INTO check_ins (id, key_result_id, date, value, note, confidence, author, created_at) VALUES (@id, @keyResultId, @date, @value, @note, @confidence, @author, @createdAt)`,
  );
  const link = db.prepare(`UPDATE objectives SET parent_kr_id = ? WHERE id = ?`);
  db.transaction(() => {
    // Resets itself at the end of the outermost transaction.
    db.pragma('defer_foreign_keys = ON');
    const { ordered, cyclic } = orderParentsFirst(objectives);
    // Rows on a cycle go in last; the deferred checks and the callers decide about them.
    for (const o of [...ordered, ...cyclic]) insertObjective.run({ ...o, parentKrId: null });
    for (const k of keyResults) insertKr.run(k);
    for (const o of objectives) if (o.parentKrId !== null) link.run(o.parentKrId, o.id);
    if (checkIns) for (const c of checkIns) insertCheckIn.run(c);
    else {
      const today = localDay();
      for (const k of keyResults) {
        // An imported stamp that is not a date still gives the value a day: today.
        const date = /^\d{4}-\d{2}-\d{2}/.test(k.checkedInAt) ? k.checkedInAt.slice(0, 10) : today;
        insertCheckIn.run({ id: randomUUID(), keyResultId: k.id, date, value: k.current, note: '', confidence: null, author: '', createdAt: k.checkedInAt });
      }
    }
  }).immediate();
  return { objectives: objectives.length, keyResults: keyResults.length };
}

/** Writes records into a plan file (created if missing): for generated plans, tests and benchmarks. */
export function writePlanFile(file: string, objectives: readonly Objective[], keyResults: readonly KeyResult[]): InsertPlanResult {
  const db = openPlanDb(file, { create: true });
  try {
    return insertPlan(db, objectives, keyResults);
  } finally {
    closePlanDb(db);
  }
}

/**
 * The objectives with every parent before its children (as given when that is already so), and
 * those that sit on a cycle of parent links, which no order can put after their parents.
 */
export function orderParentsFirst(objectives: readonly Objective[]): { ordered: readonly Objective[]; cyclic: readonly Objective[] } {
  const seen = new Set<string>();
  let ordered = true;
  for (const o of objectives) {
    if (o.parentId !== null && !seen.has(o.parentId)) {
      ordered = false;
      break;
    }
    seen.add(o.id);
  }
  if (ordered) return { ordered: objectives, cyclic: [] };
  const byId = new Map(objectives.map((o) => [o.id, o]));
  const children = new Map<string, Objective[]>();
  const out: Objective[] = [];
  const stack: Objective[] = [];
  for (const o of objectives) {
    if (o.parentId !== null && byId.has(o.parentId)) {
      let list = children.get(o.parentId);
      if (!list) children.set(o.parentId, (list = []));
      list.push(o);
    } else {
      stack.push(o); // a root, or an orphan that the commit will refuse
    }
  }
  const placed = new Set<string>();
  while (stack.length) {
    const o = stack.pop()!;
    placed.add(o.id);
    out.push(o);
    for (const c of children.get(o.id) ?? []) stack.push(c);
  }
  return { ordered: out, cyclic: objectives.filter((o) => !placed.has(o.id)) };
}
