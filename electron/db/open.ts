import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { checkpoint } from './checkpoint';
import { PlanError, describeSqliteError } from './errors';
import { LATEST_VERSION, migrate, registerRowSum } from './migrations';
import { installUndo } from './undo';
import { APPLICATION_ID, assertSound, inspectFile } from './verify';

export { APPLICATION_ID } from './verify';

const SIDE_FILES = ['-wal', '-shm', '-journal'];

/** Removes the side files an open created (never ones that were there before), so a refusal leaves nothing behind. */
function removeCreatedSideFiles(file: string, existed: ReadonlySet<string>): void {
  for (const suffix of SIDE_FILES) {
    const side = file + suffix;
    if (existed.has(side)) continue;
    const st = fs.statSync(side, { throwIfNoEntry: false });
    // A side file we created holds no commits of anyone's: we refused before writing.
    if (st) fs.rmSync(side, { force: true });
  }
}

/**
 * Read-only connections and the side files they created. A copy of a plan taken while the app had it
 * open says "WAL" in its header, and a read-only connection to it creates an (empty) `-wal` and
 * `-shm` it cannot remove on close; `closePlanDb` removes them.
 */
const readOnlyOpens = new WeakMap<Database.Database, { file: string; existed: ReadonlySet<string> }>();

const sideFilesOf = (file: string) => new Set(SIDE_FILES.map((s) => file + s).filter((f) => fs.existsSync(f)));

export interface OpenOptions {
  /** Create the file if it does not exist. */
  create?: boolean;
  /** Open for reading only: nothing is written, not even the journal mode. */
  readOnly?: boolean;
  /** Read a damaged file as it is, without the structural check (read-only only). */
  skipCheck?: boolean;
  /** Called before migrations change an older file (to back it up first). */
  beforeMigrate?(db: Database.Database): void;
}

/** True when this process may write the file and create a journal beside it. */
export function canWrite(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * A file whose header does not say it is ours but could be a blank database: looked at through a
 * read-only connection (which sees what is still in its WAL, and checkpoints nothing), and
 * accepted only if it holds nothing at all or turns out to be ours.
 */
function probeBlank(file: string): void {
  const existed = sideFilesOf(file);
  let probe: Database.Database | null = null;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true });
    const appId = probe.pragma('application_id', { simple: true }) as number;
    const objects = probe.prepare('SELECT count(*) FROM sqlite_schema').pluck().get() as number;
    if (appId !== APPLICATION_ID && (appId !== 0 || objects > 0)) {
      throw new PlanError('not-a-plan', `“${path.basename(file)}” is a SQLite database, but not a Cascade Planner plan. It was not changed.`);
    }
  } catch (err) {
    if (err instanceof PlanError) throw err;
    throw describeSqliteError(err, file) ?? new PlanError('not-a-plan', `“${path.basename(file)}” could not be read as a Cascade Planner plan. It was not changed.`);
  } finally {
    probe?.close();
    removeCreatedSideFiles(file, existed);
  }
}

/**
 * Opens (and, if asked, creates) a plan file with the pragmas every connection needs. An existing
 * file is refused before anything is written to it when it is not ours, from a newer version, or
 * damaged (header, size, then SQLite's quick_check).
 *
 * The journal is WAL with synchronous=FULL: each commit is one fsync of the `-wal` file (a rollback
 * journal needs several, p99 4.2 ms against 0.65 ms at 50k). The `.cascade` file is made whole on
 * its own by a checkpoint right after opening, within a second of every write (`Checkpointer`, run
 * by the session) and on close, where `closePlanDb` also turns the file back to a rollback journal so
 * that nothing is left beside it and a copy of it alone opens anywhere, read-only folders included.
 */
export function openPlanDb(file: string, { create = false, readOnly = false, skipCheck = false, beforeMigrate }: OpenOptions = {}): Database.Database {
  const exists = fs.existsSync(file);
  if (!exists && !create) throw new PlanError('io', `“${path.basename(file)}” does not exist.`);
  if (exists && !(skipCheck && readOnly)) {
    const owner = inspectFile(file);
    if (owner.kind === 'empty' && !create) {
      throw new PlanError('damaged', `“${path.basename(file)}” is empty (0 bytes): it holds no plan, perhaps because a copy or a sync was cut short. It was not changed.`);
    }
    if (owner.kind === 'blank') probeBlank(file);
  }
  const existed = sideFilesOf(file);
  const readOnlyOpen = exists && (readOnly || !canWrite(file));
  let db: Database.Database;
  try {
    db = new Database(file, readOnlyOpen ? { readonly: true, fileMustExist: true } : {});
  } catch (err) {
    throw describeSqliteError(err, file) ?? new PlanError('io', `Could not open “${path.basename(file)}”.`);
  }
  try {
    // The checksum triggers call it on every write, and the check on open recomputes it.
    registerRowSum(db);
    // Before anything is written: SQLite's check of the file's structure.
    if (exists && !(skipCheck && readOnly)) assertSound(db, file);
    db.pragma('busy_timeout = 2000');
    if (readOnlyOpen) {
      db.pragma('query_only = ON');
      readOnlyOpens.set(db, { file, existed });
      return db;
    }
    db.pragma('journal_mode = WAL');
    // Every acknowledged edit is fsynced (in WAL mode, FULL syncs the -wal on every commit).
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    if ((db.pragma('application_id', { simple: true }) as number) === 0) db.pragma(`application_id = ${APPLICATION_ID}`);
    if ((db.pragma('user_version', { simple: true }) as number) < LATEST_VERSION) beforeMigrate?.(db);
    migrate(db);
    // Every write made inside an undoable command is logged by this connection's TEMP triggers.
    installUndo(db);
    // Whatever an earlier crash left in -wal, and what the migrations wrote, goes into the file now.
    checkpoint(db);
    return db;
  } catch (err) {
    db.close();
    removeCreatedSideFiles(file, existed);
    if (err instanceof PlanError) throw err;
    throw describeSqliteError(err, file) ?? new PlanError('io', `Could not prepare “${path.basename(file)}” (${(err as Error).message}).`);
  }
}

/**
 * Closes a plan: its WAL checkpointed into the file and the file turned back to a rollback journal,
 * so only the `.cascade` file remains (no `-wal`, `-shm` or journal) and it opens read-only even
 * where no `-shm` can be created.
 */
export function closePlanDb(db: Database.Database): void {
  if (!db.open) return;
  try {
    if (!db.readonly && !db.inTransaction) {
      checkpoint(db);
      db.pragma('journal_mode = DELETE');
    }
  } catch {
    // Another process still reads it: SQLite checkpoints on the last close; close regardless.
  }
  db.close();
  const readOnly = readOnlyOpens.get(db);
  // Only an empty -wal: one with frames is a writer's that came after us (a read-only connection writes none).
  if (readOnly && (fs.statSync(`${readOnly.file}-wal`, { throwIfNoEntry: false })?.size ?? 0) === 0) removeCreatedSideFiles(readOnly.file, readOnly.existed);
}
