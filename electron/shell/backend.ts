import { utilityProcess } from 'electron';
import { BackendClient } from '../api/client';
import type { FromBackend } from '../api/protocol';
import { backendEntry } from '../api/thread';

/**
 * The backend in Electron's utilityProcess: the plan's database and every export run there, so
 * neither SQLite nor an export ever blocks the main process (menus, dialogs, IPC routing).
 */
export function startBackendProcess(): BackendClient {
  const child = utilityProcess.fork(backendEntry(__dirname), [], { serviceName: 'Cascade Planner backend' });
  return new BackendClient({
    post: (m) => child.postMessage(m),
    onMessage: (l) => child.on('message', (m: FromBackend) => l(m)),
    onExit: (l) => child.once('exit', l),
    stop: () => void child.kill(),
  });
}

