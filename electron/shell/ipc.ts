import { ipcMain } from 'electron';
import { CHANNELS, EVENTS, METHODS } from '../../shared/channels';
import type { PlanChangeEvent } from '../../shared/ipc';
import { dispatch } from '../api/dispatch';
import type { PlanChange } from '../session';
import { type ShellContext, send } from './context';
import { saveExport } from './dialogs';
import { ORIGIN } from './protocol';

/**
 * Every backend method on its channel, answered only for our own windows showing our own page.
 * Main only routes: each call goes to the backend process by number; saving an export is the one
 * method main answers itself, since it needs the native save dialog.
 */
export function registerIpc(ctx: ShellContext): void {
  // The backend's pushes, named by their channel in shared/channels.ts EVENTS, go on to the window.
  const pushes = new Set<string>(Object.values(EVENTS));
  ctx.backend.onEvent((name, data) => {
    if (!pushes.has(name)) return;
    if (name !== EVENTS.planChanged) return send(ctx, name, data);
    // The change feed: the window hears of every change, and whether it made it itself.
    const win = ctx.mainWindow;
    if (!win || win.isDestroyed()) return;
    const change = data as PlanChange;
    const event: PlanChangeEvent = { version: change.version, self: change.origin === originOf(win.webContents.id), history: change.history };
    send(ctx, name, event);
  });
  const local = { saveExport: (arg: Parameters<typeof saveExport>[1]) => saveExport(ctx, arg) };
  for (const method of METHODS) {
    ipcMain.handle(CHANNELS[method], (event, payload: unknown) => {
      const url = event.senderFrame?.url ?? '';
      if (!ctx.trustedSenders.has(event.sender.id) || !url.startsWith(`${ORIGIN}/`)) {
        ctx.log.error(`refused ${method} from an unknown sender (${url || 'no frame'})`);
        return { ok: false, error: { code: 'invalid-payload', message: 'Refused: unknown sender.' } };
      }
      return method === 'saveExport' ? dispatch(local, method, payload) : ctx.backend.call(method, payload, originOf(event.sender.id));
    });
  }
}

const originOf = (webContentsId: number) => `window-${webContentsId}`;
