import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { EXAMPLE_CASCADE } from '../shared/example';
import type { PlanSnapshot } from '../shared/model';
import { type PlanRows, tableOf } from '../shared/rows';
import { PlanError } from './db/errors';
import { KR_KEYS, OBJECTIVE_KEYS } from './db/columns';
import { LATEST_VERSION } from './db/migrations';
import { openPlanDb } from './db/open';
import { PlanRepo } from './db/repo';
import { defaultPlanPath, planName } from './paths';

const MAX_RECENT = 10;

interface OpenPlan {
  file: string;
  db: Database.Database;
  repo: PlanRepo;
}

/** Flushes a file or folder to disk (a folder so that a rename in it is durable). */
export function fsyncPath(p: string): void {
  const fd = fs.openSync(p, 'r');
  try {
    fs.fsyncSync(fd);
  } catch {
    // Some platforms cannot fsync a directory; the rename itself is still atomic.
  } finally {
    fs.closeSync(fd);
  }
}

/** Writes a small file so that a crash leaves either the old or the new content, never half. */
export function writeFileAtomic(file: string, data: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, data);
  fsyncPath(tmp);
  fs.renameSync(tmp, file);
  fsyncPath(path.dirname(file));
}

/**
 * The plan the app is working on, plus the recent-files list. Plain Node: the desktop shell, browser
 * mode and the tests all drive the same object.
 */
export class PlanSession {
  private current: OpenPlan | null = null;
  /** The last rows read, kept until the plan changes: a large plan is read once, not per request. */
  private rowsCache: { changes: number; rows: PlanRows } | null = null;

  constructor(private readonly dataDir: string) {}

  get file(): string | null {
    return this.current?.file ?? null;
  }

  get repo(): PlanRepo {
    if (!this.current) throw new PlanError('io', 'No plan is open.');
    return this.current.repo;
  }

  /** The plan in the compact form the renderer reads (the same object until the plan changes). */
  rows(): PlanRows {
    const { file, repo } = this.current ?? { file: '', repo: this.repo };
    const changes = repo.changeCount();
    if (this.rowsCache?.changes === changes) return this.rowsCache.rows;
    const rows: PlanRows = {
      meta: { name: planName(file), path: file, schemaVersion: LATEST_VERSION },
      objectives: tableOf(repo.objectiveRows(), OBJECTIVE_KEYS),
      keyResults: tableOf(repo.keyResultRows(), KR_KEYS),
      dismissals: repo.dismissals(),
    };
    this.rowsCache = { changes, rows };
    return rows;
  }

  snapshot(): PlanSnapshot {
    const { file, repo } = this.current ?? { file: '', repo: this.repo };
    return {
      meta: { name: planName(file), path: file, schemaVersion: LATEST_VERSION },
      objectives: repo.objectives(),
      keyResults: repo.keyResults(),
      dismissals: repo.dismissals(),
    };
  }

  /** Opens an existing plan; the current one stays open if this fails. */
  open(file: string): void {
    this.swap(path.resolve(file), openPlanDb(path.resolve(file)));
  }

  /** Creates a plan at `file` (replacing what is there), optionally holding the example cascade. */
  create(file: string, { example = false } = {}): void {
    const target = path.resolve(file);
    if (target === this.file) throw new PlanError('io', 'That plan is open; choose another file name.');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(target + suffix, { force: true });
    const db = openPlanDb(target, { create: true });
    if (example) new PlanRepo(db).seed(EXAMPLE_CASCADE);
    this.swap(target, db);
  }

  /** Opens `file`, creating it with the example cascade when it does not exist yet. */
  openOrCreate(file: string): void {
    if (fs.existsSync(file)) this.open(file);
    else this.create(file, { example: true });
  }

  /** The last plan used, or the default plan with the example cascade on first launch. */
  openStartup(): void {
    const last = this.recent()[0];
    if (last && fs.existsSync(last)) {
      try {
        this.open(last);
        return;
      } catch {
        // fall through to the default plan; the recent entry stays so the user can retry it
      }
    }
    this.openOrCreate(defaultPlanPath(this.dataDir));
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
    this.rowsCache = null;
    this.current?.db.close();
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

  private swap(file: string, db: Database.Database): void {
    this.current?.db.close();
    this.rowsCache = null;
    this.current = { file, db, repo: new PlanRepo(db) };
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
