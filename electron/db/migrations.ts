import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  description: string;
  up(db: Database.Database): void;
}

/**
 * Numbered migrations; `PRAGMA user_version` records the last one applied. Each runs in its own
 * transaction together with the version bump, so a crash leaves the file at a whole version.
 * Never edit a released migration: add the next one.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'objectives and key results',
    up(db) {
      db.exec(`
        CREATE TABLE objectives (
          id          TEXT PRIMARY KEY NOT NULL,
          parent_id   TEXT REFERENCES objectives(id) ON DELETE CASCADE,
          level       TEXT NOT NULL CHECK (level IN ('north_star', 'bridge', 'contribution')),
          title       TEXT NOT NULL,
          description TEXT NOT NULL DEFAULT '',
          owner       TEXT NOT NULL DEFAULT '',
          period      TEXT NOT NULL DEFAULT '',
          sort_order  INTEGER NOT NULL DEFAULT 0,
          created_at  TEXT NOT NULL,
          updated_at  TEXT NOT NULL,
          CHECK (parent_id IS NULL OR parent_id <> id)
        );
        CREATE INDEX objectives_by_parent ON objectives (parent_id, sort_order);

        CREATE TABLE key_results (
          id           TEXT PRIMARY KEY NOT NULL,
          objective_id TEXT NOT NULL REFERENCES objectives(id) ON DELETE CASCADE,
          title        TEXT NOT NULL,
          unit         TEXT NOT NULL DEFAULT '',
          start        REAL NOT NULL DEFAULT 0,
          target       REAL NOT NULL,
          current      REAL NOT NULL DEFAULT 0,
          direction    TEXT NOT NULL DEFAULT 'increase' CHECK (direction IN ('increase', 'decrease')),
          sort_order   INTEGER NOT NULL DEFAULT 0,
          updated_at   TEXT NOT NULL
        );
        CREATE INDEX key_results_by_objective ON key_results (objective_id, sort_order);
      `);
    },
  },
];

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
