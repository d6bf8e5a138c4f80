import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ExportRequest } from '../../shared/ipc';
import type { PlanSnapshot } from '../../shared/model';
import { PlanError } from '../db/errors';
import { type ExportOutput, runExport } from './index';
import type { FromExport } from './worker';

type Control = { onProgress?(done: number, total: number): void; signal?: AbortSignal };
export type ExportRunner = (plan: PlanSnapshot, req: ExportRequest, ctl: Control) => Promise<ExportOutput>;

/**
 * `runExport` in a worker thread of its own (the built out/backend/export.cjs beside the backend),
 * with progress and cancel carried as messages. Where that bundle is absent (code run from
 * source, as the unit tests do), the export runs in the calling thread.
 */
export function exportRunner(backendDir: string): ExportRunner {
  const entry = path.join(backendDir, 'export.cjs');
  if (!fs.existsSync(entry)) return runExport;
  return (plan, req, ctl) =>
    new Promise<ExportOutput>((resolve, reject) => {
      const worker = new Worker(entry, { workerData: { plan, req } });
      const cancel = () => worker.postMessage('cancel');
      ctl.signal?.addEventListener('abort', cancel, { once: true });
      let settled = false;
      const settle = (run: () => void) => {
        if (settled) return;
        settled = true;
        ctl.signal?.removeEventListener('abort', cancel);
        run();
        void worker.terminate();
      };
      worker.on('message', (m: FromExport) => {
        if (m.type === 'progress') ctl.onProgress?.(m.done, m.total);
        else if (m.type === 'done') {
          const { bytes, type: _, ...rest } = m;
          settle(() => resolve({ ...rest, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }));
        } else settle(() => reject(m.code ? new PlanError(m.code, m.message) : new Error(m.message)));
      });
      worker.on('error', (err) => settle(() => reject(err)));
      worker.on('exit', (code) => settle(() => reject(new Error(`the export stopped (exit ${code})`))));
    });
}
