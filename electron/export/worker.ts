import { parentPort, workerData } from 'node:worker_threads';
import type { ExportRequest } from '../../shared/ipc';
import type { PlanSnapshot } from '../../shared/model';
import { PlanError } from '../db/errors';
import { runExport } from './index';

/**
 * One export in a thread of its own (out/backend/export.cjs), started by the backend with the
 * plan as it was when the export was asked for: layout, fonts, pages and PNG rendering run here, so
 * the thread that owns the database keeps answering edits, progress and cancel meanwhile.
 */
export type FromExport =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; fileName: string; mime: string; bytes: Uint8Array; notice?: string; pages?: number }
  | { type: 'failed'; code: PlanError['code'] | null; message: string };

const { plan, req } = workerData as { plan: PlanSnapshot; req: ExportRequest };
const controller = new AbortController();
parentPort!.on('message', (m) => {
  if (m === 'cancel') controller.abort();
});
const post = (m: FromExport, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(m, transfer);

runExport(plan, req, { signal: controller.signal, onProgress: (done, total) => post({ type: 'progress', done, total }) })
  .then((out) => {
    // A copy the worker can hand over whole (no second copy on the way).
    const bytes = new Uint8Array(out.bytes);
    post({ type: 'done', fileName: out.fileName, mime: out.mime, bytes, ...(out.notice ? { notice: out.notice } : {}), ...(out.pages ? { pages: out.pages } : {}) }, [bytes.buffer as ArrayBuffer]);
  })
  .catch((err: unknown) => post({ type: 'failed', code: err instanceof PlanError ? err.code : null, message: (err as Error).message }));
