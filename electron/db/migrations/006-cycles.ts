import type { Migration } from './types';

/**
 * FROZEN once shipped (format version 6). Never edit it then; add the next migration instead.
 *
 * Snapshots of the whole plan and cycles that close and roll over.
 *
 * - A snapshot is a list of row blobs. Each blob is one record (objective, key result, dismissal…)
 *   written as a JSON array and stored once, whatever number of snapshots hold it: unchanged rows
 *   are shared. `members` is the snapshot's list of blob ids (delta-coded and deflated by the app),
 *   `fields` the column names each kind of record was written with.
 * - The live tables hold the plan's current cycle. Closing it records a snapshot of its final
 *   values and freezes the live tables: triggers refuse every insert, update and delete while the
 *   newest cycle is closed, so no write path (the app, an import, the command line, another
 *   program) can change a closed cycle. Starting the next cycle adds an open cycle first.
 * - A closed cycle, and the snapshot that recorded it, can never change or be deleted.
 *
 * The error texts start with "cascade:" so the app can say them in words (electron/db/errors.ts).
 * The checksum triggers follow format 3: `cascade_row_sum` is registered on every connection.
 */

/** The columns each new table's checksum covers, in the order they are hashed (format 6). */
export const CHECKSUM_COLUMNS_6: Readonly<Record<'cycles' | 'snapshots' | 'snapshot_rows' | 'carryovers', readonly string[]>> = {
  cycles: ['id', 'name', 'number', 'started_at', 'closed_at', 'snapshot_id'],
  snapshots: ['id', 'name', 'kind', 'taken_at', 'fields', 'members', 'objectives', 'key_results'],
  snapshot_rows: ['id', 'hash', 'body'],
  carryovers: ['cycle_id', 'objective_id', 'previous_cycle_id', 'choice'],
};

/** The live tables a closed cycle freezes. */
const FROZEN = ['objectives', 'key_results', 'dismissals', 'check_ins'];

export const CYCLE_CLOSED = 'cascade:cycle-closed';
export const RECORD_FIXED = 'cascade:record-fixed';

const sum = (table: keyof typeof CHECKSUM_COLUMNS_6) => `cascade_row_sum(${CHECKSUM_COLUMNS_6[table].map((c) => `NEW.${c}`).join(', ')})`;

export const migration006: Migration = {
  version: 6,
  description: 'snapshots, cycles, and the freeze of a closed cycle',
  up(db) {
    db.exec(`
      CREATE TABLE snapshot_rows (
        id INTEGER PRIMARY KEY,
        hash INTEGER NOT NULL,
        body TEXT NOT NULL
      );
      CREATE INDEX snapshot_rows_hash ON snapshot_rows (hash);
      CREATE TABLE snapshots (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('user', 'cycle', 'workshop', 'api')),
        taken_at TEXT NOT NULL,
        fields TEXT NOT NULL,
        members BLOB NOT NULL,
        objectives INTEGER NOT NULL,
        key_results INTEGER NOT NULL
      );
      CREATE TABLE cycles (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        number INTEGER NOT NULL UNIQUE,
        started_at TEXT NOT NULL,
        closed_at TEXT,
        snapshot_id INTEGER REFERENCES snapshots (id)
      );
      CREATE TABLE carryovers (
        cycle_id TEXT NOT NULL REFERENCES cycles (id),
        objective_id TEXT NOT NULL,
        previous_cycle_id TEXT NOT NULL REFERENCES cycles (id),
        choice TEXT NOT NULL CHECK (choice IN ('carry', 'reset', 'drop')),
        PRIMARY KEY (cycle_id, objective_id)
      );
    `);
    for (const table of Object.keys(CHECKSUM_COLUMNS_6) as (keyof typeof CHECKSUM_COLUMNS_6)[]) {
      db.exec(`
        ALTER TABLE ${table} ADD COLUMN checksum INTEGER;
        CREATE TRIGGER ${table}_checksum_insert AFTER INSERT ON ${table} BEGIN
          UPDATE ${table} SET checksum = ${sum(table)} WHERE rowid = NEW.rowid;
        END;
        CREATE TRIGGER ${table}_checksum_update AFTER UPDATE OF ${CHECKSUM_COLUMNS_6[table].join(', ')} ON ${table} BEGIN
          UPDATE ${table} SET checksum = ${sum(table)} WHERE rowid = NEW.rowid;
        END;
      `);
    }
    const closed = `(SELECT closed_at FROM cycles ORDER BY number DESC LIMIT 1) IS NOT NULL`;
    for (const table of FROZEN) {
      for (const op of ['INSERT', 'UPDATE', 'DELETE']) {
        db.exec(`CREATE TRIGGER ${table}_frozen_${op.toLowerCase()} BEFORE ${op} ON ${table} WHEN ${closed}
          BEGIN SELECT RAISE(ABORT, '${CYCLE_CLOSED}'); END;`);
      }
    }
    // What was recorded stays as recorded: blobs never change, nor does a closed cycle or its snapshot.
    db.exec(`
      CREATE TRIGGER snapshot_rows_fixed BEFORE UPDATE OF hash, body ON snapshot_rows
        BEGIN SELECT RAISE(ABORT, '${RECORD_FIXED}'); END;
      CREATE TRIGGER snapshots_fixed BEFORE UPDATE OF kind, taken_at, fields, members, objectives, key_results ON snapshots
        BEGIN SELECT RAISE(ABORT, '${RECORD_FIXED}'); END;
      CREATE TRIGGER snapshots_of_cycles_kept BEFORE DELETE ON snapshots WHEN OLD.id IN (SELECT snapshot_id FROM cycles WHERE snapshot_id IS NOT NULL)
        BEGIN SELECT RAISE(ABORT, '${RECORD_FIXED}'); END;
      CREATE TRIGGER cycles_closed_fixed BEFORE UPDATE OF ${CHECKSUM_COLUMNS_6.cycles.join(', ')} ON cycles WHEN OLD.closed_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, '${RECORD_FIXED}'); END;
      CREATE TRIGGER cycles_closed_kept BEFORE DELETE ON cycles WHEN OLD.closed_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, '${RECORD_FIXED}'); END;
    `);
  },
};
