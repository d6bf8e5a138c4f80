import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { fsyncPath } from '../fsync';
import { PlanError } from './errors';
import { APPLICATION_ID, structuralProblem } from './verify';

/** Why a backup was taken; part of its file name. */
export type BackupReason = 'open' | 'timer' | 'migration' | 'import' | 'restore' | 'manual';

export interface BackupInfo {
  file: string;
  /** ISO-8601 UTC. */
  takenAt: string;
  reason: string;
  bytes: number;
}

/** How many of the newest backups are always kept, and for how many days one a day is kept beyond them. */
export const KEEP_LATEST = 10;
export const KEEP_DAYS = 7;

/**
 * The backups of one plan: `<data folder>/Backups/<plan name>-<8 hex of its full path>/`, so two
 * plans with the same name in different folders never share (or rotate away) each other's copies.
 */
export function backupDir(dataDir: string, planFile: string): string {
  const abs = path.resolve(planFile);
  const tag = createHash('sha256').update(abs).digest('hex').slice(0, 8);
  const name = path.basename(abs, path.extname(abs)).replace(/[^\p{L}\p{N} ._-]/gu, '_').slice(0, 60);
  return path.join(dataDir, 'Backups', `${name}-${tag}`);
}

const NAME = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z]+)\.cascade$/;

/** The backups in `dir`, newest first. */
export function listBackups(dir: string): BackupInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const out: BackupInfo[] = [];
  for (const name of names) {
    const m = NAME.exec(name);
    if (!m) continue;
    const file = path.join(dir, name);
    out.push({ file, takenAt: `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`, reason: m[6]!, bytes: fs.statSync(file).size });
  }
  return out.sort((a, b) => (a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : 0));
}

/** What is wrong with a backup (or any plan file), in words; null when it is a sound plan. Reads only. */
export function checkCopy(file: string): string | null {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    if ((db.pragma('application_id', { simple: true }) as number) !== APPLICATION_ID) return 'it is not a Cascade Planner plan.';
    return structuralProblem(db);
  } catch {
    return 'SQLite cannot read it.';
  } finally {
    db?.close();
  }
}

/**
 * Writes a consistent copy of the open plan (VACUUM INTO reads one snapshot), flushes it, checks it
 * (quick_check and the application id), and only then gives it its final name; then rotates.
 */
export function takeBackup(db: Database.Database, dir: string, reason: BackupReason, now = new Date()): BackupInfo {
  fs.mkdirSync(dir, { recursive: true });
  const stamp = now.toISOString().replace(/:/g, '-').replace('.', '-');
  let file = path.join(dir, `${stamp}-${reason}.cascade`);
  for (let n = 1; fs.existsSync(file); n++) file = path.join(dir, `${new Date(now.getTime() + n).toISOString().replace(/:/g, '-').replace('.', '-')}-${reason}.cascade`);
  const tmp = path.join(dir, `.${path.basename(file)}.tmp`);
  fs.rmSync(tmp, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
    fsyncPath(tmp);
    const problem = checkCopy(tmp);
    if (problem) throw new PlanError('io', `The backup just written could not be verified: ${problem}`);
    fs.renameSync(tmp, file);
    fsyncPath(dir);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  rotate(dir, now);
  return { file, takenAt: now.toISOString(), reason, bytes: fs.statSync(file).size };
}

/**
 * Keeps the newest KEEP_LATEST backups, plus the newest of each of the last KEEP_DAYS days; every
 * other backup is deleted.
 */
export function rotate(dir: string, now = new Date()): void {
  const all = listBackups(dir);
  const keep = new Set(all.slice(0, KEEP_LATEST).map((b) => b.file));
  const oldest = new Date(now.getTime() - KEEP_DAYS * 86_400_000).toISOString();
  const days = new Set<string>();
  for (const b of all) {
    const day = b.takenAt.slice(0, 10);
    if (b.takenAt >= oldest && !days.has(day)) {
      days.add(day);
      keep.add(b.file);
    }
  }
  for (const b of all) if (!keep.has(b.file)) fs.rmSync(b.file, { force: true });
}

/**
 * Puts a verified backup in place of `target`: copied beside it, flushed, then renamed over it, so a
 * crash leaves either the old file or the whole backup. The target must not be open.
 */
export function restoreBackup(backup: string, target: string): void {
  const problem = checkCopy(backup);
  if (problem) throw new PlanError('damaged', `That backup cannot be restored: ${problem}`);
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.restore`);
  try {
    fs.copyFileSync(backup, tmp);
    fsyncPath(tmp);
    for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(target + suffix, { force: true });
    fs.renameSync(tmp, target);
    fsyncPath(path.dirname(target));
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw new PlanError('io', `Could not restore “${path.basename(target)}” (${(err as NodeJS.ErrnoException).code ?? 'write failed'}); the plan file was not changed.`);
  }
}
