import { BrowserWindow, screen } from 'electron';
import type { ShellContext } from './context';
import { ENTRY } from './protocol';
import { webPreferences } from './window';

let audience: BrowserWindow | null = null;

/**
 * Workshop mode's audience window: full screen on the second display (the projector), while the
 * presenter's own window stays on the laptop. With one display it opens as a window beside it.
 * The page is the app's own, at its audience address, and reads the plan through the same
 * channels as the main window.
 */
export function presentWindow(ctx: ShellContext, open: boolean): { display: string } {
  if (!open) {
    audience?.close();
    return { display: 'closed' };
  }
  const displays = screen.getAllDisplays();
  const main = ctx.mainWindow?.getNormalBounds();
  const onMain = (d: Electron.Display) => main !== undefined && main.x >= d.bounds.x && main.x < d.bounds.x + d.bounds.width && main.y >= d.bounds.y && main.y < d.bounds.y + d.bounds.height;
  const target = displays.find((d) => !onMain(d)) ?? null;
  if (audience && !audience.isDestroyed()) {
    audience.focus();
    return { display: target ? `display ${target.id}` : 'this display' };
  }
  const area = (target ?? displays[0])!.bounds;
  const win = new BrowserWindow({
    x: area.x,
    y: area.y,
    width: target ? area.width : Math.min(1280, area.width),
    height: target ? area.height : Math.min(720, area.height),
    backgroundColor: '#000000',
    title: 'Cascade Planner — audience',
    webPreferences: webPreferences(),
  });
  const id = win.webContents.id;
  ctx.trustedSenders.add(id);
  win.webContents.on('will-navigate', (e) => e.preventDefault());
  win.on('closed', () => {
    ctx.trustedSenders.delete(id);
    if (audience === win) audience = null;
  });
  if (target) win.setFullScreen(true);
  audience = win;
  win.loadURL(`${ENTRY}#audience`).catch((err: unknown) => ctx.log.info(`the audience window stopped loading: ${(err as Error).message}`));
  return { display: target ? `display ${target.id}` : 'this display' };
}
