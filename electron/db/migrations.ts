import type Database from 'better-sqlite3';
import { parsePeriodLabel } from '../../shared/period';

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
  {
    version: 2,
    description: 'the method: KR kinds and weights, owners, periods, the gate, parent KRs, roll-up, status, dismissals',
    up(db) {
      // Key results are rebuilt (SQLite cannot change a CHECK in place): direction becomes kind.
      db.exec(`
        CREATE TABLE key_results_v2 (
          id            TEXT PRIMARY KEY NOT NULL,
          objective_id  TEXT NOT NULL REFERENCES objectives(id) ON DELETE CASCADE,
          title         TEXT NOT NULL,
          unit          TEXT NOT NULL DEFAULT '',
          start         REAL NOT NULL DEFAULT 0,
          target        REAL NOT NULL,
          current       REAL NOT NULL DEFAULT 0,
          kind          TEXT NOT NULL DEFAULT 'increase'
                        CHECK (kind IN ('increase', 'decrease', 'stay_above', 'stay_below', 'milestone', 'binary')),
          weight        REAL NOT NULL DEFAULT 1 CHECK (weight >= 0),
          sort_order    INTEGER NOT NULL DEFAULT 0,
          checked_in_at TEXT NOT NULL,
          updated_at    TEXT NOT NULL
        );
        INSERT INTO key_results_v2
          (id, objective_id, title, unit, start, target, current, kind, weight, sort_order, checked_in_at, updated_at)
          SELECT id, objective_id, title, unit, start, target, current, direction, 1, sort_order, updated_at, updated_at
          FROM key_results;
        DROP TABLE key_results;
        ALTER TABLE key_results_v2 RENAME TO key_results;
        CREATE INDEX key_results_by_objective ON key_results (objective_id, sort_order);

        ALTER TABLE objectives ADD COLUMN owner_kind TEXT NOT NULL DEFAULT 'person'
          CHECK (owner_kind IN ('person', 'team', 'group'));
        ALTER TABLE objectives ADD COLUMN period_kind TEXT NOT NULL DEFAULT 'none'
          CHECK (period_kind IN ('none', 'year', 'quarter', 'custom'));
        ALTER TABLE objectives ADD COLUMN period_start TEXT NOT NULL DEFAULT '';
        ALTER TABLE objectives ADD COLUMN period_end TEXT NOT NULL DEFAULT '';
        ALTER TABLE objectives ADD COLUMN gate TEXT NOT NULL DEFAULT 'unanswered'
          CHECK (gate IN ('unanswered', 'skipped', 'strategic', 'compliance', 'job_requirement', 'health_metric'));
        ALTER TABLE objectives ADD COLUMN parent_kr_id TEXT REFERENCES key_results(id) ON DELETE SET NULL;
        -- Without it every KR delete scans all objectives for links to null out.
        CREATE INDEX objectives_by_parent_kr ON objectives (parent_kr_id);
        ALTER TABLE objectives ADD COLUMN weight REAL NOT NULL DEFAULT 1 CHECK (weight >= 0);
        ALTER TABLE objectives ADD COLUMN rollup_mode TEXT NOT NULL DEFAULT 'average'
          CHECK (rollup_mode IN ('average', 'sum_to_target'));
        ALTER TABLE objectives ADD COLUMN status_override TEXT
          CHECK (status_override IS NULL OR status_override IN ('on_track', 'at_risk', 'off_track'));

        CREATE TABLE dismissals (
          subject_id TEXT NOT NULL,
          rule       TEXT NOT NULL,
          reason     TEXT NOT NULL,
          created_at TEXT NOT NULL,
          PRIMARY KEY (subject_id, rule)
        );
      `);
      // Version 1 kept owners and periods as free text; read what they say.
      const rows = db.prepare(`SELECT id, owner, period FROM objectives`).all() as { id: string; owner: string; period: string }[];
      const set = db.prepare(`UPDATE objectives SET owner_kind = ?, period_kind = ?, period_start = ?, period_end = ? WHERE id = ?`);
      for (const r of rows) {
        const p = parsePeriodLabel(r.period);
        set.run(guessOwnerKind(r.owner), p.kind, p.start, p.end, r.id);
      }
    },
  },
];

/** Team-like words in an owner name; anything else is taken to be a person. */
export function guessOwnerKind(owner: string): 'person' | 'team' | 'group' {
  if (/cross-functional|squad|guild|task ?force|working group|\+|&/i.test(owner)) return 'group';
  if (/\b(team|department|dept|management|office|unit|division|board|committee|leadership|sales|marketing|engineering|operations|finance|support|success)\b/i.test(owner)) return 'team';
  return 'person';
}

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
