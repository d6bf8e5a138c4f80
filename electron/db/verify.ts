import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { PlanError, sqliteCode } from './errors';
import { LATEST_VERSION, MIGRATIONS, checksummedTables, migrate, registerRowSum } from './migrations';

/** "CASD": marks a SQLite file as a Cascade Planner plan. */
export const APPLICATION_ID = 0x43415344;
const SQLITE_HEADER = 'SQLite format 3\0';

export interface Header {
  pageSize: number;
  pages: number;
  /** The page count is only trusted by SQLite when this matches the change counter. */
  pagesValid: boolean;
  userVersion: number;
  applicationId: number;
}

/** Who a file belongs to, judged from its first 100 bytes alone (nothing is opened, nothing written). */
export type Ownership = { kind: 'empty' } | { kind: 'ours'; header: Header } | { kind: 'blank'; header: Header };

function readHeader(file: string): Buffer | null {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(100);
    return fs.readSync(fd, buf, 0, 100, 0) < 100 ? null : buf;
  } finally {
    fs.closeSync(fd);
  }
}

const damaged = (file: string, what: string) =>
  new PlanError('damaged', `“${path.basename(file)}” is damaged: ${what} It was not opened for editing and was not changed.`);

/** SQLite's rollback journal magic: a journal that starts with it is hot (a commit did not finish). */
const JOURNAL_MAGIC = Buffer.from([0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7]);

function hasHotJournal(file: string): boolean {
  try {
    const fd = fs.openSync(`${file}-journal`, 'r');
    try {
      const head = Buffer.alloc(8);
      return fs.readSync(fd, head, 0, 8, 0) === 8 && head.equals(JOURNAL_MAGIC);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
}

/** A `-wal` beside the file that holds frames (beyond its 32-byte header): commits not yet in the file. */
function hasWalFrames(file: string): boolean {
  return (fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0) > 32;
}

/**
 * Reads the header and the file size, and refuses what is not ours before SQLite ever opens it:
 * another program's database, a newer version's plan, or a file cut short.
 */
export function inspectFile(file: string): Ownership {
  const name = path.basename(file);
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) throw new PlanError('io', `“${name}” does not exist.`);
  if (!stat.isFile()) throw new PlanError('not-a-plan', `“${name}” is not a file.`);
  if (stat.size === 0) return { kind: 'empty' };
  const buf = readHeader(file);
  if (!buf || buf.subarray(0, 16).toString('latin1') !== SQLITE_HEADER) {
    if (buf === null || stat.size < 512) {
      // Too short to say whose it is; a plan cut short looks exactly like this.
      throw new PlanError('not-a-plan', `“${name}” is not a Cascade Planner plan (it is not a SQLite database, or it was cut short to ${stat.size} bytes).`);
    }
    throw new PlanError('not-a-plan', `“${name}” is not a Cascade Planner plan (it is not a SQLite database).`);
  }
  const rawSize = buf.readUInt16BE(16);
  const header: Header = {
    pageSize: rawSize === 1 ? 65536 : rawSize,
    pages: buf.readUInt32BE(28),
    pagesValid: buf.readUInt32BE(92) === buf.readUInt32BE(24) && buf.readUInt32BE(28) > 0,
    userVersion: buf.readInt32BE(60),
    applicationId: buf.readInt32BE(68),
  };
  const ours = header.applicationId === APPLICATION_ID;
  if (!ours && (header.applicationId !== 0 || header.pages > 1)) {
    throw new PlanError('not-a-plan', `“${name}” is a SQLite database, but not a Cascade Planner plan. It was not changed.`);
  }
  // Only a file that says it is ours can be "made by a newer version of Cascade Planner".
  if (ours && header.userVersion > LATEST_VERSION) {
    throw new PlanError(
      'newer-version',
      `“${name}” was made by a newer version of Cascade Planner (file format ${header.userVersion}; this version reads up to ${LATEST_VERSION}). Update the app to open it. The file was not changed.`,
    );
  }
  const validSize = header.pageSize >= 512 && header.pageSize <= 65536 && (header.pageSize & (header.pageSize - 1)) === 0;
  if (!validSize) throw damaged(file, 'its header is corrupt (impossible page size).');
  // A crash mid-commit leaves a hot rollback journal and a file whose size may not match its header
  // yet: SQLite puts it back from the journal when it opens it, so the size says nothing until then.
  // The same after a crash in WAL mode, or mid-checkpoint: the newest pages are in -wal, and SQLite
  // reads them from there until the next checkpoint writes them into the file.
  const sizeTells = !(ours && (hasHotJournal(file) || hasWalFrames(file)));
  if (sizeTells && stat.size % header.pageSize !== 0) throw damaged(file, `its size (${stat.size} bytes) is not a whole number of pages: it was cut short or changed by another program.`);
  if (sizeTells && header.pagesValid && stat.size < header.pages * header.pageSize) {
    throw damaged(file, `it is shorter than its header says (${stat.size} of ${header.pages * header.pageSize} bytes): it was cut short, e.g. by an interrupted copy.`);
  }
  return ours ? { kind: 'ours', header } : { kind: 'blank', header };
}

/**
 * SQLite's structural check of every page, plus the tables a plan must have. Returns what is
 * wrong in words, or null when the file is sound. Reads only.
 */
export function structuralProblem(db: Database.Database): string | null {
  try {
    const rows = db.pragma('integrity_check(20)') as { integrity_check: string }[];
    const bad = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
    if (bad.length) return `SQLite’s check of the file found ${bad.length === 20 ? '20 or more' : bad.length} problem${bad.length === 1 ? '' : 's'} (pages or records that do not fit together).`;
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version >= 1) {
      const tables = new Set(db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table'`).pluck().all() as string[]);
      for (const t of ['objectives', 'key_results']) if (!tables.has(t)) return `its table of ${t.replace('_', ' ')} is missing.`;
      db.prepare('SELECT count(*) FROM objectives').get();
      db.prepare('SELECT count(*) FROM key_results').get();
      // A flipped bit in the schema's own text ("created_at" → "creaTed_at") passes SQLite's check
      // and fails later, mid-read; the schema must be exactly what our migrations wrote.
      if (version <= LATEST_VERSION && schemaOf(db) !== expectedSchema(version)) return 'its table definitions are not the ones Cascade Planner writes.';
      if (version >= 3) {
        const bad = mismatchedRows(db, version);
        if (bad > 0) return `${bad} record${bad === 1 ? ' does' : 's do'} not match ${bad === 1 ? 'its checksum' : 'their checksums'}: a bit changed on disk.`;
      }
    }
    return null;
  } catch (err) {
    const code = sqliteCode(err);
    if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB' || code === 'SQLITE_ERROR') return 'SQLite cannot read its structure.';
    throw err;
  }
}

/** Rows whose stored checksum differs from their columns: a bit flipped inside a value. */
export function mismatchedRows(db: Database.Database, version = LATEST_VERSION): number {
  registerRowSum(db);
  let bad = 0;
  for (const [table, columns] of Object.entries(checksummedTables(version))) {
    bad += db.prepare(`SELECT count(*) FROM ${table} WHERE checksum IS NOT cascade_row_sum(${columns.join(', ')})`).pluck().get() as number;
  }
  return bad;
}

function schemaOf(db: Database.Database): string {
  const rows = db.prepare(`SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name`).raw().all();
  return JSON.stringify(rows);
}

const expected = new Map<number, string>();
/** The schema a plan of format `version` has, from the migrations themselves (a few ms, once). */
function expectedSchema(version: number): string {
  let schema = expected.get(version);
  if (schema === undefined) {
    const mem = new Database(':memory:');
    registerRowSum(mem);
    migrate(mem, MIGRATIONS.filter((m) => m.version <= version));
    schema = schemaOf(mem);
    mem.close();
    expected.set(version, schema);
  }
  return schema;
}

/** Throws the words for a damaged plan when `db` fails the structural check. */
export function assertSound(db: Database.Database, file: string): void {
  const problem = structuralProblem(db);
  if (problem) throw damaged(file, problem);
}
