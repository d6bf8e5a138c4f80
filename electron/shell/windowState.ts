import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../session';

export const WindowState = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200),
  height: z.number().int().min(200),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowState>;

interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

const stateFile = (dataDir: string) => path.join(dataDir, 'window-state.json');

/**
 * The window's last bounds, if they still fit on a connected display (a monitor unplugged since must
 * not leave the window off screen). Anything unreadable is ignored: the default size is used.
 */
export function loadWindowState(dataDir: string, displays: Area[]): WindowState | null {
  try {
    const state = WindowState.parse(JSON.parse(fs.readFileSync(stateFile(dataDir), 'utf8')));
    const visible = displays.some(
      (d) => state.x < d.x + d.width - 50 && state.x + state.width > d.x + 50 && state.y >= d.y - 10 && state.y < d.y + d.height - 50,
    );
    return visible ? state : null;
  } catch {
    return null;
  }
}

export function saveWindowState(dataDir: string, state: WindowState): void {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    writeFileAtomic(stateFile(dataDir), JSON.stringify(state, null, 2));
  } catch {
    // Remembering the window is a convenience; it must never block quitting.
  }
}
