import type Database from 'better-sqlite3';
import type { History } from '../../shared/ipc';
import { PlanError } from './errors';
import { ROW_SUM } from './migrations';

/**
 * The plan tables whose changes are undoable. A table added by a later migration becomes undoable
 * by adding its name here: its TEMP triggers are made from its columns on every connection. It
 * needs a primary key that never changes, and no BLOB columns (row images are JSON).
 */
export const UNDO_TABLES: readonly string[] = [
  'objectives',
  'key_results',
  'dismissals',
  'check_ins',
  // Workshop mode (format 7): the wall's stickies and decisions; the rest are written outside commands.
  'workshop_sessions',
  'workshop_steps',
  'workshop_stickies',
  'workshop_decisions',
  'workshop_votes',
  'workshop_rounds',
  'workshop_scores',
];

/** How much history the file keeps: the newest commands up to either limit (the newest is always kept). */
export const UNDO_LIMITS = { commands: 500, bytes: 64 * 1024 * 1024 };

/** Columns the images leave out: the file's own bookkeeping, recomputed by its triggers. */
const NOT_IMAGED = new Set(['checksum']);

interface TableShape {
  name: string;
  columns: string[];
  key: string[];
}

function shapeOf(db: Database.Database, table: string): TableShape {
  const info = db.prepare(`SELECT name, pk, type FROM pragma_table_info(?)`).all(table) as { name: string; pk: number; type: string }[];
  if (info.length === 0) throw new Error(`Undo: no table “${table}”.`);
  const key = info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
  if (key.length === 0) throw new Error(`Undo: table “${table}” has no primary key.`);
  if (info.some((c) => /BLOB/i.test(c.type))) throw new Error(`Undo: table “${table}” has a BLOB column.`);
  return { name: table, columns: info.map((c) => c.name).filter((c) => !NOT_IMAGED.has(c)), key };
}

const image = (t: TableShape, row: string) => `json_object(${t.columns.map((c) => `'${c}', ${row}.${c}`).join(', ')})`;
const keyOf = (t: TableShape, row: string) => `json_array(${t.key.map((c) => `${row}.${c}`).join(', ')})`;
const fromJson = (c: string, param: string) => `json_extract(${param}, '$.${c}')`;
const keyMatch = (t: TableShape) => t.key.map((c, i) => `${c} = json_extract(@key, '$[${i}]')`).join(' AND ');

/**
 * Creates, on this connection only, the TEMP table saying which command is recording and the TEMP
 * triggers that log every change to an undoable table while one is. Outside a command (seeding the
 * example, recovery, migrations, another program) nothing is logged.
 */
export function installUndo(db: Database.Database): void {
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS undo_recording (command_id INTEGER NOT NULL)`);
  for (const table of UNDO_TABLES) {
    const t = shapeOf(db, table);
    const log = (old: string, neu: string, key: string) => `
      INSERT INTO undo_rows (command_id, tbl, key, old, new, checksum)
        SELECT command_id, '${table}', ${key}, ${old}, ${neu}, ${ROW_SUM}(command_id, '${table}', ${key}, ${old}, ${neu})
        FROM temp.undo_recording;`;
    const when = `WHEN EXISTS (SELECT 1 FROM temp.undo_recording)`;
    // Only the imaged columns: the checksum triggers' own writes are not changes of the plan.
    db.exec(`
      DROP TRIGGER IF EXISTS temp.undo_${table}_insert;
      DROP TRIGGER IF EXISTS temp.undo_${table}_update;
      DROP TRIGGER IF EXISTS temp.undo_${table}_delete;
      CREATE TEMP TRIGGER undo_${table}_insert AFTER INSERT ON main.${table} ${when} BEGIN ${log('NULL', image(t, 'NEW'), keyOf(t, 'NEW'))} END;
      CREATE TEMP TRIGGER undo_${table}_update AFTER UPDATE OF ${t.columns.join(', ')} ON main.${table} ${when} BEGIN ${log(image(t, 'OLD'), image(t, 'NEW'), keyOf(t, 'OLD'))} END;
      CREATE TEMP TRIGGER undo_${table}_delete AFTER DELETE ON main.${table} ${when} BEGIN ${log(image(t, 'OLD'), 'NULL', keyOf(t, 'OLD'))} END;
    `);
  }
}


/** Statements that read, write and compare one table's rows by their images. */
function rowStatements(db: Database.Database, t: TableShape) {
  return {
    current: db.prepare(`SELECT ${image(t, t.name)} FROM ${t.name} WHERE ${keyMatch(t)}`).pluck(),
    insert: db.prepare(`INSERT INTO ${t.name} (${t.columns.join(', ')}) SELECT ${t.columns.map((c) => fromJson(c, '@image')).join(', ')}`),
    update: db.prepare(`UPDATE ${t.name} SET ${t.columns.map((c) => `${c} = ${fromJson(c, '@image')}`).join(', ')} WHERE ${keyMatch(t)}`),
    delete: db.prepare(`DELETE FROM ${t.name} WHERE ${keyMatch(t)}`),
  };
}

interface Change {
  tbl: string;
  key: string;
  /** The row as the command found it (null: it did not exist). */
  first: string | null;
  /** The row as the command left it (null: deleted). */
  last: string | null;
  bad: number;
}

/**
 * The undo history of one open plan. Every user action runs through `record`: one transaction that
 * makes the change and logs it; `undo` and `redo` are one transaction each too.
 */
export class UndoLog {
  private readonly tables = new Map<string, ReturnType<typeof rowStatements>>();
  private readonly s;

  constructor(private readonly db: Database.Database) {
    for (const table of UNDO_TABLES) this.tables.set(table, rowStatements(db, shapeOf(db, table)));
    this.s = {
      begin: db.prepare(`INSERT INTO undo_commands (label, state, created_at) VALUES ('', 'done', ?)`),
      recording: db.prepare(`INSERT INTO temp.undo_recording (command_id) VALUES (?)`),
      stop: db.prepare(`DELETE FROM temp.undo_recording`),
      size: db.prepare(`SELECT count(*) AS n, coalesce(sum(length(key) + coalesce(length(old), 0) + coalesce(length(new), 0)), 0) AS bytes FROM undo_rows WHERE command_id = ?`),
      finish: db.prepare(`UPDATE undo_commands SET label = ?, bytes = ? WHERE id = ?`),
      drop: db.prepare(`DELETE FROM undo_commands WHERE id = ?`),
      clearRedo: db.prepare(`DELETE FROM undo_commands WHERE state = 'undone'`),
      totals: db.prepare(`SELECT count(*) AS n, coalesce(sum(bytes), 0) AS bytes FROM undo_commands`),
      oldest: db.prepare(`SELECT id, bytes FROM undo_commands ORDER BY id LIMIT 1`),
      top: db.prepare(`SELECT id, label FROM undo_commands WHERE state = 'done' ORDER BY id DESC LIMIT 1`),
      next: db.prepare(`SELECT id, label FROM undo_commands WHERE state = 'undone' ORDER BY id LIMIT 1`),
      setState: db.prepare(`UPDATE undo_commands SET state = ? WHERE id = ?`),
      // Per row, the image before the command's first change and after its last one.
      changes: db.prepare(`SELECT tbl, key, first, last, bad FROM (
          SELECT tbl, key,
            first_value(old) OVER w AS first, last_value(new) OVER w AS last,
            sum(checksum IS NOT ${ROW_SUM}(command_id, tbl, key, old, new)) OVER w AS bad,
            row_number() OVER (PARTITION BY tbl, key ORDER BY id) AS n
          FROM undo_rows WHERE command_id = ?
          WINDOW w AS (PARTITION BY tbl, key ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING))
        WHERE n = 1`),
    };
  }

  /**
   * Runs `run` as one command: one transaction holding the change and its images. `label` names it
   * from its result, in words. A command that changed nothing leaves the history as it was; one that
   * did clears what could be redone and trims the oldest commands past UNDO_LIMITS.
   */
  record<R>(label: (result: R) => string, run: () => R): R {
    return this.db
      .transaction(() => {
        const id = Number(this.s.begin.run(new Date().toISOString()).lastInsertRowid);
        this.s.recording.run(id);
        let result: R;
        try {
          result = run();
        } finally {
          this.s.stop.run();
        }
        const { n, bytes } = this.s.size.get(id) as { n: number; bytes: number };
        if (n === 0) {
          this.s.drop.run(id);
          return result;
        }
        this.s.finish.run(label(result).slice(0, 200), bytes, id);
        this.s.clearRedo.run();
        this.trim();
        return result;
      })
      .immediate();
  }

  history(): History {
    const top = this.s.top.get() as { label: string } | undefined;
    const next = this.s.next.get() as { label: string } | undefined;
    return { undo: top?.label ?? null, redo: next?.label ?? null };
  }

  /** Takes the newest command back; refused in words (and kept in the history) when its rows changed since. */
  undo(): string {
    return this.step('undo');
  }

  /** Does the oldest undone command again, on the same terms. */
  redo(): string {
    return this.step('redo');
  }

  private step(way: 'undo' | 'redo'): string {
    const command = (way === 'undo' ? this.s.top : this.s.next).get() as { id: number; label: string } | undefined;
    if (!command) throw new PlanError('not-found', `There is nothing to ${way}.`);
    this.db.transaction(() => {
      this.apply(command, way);
      this.s.setState.run(way === 'undo' ? 'undone' : 'done', command.id);
    }).immediate();
    return command.label;
  }

  /**
   * Puts every row the command changed back as it was before (undo) or after (redo) it. Every row
   * is compared first: if any is not as the command left it (another program changed it, or the
   * file's copy of the image is damaged), nothing is written.
   */
  private apply(command: { id: number; label: string }, way: 'undo' | 'redo'): void {
    const changes = this.s.changes.all(command.id) as Change[];
    const verb = way;
    if (changes.some((c) => c.bad > 0)) {
      throw new PlanError('damaged', `Cannot ${verb} “${command.label}”: the plan’s record of it is damaged. Nothing was changed.`);
    }
    const plan = changes.map((c) => ({ ...c, from: way === 'undo' ? c.last : c.first, to: way === 'undo' ? c.first : c.last }));
    for (const c of plan) {
      const rows = this.tables.get(c.tbl);
      if (!rows) throw new PlanError('internal', `Cannot ${verb} “${command.label}”: it changed a table this version does not know.`);
      const now = (rows.current.get({ key: c.key }) as string | undefined) ?? null;
      if (now !== c.from) {
        throw new PlanError(
          'stale',
          `Cannot ${verb} “${command.label}”: what it changed has been changed since (by another program, or a restore). Nothing was changed; it stays in the history.`,
        );
      }
    }
    // Foreign keys are checked at the commit, so rows may go back in any order.
    this.db.pragma('defer_foreign_keys = ON');
    // Deletes first (a parent's delete may cascade to rows also deleted here), then inserts, then updates.
    for (const c of plan) if (c.to === null) this.tables.get(c.tbl)!.delete.run({ key: c.key });
    for (const c of plan) if (c.from === null && c.to !== null) this.tables.get(c.tbl)!.insert.run({ image: c.to });
    for (const c of plan) if (c.from !== null && c.to !== null) this.tables.get(c.tbl)!.update.run({ image: c.to, key: c.key });
  }

  /** Drops the oldest commands past UNDO_LIMITS; the newest always stays, however large. */
  private trim(): void {
    let { n, bytes } = this.s.totals.get() as { n: number; bytes: number };
    while (n > 1 && (n > UNDO_LIMITS.commands || bytes > UNDO_LIMITS.bytes)) {
      const oldest = this.s.oldest.get() as { id: number; bytes: number };
      this.s.drop.run(oldest.id);
      n -= 1;
      bytes -= oldest.bytes;
    }
  }
}
