import type Database from 'better-sqlite3';

/** How soon after a write its pages are copied from `-wal` into the `.cascade` file itself. */
export const CHECKPOINT_WITHIN_MS = 1000;

/**
 * Copies the WAL into the plan file and empties it (`wal_checkpoint(TRUNCATE)`).
 *
 * WAL keeps an acknowledged edit to one fsync of the `-wal` file (edit → disk p99 well under 2 ms),
 * but until a checkpoint the edit lives only there, so a copy of the `.cascade` file alone would miss
 * it. Checkpointing within a second of every write makes the file whole on its own shortly after
 * editing, off the edit's own path. Returns true when the whole WAL went into the file (a reader in
 * another process can hold it back; the next write tries again).
 */
export function checkpoint(db: Database.Database): boolean {
  if (!db.open || db.readonly || db.inTransaction) return false;
  const [row] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
  return !!row && row.busy === 0 && row.log === row.checkpointed;
}

/** One timer per open plan: the first write after a checkpoint starts it, so no write waits longer than `delayMs`. */
export class Checkpointer {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Database.Database,
    private readonly delayMs = CHECKPOINT_WITHIN_MS,
  ) {}

  /** After a committed write. */
  noteWrite(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => this.flush(), this.delayMs);
    // The plan's close checkpoints too, so the timer need not keep a process alive.
    this.timer.unref?.();
  }

  /** Checkpoints now (on close, before a copy); a failure is left for the next write or the close. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    try {
      if (!checkpoint(this.db)) this.noteWriteLater();
    } catch (err) {
      console.error('[cascade] checkpoint failed', err);
    }
  }

  private noteWriteLater(): void {
    if (!this.db.open || this.db.readonly) return;
    this.noteWrite();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
