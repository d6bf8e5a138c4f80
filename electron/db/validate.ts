import type Database from 'better-sqlite3';
import type { GateAnswer, Level } from '../../shared/model';
import { RULES, isShelf, levelUnder, periodProblem } from '../../shared/rules';
import { PlanError } from './errors';

interface Row {
  id: string;
  parentId: string | null;
  level: Level;
  gate: GateAnswer;
  parentKrId: string | null;
  periodStart: string;
  periodEnd: string;
  title: string;
}

const named = (o: Row) => (o.title ? `“${o.title.slice(0, 60)}”: ` : '');
const refuse = (o: Row | null, rule: string): never => {
  throw new PlanError('rule', `${o ? named(o) : ''}${rule} Nothing was changed.`);
};

/**
 * The one domain validator. Called at the end of every write transaction with the objectives and
 * key results the write touched; a broken rule throws, which rolls the whole transaction back.
 * Only what was touched is checked, so one edit in a 50,000-objective plan stays cheap, and an old
 * file with a flaw elsewhere can still be edited.
 */
export class Validator {
  private readonly s;

  constructor(db: Database.Database) {
    this.s = {
      objective: db.prepare(
        `SELECT id, parent_id AS parentId, level, gate, parent_kr_id AS parentKrId, period_start AS periodStart, period_end AS periodEnd, title FROM objectives WHERE id = ?`,
      ),
      hasChildren: db.prepare(`SELECT 1 FROM objectives WHERE parent_id = ? LIMIT 1`).pluck(),
      krOwner: db.prepare(`SELECT objective_id FROM key_results WHERE id = ?`).pluck(),
      siblingClash: db.prepare(`SELECT 1 FROM objectives WHERE parent_id IS ? GROUP BY sort_order HAVING count(*) > 1 LIMIT 1`).pluck(),
      krClash: db.prepare(`SELECT 1 FROM key_results WHERE objective_id = ? GROUP BY sort_order HAVING count(*) > 1 LIMIT 1`).pluck(),
    };
  }

  check(objectiveIds: Iterable<string>, krIds: Iterable<string> = []): void {
    const parents = new Set<string | null>();
    for (const id of objectiveIds) {
      const o = this.s.objective.get(id) as Row | undefined;
      if (!o) continue; // deleted by this write
      const parent = o.parentId === null ? null : (this.s.objective.get(o.parentId) as Row | undefined) ?? null;
      if (parent && isShelf(parent.gate)) refuse(parent, RULES.shelfChildren);
      if (isShelf(o.gate) && this.s.hasChildren.get(o.id)) refuse(o, RULES.shelfChildren);
      if (o.level !== levelUnder(parent?.level ?? null)) refuse(o, RULES.level);
      if (o.parentKrId !== null && this.s.krOwner.get(o.parentKrId) !== o.parentId) refuse(o, RULES.parentKr);
      const period = periodProblem(o.periodStart, o.periodEnd);
      if (period) refuse(o, period);
      parents.add(o.parentId);
    }
    for (const p of parents) if (this.s.siblingClash.get(p)) refuse(null, RULES.siblingOrder);
    const owners = new Set<string>();
    for (const id of krIds) {
      const owner = this.s.krOwner.get(id) as string | undefined;
      if (owner !== undefined) owners.add(owner);
    }
    for (const o of owners) if (this.s.krClash.get(o)) refuse(null, RULES.siblingOrder);
  }
}
