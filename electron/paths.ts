import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Cascade Planner';
export const PLAN_EXTENSION = '.cascade';

/**
 * The same folder Electron's `app.getPath('userData')` returns, computed without Electron so that
 * browser mode and the command line find the same default plan as the desktop app.
 */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
}

export const defaultPlanPath = (dataDir: string): string => path.join(dataDir, 'Plans', `My Plan${PLAN_EXTENSION}`);

export const planName = (file: string): string => path.basename(file, PLAN_EXTENSION);
