import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, EVENTS, METHODS, isMenuCommand } from '../../shared/channels';
import type { CascadeApi, PlanChangeEvent } from '../../shared/ipc';

// One named method per channel; `ipcRenderer` itself never reaches the page.
const calls = Object.fromEntries(METHODS.map((m) => [m, (arg: unknown) => ipcRenderer.invoke(CHANNELS[m], arg)]));

function subscribe(channel: string, listener: (...args: unknown[]) => void): () => void {
  const handler = (_event: Electron.IpcRendererEvent, ...args: unknown[]) => listener(...args);
  ipcRenderer.on(channel, handler);
  return () => ipcRenderer.off(channel, handler);
}

const api = {
  ...calls,
  onPlanChanged: (listener) => subscribe(EVENTS.planChanged, (change) => listener(change as PlanChangeEvent | undefined)),
  onMenuCommand: (listener) =>
    subscribe(EVENTS.menuCommand, (command) => {
      if (isMenuCommand(command)) listener(command);
    }),
} as CascadeApi;

contextBridge.exposeInMainWorld('cascade', api);
