import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { describeSqliteError, PlanError } from '../../electron/db/errors';
import { LATEST_VERSION } from '../../electron/db/migrations';
import { closePlanDb, openPlanDb } from '../../electron/db/open';
import { PlanRepo } from '../../electron/db/repo';
import { createHandlers, dispatch } from '../../electron/api';
import { PlanSession } from '../../electron/session';
import { writeCompanyPlan } from '../helpers/company';
import { tmpDir } from '../helpers/tmp';

const sha = (file: string) => (fs.existsSync(file) ? crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex') : null);

/** Opens `file` as the app would and expects a refusal in words, with every file beside it untouched. */
function expectRefused(file: string, message: RegExp): void {
  const dir = path.dirname(file);
  const before = Object.fromEntries(fs.readdirSync(dir).map((f) => [f, sha(path.join(dir, f))]));
  const session = new PlanSession(tmpDir());
  let error: unknown;
  try {
    session.open(file);
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(PlanError);
  expect((error as PlanError).message).toMatch(message);
  expect((error as PlanError).message).not.toMatch(/SQLITE_|malformed|disk image/);
  const after = Object.fromEntries(fs.readdirSync(dir).map((f) => [f, sha(path.join(dir, f))]));
  // Byte-identical, and no -wal/-shm/-journal left behind.
  expect(after).toEqual(before);
}

/**
 * Another program's database in WAL mode with commits still in its WAL (the program is running, or
 * crashed): the main file alone looks blank (application id 0, one page).
 */
function foreignWithWal(file: string, userVersion = 0): void {
  const live = path.join(path.dirname(file), 'live.db');
  const db = new Database(live);
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0');
  db.exec('CREATE TABLE songs (title TEXT, artist TEXT)');
  db.prepare('INSERT INTO songs VALUES (?, ?)').run('Dancing Queen', 'ABBA');
  if (userVersion) db.pragma(`user_version = ${userVersion}`);
  // Copied while the other program still has it open: its data lives only in the WAL.
  fs.copyFileSync(live, file);
  fs.copyFileSync(`${live}-wal`, `${file}-wal`);
  db.close();
  for (const f of [live, `${live}-wal`, `${live}-shm`]) fs.rmSync(f, { force: true });
}

describe('what is not ours is refused without being touched', () => {
  it('another program’s database with its data still in the WAL: refused, main file and WAL byte-identical, nothing created', () => {
    const file = path.join(tmpDir(), 'music.cascade');
    foreignWithWal(file);
    expect(new Database(file, { readonly: true, fileMustExist: true }).pragma('application_id', { simple: true })).toBe(0);
    expectRefused(file, /a SQLite database, but not a Cascade Planner plan/);
  });

  it('a foreign database with a high user_version is “not a Cascade plan”, not “a newer version”', () => {
    const file = path.join(tmpDir(), 'other.cascade');
    const db = new Database(file);
    db.exec('CREATE TABLE t (x)');
    db.pragma('user_version = 99');
    db.close();
    expectRefused(file, /not a Cascade Planner plan/);
    const walFile = path.join(tmpDir(), 'other-wal.cascade');
    foreignWithWal(walFile, 99);
    expectRefused(walFile, /not a Cascade Planner plan/);
  });

  it('a plan from a newer version of the app is named so, and left as it was', () => {
    const file = path.join(tmpDir(), 'future.cascade');
    writeCompanyPlan(file);
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_VERSION + 3}`);
    raw.close();
    expectRefused(file, /made by a newer version of Cascade Planner/);
  });
});

describe('the ordinary failures, in words', () => {
  it('a plan opened read-only says so, and an edit is refused in words with nothing written', async () => {
    const dir = tmpDir();
    const file = path.join(dir, 'Northwind.cascade');
    writeCompanyPlan(file);
    const before = sha(file);
    const session = new PlanSession(tmpDir());
    session.open(file, { readOnly: true });
    const handlers = createHandlers(session);
    expect((await dispatch(handlers, 'planStatus', undefined)) as unknown).toMatchObject({ ok: true, value: { readOnly: expect.stringMatching(/open read-only/) } });
    const kr = session.snapshot().keyResults[0]!;
    const answer = await dispatch(handlers, 'updateKeyResult', { id: kr.id, patch: { current: 1 } });
    expect(answer).toMatchObject({ ok: false, error: { code: 'read-only', message: expect.stringMatching(/read-only.*Nothing was changed/) } });
    session.close();
    expect(sha(file)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(['Northwind.cascade']);
  });

  it('a full disk is named, with what to do, and edits resume once space is freed', () => {
    const file = path.join(tmpDir(), 'Northwind.cascade');
    writeCompanyPlan(file);
    const db = openPlanDb(file);
    const repo = new PlanRepo(db);
    // SQLite's own page limit stands in for the disk: the same SQLITE_FULL the app meets when it is full.
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);
    const star = repo.objectives().find((o) => o.parentId === null)!;
    let error: unknown;
    try {
      repo.updateObjective(star.id, { description: 'x'.repeat(9_000) });
      for (let i = 0; i < 50; i++) repo.createObjective({ parentId: star.id, title: `Filler ${i} ${'y'.repeat(400)}` });
    } catch (err) {
      error = err;
    }
    const words = describeSqliteError(error, file);
    expect(words?.code).toBe('disk-full');
    expect(words?.message).toMatch(/disk holding “Northwind.cascade” is full.*Free some space/);
    // Space freed: the same edit goes through.
    db.pragma(`max_page_count = ${pages * 10}`);
    repo.createObjective({ parentId: star.id, title: 'After the disk was cleaned up' });
    expect(repo.objectives().some((o) => o.title === 'After the disk was cleaned up')).toBe(true);
    closePlanDb(db);
  });

  it('a plan locked by another program is named, with what to do, and edits resume when it lets go', async () => {
    const file = path.join(tmpDir(), 'Northwind.cascade');
    writeCompanyPlan(file);
    const session = new PlanSession(tmpDir());
    session.open(file);
    const handlers = createHandlers(session);
    const kr = session.snapshot().keyResults[0]!;
    const other = new Database(file);
    other.pragma('busy_timeout = 0');
    other.exec('BEGIN EXCLUSIVE');
    const locked = await dispatch(handlers, 'updateKeyResult', { id: kr.id, patch: { current: 42 } });
    expect(locked).toMatchObject({ ok: false, error: { code: 'locked', message: expect.stringMatching(/locked by another program.*Close that program/) } });
    other.exec('ROLLBACK');
    other.close();
    expect(await dispatch(handlers, 'updateKeyResult', { id: kr.id, patch: { current: 42 } })).toMatchObject({ ok: true, value: { current: 42 } });
    session.close();
  });
});
