import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { PlanError } from '../../electron/db/errors';
import { closePlanDb, openPlanDb } from '../../electron/db/open';
import { PlanRepo } from '../../electron/db/repo';
import { recoverPlan } from '../../electron/db/recover';
import { PlanSession } from '../../electron/session';
import { createRng } from '../helpers/generate';
import { writeCompanyPlan } from '../helpers/company';
import { flipBit, rootPage, smashPage } from '../helpers/damage';
import { tmpDir } from '../helpers/tmp';

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
/** Everything a plan holds, as the app reads it. */
function contentOf(file: string): string {
  // Read as the app reads a plan read-only, skipping the checks so a damaged file's rows show too.
  const db = openPlanDb(file, { readOnly: true, skipCheck: true });
  try {
    const repo = new PlanRepo(db);
    return JSON.stringify([repo.objectives(), repo.keyResults(), repo.dismissals()]);
  } finally {
    db.close();
  }
}

describe('a bit-flipped plan is never opened for editing while damage can be seen', () => {
  it('flips one bit in each of 300 copies of a real plan: each is refused in words, or opens with exactly the original content', () => {
    const dir = tmpDir();
    const original = path.join(dir, 'Northwind.cascade');
    writeCompanyPlan(original);
    const good = fs.readFileSync(original);
    const truth = contentOf(original);
    const rng = createRng(2026);
    const outcome = { refused: 0, refusedByChecksum: 0, intact: 0, openedChanged: 0 };
    const unseen: string[] = [];
    for (let v = 0; v < 300; v++) {
      const file = path.join(dir, `variant-${v}.cascade`);
      fs.writeFileSync(file, good);
      const offset = rng.int(0, good.length - 1);
      flipBit(file, offset, rng.int(0, 7));
      const flipped = fs.readFileSync(file);
      // Opened as the app opens a plan (the session reads every row as it opens).
      const session = new PlanSession(path.join(dir, 'data'));
      try {
        session.open(file);
      } catch (err) {
        expect(err).toBeInstanceOf(PlanError);
        expect((err as PlanError).message).not.toMatch(/SQLITE_|malformed|disk image/);
        // Refused without touching it.
        expect(fs.readFileSync(file).equals(flipped)).toBe(true);
        outcome.refused++;
        if (/do(es)? not match (its|their) checksums?: a bit changed on disk/.test((err as PlanError).message)) outcome.refusedByChecksum++;
        continue;
      } finally {
        session.close();
      }
      // What was opened passes SQLite's full check and every record reads: nothing it can see is wrong.
      const check = new Database(file, { readonly: true });
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
      check.close();
      // A flip in unused space (free bytes of a page) changes nothing and may open; anything else may not.
      if (contentOf(file) === truth) outcome.intact++;
      else {
        outcome.openedChanged++;
        unseen.push(`byte ${offset}`);
      }
    }
    console.log(`bit-flip corpus: ${JSON.stringify(outcome)} of 300; opened with changed content: ${unseen.join(', ') || 'none'}`);
    expect(outcome.refused + outcome.intact + outcome.openedChanged).toBe(300);
    // A flip inside a stored title or number passes SQLite's check; the row checksums catch it.
    expect(outcome.refusedByChecksum).toBeGreaterThan(0);
    expect(unseen).toEqual([]);
  }, 240_000);

  it('refuses a copy cut short, and an empty file, in words', () => {
    const dir = tmpDir();
    const original = path.join(dir, 'Northwind.cascade');
    writeCompanyPlan(original);
    const cut = path.join(dir, 'cut.cascade');
    fs.writeFileSync(cut, fs.readFileSync(original).subarray(0, 8192));
    expect(() => openPlanDb(cut)).toThrow(/shorter than its header says|cut short/);
    const empty = path.join(dir, 'empty.cascade');
    fs.writeFileSync(empty, '');
    expect(() => openPlanDb(empty)).toThrow(/is empty \(0 bytes\)/);
    expect(fs.readdirSync(dir).sort()).toEqual(['Northwind.cascade', 'cut.cascade', 'empty.cascade']);
  });
});

describe('recovery', () => {
  it('saves every row SQLite can still read into a new plan, and counts them', () => {
    const dir = tmpDir();
    const file = path.join(dir, 'Northwind.cascade');
    const made = writeCompanyPlan(file);
    // An index page turned to garbage: the tables themselves are whole.
    smashPage(file, rootPage(file, 'objectives_by_parent'));
    expect(() => openPlanDb(file)).toThrow(/damaged/);
    const before = sha(file);
    const out = recoverPlan(file, path.join(dir, 'Recovered.cascade'));
    expect(out.objectives).toEqual({ saved: made.objectives, found: made.objectives });
    expect(out.keyResults).toEqual({ saved: made.keyResults, found: made.keyResults });
    expect(sha(file)).toBe(before);
    const db = openPlanDb(out.file);
    const titles = new PlanRepo(db).objectives().map((o) => o.title);
    closePlanDb(db);
    expect(titles).toContain('Win back trust with key acounts');
  });

  it('saves what is readable when a page of the objectives themselves is lost', () => {
    const dir = tmpDir();
    const file = path.join(dir, 'Northwind.cascade');
    const made = writeCompanyPlan(file);
    smashPage(file, rootPage(file, 'key_results'));
    const out = recoverPlan(file, path.join(dir, 'Recovered.cascade'));
    // Every objective survives; the key results on the lost page do not, and the count says so.
    expect(out.objectives.saved).toBe(made.objectives);
    expect(out.keyResults.saved).toBeLessThan(made.keyResults);
    const db = openPlanDb(out.file);
    expect(new PlanRepo(db).objectives()).toHaveLength(made.objectives);
    closePlanDb(db);
  });
});
