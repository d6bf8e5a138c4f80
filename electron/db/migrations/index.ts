import type Database from 'better-sqlite3';
import { migration001 } from './001-objectives';
import { migration002 } from './002-method';
import { CHECKSUM_COLUMNS, migration003 } from './003-checksums';
import { migration004 } from './004-undo-log';
import { CHECK_IN_CHECKSUM_COLUMNS, migration005 } from './005-checkins';
import { CHECKSUM_COLUMNS_6, migration006 } from './006-cycles';
import { WORKSHOP_CHECKSUM_COLUMNS, migration007 } from './007-workshop';
import type { Migration } from './types';

export type { Migration } from './types';
export { CHECKSUM_COLUMNS, ROW_SUM, registerRowSum, rowSumSql } from './003-checksums';
export { CHECKSUM_COLUMNS_6, CYCLE_CLOSED, RECORD_FIXED } from './006-cycles';
export { WORKSHOP_CHECKSUM_COLUMNS } from './007-workshop';

/**
 * Numbered migrations, one frozen file each; `PRAGMA user_version` records the last one applied.
 * Each runs in its own transaction together with the version bump, so a crash leaves the file at a
 * whole version. Never edit a shipped migration: add the next file.
 */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Applies every migration above the file's version, one transaction each. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  let version = db.pragma('user_version', { simple: true }) as number;
  for (const m of migrations) {
    if (m.version <= version) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
    version = m.version;
  }
  return version;
}

/** Every checksummed table of a file at `version`, with the columns its sum covers, in order. */
export function checksummedTables(version: number): Record<string, readonly string[]> {
  return {
    ...(version >= 3 ? CHECKSUM_COLUMNS : {}),
    ...(version >= 5 ? { check_ins: CHECK_IN_CHECKSUM_COLUMNS } : {}),
    ...(version >= 6 ? CHECKSUM_COLUMNS_6 : {}),
    ...(version >= 7 ? WORKSHOP_CHECKSUM_COLUMNS : {}),
  };
}
