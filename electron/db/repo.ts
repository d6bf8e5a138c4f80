import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { type SeedObjective, flattenSeed } from '../../shared/example';
import {
  type CheckIn,
  type Dismissal,
  KeyResult,
  type GateAnswer,
  type KeyResultPatch,
  type Level,
  type Objective,
  type ObjectivePatch,
  type Subtree,
} from '../../shared/model';
import { makeKeyResult, makeObjective } from '../../shared/defaults';
import { insertPlan, orderParentsFirst } from './bulk';
import { KR_KEYS, OBJECTIVE_KEYS, insertSql, selectList, snake } from './columns';
import { PlanError } from './errors';
import { type CheckInChange, type CheckInFields, type CheckInPatch, CheckIns, checkInStatements } from './checkins';
import { Validator } from './validate';
import { WorkshopRepo } from './workshop';
import { levelUnder } from '../../shared/rules';
import { formatNumber } from '../../shared/number';

const OBJECTIVE_COLUMNS = selectList(OBJECTIVE_KEYS);
const KR_COLUMNS = selectList(KR_KEYS);

export interface NewObjective {
  parentId: string | null;
  index?: number | undefined;
  level?: Level | undefined;
  title: string;
  gate?: GateAnswer | undefined;
  keyResults?: Array<Omit<NewKeyResult, 'objectiveId' | 'index'>> | undefined;
}

export type NewKeyResult = { objectiveId: string; index?: number | undefined; title: string } & Partial<
  Pick<KeyResult, 'unit' | 'start' | 'target' | 'current' | 'kind'>
>;

const now = () => new Date().toISOString();

/**
 * Compare-and-set per field: an edit carries the values it was based on (`expect`) for the fields
 * it changes; when the plan holds others, another window, tab or program changed them since, and
 * the edit is refused in words with what the plan holds now, never applied over it.
 */
function refuseStale<T extends object>(row: T, patch: Partial<T>, expect: Partial<T>, what: string, describe: (key: string, value: unknown) => string): void {
  const changed = (Object.keys(patch) as (keyof T & string)[]).filter((k) => k in expect && expect[k] !== undefined && expect[k] !== row[k]);
  if (changed.length === 0) return;
  const now = changed.map((k) => describe(k, row[k])).join('; ');
  throw new PlanError('stale', `${what[0]!.toUpperCase()}${what.slice(1)} was changed in another window, tab or program while you edited it: ${now}. Your change was not saved; the plan shows the current value.`);
}

const FIELD_NAMES: Record<string, string> = { title: 'its title', current: 'its current value', target: 'its target', start: 'its start', unit: 'its unit', owner: 'its owner', description: 'its description' };
const describeObjectiveValue = (key: string, value: unknown) =>
  `${FIELD_NAMES[key] ?? `its ${snake(key).replace(/_/g, ' ')}`} is now ${typeof value === 'string' ? `“${value}”` : String(value)}`;
const describeKrValue = (key: string, value: unknown, unit: string) =>
  typeof value === 'number' && ['current', 'target', 'start'].includes(key)
    ? `${FIELD_NAMES[key]} is now ${formatNumber(value, unit)}`
    : describeObjectiveValue(key, value);

function statements(db: Database.Database) {
  return {
    objective: db.prepare(`SELECT ${OBJECTIVE_COLUMNS} FROM objectives WHERE id = ?`),
    objectives: db.prepare(`SELECT ${OBJECTIVE_COLUMNS} FROM objectives ORDER BY sort_order, id`),
    objectiveRows: db.prepare(`SELECT ${OBJECTIVE_KEYS.map(snake).join(', ')} FROM objectives ORDER BY sort_order, id`).raw(),
    krRows: db.prepare(`SELECT ${KR_KEYS.map(snake).join(', ')} FROM key_results ORDER BY objective_id, sort_order, id`).raw(),
    kr: db.prepare(`SELECT ${KR_COLUMNS} FROM key_results WHERE id = ?`),
    krs: db.prepare(`SELECT ${KR_COLUMNS} FROM key_results ORDER BY objective_id, sort_order, id`),
    siblings: db.prepare(`SELECT id FROM objectives WHERE parent_id IS ? ORDER BY sort_order, id`).pluck(),
    setObjectiveOrder: db.prepare(`UPDATE objectives SET sort_order = ? WHERE id = ?`),
    krSiblings: db.prepare(`SELECT id FROM key_results WHERE objective_id = ? ORDER BY sort_order, id`).pluck(),
    setKrOrder: db.prepare(`UPDATE key_results SET sort_order = ? WHERE id = ?`),
    insertObjective: db.prepare(insertSql('objectives', OBJECTIVE_KEYS)),
    insertKr: db.prepare(insertSql('key_results', KR_KEYS)),
    subtree: db.prepare(`WITH RECURSIVE sub(id, depth) AS (
        SELECT id, 0 FROM objectives WHERE id = ?
        UNION ALL SELECT o.id, sub.depth + 1 FROM objectives o JOIN sub ON o.parent_id = sub.id)
      SELECT ${OBJECTIVE_COLUMNS} FROM objectives JOIN sub USING (id) ORDER BY sub.depth, sort_order, id`),
    subtreeKrs: db.prepare(`WITH RECURSIVE sub(id) AS (
        SELECT id FROM objectives WHERE id = ?
        UNION ALL SELECT o.id FROM objectives o JOIN sub ON o.parent_id = sub.id)
      SELECT ${KR_COLUMNS} FROM key_results WHERE objective_id IN (SELECT id FROM sub)
      ORDER BY objective_id, sort_order, id`),
    ancestors: db.prepare(`WITH RECURSIVE up(id) AS (
        SELECT ? UNION SELECT o.parent_id FROM objectives o JOIN up ON o.id = up.id WHERE o.parent_id IS NOT NULL)
      SELECT id FROM up`).pluck(),
    deleteObjective: db.prepare(`DELETE FROM objectives WHERE id = ?`),
    deleteKr: db.prepare(`DELETE FROM key_results WHERE id = ?`),
    count: db.prepare(`SELECT count(*) FROM objectives`).pluck(),
    totalChanges: db.prepare(`SELECT total_changes()`).pluck(),
    dismissals: db.prepare(`SELECT subject_id AS subjectId, rule, reason, created_at AS createdAt FROM dismissals ORDER BY created_at, subject_id, rule`),
    // An upsert, not INSERT OR REPLACE: a replace deletes without firing delete triggers, so undo would not see the old row.
    dismiss: db.prepare(`INSERT INTO dismissals (subject_id, rule, reason, created_at) VALUES (@subjectId, @rule, @reason, @createdAt)
      ON CONFLICT (subject_id, rule) DO UPDATE SET reason = excluded.reason, created_at = excluded.created_at`),
    undismiss: db.prepare(`DELETE FROM dismissals WHERE subject_id = ? AND rule = ?`),
    movedBy: db.prepare(`SELECT id FROM objectives WHERE parent_kr_id = ?`).pluck(),
    link: db.prepare(`UPDATE objectives SET parent_kr_id = ? WHERE id = ? AND parent_id = ?`),
    reparent: db.prepare(`UPDATE objectives SET parent_id = ?, parent_kr_id = NULL, updated_at = ? WHERE id = ?`),
    setLevel: db.prepare(`UPDATE objectives SET level = ? WHERE id = ?`),
    branch: db.prepare(`WITH RECURSIVE sub(id, depth) AS (
        SELECT id, 0 FROM objectives WHERE id = ?
        UNION ALL SELECT o.id, sub.depth + 1 FROM objectives o JOIN sub ON o.parent_id = sub.id)
      SELECT o.id, o.parent_id AS parentId, o.level FROM objectives o JOIN sub USING (id) ORDER BY sub.depth`),
    levelOf: db.prepare(`SELECT level FROM objectives WHERE id = ?`).pluck(),
  };
}

/**
 * Every read and write of a plan. Each public write is one transaction, so a user action is either
 * on disk whole or not at all.
 */
export class PlanRepo {
  private readonly s: ReturnType<typeof statements>;
  private readonly rules: Validator;
  /** Every value each key result has had (format 5). */
  readonly checkIns: CheckIns;
  /** Workshop mode's sessions, stickies, votes and rounds (format 7), in the same file. */
  readonly workshop: WorkshopRepo;

  constructor(private readonly db: Database.Database) {
    this.s = statements(db);
    this.rules = new Validator(db);
    this.checkIns = new CheckIns(checkInStatements(db));
    this.workshop = new WorkshopRepo(db, this);
  }

  /**
   * Gives a branch the levels of its place (see shared/rules.ts) and says which ones changed, so
   * the renderer can follow without reading the plan again.
   */
  private relevel(rootId: string): Record<string, Level> {
    const changed: Record<string, Level> = {};
    const levels = new Map<string, Level>();
    for (const row of this.s.branch.all(rootId) as { id: string; parentId: string | null; level: Level }[]) {
      const parentLevel = row.parentId === null ? null : (levels.get(row.parentId) ?? (this.s.levelOf.get(row.parentId) as Level));
      const level = levelUnder(parentLevel);
      levels.set(row.id, level);
      if (level !== row.level) {
        this.s.setLevel.run(level, row.id);
        changed[row.id] = level;
      }
    }
    return changed;
  }


  objectives(): Objective[] {
    return this.s.objectives.all() as Objective[];
  }

  keyResults(): KeyResult[] {
    return this.s.krs.all() as KeyResult[];
  }

  /** Objectives as arrays of values in schema field order (see shared/rows.ts). */
  objectiveRows(): unknown[][] {
    return this.s.objectiveRows.all() as unknown[][];
  }

  keyResultRows(): unknown[][] {
    return this.s.krRows.all() as unknown[][];
  }

  /** Rows changed through this connection since it opened: a cheap key for what was read before. */
  changeCount(): number {
    return this.s.totalChanges.get() as number;
  }

  isEmpty(): boolean {
    return (this.s.count.get() as number) === 0;
  }

  getObjective(id: string): Objective {
    const o = this.s.objective.get(id) as Objective | undefined;
    if (!o) throw new PlanError('not-found', 'That objective no longer exists in this plan.');
    return o;
  }

  getKeyResult(id: string): KeyResult {
    const kr = this.s.kr.get(id) as KeyResult | undefined;
    if (!kr) throw new PlanError('not-found', 'That key result no longer exists in this plan.');
    return kr;
  }

  /** Puts `id` at `index` among its siblings and renumbers them densely. */
  private place(ids: string[], id: string, index: number, set: Database.Statement): void {
    const rest = ids.filter((x) => x !== id);
    rest.splice(Math.min(index, rest.length), 0, id);
    rest.forEach((x, i) => set.run(i, x));
  }

  createObjective = this.tx((input: NewObjective): { objective: Objective; keyResults: KeyResult[] } => {
    const parent = input.parentId === null ? null : this.getObjective(input.parentId);
    // A new objective sets no period of its own: it inherits its parent's until one is set
    // (shared/period.ts), so changing the parent's period moves its children's too. A team or
    // person names themselves.
    const inheritOwner = parent !== null && parent.level !== 'north_star';
    const o = makeObjective(
      {
        id: randomUUID(),
        parentId: parent?.id ?? null,
        level: input.level ?? levelUnder(parent?.level ?? null),
        title: input.title,
        ...(input.gate ? { gate: input.gate } : {}),
        ...(inheritOwner ? { owner: parent.owner, ownerKind: parent.ownerKind } : {}),
      },
      now(),
    );
    this.s.insertObjective.run(o);
    const siblings = this.s.siblings.all(o.parentId) as string[];
    this.place(siblings, o.id, input.index ?? siblings.length, this.s.setObjectiveOrder);
    const keyResults = (input.keyResults ?? []).map((kr) => this.createKeyResult({ ...kr, objectiveId: o.id }));
    this.rules.check([o.id]);
    return { objective: this.getObjective(o.id), keyResults };
  });

  updateObjective = this.tx((id: string, patch: ObjectivePatch, expect?: ObjectivePatch): Objective => {
    const before = this.getObjective(id);
    if (expect) refuseStale(before, patch, expect, `“${before.title || 'untitled'}”`, (k, v) => describeObjectiveValue(k, v));
    if (patch.parentKrId) this.getKeyResult(patch.parentKrId);
    this.update('objectives', id, patch);
    this.rules.check([id]);
    return this.getObjective(id);
  });

  moveObjective = this.tx((id: string, parentId: string | null, index: number) => {
    const o = this.getObjective(id);
    if (parentId !== null) {
      this.getObjective(parentId);
      if ((this.s.ancestors.all(parentId) as string[]).includes(id)) {
        throw new PlanError('cycle', 'An objective cannot move under itself or one of its own children.');
      }
    }
    const oldSiblings = this.s.siblings.all(o.parentId) as string[];
    const old = { parentId: o.parentId, index: oldSiblings.indexOf(id) };
    // The key result it moved belonged to the old parent.
    this.s.reparent.run(parentId, now(), id);
    this.place(this.s.siblings.all(parentId) as string[], id, index, this.s.setObjectiveOrder);
    const levels = this.relevel(id);
    this.rules.check([id, ...Object.keys(levels)]);
    return { ...old, levels };
  });

  deleteObjective = this.tx((id: string): Subtree => {
    const root = this.getObjective(id);
    const index = (this.s.siblings.all(root.parentId) as string[]).indexOf(id);
    const objectives = this.s.subtree.all(id) as Objective[];
    const keyResults = this.s.subtreeKrs.all(id) as KeyResult[];
    const checkIns = this.checkIns.ofBranch(id);
    this.s.deleteObjective.run(id);
    return { index, objectives, keyResults, checkIns };
  });

  /** Puts a deleted branch back with its original ids, fields and position. */
  restoreSubtree = this.tx((sub: Subtree): null => {
    const ids = new Set(sub.objectives.map((o) => o.id));
    const [root] = sub.objectives;
    for (const o of sub.objectives) {
      if (this.s.objective.get(o.id)) throw new PlanError('invalid-payload', 'That branch is already in the plan.');
      if (o !== root && (o.parentId === null || !ids.has(o.parentId))) {
        throw new PlanError('invalid-payload', 'A restored branch must hang together under its first objective.');
      }
    }
    if (root!.parentId !== null) this.getObjective(root!.parentId);
    // Objectives inside the branch may point at key results of the branch, inserted after them.
    this.db.pragma('defer_foreign_keys = ON');
    // Parents first: the list is in breadth-first order from the delete.
    const pending = new Set<string>();
    for (const o of sub.objectives) {
      if (o !== root && !pending.has(o.parentId!)) {
        throw new PlanError('invalid-payload', 'A restored branch must list parents before children.');
      }
      this.s.insertObjective.run(o);
      pending.add(o.id);
    }
    for (const kr of sub.keyResults) {
      if (!ids.has(kr.objectiveId)) throw new PlanError('invalid-payload', 'A key result in that branch has no objective.');
      this.s.insertKr.run(kr);
    }
    const krIds = new Set(sub.keyResults.map((k) => k.id));
    if (sub.checkIns.some((c) => !krIds.has(c.keyResultId))) throw new PlanError('invalid-payload', 'A check-in in that branch has no key result.');
    this.checkIns.restore(sub.checkIns);
    this.place(this.s.siblings.all(root!.parentId) as string[], root!.id, sub.index, this.s.setObjectiveOrder);
    this.relevel(root!.id);
    this.rules.check(ids, sub.keyResults.map((k) => k.id));
    return null;
  });

  createKeyResult = this.tx((input: NewKeyResult): KeyResult => {
    this.getObjective(input.objectiveId);
    const { index: _, ...fields } = input;
    const stamp = now();
    const kr = makeKeyResult({ ...fields, id: randomUUID() }, stamp);
    this.s.insertKr.run(kr);
    // Its first value is its first check-in, so its history starts where it did.
    this.checkIns.add(kr.id, { value: kr.current }, stamp);
    const siblings = this.s.krSiblings.all(kr.objectiveId) as string[];
    this.place(siblings, kr.id, input.index ?? siblings.length, this.s.setKrOrder);
    this.rules.check([], [kr.id]);
    return this.getKeyResult(kr.id);
  });

  updateKeyResult = this.tx((id: string, patch: KeyResultPatch, expect?: KeyResultPatch): KeyResult => {
    const kr = this.getKeyResult(id);
    if (expect) refuseStale(kr, patch, expect, `key result “${kr.title || 'untitled'}”`, (k, v) => describeKrValue(k, v, kr.unit));
    const { current, ...rest } = patch;
    this.update('key_results', id, rest);
    // Every change of the current value is a check-in, dated today.
    if (current !== undefined && current !== kr.current) {
      const stamp = now();
      this.checkIns.add(id, { value: current }, stamp);
      this.checkIns.sync(id, stamp);
    }
    this.rules.check([], [id]);
    return this.getKeyResult(id);
  });

  /** Records a value on a day (today unless back-dated); the KR's current value follows its latest check-in. */
  addCheckIn = this.tx((krId: string, fields: CheckInFields, expect?: { current: number }): CheckInChange => {
    const kr = this.getKeyResult(krId);
    if (expect) refuseStale(kr, { current: fields.value }, expect, `key result “${kr.title || 'untitled'}”`, (k, v) => describeKrValue(k, v, kr.unit));
    const stamp = now();
    const checkIn = this.checkIns.add(krId, fields, stamp);
    this.checkIns.sync(krId, stamp);
    return { checkIn, keyResult: this.getKeyResult(krId) };
  });

  /**
   * Several check-ins in one transaction (a spreadsheet's worth from the command line): all are
   * written or, when one is refused, none.
   */
  addCheckIns = this.tx((rows: ReadonlyArray<{ krId: string } & CheckInFields>): CheckInChange[] => {
    const stamp = now();
    const out = rows.map((r) => {
      this.getKeyResult(r.krId);
      return this.checkIns.add(r.krId, r, stamp);
    });
    for (const krId of new Set(rows.map((r) => r.krId))) this.checkIns.sync(krId, stamp);
    return out.map((checkIn) => ({ checkIn, keyResult: this.getKeyResult(checkIn.keyResultId) }));
  });

  updateCheckIn = this.tx((id: string, patch: CheckInPatch): CheckInChange => {
    const checkIn = this.checkIns.update(id, patch);
    this.checkIns.sync(checkIn.keyResultId, now());
    return { checkIn, keyResult: this.getKeyResult(checkIn.keyResultId) };
  });

  deleteCheckIn = this.tx((id: string): CheckInChange => {
    const checkIn = this.checkIns.remove(id);
    this.checkIns.sync(checkIn.keyResultId, now());
    return { checkIn, keyResult: this.getKeyResult(checkIn.keyResultId) };
  });

  /** Puts a deleted check-in back exactly as it was (undo). */
  restoreCheckIn = this.tx((checkIn: CheckIn): CheckInChange => {
    this.getKeyResult(checkIn.keyResultId);
    if (this.checkIns.ofKr(checkIn.keyResultId).some((c) => c.id === checkIn.id)) throw new PlanError('invalid-payload', 'That check-in is already in the plan.');
    this.checkIns.restore([checkIn]);
    this.checkIns.sync(checkIn.keyResultId, now());
    return { checkIn, keyResult: this.getKeyResult(checkIn.keyResultId) };
  });

  /** Deletes a KR and says which objectives moved it, so that undo can link them again. */
  deleteKeyResult = this.tx((id: string) => {
    const keyResult = this.getKeyResult(id);
    const index = (this.s.krSiblings.all(keyResult.objectiveId) as string[]).indexOf(id);
    const linked = this.s.movedBy.all(id) as string[];
    const checkIns = this.checkIns.ofKr(id);
    this.s.deleteKr.run(id);
    return { keyResult, index, linked, checkIns };
  });

  restoreKeyResult = this.tx((keyResult: KeyResult, index: number, linked: readonly string[] = [], checkIns: readonly CheckIn[] = []): null => {
    this.getObjective(keyResult.objectiveId);
    if (this.s.kr.get(keyResult.id)) throw new PlanError('invalid-payload', 'That key result is already in the plan.');
    if (checkIns.some((c) => c.keyResultId !== keyResult.id)) throw new PlanError('invalid-payload', 'A check-in given with that key result belongs to another one.');
    this.s.insertKr.run(keyResult);
    this.checkIns.restore(checkIns);
    for (const o of linked) this.s.link.run(keyResult.id, o, keyResult.objectiveId);
    this.place(this.s.krSiblings.all(keyResult.objectiveId) as string[], keyResult.id, index, this.s.setKrOrder);
    this.rules.check(linked, [keyResult.id]);
    return null;
  });

  dismissals(): Dismissal[] {
    return this.s.dismissals.all() as Dismissal[];
  }

  dismiss = this.tx((subjectId: string, rule: string, reason: string): Dismissal => {
    const d = { subjectId, rule, reason, createdAt: now() };
    this.s.dismiss.run(d);
    return d;
  });

  undismiss = this.tx((subjectId: string, rule: string): null => {
    this.s.undismiss.run(subjectId, rule);
    return null;
  });

  /**
   * Adds imported objectives and KRs to the plan in one transaction. Ids already in the plan are
   * given fresh ones (references follow), the import's top level goes under `parentId`, and a file
   * whose parent links do not form a tree is refused whole.
   */
  importPlan = this.tx((parentId: string | null, objectives: readonly Objective[], keyResults: readonly KeyResult[], dismissals: readonly Dismissal[] = []) => {
    const target = parentId === null ? null : this.getObjective(parentId);
    const fresh = (id: string) => (this.s.objective.get(id) || this.s.kr.get(id) ? randomUUID() : id);
    const oid = new Map(objectives.map((o) => [o.id, fresh(o.id)]));
    const kid = new Map(keyResults.map((k) => [k.id, fresh(k.id)]));
    if (oid.size !== objectives.length || kid.size !== keyResults.length) {
      throw new PlanError('invalid-payload', 'The import lists the same id twice; nothing was imported.');
    }
    const byId = new Map(objectives.map((o) => [o.id, o]));
    const { ordered, cyclic } = orderParentsFirst(objectives);
    if (cyclic.length) {
      throw new PlanError('invalid-payload', `“${cyclic[0]!.title}” is its own ancestor (a cycle of parent links); nothing was imported.`);
    }
    // Into an empty place the file's own order and timestamps stand, so JSON → import → JSON is
    // identical; otherwise the import's top level goes after what is already there.
    const existing = (this.s.siblings.all(parentId) as string[]).length;
    const out: Objective[] = [];
    // The import goes in at a place; its levels follow that place (shared/rules.ts).
    const levels = new Map<string, Level>();
    for (const o of ordered) {
      const isRoot = o.parentId === null || !byId.has(o.parentId);
      const level = levelUnder(isRoot ? (target?.level ?? null) : levels.get(o.parentId!)!);
      levels.set(o.id, level);
      const link = o.parentKrId && kid.has(o.parentKrId) && !isRoot ? kid.get(o.parentKrId)! : null;
      const row: Objective = {
        ...o,
        id: oid.get(o.id)!,
        level,
        parentId: isRoot ? parentId : oid.get(o.parentId!)!,
        parentKrId: link,
        sortOrder: isRoot && existing > 0 ? existing + o.sortOrder : o.sortOrder,
      };
      out.push(row);
    }
    const krs = keyResults.map((k) => {
      const objectiveId = oid.get(k.objectiveId);
      if (!objectiveId) throw new PlanError('invalid-payload', `Key result “${k.title}” belongs to no objective in the import; nothing was imported.`);
      return { ...k, id: kid.get(k.id)!, objectiveId };
    });
    insertPlan(this.db, out, krs);
    const subject = (id: string) => oid.get(id) ?? kid.get(id);
    for (const d of dismissals) {
      const id = subject(d.subjectId);
      if (id) this.s.dismiss.run({ ...d, subjectId: id });
    }
    this.rules.check(out.map((o) => o.id), krs.map((k) => k.id));
    return { objectives: out, keyResults: krs };
  });

  /** Inserts a whole seed tree (the example cascade) in one transaction, after what is there. */
  seed = this.tx((root: SeedObjective): void => {
    const { objectives, keyResults, checkIns } = flattenSeed(root, { objective: () => randomUUID(), keyResult: () => randomUUID() }, now(), (this.s.siblings.all(null) as string[]).length);
    insertPlan(this.db, objectives, keyResults, checkIns.map((c) => ({ ...c, id: randomUUID() })));
    this.rules.check(objectives.map((o) => o.id), keyResults.map((k) => k.id));
  });

  private update(table: 'objectives' | 'key_results', id: string, patch: Record<string, unknown>): void {
    const keys = Object.keys(patch).filter((k) => patch[k] !== undefined);
    if (keys.length === 0) return;
    const sets = keys.map((k) => `${snake(k)} = @${k}`).join(', ');
    this.db.prepare(`UPDATE ${table} SET ${sets}, updated_at = @updatedAt WHERE id = @id`).run({ ...patch, id, updatedAt: now() });
  }

  private tx<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
    return (...args: A) => this.db.transaction(() => fn(...args)).immediate();
  }
}
