import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { SeedObjective } from '../../shared/example';
import type { KeyResult, KeyResultPatch, Level, Objective, ObjectivePatch, Subtree } from '../../shared/model';
import { PlanError } from './errors';

const OBJECTIVE_COLUMNS = `id, parent_id AS parentId, level, title, description, owner, period,
  sort_order AS sortOrder, created_at AS createdAt, updated_at AS updatedAt`;
const KR_COLUMNS = `id, objective_id AS objectiveId, title, unit, start, target, current, direction,
  sort_order AS sortOrder, updated_at AS updatedAt`;

const OBJECTIVE_FIELDS: Record<keyof ObjectivePatch, string> = {
  level: 'level',
  title: 'title',
  description: 'description',
  owner: 'owner',
  period: 'period',
};
const KR_FIELDS: Record<keyof KeyResultPatch, string> = {
  title: 'title',
  unit: 'unit',
  start: 'start',
  target: 'target',
  current: 'current',
  direction: 'direction',
};

const CHILD_LEVEL: Record<Level, Level> = { north_star: 'bridge', bridge: 'contribution', contribution: 'contribution' };

export interface NewObjective {
  parentId: string | null;
  index?: number | undefined;
  level?: Level | undefined;
  title: string;
}

export type NewKeyResult = { objectiveId: string; index?: number | undefined; title: string } & Partial<
  Pick<KeyResult, 'unit' | 'start' | 'target' | 'current' | 'direction'>
>;

const now = () => new Date().toISOString();

function statements(db: Database.Database) {
  return {
    objective: db.prepare(`SELECT ${OBJECTIVE_COLUMNS} FROM objectives WHERE id = ?`),
    objectives: db.prepare(`SELECT ${OBJECTIVE_COLUMNS} FROM objectives ORDER BY sort_order, id`),
    kr: db.prepare(`SELECT ${KR_COLUMNS} FROM key_results WHERE id = ?`),
    krs: db.prepare(`SELECT ${KR_COLUMNS} FROM key_results ORDER BY objective_id, sort_order, id`),
    siblings: db.prepare(`SELECT id FROM objectives WHERE parent_id IS ? ORDER BY sort_order, id`).pluck(),
    setObjectiveOrder: db.prepare(`UPDATE objectives SET sort_order = ? WHERE id = ?`),
    krSiblings: db.prepare(`SELECT id FROM key_results WHERE objective_id = ? ORDER BY sort_order, id`).pluck(),
    setKrOrder: db.prepare(`UPDATE key_results SET sort_order = ? WHERE id = ?`),
    insertObjective: db.prepare(`INSERT INTO objectives
      (id, parent_id, level, title, description, owner, period, sort_order, created_at, updated_at)
      VALUES (@id, @parentId, @level, @title, @description, @owner, @period, @sortOrder, @createdAt, @updatedAt)`),
    insertKr: db.prepare(`INSERT INTO key_results
      (id, objective_id, title, unit, start, target, current, direction, sort_order, updated_at)
      VALUES (@id, @objectiveId, @title, @unit, @start, @target, @current, @direction, @sortOrder, @updatedAt)`),
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
  };
}

/**
 * Every read and write of a plan. Each public write is one transaction, so a user action is either
 * on disk whole or not at all.
 */
export class PlanRepo {
  private readonly s: ReturnType<typeof statements>;

  constructor(private readonly db: Database.Database) {
    this.s = statements(db);
  }


  objectives(): Objective[] {
    return this.s.objectives.all() as Objective[];
  }

  keyResults(): KeyResult[] {
    return this.s.krs.all() as KeyResult[];
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

  createObjective = this.tx((input: NewObjective): Objective => {
    const parent = input.parentId === null ? null : this.getObjective(input.parentId);
    const stamp = now();
    const o: Objective = {
      id: randomUUID(),
      parentId: parent?.id ?? null,
      level: input.level ?? (parent ? CHILD_LEVEL[parent.level] : 'north_star'),
      title: input.title,
      description: '',
      owner: parent?.level === 'north_star' ? '' : (parent?.owner ?? ''),
      period: parent?.period ?? '',
      sortOrder: 0,
      createdAt: stamp,
      updatedAt: stamp,
    };
    this.s.insertObjective.run(o);
    const siblings = this.s.siblings.all(o.parentId) as string[];
    this.place(siblings, o.id, input.index ?? siblings.length, this.s.setObjectiveOrder);
    return this.getObjective(o.id);
  });

  updateObjective = this.tx((id: string, patch: ObjectivePatch): Objective => {
    this.getObjective(id);
    this.update('objectives', id, patch, OBJECTIVE_FIELDS);
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
    this.db.prepare(`UPDATE objectives SET parent_id = ?, updated_at = ? WHERE id = ?`).run(parentId, now(), id);
    this.place(this.s.siblings.all(parentId) as string[], id, index, this.s.setObjectiveOrder);
    return old;
  });

  deleteObjective = this.tx((id: string): Subtree => {
    const root = this.getObjective(id);
    const index = (this.s.siblings.all(root.parentId) as string[]).indexOf(id);
    const objectives = this.s.subtree.all(id) as Objective[];
    const keyResults = this.s.subtreeKrs.all(id) as KeyResult[];
    this.s.deleteObjective.run(id);
    return { index, objectives, keyResults };
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
    this.place(this.s.siblings.all(root!.parentId) as string[], root!.id, sub.index, this.s.setObjectiveOrder);
    return null;
  });

  createKeyResult = this.tx((input: NewKeyResult): KeyResult => {
    this.getObjective(input.objectiveId);
    const kr: KeyResult = {
      id: randomUUID(),
      objectiveId: input.objectiveId,
      title: input.title,
      unit: input.unit ?? '',
      start: input.start ?? 0,
      target: input.target ?? 100,
      current: input.current ?? input.start ?? 0,
      direction: input.direction ?? 'increase',
      sortOrder: 0,
      updatedAt: now(),
    };
    this.s.insertKr.run(kr);
    const siblings = this.s.krSiblings.all(kr.objectiveId) as string[];
    this.place(siblings, kr.id, input.index ?? siblings.length, this.s.setKrOrder);
    return this.getKeyResult(kr.id);
  });

  updateKeyResult = this.tx((id: string, patch: KeyResultPatch): KeyResult => {
    this.getKeyResult(id);
    this.update('key_results', id, patch, KR_FIELDS);
    return this.getKeyResult(id);
  });

  deleteKeyResult = this.tx((id: string) => {
    const keyResult = this.getKeyResult(id);
    const index = (this.s.krSiblings.all(keyResult.objectiveId) as string[]).indexOf(id);
    this.s.deleteKr.run(id);
    return { keyResult, index };
  });

  restoreKeyResult = this.tx((keyResult: KeyResult, index: number): null => {
    this.getObjective(keyResult.objectiveId);
    if (this.s.kr.get(keyResult.id)) throw new PlanError('invalid-payload', 'That key result is already in the plan.');
    this.s.insertKr.run(keyResult);
    this.place(this.s.krSiblings.all(keyResult.objectiveId) as string[], keyResult.id, index, this.s.setKrOrder);
    return null;
  });

  /** Inserts a whole seed tree (the example cascade, or a generated plan) in one transaction. */
  seed = this.tx((root: SeedObjective): void => {
    const stamp = now();
    const stack: Array<{ node: SeedObjective; parentId: string | null; order: number }> = [
      { node: root, parentId: null, order: this.s.siblings.all(null).length },
    ];
    while (stack.length) {
      const { node, parentId, order } = stack.pop()!;
      const id = randomUUID();
      this.s.insertObjective.run({
        id,
        parentId,
        level: node.level,
        title: node.title,
        description: node.description,
        owner: node.owner,
        period: node.period,
        sortOrder: order,
        createdAt: stamp,
        updatedAt: stamp,
      });
      node.keyResults.forEach((kr, i) =>
        this.s.insertKr.run({ ...kr, id: randomUUID(), objectiveId: id, sortOrder: i, updatedAt: stamp }),
      );
      node.children.forEach((child, i) => stack.push({ node: child, parentId: id, order: i }));
    }
  });

  private update(
    table: 'objectives' | 'key_results',
    id: string,
    patch: Record<string, unknown>,
    fields: Record<string, string>,
  ): void {
    const keys = Object.keys(patch).filter((k) => patch[k] !== undefined && k in fields);
    if (keys.length === 0) return;
    const sets = keys.map((k) => `${fields[k]} = @${k}`).join(', ');
    this.db.prepare(`UPDATE ${table} SET ${sets}, updated_at = @updatedAt WHERE id = @id`).run({ ...patch, id, updatedAt: now() });
  }

  private tx<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
    return (...args: A) => this.db.transaction(() => fn(...args)).immediate();
  }
}
