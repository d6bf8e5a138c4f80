import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, MIGRATIONS, type Migration, migrate } from '../../electron/db/migrations';
import { cascadeRowSum } from '../../electron/db/migrations/003-checksums';
import { closePlanDb, openPlanDb } from '../../electron/db/open';
import { PlanRepo } from '../../electron/db/repo';
import { flipBit } from '../helpers/damage';
import { tmpDir } from '../helpers/tmp';

const columns = (db: Database.Database, table: string) =>
  db.prepare(`SELECT name, "notnull" AS required FROM pragma_table_info(?)`).all(table) as { name: string; required: number }[];

function freshDb(): Database.Database {
  return new Database(path.join(tmpDir(), 'm.cascade'));
}

describe('migration 1: objectives and key results', () => {
  it('creates both tables with the documented columns and records version 1', () => {
    const db = freshDb();
    migrate(db, MIGRATIONS.slice(0, 1));
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(columns(db, 'objectives').map((c) => c.name)).toEqual([
      'id', 'parent_id', 'level', 'title', 'description', 'owner', 'period', 'sort_order', 'created_at', 'updated_at',
    ]);
    expect(columns(db, 'key_results').map((c) => c.name)).toEqual([
      'id', 'objective_id', 'title', 'unit', 'start', 'target', 'current', 'direction', 'sort_order', 'updated_at',
    ]);
    // Only the parent link may be empty.
    expect(columns(db, 'objectives').filter((c) => !c.required).map((c) => c.name)).toEqual(['parent_id']);
  });

  it('enforces the level and direction enums and the foreign keys', () => {
    const db = freshDb();
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 1));
    const insert = db.prepare(
      `INSERT INTO objectives (id, parent_id, level, title, created_at, updated_at) VALUES (?, ?, ?, 't', 'x', 'x')`,
    );
    expect(() => insert.run('a', null, 'galaxy')).toThrow(/CHECK/);
    expect(() => insert.run('b', 'missing', 'bridge')).toThrow(/FOREIGN KEY/);
    insert.run('c', null, 'north_star');
    expect(() =>
      db.prepare(`INSERT INTO key_results (id, objective_id, title, target, direction, updated_at) VALUES ('k', 'c', 't', 1, 'sideways', 'x')`).run(),
    ).toThrow(/CHECK/);
  });
});

describe('migration 2: the method', () => {
  it('turns direction into kind, reads owners and periods, and keeps every row', () => {
    const db = freshDb();
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 1));
    const o = db.prepare(
      `INSERT INTO objectives (id, parent_id, level, title, owner, period, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 't0', 't1')`,
    );
    o.run('star', null, 'north_star', 'Grow', 'Leadership team', '2026');
    o.run('bridge', 'star', 'bridge', 'Deepen', 'Sales + Marketing', 'Q2 2026');
    o.run('pilot', 'bridge', 'contribution', 'Pilot', 'Dana', 'spring push');
    db.prepare(
      `INSERT INTO key_results (id, objective_id, title, unit, start, target, current, direction, sort_order, updated_at)
       VALUES ('k1', 'star', 'Cut churn', '%', 12, 4, 9, 'decrease', 0, '2026-03-01T00:00:00.000Z')`,
    ).run();
    migrate(db, MIGRATIONS.slice(0, 2));
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare(`SELECT kind, weight, checked_in_at AS c, current FROM key_results`).get()).toEqual({
      kind: 'decrease',
      weight: 1,
      c: '2026-03-01T00:00:00.000Z',
      current: 9,
    });
    const rows = db
      .prepare(`SELECT id, owner_kind AS ok, period_kind AS pk, period_start AS ps, period_end AS pe, gate, weight FROM objectives ORDER BY created_at, id`)
      .all();
    expect(rows).toEqual([
      { id: 'bridge', ok: 'group', pk: 'quarter', ps: '2026-04-01', pe: '2026-06-30', gate: 'unanswered', weight: 1 },
      { id: 'pilot', ok: 'person', pk: 'custom', ps: '', pe: '', gate: 'unanswered', weight: 1 },
      { id: 'star', ok: 'team', pk: 'year', ps: '2026-01-01', pe: '2026-12-31', gate: 'unanswered', weight: 1 },
    ]);
    // The new link from an objective to the parent KR it moves is a real foreign key.
    expect(() => db.prepare(`UPDATE objectives SET parent_kr_id = 'nope' WHERE id = 'bridge'`).run()).toThrow(/FOREIGN KEY/);
    db.prepare(`UPDATE objectives SET parent_kr_id = 'k1' WHERE id = 'bridge'`).run();
    db.prepare(`DELETE FROM key_results WHERE id = 'k1'`).run();
    expect(db.prepare(`SELECT parent_kr_id AS p FROM objectives WHERE id = 'bridge'`).get()).toEqual({ p: null });
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});

describe('migration 3: a checksum on every row', () => {
  /** A version-2 plan with a North Star, a bridge linked to the star's KR, and a dismissal. */
  function v2Plan(): string {
    const file = path.join(tmpDir(), 'v2.cascade');
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 2));
    db.exec(`
      INSERT INTO objectives (id, parent_id, level, title, owner, created_at, updated_at) VALUES
        ('star', NULL, 'north_star', 'Grow recurring revenue', 'Leadership team', 't0', 't0'),
        ('bridge', 'star', 'bridge', 'Deepen key acounts', 'Sales + Marketing', 't0', 't0');
      INSERT INTO key_results (id, objective_id, title, unit, start, target, current, checked_in_at, updated_at)
        VALUES ('k1', 'star', 'ARR', '€m', 12, 20, 14.5, 't0', 't0');
      UPDATE objectives SET parent_kr_id = 'k1' WHERE id = 'bridge';
      INSERT INTO dismissals (subject_id, rule, reason, created_at) VALUES ('bridge', 'generic-container', 'On purpose', 't0');
    `);
    db.pragma('application_id = 1128354628');
    db.close();
    return file;
  }

  it('sums the rows a version-2 plan already holds, and the plan opens as sound', () => {
    const file = v2Plan();
    const db = openPlanDb(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    for (const t of ['objectives', 'key_results', 'dismissals']) {
      expect(db.prepare(`SELECT count(*) FROM ${t} WHERE checksum IS NULL`).pluck().get(), t).toBe(0);
    }
    // The checksum is the file's business: the rows the app reads and sends do not carry it.
    const repo = new PlanRepo(db);
    expect(Object.keys(repo.objectives()[0]!)).not.toContain('checksum');
    expect(Object.keys(repo.keyResults()[0]!)).not.toContain('checksum');
    expect(Object.keys(repo.dismissals()[0]!)).not.toContain('checksum');
    expect(repo.objectiveRows()[0]).toHaveLength(Object.keys(repo.objectives()[0]!).length);
    closePlanDb(db);
    expect(() => closePlanDb(openPlanDb(file))).not.toThrow();
  });

  it('keeps every checksum true through edits, a deleted KR that an objective linked to, and a replaced dismissal', () => {
    const file = v2Plan();
    const db = openPlanDb(file);
    const repo = new PlanRepo(db);
    repo.updateObjective('bridge', { title: 'Deepen key accounts', weight: 2 });
    repo.updateKeyResult('k1', { current: 15.25 });
    repo.dismiss('bridge', 'generic-container', 'Still on purpose');
    // The foreign key's ON DELETE SET NULL rewrites the bridge: its trigger must follow.
    db.prepare(`DELETE FROM key_results WHERE id = 'k1'`).run();
    expect(repo.getObjective('bridge').parentKrId).toBeNull();
    closePlanDb(db);
    const again = openPlanDb(file);
    expect(new PlanRepo(again).getObjective('bridge').title).toBe('Deepen key accounts');
    closePlanDb(again);
  });

  it('runs the sum once per written row: the trigger’s own update does not fire it again', () => {
    const db = openPlanDb(v2Plan());
    let calls = 0;
    db.function('cascade_row_sum', { deterministic: true, varargs: true }, (...v: unknown[]) => (calls++, cascadeRowSum(...v)));
    db.prepare(`UPDATE objectives SET title = 'Grow ARR' WHERE id = 'star'`).run();
    expect(calls).toBe(1);
    db.prepare(`INSERT INTO dismissals (subject_id, rule, reason, created_at) VALUES ('star', 'no-owner', 'x', 't1')`).run();
    expect(calls).toBe(2);
    closePlanDb(db);
  });

  it('tells 1 from \'1\', NULL from \'\', and where one value ends and the next begins', () => {
    expect(cascadeRowSum(1)).not.toBe(cascadeRowSum('1'));
    expect(cascadeRowSum(null)).not.toBe(cascadeRowSum(''));
    expect(cascadeRowSum('ab', 'c')).not.toBe(cascadeRowSum('a', 'bc'));
    expect(cascadeRowSum('Grow')).not.toBe(cascadeRowSum('Gsow'));
  });

  it('refuses, in words, a plan in which one bit of a stored title changed on disk', () => {
    const file = v2Plan();
    closePlanDb(openPlanDb(file));
    const at = fs.readFileSync(file).indexOf('Grow recurring revenue');
    expect(at).toBeGreaterThan(0);
    flipBit(file, at + 1, 0); // "Grow" → "Gsow": still valid text, SQLite's own check passes
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
    expect(() => openPlanDb(file)).toThrow(/damaged: 1 record does not match its checksum: a bit changed on disk/);
  });
});

describe('the migration runner', () => {
  it('is idempotent', () => {
    const db = freshDb();
    expect(migrate(db)).toBe(LATEST_VERSION);
    expect(migrate(db)).toBe(LATEST_VERSION);
  });

  it('rolls a failed migration back whole and keeps the file at the last good version', () => {
    const db = freshDb();
    const broken: Migration = {
      version: LATEST_VERSION + 1,
      description: 'fails half-way',
      up(d) {
        d.exec('CREATE TABLE half_done (x INTEGER)');
        throw new Error('disk on fire');
      },
    };
    expect(() => migrate(db, [...MIGRATIONS, broken])).toThrow('disk on fire');
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare(`SELECT count(*) AS n FROM sqlite_schema WHERE name = 'half_done'`).get()).toEqual({ n: 0 });
  });

  it('numbers migrations 1, 2, 3… without gaps', () => {
    MIGRATIONS.forEach((m, i) => expect(m.version).toBe(i + 1));
  });
});
