import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { PlanError } from './errors';
import { LATEST_VERSION, migrate } from './migrations';

/** "CASD": marks a SQLite file as a Cascade Planner plan. */
export const APPLICATION_ID = 0x43415344;
const SQLITE_HEADER = 'SQLite format 3\0';

/** The fields of SQLite's 100-byte file header that say whose file this is and at what version. */
function readHeader(file: string): { magic: string; pages: number; userVersion: number; applicationId: number } | null {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(100);
    if (fs.readSync(fd, buf, 0, 100, 0) < 100) return null;
    return {
      magic: buf.subarray(0, 16).toString('latin1'),
      pages: buf.readUInt32BE(28),
      userVersion: buf.readInt32BE(60),
      applicationId: buf.readInt32BE(68),
    };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Checks an existing file by reading its header bytes, without opening it with SQLite (which could
 * create journal files), so a refused file is left exactly as it was: a database from a newer
 * version of the app, another program's SQLite file, or something else entirely.
 */
function inspect(file: string): void {
  const name = path.basename(file);
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) throw new PlanError('io', `“${name}” does not exist.`);
  if (!stat.isFile()) throw new PlanError('not-a-plan', `“${name}” is not a file.`);
  if (stat.size === 0) return; // an empty file becomes a new plan
  const header = readHeader(file);
  if (!header || header.magic !== SQLITE_HEADER) {
    throw new PlanError('not-a-plan', `“${name}” is not a Cascade Planner plan (it is not a SQLite database).`);
  }
  if (header.applicationId !== APPLICATION_ID && (header.applicationId !== 0 || header.pages > 1)) {
    throw new PlanError('not-a-plan', `“${name}” is a SQLite database, but not a Cascade Planner plan.`);
  }
  if (header.userVersion > LATEST_VERSION) {
    throw new PlanError(
      'newer-version',
      `“${name}” was saved by a newer version of Cascade Planner (file format ${header.userVersion}; this version reads up to ${LATEST_VERSION}). Update the app to open it. The file was not changed.`,
    );
  }
}

/** Removes the -wal/-shm files a failed open created, so a refused file leaves nothing behind. */
function removeCreatedSideFiles(file: string, existed: ReadonlySet<string>): void {
  for (const side of [`${file}-wal`, `${file}-shm`]) {
    if (existed.has(side)) continue;
    const st = fs.statSync(side, { throwIfNoEntry: false });
    // An empty WAL holds no commits; the shared-memory index is rebuilt on every open.
    if (st && (side.endsWith('-shm') || st.size === 0)) fs.rmSync(side, { force: true });
  }
}

export interface OpenOptions {
  /** Create the file if it does not exist. */
  create?: boolean;
}

/** Opens (and, if asked, creates) a plan file with the pragmas every connection needs. */
export function openPlanDb(file: string, { create = false }: OpenOptions = {}): Database.Database {
  const exists = fs.existsSync(file);
  if (!exists && !create) throw new PlanError('io', `“${path.basename(file)}” does not exist.`);
  if (exists) inspect(file);
  const existed = new Set([`${file}-wal`, `${file}-shm`].filter((f) => fs.existsSync(f)));
  let db: Database.Database;
  try {
    db = new Database(file);
  } catch (err) {
    throw new PlanError('io', `Could not open “${path.basename(file)}”: ${(err as Error).message}`);
  }
  try {
    // Reading the schema is where a damaged file shows itself.
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    db.pragma('journal_mode = WAL');
    // better-sqlite3 reopens a WAL database at synchronous=NORMAL, which can lose the last commits
    // on power loss; a plan file is worth the extra fsync.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 2000');
    if ((db.pragma('application_id', { simple: true }) as number) === 0) db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db);
    return db;
  } catch (err) {
    db.close();
    removeCreatedSideFiles(file, existed);
    if (err instanceof PlanError) throw err;
    const damaged = /malformed|not a database|corrupt/i.test((err as Error).message);
    throw new PlanError(
      damaged ? 'not-a-plan' : 'io',
      damaged
        ? `“${path.basename(file)}” could not be read as a plan: the file is damaged (${(err as Error).message}).`
        : `Could not prepare “${path.basename(file)}”: ${(err as Error).message}`,
    );
  }
}
