import path from 'node:path';
import type { ErrorCode } from '../../shared/ipc';
import { CYCLE_CLOSED, RECORD_FIXED } from './migrations';

/** An error whose message is written for the user; anything else is a bug and reported as such. */
export class PlanError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PlanError';
  }
}

/** SQLite's error code (better-sqlite3 puts it on `code`, e.g. SQLITE_FULL or SQLITE_IOERR_WRITE). */
export const sqliteCode = (err: unknown): string => {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : '';
};

/**
 * The ordinary ways a write or an open can fail, in words with what to do. Never SQLite's own text:
 * "database or disk is full" means nothing to someone planning objectives.
 */
export function describeSqliteError(err: unknown, file: string | null): PlanError | null {
  if (err instanceof PlanError) return err;
  const code = sqliteCode(err);
  if (!code) return null;
  const name = file ? `“${path.basename(file)}”` : 'the plan';
  if (code.startsWith('SQLITE_FULL')) {
    return new PlanError('disk-full', `The disk holding ${name} is full, so the last change was not saved. Free some space (empty the trash, delete large files), then make the change again; nothing else was lost.`);
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new PlanError('locked', `${name} is locked by another program (another copy of Cascade Planner, a sync tool or a backup tool may be using it). Close that program, then try again; nothing was changed.`);
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new PlanError('read-only', `${name} can only be read (the file or its folder is write-protected), so the change was not saved. Use Save As… to keep a copy you can edit.`);
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new PlanError('damaged', `${name} is damaged: part of the file cannot be read. Restore a backup, or recover what can be read into a new plan.`);
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_PERM')) {
    return new PlanError('io', `${name} could not be read or written (the disk or folder may be unavailable, or permission is missing). Check that the disk is connected, then try again; nothing was changed.`);
  }
  // The freeze of a closed cycle and the fixed records are the file's own triggers (migration 6).
  const said = String((err as Error).message ?? '');
  if (said.includes(CYCLE_CLOSED)) {
    return new PlanError('read-only', `The plan’s cycle is closed: it keeps the values it was closed with and cannot be changed. Start the next cycle to keep planning; nothing was changed.`);
  }
  if (said.includes(RECORD_FIXED)) {
    return new PlanError('rule', 'A closed cycle and the snapshots it recorded stay as they were recorded; nothing was changed.');
  }
  if (code.startsWith('SQLITE_CONSTRAINT')) {
    return new PlanError('rule', 'That change breaks the plan’s structure (a missing objective or key result, or a value out of range), so nothing was changed.');
  }
  return null;
}
