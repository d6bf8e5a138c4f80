import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type Database from 'better-sqlite3';
import type { SnapshotInfo } from '../../shared/cycles';
import { NOW, type PlanState } from '../../shared/diff';
import type { Dismissal, KeyResult, Objective } from '../../shared/model';
import { makeKeyResult, makeObjective } from '../../shared/defaults';
import { KR_KEYS, OBJECTIVE_KEYS, snake } from './columns';
import { PlanError } from './errors';

/** The records a snapshot holds, by the letter that starts each stored row. */
const RECORDS = {
  o: { table: 'objectives', keys: OBJECTIVE_KEYS, order: 'sort_order, id' },
  k: { table: 'key_results', keys: KR_KEYS, order: 'objective_id, sort_order, id' },
  d: { table: 'dismissals', keys: ['subjectId', 'rule', 'reason', 'createdAt'], order: 'created_at, subject_id, rule' },
} as const;
type Letter = keyof typeof RECORDS;
const LETTERS = Object.keys(RECORDS) as Letter[];

export interface SnapshotState extends PlanState {
  objectives: Objective[];
  keyResults: KeyResult[];
  dismissals: Dismissal[];
}

export const MAX_SNAPSHOT_NAME = 120;

/** 48 bits of SHA-1: an index key only; a row is shared only when its text is identical too. */
const hashOf = (body: string): number => createHash('sha1').update(body).digest().readUIntBE(0, 6);

/** Sorted row ids as deflated varint gaps: a snapshot sharing most rows with the last costs a few bytes each. */
export function packMembers(ids: number[]): Buffer {
  ids.sort((a, b) => a - b);
  const bytes: number[] = [];
  let last = 0;
  for (const id of ids) {
    let gap = id - last;
    last = id;
    while (gap >= 0x80) {
      bytes.push((gap & 0x7f) | 0x80);
      gap = Math.floor(gap / 0x80);
    }
    bytes.push(gap);
  }
  return deflateRawSync(Buffer.from(bytes));
}

export function unpackMembers(blob: Buffer): number[] {
  const bytes = inflateRawSync(blob);
  const ids: number[] = [];
  let last = 0;
  for (let i = 0; i < bytes.length; ) {
    let gap = 0;
    let scale = 1;
    let b: number;
    do {
      b = bytes[i++]!;
      gap += (b & 0x7f) * scale;
      scale *= 0x80;
    } while (b & 0x80);
    last += gap;
    ids.push(last);
  }
  return ids;
}

/**
 * Named snapshots of the whole plan, kept in the plan file. Every record is stored once as a JSON
 * array (content-addressed), and a snapshot is the list of its records' ids: ten snapshots of a
 * plan that changed a little in between cost little more than one.
 */
export class Snapshots {
  private readonly s;

  constructor(private readonly db: Database.Database) {
    this.s = {
      find: db.prepare(`SELECT id FROM snapshot_rows WHERE hash = ? AND body = ?`).pluck(),
      insertRow: db.prepare(`INSERT INTO snapshot_rows (hash, body) VALUES (?, ?)`),
      // One query for all members (a point lookup each costs more than the rows' own reading).
      bodies: db.prepare(`SELECT body FROM snapshot_rows WHERE id IN (SELECT value FROM json_each(?))`).pluck(),
      insert: db.prepare(
        `INSERT INTO snapshots (name, kind, taken_at, fields, members, objectives, key_results) VALUES (@name, @kind, @takenAt, @fields, @members, @objectives, @keyResults)`,
      ),
      byName: db.prepare(`SELECT id, name, kind, taken_at AS takenAt, fields, members FROM snapshots WHERE name = ?`),
      list: db.prepare(`SELECT name, kind, taken_at AS takenAt, objectives, key_results AS keyResults FROM snapshots ORDER BY taken_at, id`),
      rows: Object.fromEntries(
        LETTERS.map((l) => [l, db.prepare(`SELECT ${RECORDS[l].keys.map(snake).join(', ')} FROM ${RECORDS[l].table} ORDER BY ${RECORDS[l].order}`).raw()]),
      ) as Record<Letter, Database.Statement>,
    };
  }

  list(): SnapshotInfo[] {
    return this.s.list.all() as SnapshotInfo[];
  }

  has(name: string): boolean {
    return this.s.byName.get(name) !== undefined;
  }

  /** Records the plan as it is now under `name`; returns the snapshot's row id. Call inside a transaction. */
  take(name: string, kind: SnapshotInfo['kind'], takenAt = new Date().toISOString()): number {
    const clean = name.trim();
    if (!clean) throw new PlanError('rule', 'A snapshot needs a name. Nothing was recorded.');
    if (clean.length > MAX_SNAPSHOT_NAME) throw new PlanError('rule', `A snapshot’s name is at most ${MAX_SNAPSHOT_NAME} characters. Nothing was recorded.`);
    if (clean.toLowerCase() === NOW) throw new PlanError('rule', `“${NOW}” stands for the plan as it is when comparing, so a snapshot cannot be named so. Nothing was recorded.`);
    if (this.has(clean)) throw new PlanError('rule', `There is already a snapshot named “${clean}”. Choose another name; nothing was recorded.`);
    const members: number[] = [];
    const counts: Record<Letter, number> = { o: 0, k: 0, d: 0 };
    for (const letter of LETTERS) {
      for (const row of this.s.rows[letter].all() as unknown[][]) {
        const body = JSON.stringify([letter, ...row]);
        const hash = hashOf(body);
        const found = this.s.find.get(hash, body) as number | undefined;
        members.push(found ?? Number(this.s.insertRow.run(hash, body).lastInsertRowid));
        counts[letter]++;
      }
    }
    const fields = JSON.stringify(Object.fromEntries(LETTERS.map((l) => [l, RECORDS[l].keys])));
    const info = this.s.insert.run({ name: clean, kind, takenAt, fields, members: packMembers(members), objectives: counts.o, keyResults: counts.k });
    return Number(info.lastInsertRowid);
  }

  /** The plan as the snapshot recorded it. */
  read(name: string): SnapshotState {
    const snap = this.s.byName.get(name) as { fields: string; members: Buffer } | undefined;
    if (!snap) throw new PlanError('not-found', `There is no snapshot named “${name}” in this plan.`);
    const fields = JSON.parse(snap.fields) as Record<string, string[]>;
    const out: Record<Letter, Record<string, unknown>[]> = { o: [], k: [], d: [] };
    for (const body of this.s.bodies.all(JSON.stringify(unpackMembers(snap.members))) as string[]) {
      const [letter, ...values] = JSON.parse(body) as [string, ...unknown[]];
      const keys = fields[letter];
      if (!keys || !(letter in out)) continue; // a kind of record this version does not know
      const record: Record<string, unknown> = {};
      keys.forEach((k, i) => (record[k] = values[i]));
      out[letter as Letter].push(record);
    }
    // A snapshot taken before a field existed reads with that field's default.
    const objectives0 = out.o.map((r) => makeObjective(r as Objective, (r.createdAt as string) ?? ''));
    const keyResults0 = out.k.map((r) => makeKeyResult(r as KeyResult, (r.updatedAt as string) ?? ''));
    const bySort = (a: { sortOrder: number; id: string }, b: { sortOrder: number; id: string }) => a.sortOrder - b.sortOrder || (a.id < b.id ? -1 : 1);
    const objectives = objectives0.sort(bySort);
    const keyResults = keyResults0.sort((a, b) => (a.objectiveId < b.objectiveId ? -1 : a.objectiveId > b.objectiveId ? 1 : bySort(a, b)));
    return { objectives, keyResults, dismissals: out.d as unknown as Dismissal[] };
  }
}
