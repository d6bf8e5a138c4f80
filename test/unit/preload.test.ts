import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { CHANNELS, EVENTS, METHODS } from '../../shared/channels';

/**
 * Runs the built, sandboxed preload (electron/shell/preload.ts → out/electron/preload.cjs) the way Electron does (a CommonJS script whose only module is
 * `electron`), with a recording stand-in for Electron's two objects, and checks what reaches the page.
 */
function loadPreload() {
  const file = path.resolve('out/electron/preload.cjs');
  if (!fs.existsSync(file)) throw new Error('out/electron/preload.cjs is missing: run `npm run build` (npm test does) first.');
  const exposed: Record<string, unknown> = {};
  const invoked: Array<[string, unknown]> = [];
  const listeners = new Map<string, (...args: unknown[]) => void>();
  const ipcRenderer = {
    invoke: (channel: string, arg: unknown) => (invoked.push([channel, arg]), Promise.resolve({ ok: true, value: null })),
    on: (channel: string, fn: (...args: unknown[]) => void) => listeners.set(channel, fn),
    off: (channel: string) => listeners.delete(channel),
  };
  const electron = { contextBridge: { exposeInMainWorld: (name: string, api: unknown) => (exposed[name] = api) }, ipcRenderer };
  const module = { exports: {} };
  const require = (id: string) => {
    if (id === 'electron') return electron;
    throw new Error(`the sandboxed preload may not require “${id}”`);
  };
  vm.runInNewContext(fs.readFileSync(file, 'utf8'), { module, exports: module.exports, require, console });
  return { exposed, invoked, listeners, ipcRenderer };
}

describe('the preload', () => {
  it('exposes exactly one method per channel and the two event subscriptions, never ipcRenderer', async () => {
    const { exposed, invoked, ipcRenderer } = loadPreload();
    expect(Object.keys(exposed)).toEqual(['cascade']);
    const api = exposed.cascade as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...METHODS, 'onMenuCommand', 'onPlanChanged'].sort());
    for (const value of Object.values(api)) {
      expect(typeof value).toBe('function');
      expect(value).not.toBe(ipcRenderer.invoke);
    }
    await (api.updateKeyResult as (a: unknown) => Promise<unknown>)({ id: 'k', patch: { current: 5 } });
    expect(invoked).toEqual([[CHANNELS.updateKeyResult, { id: 'k', patch: { current: 5 } }]]);
  });

  it('passes on only known menu commands, and unsubscribes', () => {
    const { exposed, listeners } = loadPreload();
    const api = exposed.cascade as { onMenuCommand(fn: (c: string) => void): () => void };
    const seen: string[] = [];
    const off = api.onMenuCommand((c) => seen.push(c));
    const emit = listeners.get(EVENTS.menuCommand)!;
    emit({}, 'undo');
    emit({}, 'rm -rf');
    expect(seen).toEqual(['undo']);
    off();
    expect(listeners.has(EVENTS.menuCommand)).toBe(false);
  });
});
