import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../electron/db/migrations';
import { tmpDir } from '../helpers/tmp';

/**
 * Shipped migrations are frozen: the schema each one leaves behind is recorded in test/db-schema/
 * and must never change. A new migration records its own snapshot once, by running this suite with
 * RECORD_SCHEMA=1; existing snapshots are never rewritten by that.
 */
const DIR = path.resolve('test/db-schema');

function schemaAt(version: number): string {
  const db = new Database(path.join(tmpDir(), `v${version}.cascade`));
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.filter((m) => m.version <= version));
  const rows = db
    .prepare(`SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name`)
    .all() as { type: string; name: string; tbl_name: string; sql: string | null }[];
  db.close();
  // Whitespace inside statements is not schema: collapse it so the snapshot reads as one line each.
  return rows.map((r) => `${r.type} ${r.name} ON ${r.tbl_name}: ${(r.sql ?? '').replace(/\s+/g, ' ').trim()}`).join('\n') + '\n';
}

describe('schema snapshots of the shipped migrations', () => {
  for (const m of MIGRATIONS) {
    it(`migration ${m.version} (${m.description}) still leaves the schema it shipped with`, () => {
      const file = path.join(DIR, `v${m.version}.sql`);
      const now = schemaAt(m.version);
      if (!fs.existsSync(file)) {
        if (process.env.RECORD_SCHEMA !== '1') throw new Error(`No schema snapshot for migration ${m.version}: run RECORD_SCHEMA=1 npx vitest run test/unit/schema-snapshot.test.ts once.`);
        fs.writeFileSync(file, now);
      }
      expect(now).toBe(fs.readFileSync(file, 'utf8'));
    });
  }

  it('numbers migrations 1, 2, 3… with no gaps, one file each', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    const files = fs.readdirSync(path.resolve('electron/db/migrations')).filter((f) => /^\d{3}-.*\.ts$/.test(f));
    expect(files.map((f) => Number(f.slice(0, 3)))).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('keeps every migration self-contained: it imports nothing but its type', () => {
    for (const f of fs.readdirSync(path.resolve('electron/db/migrations')).filter((f) => /^\d{3}-/.test(f))) {
      const imports = [...fs.readFileSync(path.resolve('electron/db/migrations', f), 'utf8').matchAll(/^import .* from '([^']+)'/gm)].map((m) => m[1]);
      expect(imports, f).toEqual(['./types']);
    }
  });
});
