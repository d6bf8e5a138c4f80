import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type Database from 'better-sqlite3';
import { checkedInStamp, localDay } from '../../shared/checkins';
import type { CheckIn, KeyResult } from '../../shared/model';
import { isRealDate } from '../../shared/rules';
import { PlanError } from './errors';

/**
 * The check-ins table (format 5): every value a key result has had. Used inside PlanRepo's
 * transactions; nothing here opens one of its own. After any change a KR's `current` is set to its
 * latest check-in on or before today (`sync`), so the rest of the app reads one number as before.
 */

const COLUMNS = `id, key_result_id AS keyResultId, date, value, note, confidence, author, created_at AS createdAt`;
/** Newest last; a later entry on the same day wins (then the later row, for entries in one millisecond). */
const ORDER = `date, created_at, rowid`;

/** Who is checking in: the user's name on this computer (check-ins say who reported a value). */
export function currentAuthor(): string {
  try {
    return process.env.CASCADE_AUTHOR?.trim() || os.userInfo().username;
  } catch {
    return '';
  }
}

export interface CheckInFields {
  value: number;
  /** YYYY-MM-DD; today when not given. */
  date?: string | undefined;
  note?: string | undefined;
  confidence?: number | null | undefined;
}

export type CheckInPatch = Partial<CheckInFields>;

export type { CheckInChange } from '../../shared/ipc';

export function checkInStatements(db: Database.Database) {
  return {
    one: db.prepare(`SELECT ${COLUMNS} FROM check_ins WHERE id = ?`),
    ofKr: db.prepare(`SELECT ${COLUMNS} FROM check_ins WHERE key_result_id = ? ORDER BY ${ORDER}`),
    ofBranch: db.prepare(`WITH RECURSIVE sub(id) AS (
        SELECT id FROM objectives WHERE id = ?
        UNION ALL SELECT o.id FROM objectives o JOIN sub ON o.parent_id = sub.id)
      SELECT ${COLUMNS} FROM check_ins WHERE key_result_id IN (SELECT k.id FROM key_results k WHERE k.objective_id IN (SELECT id FROM sub))
      ORDER BY key_result_id, ${ORDER}`),
    trends: db.prepare(`SELECT key_result_id, date, value FROM check_ins ORDER BY key_result_id, ${ORDER}`).raw(),
    latest: db.prepare(`SELECT date, created_at AS createdAt, value FROM check_ins WHERE key_result_id = ? AND date <= ? ORDER BY date DESC, created_at DESC, rowid DESC LIMIT 1`),
    insert: db.prepare(
      `INSERT INTO check_ins (id, key_result_id, date, value, note, confidence, author, created_at) VALUES (@id, @keyResultId, @date, @value, @note, @confidence, @author, @createdAt)`,
    ),
    update: db.prepare(`UPDATE check_ins SET date = @date, value = @value, note = @note, confidence = @confidence WHERE id = @id`),
    remove: db.prepare(`DELETE FROM check_ins WHERE id = ?`),
    kr: db.prepare(`SELECT start, current, checked_in_at AS checkedInAt FROM key_results WHERE id = ?`),
    setCurrent: db.prepare(`UPDATE key_results SET current = ?, checked_in_at = ?, updated_at = ? WHERE id = ?`),
  };
}

type Statements = ReturnType<typeof checkInStatements>;

/** The day a check-in is for, refused in words when it is not a real date or lies in the future. */
export function checkInDay(date: string | undefined, today = localDay()): string {
  const day = date?.trim() || today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !isRealDate(day)) throw new PlanError('rule', `“${day}” is not a date: write it as YYYY-MM-DD, such as ${today}. Nothing was changed.`);
  if (day > today) throw new PlanError('rule', `A check-in cannot be dated in the future (${day} is after today, ${today}). Nothing was changed.`);
  return day;
}

export class CheckIns {
  constructor(private readonly s: Statements) {}

  ofKr(krId: string): CheckIn[] {
    return this.s.ofKr.all(krId) as CheckIn[];
  }

  ofBranch(objectiveId: string): CheckIn[] {
    return this.s.ofBranch.all(objectiveId) as CheckIn[];
  }

  get(id: string): CheckIn {
    const c = this.s.one.get(id) as CheckIn | undefined;
    if (!c) throw new PlanError('not-found', 'That check-in no longer exists in this plan.');
    return c;
  }

  /** Every check-in's KR, day and value, as three columns sorted by KR then day (trend lines, as-of views). */
  trends(): { kr: string[]; date: string[]; value: number[] } {
    const out = { kr: [] as string[], date: [] as string[], value: [] as number[] };
    for (const [kr, date, value] of this.s.trends.all() as [string, string, number][]) {
      out.kr.push(kr);
      out.date.push(date);
      out.value.push(value);
    }
    return out;
  }

  add(krId: string, fields: CheckInFields, stamp: string, author = currentAuthor()): CheckIn {
    const c: CheckIn = {
      id: randomUUID(),
      keyResultId: krId,
      date: checkInDay(fields.date),
      value: fields.value,
      note: fields.note?.trim() ?? '',
      confidence: fields.confidence ?? null,
      author,
      createdAt: stamp,
    };
    this.s.insert.run(c);
    return c;
  }

  update(id: string, patch: CheckInPatch): CheckIn {
    const before = this.get(id);
    const next = {
      ...before,
      ...(patch.value !== undefined ? { value: patch.value } : {}),
      ...(patch.date !== undefined ? { date: checkInDay(patch.date) } : {}),
      ...(patch.note !== undefined ? { note: patch.note.trim() } : {}),
      ...(patch.confidence !== undefined ? { confidence: patch.confidence } : {}),
    };
    this.s.update.run(next);
    return next;
  }

  remove(id: string): CheckIn {
    const c = this.get(id);
    this.s.remove.run(id);
    return c;
  }

  /** Puts back check-ins exactly as they were (undo of a delete); their dates were checked when made. */
  restore(list: readonly CheckIn[]): void {
    for (const c of list) this.s.insert.run(c);
  }

  /**
   * Makes the KR's `current` its latest check-in on or before today (its start when it has none),
   * and `checkedInAt` when that was. Writes only when something changed.
   */
  sync(krId: string, stamp: string): void {
    const kr = this.s.kr.get(krId) as Pick<KeyResult, 'start' | 'current' | 'checkedInAt'> | undefined;
    if (!kr) return;
    const latest = this.s.latest.get(krId, localDay()) as Pick<CheckIn, 'date' | 'createdAt' | 'value'> | undefined;
    const current = latest ? latest.value : kr.start;
    const checkedInAt = latest ? checkedInStamp(latest) : kr.checkedInAt;
    if (current !== kr.current || checkedInAt !== kr.checkedInAt) this.s.setCurrent.run(current, checkedInAt, stamp, krId);
  }
}
