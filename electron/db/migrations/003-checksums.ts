import type { Migration } from './types';

/**
 * FROZEN: shipped in format version 3. Never edit this file; add the next migration instead.
 *
 * Every row carries a checksum of its other columns, kept by triggers, so a bit flipped inside a
 * stored title or number (which SQLite's own check cannot see: the page is still well formed) is
 * found on open. The hash is part of the file format: it is defined here, frozen with the
 * triggers that call it, rather than in the app's code, and `up` registers it itself so the
 * backfill works on any connection. The app registers this same function on every connection it
 * opens (electron/db/open.ts, verify.ts), because the triggers call it on every later write.
 */

/** The columns each checksum covers, in the order they are hashed (format 3). */
export const CHECKSUM_COLUMNS: Readonly<Record<'objectives' | 'key_results' | 'dismissals', readonly string[]>> = {
  objectives: [
    'id', 'parent_id', 'level', 'title', 'description', 'owner', 'period', 'sort_order', 'created_at', 'updated_at',
    'owner_kind', 'period_kind', 'period_start', 'period_end', 'gate', 'parent_kr_id', 'weight', 'rollup_mode', 'status_override',
  ],
  key_results: ['id', 'objective_id', 'title', 'unit', 'start', 'target', 'current', 'kind', 'weight', 'sort_order', 'checked_in_at', 'updated_at'],
  dismissals: ['subject_id', 'rule', 'reason', 'created_at'],
};

export const ROW_SUM = 'cascade_row_sum';

/**
 * FNV-1a (32 bits) over the values, each preceded by a type tag and its length, so 1 and '1',
 * NULL and '', or ('ab','c') and ('a','bc') never hash alike. Each step is a bijection of the
 * running hash, so changing any one value (a single flipped bit) always changes the sum.
 */
export function cascadeRowSum(...values: unknown[]): number {
  let h = 0x811c9dc5;
  for (const v of values) {
    let text: string | null = null;
    let tag: number;
    if (v === null || v === undefined) tag = 0;
    else if (typeof v === 'number') (tag = 1), (text = String(v));
    else if (typeof v === 'bigint') (tag = 2), (text = String(v));
    else if (typeof v === 'string') (tag = 3), (text = v);
    else tag = 4;
    h = Math.imul(h ^ tag, 0x01000193);
    if (tag === 4) {
      const bytes = v as Uint8Array;
      h = Math.imul(h ^ (bytes.length & 0xffff), 0x01000193);
      h = Math.imul(h ^ (bytes.length >>> 16), 0x01000193);
      for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
    } else if (text !== null) {
      h = Math.imul(h ^ (text.length & 0xffff), 0x01000193);
      h = Math.imul(h ^ (text.length >>> 16), 0x01000193);
      for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    }
  }
  return h >>> 0;
}

/** Makes `cascade_row_sum(...)` callable on this connection (the triggers need it on every write). */
export function registerRowSum(db: Parameters<Migration['up']>[0]): void {
  db.function(ROW_SUM, { deterministic: true, varargs: true }, cascadeRowSum);
}

/** The SQL expression recomputing a row's checksum from `prefix`-qualified columns. */
export const rowSumSql = (table: keyof typeof CHECKSUM_COLUMNS, prefix = ''): string =>
  `${ROW_SUM}(${CHECKSUM_COLUMNS[table].map((c) => prefix + c).join(', ')})`;

export const migration003: Migration = {
  version: 3,
  description: 'a checksum on every row, kept by triggers',
  up(db) {
    registerRowSum(db);
    for (const table of Object.keys(CHECKSUM_COLUMNS) as (keyof typeof CHECKSUM_COLUMNS)[]) {
      // Existing rows are summed before the triggers exist, so each is written once. The update
      // trigger watches only the summed columns, so the insert trigger's write of the checksum does
      // not fire it; nor does its own write (recursive_triggers is off, SQLite's default).
      db.exec(`
        ALTER TABLE ${table} ADD COLUMN checksum INTEGER;
        UPDATE ${table} SET checksum = ${rowSumSql(table)};
        CREATE TRIGGER ${table}_checksum_insert AFTER INSERT ON ${table} BEGIN
          UPDATE ${table} SET checksum = ${rowSumSql(table, 'NEW.')} WHERE rowid = NEW.rowid;
        END;
        CREATE TRIGGER ${table}_checksum_update AFTER UPDATE OF ${CHECKSUM_COLUMNS[table].join(', ')} ON ${table} BEGIN
          UPDATE ${table} SET checksum = ${rowSumSql(table, 'NEW.')} WHERE rowid = NEW.rowid;
        END;
      `);
    }
  },
};
