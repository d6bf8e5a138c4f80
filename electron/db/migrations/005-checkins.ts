import type { Migration } from './types';

/**
 * FROZEN: shipped in format version 5. Never edit this file; add the next migration instead.
 *
 * Check-ins: every value a key result has had, with the day it was true, an optional note and
 * confidence, and who entered it. A KR's `current` is the value of its latest check-in on or before
 * today, so a plan can be read as of any past date. Each KR's value so far becomes its first
 * check-in, dated when it was last checked in.
 *
 * Rows carry a checksum like every other table (format 3): the triggers call `cascade_row_sum`,
 * which migration 3 defines and every connection that opens a plan registers.
 */

/** The columns the checksum covers, in the order they are hashed (format 5). */
export const CHECK_IN_CHECKSUM_COLUMNS: readonly string[] = ['id', 'key_result_id', 'date', 'value', 'note', 'confidence', 'author', 'created_at'];

const sum = (prefix: string): string => `cascade_row_sum(${CHECK_IN_CHECKSUM_COLUMNS.map((c) => prefix + c).join(', ')})`;

export const migration005: Migration = {
  version: 5,
  description: 'check-ins: the history of every key result value',
  up(db) {
    db.exec(`
      CREATE TABLE check_ins (
        id TEXT PRIMARY KEY NOT NULL,
        key_result_id TEXT NOT NULL REFERENCES key_results(id) ON DELETE CASCADE,
        date TEXT NOT NULL CHECK (length(date) = 10),
        value REAL NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        confidence INTEGER CHECK (confidence IS NULL OR (confidence BETWEEN 1 AND 10)),
        author TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        checksum INTEGER
      );
      CREATE INDEX check_ins_by_kr ON check_ins (key_result_id, date);
      INSERT INTO check_ins (id, key_result_id, date, value, note, confidence, author, created_at)
        SELECT lower(hex(randomblob(16))), id,
          CASE WHEN checked_in_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN substr(checked_in_at, 1, 10) ELSE date('now', 'localtime') END,
          current, '', NULL, '', checked_in_at
        FROM key_results;
      UPDATE check_ins SET checksum = ${sum('')};
      CREATE TRIGGER check_ins_checksum_insert AFTER INSERT ON check_ins BEGIN
        UPDATE check_ins SET checksum = ${sum('NEW.')} WHERE rowid = NEW.rowid;
      END;
      CREATE TRIGGER check_ins_checksum_update AFTER UPDATE OF ${CHECK_IN_CHECKSUM_COLUMNS.join(', ')} ON check_ins BEGIN
        UPDATE check_ins SET checksum = ${sum('NEW.')} WHERE rowid = NEW.rowid;
      END;
    `);
  },
};
