import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { PlanError } from '../../electron/db/errors';
import { LATEST_VERSION } from '../../electron/db/migrations';
import { APPLICATION_ID, closePlanDb, openPlanDb } from '../../electron/db/open';
import { tmpDir } from '../helpers/tmp';

const hash = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

function expectRefusal(file: string, code: PlanError['code'], message: RegExp): void {
  const before = hash(file);
  const siblings = fs.readdirSync(path.dirname(file));
  let error: unknown;
  try {
    openPlanDb(file);
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(PlanError);
  expect((error as PlanError).code).toBe(code);
  expect((error as PlanError).message).toMatch(message);
  // Left untouched: same bytes, and no journal files created beside it.
  expect(hash(file)).toBe(before);
  expect(fs.readdirSync(path.dirname(file))).toEqual(siblings);
}

describe('opening a plan file', () => {
  it('sets WAL, foreign keys and synchronous=FULL on every open, including a reopen; closed, the plan is one file in rollback mode', () => {
    const dir = tmpDir();
    const file = path.join(dir, 'p.cascade');
    closePlanDb(openPlanDb(file, { create: true }));
    const db = openPlanDb(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    closePlanDb(db);
    expect(fs.readdirSync(dir)).toEqual(['p.cascade']);
    // Bytes 18 and 19 of the header: 1 is a rollback journal, 2 is WAL.
    expect([...fs.readFileSync(file).subarray(18, 20)]).toEqual([1, 1]);
  });

  it('refuses a file written by a newer version, with a clear message, and leaves it untouched', () => {
    const file = path.join(tmpDir(), 'future.cascade');
    openPlanDb(file, { create: true }).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`); // still in WAL mode, as the app leaves it
    raw.close();
    expectRefusal(file, 'newer-version', /newer version of Cascade Planner.*not changed/);
  });

  it('refuses a file that is not a database', () => {
    const file = path.join(tmpDir(), 'notes.cascade');
    fs.writeFileSync(file, 'Dear diary, today I planned nothing.\n');
    expectRefusal(file, 'not-a-plan', /not a Cascade Planner plan/);
  });

  it('refuses another program’s SQLite database', () => {
    const file = path.join(tmpDir(), 'other.cascade');
    const raw = new Database(file);
    raw.exec('CREATE TABLE songs (title TEXT)');
    raw.close();
    expectRefusal(file, 'not-a-plan', /SQLite database, but not a Cascade Planner plan/);
  });

  it('refuses a damaged file instead of crashing', () => {
    const file = path.join(tmpDir(), 'broken.cascade');
    openPlanDb(file, { create: true }).close();
    const good = fs.readFileSync(file);
    const damaged = Buffer.concat([good.subarray(0, 100), Buffer.alloc(good.length - 100, 0xff)]);
    fs.writeFileSync(file, damaged);
    expectRefusal(file, 'damaged', /is damaged: SQLite.*not opened for editing/);
  });

  it('says so when the file does not exist', () => {
    expect(() => openPlanDb(path.join(tmpDir(), 'nope.cascade'))).toThrow(/does not exist/);
  });
});
