import type { Migration } from './types';

/**
 * FROZEN: shipped in format version 2. Never edit this file; add the next migration instead.
 * It depends on nothing but SQLite, so later changes to the app's code cannot change what it does
 * (test/unit/schema-snapshot.test.ts fails if its schema changes).
 */
export const migration002: Migration = {
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
};

/** Team-like words in an owner name; anything else is taken to be a person. */
function guessOwnerKind(owner: string): 'person' | 'team' | 'group' {
  if (/cross-functional|squad|guild|task ?force|working group|\+|&/i.test(owner)) return 'group';
  if (/\b(team|department|dept|management|office|unit|division|board|committee|leadership|sales|marketing|engineering|operations|finance|support|success)\b/i.test(owner)) return 'team';
  return 'person';
}

/** A frozen copy of how version 2 read period labels ("2026", "FY2026", "Q2 2026", "2026-Q2"). */
function parsePeriodLabel(label: string): { kind: string; start: string; end: string } {
  const pad = (n: number) => String(n).padStart(2, '0');
  const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
  const year = (y: number) => ({ kind: 'year', start: `${y}-01-01`, end: `${y}-12-31` });
  const quarter = (y: number, q: number) => {
    const first = (q - 1) * 3 + 1;
    return { kind: 'quarter', start: `${y}-${pad(first)}-01`, end: `${y}-${pad(first + 2)}-${lastDay(y, first + 2)}` };
  };
  const t = label.trim();
  let m = /^(?:FY\s*)?(\d{4})$/i.exec(t);
  if (m) return year(Number(m[1]));
  m = /^Q([1-4])[\s-]*(\d{4})$/i.exec(t);
  if (m) return quarter(Number(m[2]), Number(m[1]));
  m = /^(\d{4})[\s-]*Q([1-4])$/i.exec(t);
  if (m) return quarter(Number(m[1]), Number(m[2]));
  return { kind: t ? 'custom' : 'none', start: '', end: '' };
}
