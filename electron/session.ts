import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { exampleCascade } from '../shared/example';
import type { PlanSnapshot } from '../shared/model';
import { type PlanRows, tableOf } from '../shared/rows';
import { PlanError, describeSqliteError } from './db/errors';
import { KR_KEYS, OBJECTIVE_KEYS } from './db/columns';
import { measureCards } from '../shared/measured';
import { LATEST_VERSION } from './db/migrations';
import { CHECKPOINT_WITHIN_MS, Checkpointer } from './db/checkpoint';
import { canWrite, closePlanDb, openPlanDb } from './db/open';
import { PlanRepo } from './db/repo';
import { UndoLog } from './db/undo';
import type { History } from '../shared/ipc';
import { Cycles } from './db/cycles';
import { NOW, type DiffReport, type DiffSide, diffReport } from '../shared/diff';
import { type BackupInfo, type BackupReason, backupDir, listBackups, restoreBackup, takeBackup } from './db/backups';
import { type Recovered, recoverPlan, recoveredName } from './db/recover';
import { defaultPlanPath, planName } from './paths';
import { fsyncPath, writeFileAtomic } from './fsync';

// Where measureCards finds the titles in SQLite's raw rows.
const O_ID = OBJECTIVE_KEYS.indexOf('id');
const O_TITLE = OBJECTIVE_KEYS.indexOf('title');
const K_OBJECTIVE = KR_KEYS.indexOf('objectiveId');
const K_TITLE = KR_KEYS.indexOf('title');

const MAX_RECENT = 10;
/** While edits happen, a backup at most this often (plus one on every open, migration and import). */
export const BACKUP_EVERY_MS = 10 * 60_000;

interface OpenPlan {
  file: string;
  db: Database.Database;
  repo: PlanRepo;
  undo: UndoLog | null;
  /** Puts each write into the `.cascade` file itself within a second (see `Checkpointer`). */
  checkpoints: Checkpointer;
  cycles: Cycles;
  /** Why edits are refused (the file is write-protected, or opened read-only by choice), or null. */
  readOnly: string | null;
}

/** A plan that could not be opened: what the user is told, and what they can choose. */
export interface PlanProblem {
  file: string;
  code: PlanError['code'];
  message: string;
}

export { fsyncPath, writeFileAtomic } from './fsync';

/**
 * The plan the app is working on, plus the recent-files list. Plain Node: the desktop shell, browser
 * mode and the tests all drive the same object.
 */
export class PlanSession {
  private current: OpenPlan | null = null;
  /** The last rows read, kept until the plan changes: a large plan is read once, not per request. */
  private rowsCache: { changes: string; rows: PlanRows } | null = null;
  private readonly feed = new ChangeFeed(() => this.current?.db ?? null, () => this.history());

  /** The plan that failed to open at startup (or on a choice of the user's), until it is dealt with. */
  private failure: PlanProblem | null = null;
  private lastBackup = 0;
  private backupTimer: NodeJS.Timeout | null = null;
  /** The backup of the plan as opened, waiting until the first read is served (see `open`). */
  private openBackup: NodeJS.Timeout | null = null;

  constructor(
    private readonly dataDir: string,
    private readonly backupEveryMs = BACKUP_EVERY_MS,
    private readonly checkpointWithinMs = CHECKPOINT_WITHIN_MS,
  ) {}

  get file(): string | null {
    return this.current?.file ?? null;
  }

  get problem(): PlanProblem | null {
    return this.failure;
  }

  get readOnly(): string | null {
    return this.current?.readOnly ?? null;
  }

  get repo(): PlanRepo {
    if (!this.current) {
      if (this.failure) throw new PlanError(this.failure.code, this.failure.message);
      throw new PlanError('io', 'No plan is open.');
    }
    return this.current.repo;
  }

  /** The repository for a write: refused in words when the plan is open read-only. */
  get writableRepo(): PlanRepo {
    const repo = this.repo;
    if (this.current?.readOnly) throw new PlanError('read-only', `${this.current.readOnly} Nothing was changed.`);
    this.beforeWrite();
    return repo;
  }

  /**
   * One user action: `run` makes the change through the repository, in one transaction that also
   * writes its undo record, named by `label` from the result. Every window is told afterwards;
   * `origin` says which one asked, so it need not read back what it already shows.
   */
  command<R>(label: (result: R, repo: PlanRepo) => string, run: (repo: PlanRepo) => R, origin: string | null = null): R {
    const repo = this.writableRepo;
    const log = this.current!.undo!;
    const out = log.record((r) => label(r, repo), () => run(repo));
    this.noteEdit();
    this.changed(origin);
    return out;
  }

  /**
   * Several commands in one transaction (one commit, one fsync): a workshop room's participants
   * acting at once. Each command inside is still its own savepoint, undo record and change.
   */
  batch<R>(run: () => R): R {
    this.writableRepo;
    // The listeners hear of the batch once, when it is all on disk.
    this.batching = { changed: false };
    let out: R;
    try {
      out = this.current!.db.transaction(run).immediate();
    } finally {
      const { changed } = this.batching;
      this.batching = null;
      if (changed) this.feed.publish(null);
    }
    return out;
  }
  private batching: { changed: boolean } | null = null;

  /** Undo and redo of the newest command, from the history in the file; the label of what was taken back. */
  undo(origin: string | null = null): string {
    return this.step((log) => log.undo(), origin);
  }

  redo(origin: string | null = null): string {
    return this.step((log) => log.redo(), origin);
  }

  private step(run: (log: UndoLog) => string, origin: string | null): string {
    this.writableRepo;
    const label = run(this.current!.undo!);
    this.noteEdit();
    this.feed.publish(origin);
    return label;
  }

  /** What Undo and Redo would do now, in words. */
  history(): History {
    return this.current?.undo?.history() ?? { undo: null, redo: null };
  }

  /**
   * The change feed: `listener` hears of every write to the open plan, by this session or by any
   * other process (checked through PRAGMA data_version while anyone listens). The one place
   * windows, tabs and a worker's parent subscribe.
   */
  onChange(listener: (change: PlanChange) => void): () => void {
    return this.feed.listen(listener);
  }

  /** Tells every listener the plan changed (e.g. after a restore replaced it). */
  changed(origin: string | null = null): void {
    if (this.batching) this.batching.changed = true;
    else this.feed.publish(origin);
  }

  /** The plan's cycles and snapshots (reads; writes go through `writableCycles`). */
  get cycles(): Cycles {
    void this.repo;
    return this.current!.cycles;
  }

  /** Cycles and snapshots for a write: refused in words when the plan is open read-only. */
  get writableCycles(): Cycles {
    void this.writableRepo;
    return this.current!.cycles;
  }

  /** Compares two states of the plan: snapshot names, or NOW for the plan as it is. */
  compare(from: string, to: string = NOW): DiffReport {
    const side = (name: string): [DiffSide, ReturnType<Cycles['snapshots']['read']>] => {
      if (name === NOW) return [{ name: NOW, takenAt: null }, { objectives: this.repo.objectives(), keyResults: this.repo.keyResults(), dismissals: this.repo.dismissals() }];
      const info = this.cycles.snapshots.list().find((x) => x.name === name);
      return [{ name, takenAt: info?.takenAt ?? null }, this.cycles.snapshots.read(name)];
    };
    const [a, before] = side(from);
    const [b, after] = side(to);
    return diffReport(planName(this.current?.file ?? ''), a, before, b, after);
  }

  /** The plan's name and file, without reading its rows. */
  meta(): PlanRows['meta'] {
    const file = this.current?.file ?? '';
    return { name: planName(file), path: file, schemaVersion: LATEST_VERSION };
  }

  /** The plan in the compact form the renderer reads (the same object until the plan changes). */
  rows(): PlanRows {
    const repo = this.current?.repo ?? this.repo;
    // Our own writes move total_changes(); another process's commits move data_version.
    const changes = `${repo.changeCount()}/${this.current?.db.pragma('data_version', { simple: true })}`;
    if (this.rowsCache?.changes === changes) return this.rowsCache.rows;
    const objectiveRows = repo.objectiveRows();
    const krRows = repo.keyResultRows();
    const rows: PlanRows = {
      meta: this.meta(),
      objectives: tableOf(objectiveRows, OBJECTIVE_KEYS),
      keyResults: tableOf(krRows, KR_KEYS),
      dismissals: repo.dismissals(),
      measured: measureCards(
        objectiveRows.map((r) => r[O_ID]),
        objectiveRows.map((r) => r[O_TITLE]),
        krRows.map((r) => r[K_OBJECTIVE]),
        krRows.map((r) => r[K_TITLE]),
      ),
    };
    this.rowsCache = { changes, rows };
    return rows;
  }

  snapshot(): PlanSnapshot {
    const repo = this.current?.repo ?? this.repo;
    return {
      meta: this.meta(),
      objectives: repo.objectives(),
      keyResults: repo.keyResults(),
      dismissals: repo.dismissals(),
    };
  }

  /**
   * Opens an existing plan; the current one stays open if this fails. A write-protected file, or
   * `readOnly`, opens for reading only and says why. `damaged` lets a damaged file be read as it is.
   */
  open(file: string, { readOnly = false, damaged = false }: { readOnly?: boolean; damaged?: boolean } = {}): void {
    const target = path.resolve(file);
    const dir = backupDir(this.dataDir, target);
    const db = openPlanDb(target, {
      readOnly: readOnly || damaged,
      skipCheck: damaged,
      beforeMigrate: (raw) => this.safely(() => takeBackup(raw, dir, 'migration')),
    });
    const reason = damaged
      ? `“${path.basename(target)}” is damaged and open read-only: you can look and export, not edit. Restore a backup or recover it to edit again.`
      : db.readonly
        ? readOnly
          ? `“${path.basename(target)}” is open read-only, as you asked.`
          : `“${path.basename(target)}” is write-protected (by its permissions or its folder), so it is open read-only. Use Save As… to keep a copy you can edit.`
        : null;
    this.swap(target, db, reason);
    if (!damaged) {
      try {
        // Every row is read once now (the renderer needs them anyway): a record SQLite's
        // quick_check let through but cannot decode is found here, before any edit.
        this.rows();
      } catch (err) {
        this.close();
        const known = describeSqliteError(err, target);
        if (known?.code === 'damaged') {
          throw new PlanError('damaged', `“${path.basename(target)}” is damaged: some of its records cannot be read. It was not opened for editing and was not changed.`);
        }
        throw known ?? err;
      }
    }
    this.failure = null;
    if (!db.readonly) this.scheduleOpenBackup();
  }

  /**
   * The backup on open copies the whole plan (about a second at 50,000 objectives), so it waits a
   * few seconds for the plan to be shown first; it is taken at once, before anything changes, when
   * the first edit comes sooner, and when the plan is closed or its backups are listed.
   */
  private scheduleOpenBackup(): void {
    this.openBackup = setTimeout(() => this.flushOpenBackup(), 3000);
    this.openBackup.unref?.();
  }

  private flushOpenBackup(): void {
    if (!this.openBackup) return;
    clearTimeout(this.openBackup);
    this.openBackup = null;
    this.backup('open');
  }

  /** Called before every write: the plan as opened is backed up before its first change. */
  beforeWrite(): void {
    this.flushOpenBackup();
  }

  /** Where the open plan's (or the failed plan's) backups live, newest first. */
  backups(): { plan: string; dir: string; backups: BackupInfo[] } {
    const plan = this.current?.file ?? this.failure?.file;
    if (!plan) throw new PlanError('io', 'No plan is open.');
    this.flushOpenBackup();
    const dir = backupDir(this.dataDir, plan);
    return { plan, dir, backups: listBackups(dir) };
  }

  /** A verified backup of the open plan now; a failure to back up never blocks editing. */
  backup(reason: BackupReason): BackupInfo | null {
    if (!this.current || this.current.readOnly) return null;
    const { db, file } = this.current;
    const taken = this.safely(() => takeBackup(db, backupDir(this.dataDir, file), reason));
    if (taken) this.lastBackup = Date.now();
    return taken;
  }

  /**
   * After an acknowledged edit: a checkpoint within a second, and a backup once BACKUP_EVERY_MS has
   * passed since the last one, both off the edit's path.
   */
  noteEdit(): void {
    this.current?.checkpoints.noteWrite();
    if (this.backupTimer || !this.current) return;
    const wait = Math.max(0, this.lastBackup + this.backupEveryMs - Date.now());
    this.backupTimer = setTimeout(() => {
      this.backupTimer = null;
      this.backup('timer');
    }, wait);
    this.backupTimer.unref?.();
  }

  /**
   * Puts a backup (named as `listBackups` lists it) in place of the plan it belongs to, and opens
   * it. The plan as it is now is backed up first when it can be read, so a restore can be undone.
   */
  restore(backupName: string): void {
    const { plan, backups } = this.backups();
    const chosen = backups.find((b) => path.basename(b.file) === path.basename(backupName));
    if (!chosen) throw new PlanError('not-found', 'That backup no longer exists.');
    if (this.current?.file === plan) {
      this.backup('restore');
      this.close();
    }
    restoreBackup(chosen.file, plan);
    this.open(plan);
  }

  /** Copies what can be read of the failed (or open) plan into a new plan beside it, and opens that. */
  recover(): Recovered {
    const source = this.failure?.file ?? this.current?.file;
    if (!source) throw new PlanError('io', 'No plan to recover.');
    const dir = canWrite(source) ? path.dirname(source) : path.join(this.dataDir, 'Plans');
    fs.mkdirSync(dir, { recursive: true });
    const result = recoverPlan(source, recoveredName(source, dir));
    this.open(result.file);
    return result;
  }

  /**
   * For the shell's File › Open and Open Recent: a damaged plan becomes `problem` (the window then
   * offers restore / recover / read-only) instead of an error box; other failures throw as `open`.
   */
  openOrOffer(file: string): void {
    try {
      this.open(file);
    } catch (err) {
      if (!(err instanceof PlanError) || err.code !== 'damaged') throw err;
      this.close();
      this.failure = { file: path.resolve(file), code: err.code, message: err.message };
    }
  }

  /** Opens the failed plan for reading only, as it is. */
  openFailedReadOnly(): void {
    if (!this.failure) throw new PlanError('io', 'There is no plan waiting to be opened.');
    this.open(this.failure.file, { damaged: this.failure.code === 'damaged', readOnly: true });
  }

  /** Runs a backup step; a failure is logged, never thrown into the user's edit. */
  private safely<T>(run: () => T): T | null {
    try {
      return run();
    } catch (err) {
      console.error('[cascade] backup failed', err);
      return null;
    }
  }

  /** Creates a plan at `file` (replacing what is there), optionally holding the example cascade. */
  create(file: string, { example = false } = {}): void {
    const target = path.resolve(file);
    if (target === this.file) throw new PlanError('io', 'That plan is open; choose another file name.');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(target + suffix, { force: true });
    const db = openPlanDb(target, { create: true });
    if (example) new PlanRepo(db).seed(exampleCascade());
    this.swap(target, db, null);
    this.current?.checkpoints.noteWrite();
    this.failure = null;
    this.scheduleOpenBackup();
  }

  /** Opens `file`, creating it with the example cascade when it does not exist yet. */
  openOrCreate(file: string): void {
    if (fs.existsSync(file)) this.open(file);
    else this.create(file, { example: true });
  }

  /**
   * The plan to start with: `file`, else the last plan used, else the default plan (created with
   * the example cascade on first launch). A plan that cannot be opened is never swapped silently for
   * another: it becomes `problem`, and the app tells the user and offers restore / recover /
   * read-only. Never throws for a plan's own failures.
   */
  openStartup(file?: string): void {
    const last = this.recent()[0];
    const chosen = file ?? (last && fs.existsSync(last) ? last : defaultPlanPath(this.dataDir));
    try {
      this.openOrCreate(chosen);
    } catch (err) {
      if (!(err instanceof PlanError)) throw err;
      this.failure = { file: path.resolve(chosen), code: err.code, message: err.message };
    }
  }

  /**
   * Writes a consistent copy with VACUUM INTO, makes it durable, moves it into place, and switches
   * to it. The open plan is untouched if anything fails.
   */
  saveAs(file: string): void {
    const { db } = this.current ?? { db: null };
    if (!db) throw new PlanError('io', 'No plan is open.');
    const target = path.resolve(file);
    if (target === this.file) return;
    const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
    fs.rmSync(tmp, { force: true });
    try {
      db.prepare('VACUUM INTO ?').run(tmp);
      fsyncPath(tmp);
      for (const suffix of ['-wal', '-shm']) fs.rmSync(target + suffix, { force: true });
      fs.renameSync(tmp, target);
      fsyncPath(path.dirname(target));
    } catch (err) {
      fs.rmSync(tmp, { force: true });
      throw new PlanError('io', `Could not save a copy as “${path.basename(target)}”: ${(err as Error).message}`);
    }
    this.open(target);
  }

  close(): void {
    this.flushOpenBackup();
    this.feed.reset();
    this.rowsCache = null;
    if (this.backupTimer) clearTimeout(this.backupTimer);
    this.backupTimer = null;
    if (this.current) {
      this.current.checkpoints.stop();
      closePlanDb(this.current.db);
    }
    this.current = null;
  }

  recent(): string[] {
    try {
      const list: unknown = JSON.parse(fs.readFileSync(this.settingsFile(), 'utf8')).recent;
      return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string').slice(0, MAX_RECENT) : [];
    } catch {
      return [];
    }
  }

  /** Empties the recent list (File › Open Recent › Clear Recent); the open plan stays open. */
  clearRecent(): void {
    this.writeRecent([]);
  }

  private settingsFile(): string {
    return path.join(this.dataDir, 'settings.json');
  }

  private swap(file: string, db: Database.Database, readOnly: string | null): void {
    this.close();
    const repo = new PlanRepo(db);
    this.current = { file, db, repo, undo: db.readonly ? null : new UndoLog(db), cycles: new Cycles(db, repo), checkpoints: new Checkpointer(db, this.checkpointWithinMs), readOnly };
    this.feed.reset();
    this.writeRecent([file, ...this.recent().filter((f) => f !== file)].slice(0, MAX_RECENT));
  }

  private writeRecent(recent: string[]): void {
    try {
      fs.mkdirSync(this.dataDir, { recursive: true });
      writeFileAtomic(this.settingsFile(), JSON.stringify({ recent }, null, 2));
    } catch {
      // The recent list is a convenience; failing to write it must not block opening a plan.
    }
  }
}

/** What every window hears after a change: a version that only grows, who made it, and the history. */
export interface PlanChange {
  version: number;
  /** The window or tab whose request made the change; null for another process, or the session itself. */
  origin: string | null;
  history: History;
}

/** While anyone listens, how often another process's commits are looked for (one cheap pragma). */
export const EXTERNAL_POLL_MS = 300;

/** The listeners of one session, and the poll of `PRAGMA data_version` that runs only while there are any. */
class ChangeFeed {
  private readonly listeners = new Set<(change: PlanChange) => void>();
  private version = 0;
  private seen: number | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: () => Database.Database | null,
    private readonly history: () => History,
  ) {}

  listen(listener: (change: PlanChange) => void): () => void {
    this.listeners.add(listener);
    if (!this.timer) {
      this.timer = setInterval(() => this.poll(), EXTERNAL_POLL_MS);
      this.timer.unref?.();
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.timer) {
        clearInterval(this.timer);
        this.timer = null;
      }
    };
  }

  /** A new plan (or none) is open: its data_version starts a new count. */
  reset(): void {
    this.seen = null;
  }

  publish(origin: string | null): void {
    // Our own commit does not move data_version; remember it so the poll does not report it again.
    this.poll(false);
    this.version += 1;
    if (this.listeners.size === 0) return;
    const change: PlanChange = { version: this.version, origin, history: this.history() };
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch (err) {
        console.error('[cascade] a change listener failed', err);
      }
    }
  }

  private poll(report = true): void {
    const db = this.db();
    if (!db?.open) return;
    let now: number;
    try {
      now = db.pragma('data_version', { simple: true }) as number;
    } catch {
      return; // busy or closing: the next tick looks again
    }
    const moved = this.seen !== null && now !== this.seen;
    this.seen = now;
    if (moved && report) this.publish(null);
  }
}
