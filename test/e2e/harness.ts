import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';

const SERVER = path.resolve('out/web/server.mjs');
export const SCREENSHOTS = path.resolve('test-results/screenshots');
/** The renderer built with the tests' read-only hooks (test/hooks/main.tsx), beside the product's. */
const TEST_RENDERER = path.resolve('out/test/renderer');

/**
 * Serves the test build of the renderer in place of the product's: the server is the product's,
 * only the bundle's files (main.js, main.css, chunks) come from out/test/renderer.
 */
export async function useTestBuild(context: BrowserContext): Promise<void> {
  await context.route(/\/(main\.(js|css)|chunks\/[^/?]+)(\?.*)?$/, async (route) => {
    const name = new URL(route.request().url()).pathname.slice(1);
    const file = path.join(TEST_RENDERER, name);
    // A page closed while loading makes the answer fail; nothing is waiting for it then.
    const answer = !file.startsWith(TEST_RENDERER + path.sep) || !fs.existsSync(file) ? route.continue() : route.fulfill({ path: file, contentType: name.endsWith('.css') ? 'text/css' : 'text/javascript' });
    await answer.catch(() => undefined);
  });
}

export interface WebApp {
  url: string;
  /** Everything the server printed so far (e.g. its `Participants: ` line). */
  output(): string;
  stop(): Promise<void>;
  /** Kills the server as a crash would (SIGKILL): nothing is closed properly. */
  kill(): Promise<void>;
}

/** Starts browser mode exactly as a user would (`node out/web/server.mjs`), on a port of its choosing. */
export async function startWebApp(args: string[], env: NodeJS.ProcessEnv = {}): Promise<WebApp> {
  if (!fs.existsSync(SERVER)) throw new Error('out/web/server.mjs is missing: run `npm run build` (npm test does) first.');
  // The app's data folder (recent plans, automatic backups) goes to a temporary folder unless the
  // test names one, never to the real ~/.config.
  const config = env.XDG_CONFIG_HOME ?? fs.mkdtempSync(path.join(os.tmpdir(), 'cascade-config-'));
  const child: ChildProcess = spawn(process.execPath, [SERVER, '--port', '0', ...args], {
    env: { ...process.env, XDG_CONFIG_HOME: config, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let printed = '';
  child.stdout!.on('data', (d: Buffer) => (printed += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`browser mode did not start: ${stderr}`)), 15_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => /^http:\/\/127\.0\.0\.1:\d+\/\?token=/.test(l));
      if (line) {
        clearTimeout(timer);
        resolve(line.trim());
      }
    });
    child.once('exit', (code) => reject(new Error(`browser mode exited (${code}): ${stderr}`)));
  });
  return {
    url,
    output: () => printed,
    kill: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        const done = () => {
          if (!env.XDG_CONFIG_HOME) fs.rmSync(config, { recursive: true, force: true });
          resolve();
        };
        if (child.exitCode !== null) return done();
        child.once('exit', done);
        child.kill('SIGTERM');
      }),
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Pages `openApp` opened that are still open (see `closeOpenedPages`). */
const opened = new Set<Page>();

/**
 * Closes every page `openApp` opened, after each test (`useBrowser`). Left open, a page outlives
 * its test's server for the rest of the file: it keeps its memory and reconnects its change feed
 * every second, beside the next tests' pages in the same browser.
 */
export async function closeOpenedPages(): Promise<void> {
  const pages = [...opened];
  opened.clear();
  await Promise.all(pages.map((p) => p.close().catch(() => undefined)));
}

/** Opens the app and waits until the plan is drawn; page errors fail the test. */
export async function openApp(browser: Browser, url: string, viewport = { width: 1400, height: 860 }): Promise<Page> {
  // A context of its own (axe opens a page beside it to collect results), closed with the page.
  const context = await browser.newContext({ viewport });
  await useTestBuild(context);
  const page = await context.newPage();
  opened.add(page);
  page.on('close', () => {
    opened.delete(page);
    void context.close().catch(() => undefined);
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  (page as Page & { errors: string[] }).errors = errors;
  await page.goto(url);
  await page.locator('main[aria-busy="false"]').waitFor();
  return page;
}

export const pageErrors = (page: Page): string[] => (page as Page & { errors: string[] }).errors;

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  // A panel that has just opened is still widening (a CSS transition): show it as it ends up.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** The canvas zoom the user sees (React Flow's viewport scale). */
export const canvasZoom = (page: Page): Promise<number> =>
  page.evaluate(() => Number(/scale\(([\d.]+)\)/.exec(document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform)![1]));

/**
 * Fails a test that has not finished 5 s before vitest's limit with the page's own account of its
 * last keys and state changes (the test build's __cascadeTrace), instead of a bare timeout.
 */
export async function stallsNamed<T>(page: Page, run: Promise<T>, limit = 25_000, before = ''): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void page
        .evaluate(() => (window as unknown as { __cascadeTrace(): string }).__cascadeTrace())
        .catch((e: Error) => `(no trace: ${e.message})`)
        .then((trace) => {
          const message = `stalled for ${(limit / 1000).toFixed(1)} s${before ? ` (${before})` : ''}; the page's last events:\n${trace}`;
          // Printed as well as thrown: a retry that passes keeps the failed attempt's error out of the log.
          console.error(message);
          reject(new Error(message));
        });
    }, limit);
  });
  try {
    return await Promise.race([run, stalled]);
  } finally {
    clearTimeout(timer);
  }
}
