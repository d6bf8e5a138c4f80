import type { BrowserWindow } from 'electron';
import type { BackendClient } from '../api/client';
import type { ShellState } from '../api/protocol';
import { type Logger, createLogger } from './log';

/** What the shell's parts share: the backend, what it last said about the plan, the log, and the one main window. */
export interface ShellContext {
  readonly dataDir: string;
  /** The utilityProcess that owns the plan (started on first use, after the app is ready); the shell only routes to it. */
  readonly backend: BackendClient;
  /** The open plan and the recent list, as the backend last reported them (for the title and menu). */
  state: ShellState;
  readonly log: Logger;
  /** webContents ids of the windows we created: the only senders the backend answers. */
  readonly trustedSenders: Set<number>;
  mainWindow: BrowserWindow | null;
  /** Rebuilds the menu and the window title after the open plan or the recent list changed. */
  refreshChrome(): void;
}

export function createContext(dataDir: string, startBackend: () => BackendClient): ShellContext {
  let backend: BackendClient | null = null;
  return {
    dataDir,
    get backend() {
      // Electron forks a utilityProcess only once the app is ready.
      return (backend ??= startBackend());
    },
    state: { file: null, problem: null, recent: [] },
    log: createLogger(dataDir),
    trustedSenders: new Set(),
    mainWindow: null,
    refreshChrome: () => undefined,
  };
}

export function send(ctx: ShellContext, channel: string, ...args: unknown[]): void {
  ctx.mainWindow?.webContents.send(channel, ...args);
}
