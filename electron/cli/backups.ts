import fs from 'node:fs';
import path from 'node:path';
import { type BackupInfo, backupDir, checkCopy, listBackups, restoreBackup, takeBackup } from '../db/backups';
import { PlanError } from '../db/errors';
import { closePlanDb, openPlanDb } from '../db/open';
import { userDataDir } from '../paths';

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
const when = (iso: string) => iso.replace('T', ' ').slice(0, 19);

/** `cascade backups <plan>`: the plan's backups, newest first. */
export function backupsCommand(plan: string, dataDir = userDataDir()): string {
  const dir = backupDir(dataDir, plan);
  const list = listBackups(dir);
  if (list.length === 0) return `No backups of ${path.resolve(plan)} yet (they are kept in ${dir}).`;
  const lines = list.map((b) => `  ${when(b.takenAt)} UTC  ${b.reason.padEnd(9)} ${size(b.bytes).padStart(8)}  ${path.basename(b.file)}`);
  return [`Backups of ${path.resolve(plan)}, newest first (in ${dir}):`, ...lines].join('\n');
}

function findBackup(dir: string, from: string): BackupInfo | string {
  const list = listBackups(dir);
  const named = list.find((b) => path.basename(b.file) === path.basename(from));
  if (named) return named;
  if (fs.existsSync(from)) return path.resolve(from);
  throw new PlanError('not-found', `No backup “${from}”. List them with: cascade backups <plan>`);
}

/**
 * `cascade restore <plan> --from <backup>`: the backup (a name from `cascade backups`, or a path)
 * replaces the plan. The plan as it was is backed up first when it can still be read.
 */
export function restoreCommand(plan: string, from: string, dataDir = userDataDir()): string {
  const target = path.resolve(plan);
  const dir = backupDir(dataDir, target);
  const found = findBackup(dir, from);
  const source = typeof found === 'string' ? found : found.file;
  const problem = checkCopy(source);
  if (problem) throw new PlanError('damaged', `“${path.basename(source)}” cannot be restored: ${problem}`);
  let kept = '';
  if (fs.existsSync(target)) {
    try {
      const db = openPlanDb(target);
      try {
        kept = ` The plan as it was is kept as backup ${path.basename(takeBackup(db, dir, 'restore').file)}.`;
      } finally {
        closePlanDb(db);
      }
    } catch {
      kept = ' The plan as it was could not be read, so it was not backed up.';
    }
  }
  restoreBackup(source, target);
  return `Restored ${target} from ${path.basename(source)}.${kept}`;
}

/** `cascade check <plan>`: reads the plan read-only and says whether it is sound; throws (exit 1) when not. */
export function checkCommand(plan: string): string {
  const db = openPlanDb(path.resolve(plan), { readOnly: true });
  try {
    const objectives = db.prepare('SELECT count(*) FROM objectives').pluck().get() as number;
    const krs = db.prepare('SELECT count(*) FROM key_results').pluck().get() as number;
    return `${path.basename(plan)}: sound — ${objectives.toLocaleString('en-US')} objectives, ${krs.toLocaleString('en-US')} key results, file format ${db.pragma('user_version', { simple: true }) as number}.`;
  } finally {
    closePlanDb(db);
  }
}
