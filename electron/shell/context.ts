import type { BrowserWindow } from 'electron';
import { PlanSession } from '../session';
import { type Logger, createLogger } from './log';

/** What the shell's parts share: the open plan, the log, and the one main window. */
export interface ShellContext {
  readonly dataDir: string;
  readonly plans: PlanSession;
  readonly log: Logger;
  /** webContents ids of the windows we created: the only senders the backend answers. */
  readonly trustedSenders: Set<number>;
  mainWindow: BrowserWindow | null;
  /** Rebuilds the menu and the window title after the open plan or the recent list changed. */
  refreshChrome(): void;
}

export function createContext(dataDir: string): ShellContext {
  return {
    dataDir,
    plans: new PlanSession(dataDir),
    log: createLogger(dataDir),
    trustedSenders: new Set(),
    mainWindow: null,
    refreshChrome: () => undefined,
  };
}

export function send(ctx: ShellContext, channel: string, ...args: unknown[]): void {
  ctx.mainWindow?.webContents.send(channel, ...args);
}
