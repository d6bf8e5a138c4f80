import { BrowserWindow, ipcMain } from 'electron';
import { CHANNELS, EVENTS, METHODS } from '../../shared/channels';
import type { PlanChangeEvent } from '../../shared/ipc';
import type { Handlers } from '../api/context';
import { dispatch } from '../api/dispatch';
import type { PlanChange } from '../session';
import type { ShellContext } from './context';
import { saveExport } from './dialogs';
import { presentWindow } from './present';
import { ORIGIN } from './protocol';
import { roomControl } from './room';

/**
 * Every backend method on its channel, answered only for our own windows showing our own page.
 * Main only routes: each call goes to the backend process by number. Saving an export (the native
 * save dialog), the workshop's audience window and the participants' room are the methods main
 * answers itself.
 */
export function registerIpc(ctx: ShellContext): void {
  // The backend's pushes, named by their channel in shared/channels.ts EVENTS, go on to every
  // window of ours (the main one and the workshop's audience window).
  const pushes = new Set<string>(Object.values(EVENTS));
  ctx.backend.onEvent((name, data) => {
    if (!pushes.has(name)) return;
    for (const win of BrowserWindow.getAllWindows()) {
      if (win.isDestroyed() || !ctx.trustedSenders.has(win.webContents.id)) continue;
      if (name !== EVENTS.planChanged) {
        win.webContents.send(name, data);
        continue;
      }
      // The change feed: each window hears of every change, and whether it made it itself.
      const change = data as PlanChange;
      const event: PlanChangeEvent = { version: change.version, self: change.origin === originOf(win.webContents.id), history: change.history };
      win.webContents.send(name, event);
    }
  });
  const local: Partial<Handlers> = {
    saveExport: (arg) => saveExport(ctx, arg),
    presentWindow: (arg) => presentWindow(ctx, arg.open),
    ...roomControl(ctx),
  };
  for (const method of METHODS) {
    ipcMain.handle(CHANNELS[method], (event, payload: unknown) => {
      const url = event.senderFrame?.url ?? '';
      if (!ctx.trustedSenders.has(event.sender.id) || !url.startsWith(`${ORIGIN}/`)) {
        ctx.log.error(`refused ${method} from an unknown sender (${url || 'no frame'})`);
        return { ok: false, error: { code: 'invalid-payload', message: 'Refused: unknown sender.' } };
      }
      // Parsed against the contract (zod) here too, before main acts on anything.
      return local[method]
        ? dispatch(local, method, payload)
        : ctx.backend.call(method, payload, originOf(event.sender.id));
    });
  }
}

const originOf = (webContentsId: number) => `window-${webContentsId}`;
