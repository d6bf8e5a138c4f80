import { parentPort } from 'node:worker_threads';
import { type BackendPort, serveBackend } from './backend';
import type { FromBackend, ToBackend } from './protocol';

/**
 * The backend's own bundle (out/backend/backend.cjs). It runs as a Node worker thread (browser
 * mode, CLI) or as Electron's utilityProcess (desktop), whose `process.parentPort` is set by
 * Electron itself, so this file needs no `electron` import.
 */
interface UtilityParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}

const utility = (process as unknown as { parentPort?: UtilityParentPort }).parentPort;

const port: BackendPort | null = parentPort
  ? { post: (m: FromBackend) => parentPort!.postMessage(m), onMessage: (l) => parentPort!.on('message', (m: ToBackend) => l(m)) }
  : utility
    ? { post: (m: FromBackend) => utility.postMessage(m), onMessage: (l) => utility.on('message', (e) => l(e.data as ToBackend)) }
    : null;

if (!port) {
  process.stderr.write('The backend runs inside a worker thread or an Electron utility process.\n');
  process.exit(1);
}
serveBackend(port);
