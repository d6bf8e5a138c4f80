import type { Migration } from './types';

/**
 * FROZEN: shipped in format version 1. Never edit this file; add the next migration instead.
 * It depends on nothing but SQLite, so later changes to the app's code cannot change what it does
 * (test/unit/schema-snapshot.test.ts fails if its schema changes).
 */
export const migration001: Migration = {
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
};
