import fs from 'node:fs';
import path from 'node:path';
import { PlanError } from '../db/errors';
import { fsyncPath } from '../fsync';

export interface FinishedExport {
  fileName: string;
  mime: string;
  bytes: Buffer;
}

/** How long a finished export waits for the user to choose where it goes. */
const KEEP_MS = 10 * 60_000;

/**
 * Exports that finished in the backend and wait for their destination: a path the user chose in
 * the save dialog (written here, by the backend), or a browser download (handed over once). The
 * bytes never travel through the renderer.
 */
export class FinishedExports {
  private readonly done = new Map<string, { out: FinishedExport; timer: NodeJS.Timeout }>();

  keep(jobId: string, out: FinishedExport): void {
    this.drop(jobId);
    const timer = setTimeout(() => this.drop(jobId), KEEP_MS);
    timer.unref?.();
    this.done.set(jobId, { out, timer });
  }

  take(jobId: string): FinishedExport {
    const kept = this.done.get(jobId);
    if (!kept) throw new PlanError('not-found', 'That export is no longer waiting to be saved; export again.');
    this.drop(jobId);
    return kept.out;
  }

  /** Writes it to `file` whole or not at all (a temporary file, flushed, then renamed). */
  write(jobId: string, file: string): string {
    const { bytes } = this.take(jobId);
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(tmp, bytes);
      fsyncPath(tmp);
      fs.renameSync(tmp, file);
    } catch (err) {
      fs.rmSync(tmp, { force: true });
      throw new PlanError('io', `Could not save “${path.basename(file)}”: ${(err as Error).message}`);
    }
    return file;
  }

  private drop(jobId: string): void {
    const kept = this.done.get(jobId);
    if (kept) clearTimeout(kept.timer);
    this.done.delete(jobId);
  }
}
