import { ipcMain } from 'electron';
import { CHANNELS, METHODS } from '../../shared/channels';
import { createHandlers, dispatch } from '../api';
import type { ShellContext } from './context';
import { saveExport } from './dialogs';
import { ORIGIN } from './protocol';

/** Every backend method on its channel, answered only for our own windows showing our own page. */
export function registerIpc(ctx: ShellContext): void {
  const handlers = createHandlers(ctx.plans, { saveExport: (arg) => saveExport(ctx, arg) });
  for (const method of METHODS) {
    ipcMain.handle(CHANNELS[method], (event, payload: unknown) => {
      const url = event.senderFrame?.url ?? '';
      if (!ctx.trustedSenders.has(event.sender.id) || !url.startsWith(`${ORIGIN}/`)) {
        ctx.log.error(`refused ${method} from an unknown sender (${url || 'no frame'})`);
        return { ok: false, error: { code: 'invalid-payload', message: 'Refused: unknown sender.' } };
      }
      return dispatch(handlers, method, payload);
    });
  }
}
