import { PlanError } from '../db/errors';

interface Job {
  done: number;
  total: number;
  controller: AbortController;
}

/**
 * Long exports run as jobs the renderer can watch and cancel. Progress is polled rather than
 * pushed, so browser mode and the desktop app share one mechanism.
 */
export class Jobs {
  private readonly jobs = new Map<string, Job>();

  async run<T>(id: string, work: (ctl: { onProgress(done: number, total: number): void; signal: AbortSignal }) => Promise<T>): Promise<T> {
    if (this.jobs.has(id)) throw new PlanError('invalid-payload', 'That export is already running.');
    const job: Job = { done: 0, total: 0, controller: new AbortController() };
    this.jobs.set(id, job);
    try {
      return await work({
        onProgress: (done, total) => {
          job.done = done;
          job.total = total;
        },
        signal: job.controller.signal,
      });
    } catch (err) {
      if (job.controller.signal.aborted) throw new PlanError('cancelled', 'The export was cancelled; no file was written.');
      throw err;
    } finally {
      this.jobs.delete(id);
    }
  }

  progress(id: string): { done: number; total: number } | null {
    const job = this.jobs.get(id);
    return job ? { done: job.done, total: job.total } : null;
  }

  cancel(id: string): null {
    this.jobs.get(id)?.controller.abort();
    return null;
  }
}
