import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, MIGRATIONS, type Migration, migrate } from '../../electron/db/migrations';
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
