import type { Migration } from './types';

/**
 * FROZEN once shipped in format version 7. Never edit this file; add the next migration instead.
 *
 * Workshop mode: a session with its agenda and timer, the stickies of its parking lot and triage
 * wall, every triage decision with its reason, dot votes, secret confidence rounds, and the plan
 * as it stood at the start and the end. The timer is stored as a moment and a remainder, never as
 * ticks, so a session survives a restart, a crash or a laptop that slept. Votes and confidence
 * scores carry the voter, so participants can later vote for themselves (issue 14).
 *
 * Every row carries a checksum like format 3's, by the same frozen function (cascade_row_sum,
 * registered on every connection), kept by triggers.
 */
export const WORKSHOP_CHECKSUM_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  workshop_sessions: [
    'id', 'title', 'template', 'state', 'step', 'timer_started_at', 'timer_remaining_ms', 'dots_per_person',
    'present_id', 'present_branch', 'present_chrome', 'start_state', 'end_state', 'started_at', 'ended_at',
  ],
  workshop_steps: ['id', 'session_id', 'position', 'title', 'minutes', 'started_at', 'ended_at'],
  workshop_stickies: ['id', 'session_id', 'text', 'column_name', 'objective_id', 'merged_into', 'author', 'sort_order', 'created_at', 'updated_at'],
  workshop_decisions: ['id', 'session_id', 'sticky_id', 'decision', 'reason', 'decided_by', 'created_at'],
  workshop_votes: ['session_id', 'subject_id', 'voter', 'dots', 'updated_at'],
  workshop_rounds: ['id', 'session_id', 'subject_id', 'subject_title', 'state', 'created_at', 'revealed_at'],
  workshop_scores: ['round_id', 'voter', 'score', 'created_at'],
};

const sum = (table: string, prefix: string) => `cascade_row_sum(${WORKSHOP_CHECKSUM_COLUMNS[table]!.map((c) => prefix + c).join(', ')})`;

export const migration007: Migration = {
  version: 7,
  description: 'workshop mode: sessions, agenda and timer, stickies, triage decisions, votes, confidence rounds',
  up(db) {
    db.exec(`
      CREATE TABLE workshop_sessions (
        id                 TEXT PRIMARY KEY NOT NULL,
        title              TEXT NOT NULL,
        template           TEXT NOT NULL,
        state              TEXT NOT NULL DEFAULT 'running' CHECK (state IN ('running', 'ended')),
        step               INTEGER NOT NULL DEFAULT 0,
        -- When the countdown last started (ISO time), or NULL while it is paused.
        timer_started_at   TEXT,
        -- What was left when it last started or paused.
        timer_remaining_ms INTEGER NOT NULL DEFAULT 0,
        dots_per_person    INTEGER NOT NULL DEFAULT 3 CHECK (dots_per_person BETWEEN 1 AND 20),
        present_id         TEXT,
        present_branch     INTEGER NOT NULL DEFAULT 0 CHECK (present_branch IN (0, 1)),
        present_chrome     INTEGER NOT NULL DEFAULT 0 CHECK (present_chrome IN (0, 1)),
        -- The plan (objectives and key results as JSON) when the session started and ended.
        start_state        TEXT NOT NULL,
        end_state          TEXT,
        started_at         TEXT NOT NULL,
        ended_at           TEXT
      );
      CREATE TABLE workshop_steps (
        id         TEXT PRIMARY KEY NOT NULL,
        session_id TEXT NOT NULL REFERENCES workshop_sessions(id) ON DELETE CASCADE,
        position   INTEGER NOT NULL,
        title      TEXT NOT NULL,
        minutes    INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 600),
        started_at TEXT,
        ended_at   TEXT,
        UNIQUE (session_id, position)
      );
      CREATE TABLE workshop_stickies (
        id           TEXT PRIMARY KEY NOT NULL,
        session_id   TEXT NOT NULL REFERENCES workshop_sessions(id) ON DELETE CASCADE,
        text         TEXT NOT NULL,
        column_name  TEXT NOT NULL DEFAULT 'parking'
                     CHECK (column_name IN ('parking', 'so_what', 'candidate', 'accepted', 'shelf', 'merged')),
        objective_id TEXT REFERENCES objectives(id) ON DELETE SET NULL,
        merged_into  TEXT REFERENCES workshop_stickies(id) ON DELETE SET NULL,
        author       TEXT NOT NULL,
        sort_order   INTEGER NOT NULL,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      );
      CREATE INDEX workshop_stickies_by_session ON workshop_stickies (session_id, sort_order);
      CREATE TABLE workshop_decisions (
        id         TEXT PRIMARY KEY NOT NULL,
        session_id TEXT NOT NULL REFERENCES workshop_sessions(id) ON DELETE CASCADE,
        sticky_id  TEXT NOT NULL,
        decision   TEXT NOT NULL,
        reason     TEXT NOT NULL,
        decided_by TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX workshop_decisions_by_session ON workshop_decisions (session_id, created_at);
      CREATE TABLE workshop_votes (
        session_id TEXT NOT NULL REFERENCES workshop_sessions(id) ON DELETE CASCADE,
        subject_id TEXT NOT NULL,
        voter      TEXT NOT NULL,
        dots       INTEGER NOT NULL CHECK (dots BETWEEN 0 AND 10000),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (session_id, subject_id, voter)
      );
      CREATE TABLE workshop_rounds (
        id            TEXT PRIMARY KEY NOT NULL,
        session_id    TEXT NOT NULL REFERENCES workshop_sessions(id) ON DELETE CASCADE,
        subject_id    TEXT NOT NULL,
        subject_title TEXT NOT NULL,
        state         TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'revealed')),
        created_at    TEXT NOT NULL,
        revealed_at   TEXT
      );
      CREATE TABLE workshop_scores (
        round_id   TEXT NOT NULL REFERENCES workshop_rounds(id) ON DELETE CASCADE,
        voter      TEXT NOT NULL,
        score      INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
        created_at TEXT NOT NULL,
        PRIMARY KEY (round_id, voter)
      );
    `);
    for (const table of Object.keys(WORKSHOP_CHECKSUM_COLUMNS)) {
      db.exec(`
        ALTER TABLE ${table} ADD COLUMN checksum INTEGER;
        CREATE TRIGGER ${table}_checksum_insert AFTER INSERT ON ${table} BEGIN
          UPDATE ${table} SET checksum = ${sum(table, 'NEW.')} WHERE rowid = NEW.rowid;
        END;
        CREATE TRIGGER ${table}_checksum_update AFTER UPDATE OF ${WORKSHOP_CHECKSUM_COLUMNS[table]!.join(', ')} ON ${table} BEGIN
          UPDATE ${table} SET checksum = ${sum(table, 'NEW.')} WHERE rowid = NEW.rowid;
        END;
      `);
    }
  },
};
