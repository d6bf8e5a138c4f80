import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { StandIn } from './electron';

const MAIN = path.resolve('out/electron/main.cjs');
const PRELOAD = path.resolve('out/electron/preload.cjs');
const nodeRequire = createRequire(import.meta.url);
type Load = (request: string, parent: unknown, isMain: boolean) => unknown;
const loader = Module as unknown as { _load: Load };

export interface LaunchOptions {
  dataDir: string;
  /** Command-line arguments after the executable, as a packaged app receives them. */
  args?: string[];
  darkOs?: boolean;
  /** false: another instance already holds the lock. */
  singleInstance?: boolean;
}

/**
 * Runs the real built main bundle in this Node process, with `require('electron')` answered by the
 * stand-in (a require hook, in place only while the bundle loads: it requires electron once, at the top).
 */
export async function launchShell(browser: Browser, options: LaunchOptions): Promise<StandIn> {
  if (!fs.existsSync(MAIN)) throw new Error('out/electron/main.cjs is missing: run `npm run build` (npm test does) first.');
  const s = new StandIn(browser, options.dataDir, fs.readFileSync(PRELOAD, 'utf8'));
  s.darkOs = options.darkOs ?? false;
  s.singleInstance = options.singleInstance ?? true;
  await s.start();
  const electron = s.module();
  const original = loader._load;
  const argv = process.argv;
  loader._load = function (request, parent, isMain) {
    return request === 'electron' ? electron : original.call(this, request, parent, isMain);
  };
  process.argv = [path.join(options.dataDir, 'cascade-planner'), ...(options.args ?? [])];
  try {
    delete nodeRequire.cache[MAIN];
    nodeRequire(MAIN);
  } finally {
    loader._load = original;
    process.argv = argv;
  }
  return s;
}
