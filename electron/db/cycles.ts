import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { type CarryChoices, type CycleInfo, planNextCycle } from '../../shared/cycles';
import { PlanError } from './errors';
import type { PlanRepo } from './repo';
import { Snapshots } from './snapshots';

const now = () => new Date().toISOString();
export const MAX_CYCLE_NAME = 80;

function cleanName(name: string, what: string): string {
  const clean = name.trim();
  if (!clean) throw new PlanError('rule', `${what} needs a name, e.g. “Q1 2027”. Nothing was changed.`);
  if (clean.length > MAX_CYCLE_NAME) throw new PlanError('rule', `A cycle’s name is at most ${MAX_CYCLE_NAME} characters. Nothing was changed.`);
  return clean;
}

/**
 * A plan's cycles. The live tables hold the newest cycle; a closed cycle lives on in the snapshot
 * taken when it closed. The freeze itself is the file's triggers (migration 6), so it holds for
 * every writer; this class only closes and starts cycles, each in one transaction.
 */
export class Cycles {
  readonly snapshots: Snapshots;
  private readonly s;

  constructor(
    private readonly db: Database.Database,
    private readonly repo: PlanRepo,
  ) {
    this.snapshots = new Snapshots(db);
    this.s = {
      list: db.prepare(
        `SELECT c.id, c.name, c.number, c.started_at AS startedAt, c.closed_at AS closedAt, s.name AS snapshot
         FROM cycles c LEFT JOIN snapshots s ON s.id = c.snapshot_id ORDER BY c.number`,
      ),
      insert: db.prepare(`INSERT INTO cycles (id, name, number, started_at) VALUES (?, ?, ?, ?)`),
      rename: db.prepare(`UPDATE cycles SET name = ? WHERE id = ?`),
      close: db.prepare(`UPDATE cycles SET closed_at = ?, snapshot_id = ? WHERE id = ?`),
      nameTaken: db.prepare(`SELECT 1 FROM cycles WHERE name = ? AND id <> ?`).pluck(),
      periods: db.prepare(`SELECT DISTINCT period FROM objectives WHERE parent_id IS NULL`).pluck(),
      dropKr: db.prepare(`DELETE FROM key_results WHERE id = ?`),
      setKr: db.prepare(`UPDATE key_results SET start = ?, current = ?, updated_at = ? WHERE id = ?`),
      carry: db.prepare(`INSERT INTO carryovers (cycle_id, objective_id, previous_cycle_id, choice) VALUES (?, ?, ?, ?)`),
      carried: db.prepare(`SELECT previous_cycle_id FROM carryovers WHERE cycle_id = ? AND objective_id = ?`).pluck(),
    };
  }

  list(): CycleInfo[] {
    return this.s.list.all() as CycleInfo[];
  }

  /** The newest cycle (the one the live plan belongs to), or null before the first close. */
  current(): CycleInfo | null {
    const all = this.list();
    return all[all.length - 1] ?? null;
  }

  /** Why the plan cannot be edited because of its cycle, in words, or null. */
  frozen(): string | null {
    const c = this.current();
    return c?.closedAt ? `The cycle “${c.name}” is closed: it keeps the values it was closed with. Start the next cycle to keep planning.` : null;
  }

  /** The name a first cycle gets when the user gives none: the top level's one shared period, else "Cycle 1". */
  private defaultName(): string {
    const periods = (this.s.periods.all() as string[]).filter(Boolean);
    return periods.length === 1 ? periods[0]! : 'Cycle 1';
  }

  /**
   * Closes the current cycle (the first one is created here, named `name`, the top level's period
   * or "Cycle 1"): its final values and statuses are recorded in a snapshot, and the live plan is
   * frozen until the next cycle starts.
   */
  close = this.tx((name?: string): CycleInfo => {
    let c = this.current();
    if (c?.closedAt) throw new PlanError('rule', `The cycle “${c.name}” is already closed. Start the next cycle to keep planning; nothing was changed.`);
    if (!c) {
      const first = cleanName(name ?? this.defaultName(), 'The cycle');
      this.s.insert.run(randomUUID(), first, 1, this.firstStart());
      c = this.current()!;
    } else if (name !== undefined && name.trim() !== c.name) {
      const renamed = cleanName(name, 'The cycle');
      if (this.s.nameTaken.get(renamed, c.id)) throw new PlanError('rule', `There is already a cycle named “${renamed}”. Nothing was changed.`);
      this.s.rename.run(renamed, c.id);
      c = this.current()!;
    }
    const snapshotName = this.freeSnapshotName(`${c.name} (closed)`);
    const snapshotId = this.snapshots.take(snapshotName, 'cycle');
    this.s.close.run(now(), snapshotId, c.id);
    return this.current()!;
  });

  /**
   * Starts the next cycle from the closed one: the structure goes on, each branch's unfinished key
   * results as chosen (see shared/cycles.ts), and every objective is recorded as carried from its
   * previous-cycle self (the same id in the closing snapshot, which keeps the old values).
   */
  next = this.tx((name: string, choices: CarryChoices): CycleInfo => {
    const previous = this.current();
    if (!previous) throw new PlanError('rule', 'Close the current cycle first (nothing is closed yet); nothing was changed.');
    if (!previous.closedAt) throw new PlanError('rule', `Close the cycle “${previous.name}” first; nothing was changed.`);
    const clean = cleanName(name, 'The next cycle');
    if (this.s.nameTaken.get(clean, '')) throw new PlanError('rule', `There is already a cycle named “${clean}”. Nothing was changed.`);
    const id = randomUUID();
    // The new, open cycle first: from here on the live tables may be written again.
    this.s.insert.run(id, clean, previous.number + 1, now());
    const krs = this.repo.keyResults();
    const was = new Map(krs.map((k) => [k.id, k.current]));
    const plan = planNextCycle(this.repo.objectives(), krs, choices);
    const stamp = now();
    for (const kid of plan.dropKeyResults) this.s.dropKr.run(kid);
    for (const k of plan.keyResults) {
      this.s.setKr.run(k.start, k.current, stamp, k.id);
      // A value reset for the new cycle is a check-in too, so its trend starts from there.
      if (k.current !== was.get(k.id)) this.repo.checkIns.add(k.id, { value: k.current }, stamp);
    }
    for (const o of plan.carried) this.s.carry.run(id, o.id, previous.id, o.choice);
    return this.current()!;
  });

  /** The cycle an objective of the current cycle was carried from, or null. */
  carriedFrom(objectiveId: string): CycleInfo | null {
    const c = this.current();
    const from = c ? (this.s.carried.get(c.id, objectiveId) as string | undefined) : undefined;
    return from ? (this.list().find((x) => x.id === from) ?? null) : null;
  }

  /** A user's snapshot (or the workshop's, or one asked for by the API), in its own transaction. */
  takeSnapshot = this.tx((name: string, kind: 'user' | 'workshop' | 'api' = 'user') => {
    this.snapshots.take(name, kind);
    return this.snapshots.list().find((s) => s.name === name.trim())!;
  });

  private firstStart(): string {
    const first = this.db.prepare(`SELECT min(created_at) FROM objectives`).pluck().get() as string | null;
    return first ?? now();
  }

  private freeSnapshotName(base: string): string {
    let name = base;
    for (let n = 2; this.snapshots.has(name); n++) name = `${base} ${n}`;
    return name;
  }

  private tx<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
    return (...args: A) => this.db.transaction(() => fn(...args)).immediate();
  }
}
