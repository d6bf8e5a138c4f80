import type { Migration } from './types';

/**
 * FROZEN: shipped in format version 4. Never edit this file; add the next migration instead.
 *
 * The undo history lives in the plan file, so it survives a restart and is the same from every
 * window. A command is one user action (one transaction); its rows are the images of every plan
 * row it changed, before (`old`) and after (`new`), as JSON objects of the row's columns, keyed by
 * the row's primary key as a JSON array. NULL `old` means the command inserted the row, NULL `new`
 * that it deleted it. Undo puts each row back to its first `old`, redo to its last `new`.
 *
 * The triggers that fill `undo_rows` are not part of the file: the app creates them as TEMP
 * triggers on each connection it opens (electron/db/undo.ts), from the tables' current columns,
 * so a later migration's table becomes undoable by being named in that file's list, and another
 * program's writes are simply not recorded (undo then finds the rows changed and refuses in words).
 * `checksum` is format 3's row sum of (command_id, tbl, key, old, new), written by those triggers:
 * a flipped bit in a stored image is found before undo writes it back.
 */
export const migration004: Migration = {
  version: 4,
  description: 'the undo history: commands and the row images they changed',
  up(db) {
    db.exec(`
      CREATE TABLE undo_commands (
        id         INTEGER PRIMARY KEY,
        label      TEXT NOT NULL,
        state      TEXT NOT NULL CHECK (state IN ('done', 'undone')),
        created_at TEXT NOT NULL,
        bytes      INTEGER NOT NULL DEFAULT 0
      );
      CREATE TABLE undo_rows (
        id         INTEGER PRIMARY KEY,
        command_id INTEGER NOT NULL REFERENCES undo_commands(id) ON DELETE CASCADE,
        tbl        TEXT NOT NULL,
        key        TEXT NOT NULL,
        old        TEXT,
        new        TEXT,
        checksum   INTEGER
      );
      CREATE INDEX undo_rows_by_command ON undo_rows (command_id, tbl, key, id);
    `);
  },
};
