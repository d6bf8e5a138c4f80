import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { BackendClient } from './client';
import type { FromBackend } from './protocol';

/** The built backend (esbuild.config.mjs), found from the folder of the code that starts it. */
export function backendEntry(codeDir: string): string {
  const built = path.join(codeDir, '..', 'backend', 'backend.cjs');
  // Run from source (the tests import electron/*.ts), it is still the built one in out/.
  return fs.existsSync(built) ? built : path.join(codeDir, '..', 'out', 'backend', 'backend.cjs');
}

/** The backend in a Node worker thread (browser mode, the CLI, tests): off the thread that serves requests. */
export function startBackendThread(entry: string): BackendClient {
  const worker = new Worker(entry);
  return new BackendClient({
    post: (m) => worker.postMessage(m),
    onMessage: (l) => worker.on('message', (m: FromBackend) => l(m)),
    onExit: (l) => {
      worker.once('exit', l);
      worker.once('error', (err) => console.error('[cascade] backend thread failed', err));
    },
    stop: () => void worker.terminate(),
  });
}
