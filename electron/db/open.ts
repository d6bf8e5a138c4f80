import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
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
 * The journal is a rollback journal, not WAL: after every commit the `.cascade` file alone holds
 * every acknowledged edit, so copying or syncing just that file is safe. PERSIST rather than DELETE
 * keeps the fsync'd edit cheap (no journal created and deleted, with its directory fsync, per edit);
 * `closePlanDb` removes the journal when the plan is closed.
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
      return db;
    }
    db.pragma('journal_mode = PERSIST');
    // A large import leaves a large journal; keep what persists small.
    db.pragma('journal_size_limit = 4194304');
    // Every acknowledged edit is fsynced before the app says it is saved.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    if ((db.pragma('application_id', { simple: true }) as number) === 0) db.pragma(`application_id = ${APPLICATION_ID}`);
    if ((db.pragma('user_version', { simple: true }) as number) < LATEST_VERSION) beforeMigrate?.(db);
    migrate(db);
    // Every write made inside an undoable command is logged by this connection's TEMP triggers.
    installUndo(db);
    return db;
  } catch (err) {
    db.close();
    removeCreatedSideFiles(file, existed);
    if (err instanceof PlanError) throw err;
    throw describeSqliteError(err, file) ?? new PlanError('io', `Could not prepare “${path.basename(file)}” (${(err as Error).message}).`);
  }
}

/** Closes a plan, removing its (inactive) journal file so that only the `.cascade` file remains. */
export function closePlanDb(db: Database.Database): void {
  if (!db.open) return;
  try {
    if (!db.readonly && !db.inTransaction) db.pragma('journal_mode = DELETE');
  } catch {
    // Locked or read-only: the persisted journal is zeroed and harmless; close regardless.
  }
  db.close();
}
