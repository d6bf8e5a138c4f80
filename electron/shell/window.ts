import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, nativeTheme, screen } from 'electron';
import { PLAN_EXTENSION } from '../paths';
import type { ShellContext } from './context';
import { openFromOs } from './dialogs';
import { ENTRY } from './protocol';
import { loadWindowState, saveWindowState } from './windowState';

/**
 * A file dropped on the window makes Chromium navigate to it. Navigation is refused everywhere; a
 * dropped plan is opened instead.
 */
function onNavigate(ctx: ShellContext, event: Electron.Event, url: string): void {
  event.preventDefault();
  if (url.startsWith('file:') && url.toLowerCase().endsWith(PLAN_EXTENSION)) openFromOs(ctx, fileURLToPath(url));
  else ctx.log.info(`refused navigation to ${url}`);
}

/** Every window of ours: the sandboxed preload and nothing else. */
export const webPreferences = (): Electron.WebPreferences => ({
  preload: path.join(__dirname, 'preload.cjs'),
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  webSecurity: true,
  // Spellcheck would download dictionaries; the app never goes online.
  spellcheck: false,
});

export function createWindow(ctx: ShellContext): BrowserWindow {
  const saved = loadWindowState(
    ctx.dataDir,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    ...(saved ? { x: saved.x, y: saved.y, width: saved.width, height: saved.height } : { width: 1440, height: 900 }),
    minWidth: 720,
    minHeight: 480,
    // The page's own background, so a dark OS gets no white flash before the first frame.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#161a23' : '#f6f7fb',
    show: false,
    webPreferences: webPreferences(),
  });
  const id = win.webContents.id;
  ctx.trustedSenders.add(id);
  win.webContents.on('will-navigate', (e, url) => onNavigate(ctx, e, url));
  // Bounds are those of the normal (not maximised) window, so un-maximising next time restores them.
  win.on('close', () => saveWindowState(ctx.dataDir, { ...win.getNormalBounds(), maximized: win.isMaximized() }));
  win.on('closed', () => {
    ctx.trustedSenders.delete(id);
    if (ctx.mainWindow === win) ctx.mainWindow = null;
  });
  win.once('ready-to-show', () => {
    if (saved?.maximized) win.maximize();
    win.show();
  });
  ctx.mainWindow = win;
  ctx.refreshChrome();
  // Rejects when the window closes mid-load (a quit at startup): logged, never an unhandled rejection.
  win.loadURL(ENTRY).catch((err: unknown) => ctx.log.info(`the window stopped loading: ${(err as Error).message}`));
  return win;
}
