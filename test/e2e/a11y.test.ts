import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { rootPage, smashPage } from '../helpers/damage';
import { tmpDir } from '../helpers/tmp';
import { axeSerious } from './axe';
import { useBrowser } from './browser';
import { screenshot, startWebApp } from './harness';

const browser = useBrowser();

/** axe needs a page in a context of its own; page errors are collected as openApp does. */
async function open(url: string, options: Parameters<ReturnType<typeof browser>['newContext']>[0]) {
  const context = await browser().newContext({ viewport: { width: 1400, height: 860 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  await page.goto(url);
  await page.locator('main[aria-busy="false"]').waitFor();
  return { page, errors, close: () => context.close() };
}

/** Every screen a user reaches, each checked by axe. */
async function everyScreen(page: Page, theme: string): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  const check = async (name: string) => {
    found[name] = await axeSerious(page);
    await screenshot(page, `a11y-${theme}-${name}`);
  };
  const kb = page.keyboard;
  await check('main');
  await page.getByRole('heading', { name: /Deepen Client Relationships/ }).click();
  await check('selected');
  await kb.press('i');
  await check('inspector');
  await kb.press('c');
  await check('coach');
  await kb.press('h');
  await check('shelf');
  await kb.press('Escape');
  await page.getByRole('heading', { name: /Deepen Client Relationships/ }).click();
  await kb.press('/');
  await page.getByRole('search').waitFor();
  await check('filters');
  await kb.press('Escape');
  for (const [name, keys, dialog] of [
    ['export', 'Control+e', /export/i],
    ['import', 'Control+i', /import/i],
    ['shortcuts', '?', 'Keyboard shortcuts'],
  ] as const) {
    await page.locator('.canvas').click({ position: { x: 30, y: 200 } });
    await kb.press(keys);
    await page.getByRole('dialog', { name: dialog }).waitFor();
    await check(name);
    await kb.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
  }
  await kb.press('?');
  await page.getByRole('button', { name: 'About Cascade Planner' }).click();
  await page.getByRole('dialog', { name: 'Cascade Planner' }).waitFor();
  await check('about');
  await kb.press('Escape');
  await page.locator('dialog[open]').waitFor({ state: 'detached' });
  // A new objective brings the "So What?" questions.
  await page.getByRole('heading', { name: /Pilot a Knowledge Gap Audit/ }).click();
  // On a loaded machine the click can land before the card is ready: go on only once it is selected.
  await page.locator('.card.selected', { hasText: 'Pilot a Knowledge Gap Audit' }).waitFor();
  await kb.press('Enter');
  await kb.type('Run a quarterly client advisory board');
  await kb.press('Enter');
  await page.getByRole('dialog', { name: 'So what?' }).waitFor();
  await check('gate');
  await kb.press('Escape');
  await page.locator('dialog[open]').waitFor({ state: 'detached' });

  // The top bar's dialogs: backups, the History menu and its three, check-in mode, a workshop's start.
  const closeDialog = async () => {
    await kb.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
  };
  await page.getByRole('button', { name: 'Backups…' }).click();
  await page.getByRole('dialog', { name: 'Restore from Backup' }).getByRole('button', { name: /^Restore the backup of/ }).first().waitFor();
  await check('backups');
  await closeDialog();
  for (const [item, dialog] of [
    ['Take snapshot…', 'Take snapshot'],
    ['Compare…', 'Compare'],
    ['Cycles…', 'Cycles'],
  ] as const) {
    await page.getByRole('button', { name: /^History/ }).click();
    await page.getByRole('menu', { name: 'History' }).waitFor();
    if (item === 'Take snapshot…') await check('history-menu');
    await page.getByRole('menuitem', { name: item }).click();
    await page.getByRole('dialog', { name: dialog }).waitFor();
    await check(dialog.toLowerCase().replace(/ /g, '-'));
    await closeDialog();
  }
  await page.getByRole('heading', { name: /Deepen Client Relationships/ }).click();
  await page.locator('.card.selected', { hasText: 'Deepen Client Relationships' }).waitFor();
  await kb.press('u');
  await page.getByRole('dialog', { name: 'Check-in mode' }).waitFor();
  await check('checkin-mode');
  await closeDialog();
  await kb.press('w');
  await page.getByRole('dialog', { name: 'Start a workshop' }).waitFor();
  await check('workshop-start');
  await closeDialog();
  return found;
}

describe('contrast and accessibility, checked by axe-core in Chromium', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`has no serious or critical violation on any screen or dialog, ${theme}`, async () => {
      // A plan opened once (so it has a backup), then damaged: the first screen is the problem dialog.
      const config = tmpDir();
      const file = path.join(tmpDir(), 'Axe.cascade');
      await (await startWebApp(['--file', file], { XDG_CONFIG_HOME: config })).stop();
      smashPage(file, rootPage(file, 'key_results_by_objective'));
      const app = await startWebApp(['--file', file], { XDG_CONFIG_HOME: config });
      const { page, errors, close } = await open(app.url, { colorScheme: theme });
      try {
        const problem = page.getByRole('dialog', { name: /cannot be opened for editing/ });
        await problem.getByRole('button', { name: /Restore the newest backup/ }).waitFor();
        await problem.getByRole('button', { name: /Open it read-only/ }).waitFor();
        const damaged = await axeSerious(page);
        await screenshot(page, `a11y-${theme}-problem`);
        await problem.getByRole('button', { name: /Restore the newest backup/ }).click();
        await page.getByRole('alert').getByText(/Restored the backup of/).waitFor();
        const found = { problem: damaged, ...(await everyScreen(page, theme)) };
        expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
        expect(errors).toEqual([]);
      } finally {
        await close();
        await app.stop();
      }
    }, 300_000);
  }

  it('keeps the progress bars and the selection ring visible in forced colours (Windows high contrast)', async () => {
    const file = path.join(tmpDir(), 'Forced.cascade');
    const app = await startWebApp(['--file', file]);
    const { page, close } = await open(app.url, { forcedColors: 'active' });
    try {
      await page.getByRole('heading', { name: /Deepen Client Relationships/ }).click();
      const look = await page.evaluate(() => {
        const fill = getComputedStyle(document.querySelector('.progress-fill')!);
        const track = getComputedStyle(document.querySelector('.progress')!);
        const card = getComputedStyle(document.querySelector('.card.selected')!);
        return { fill: fill.backgroundColor, trackBorder: track.borderTopStyle, ring: card.outlineStyle, ringWidth: card.outlineWidth };
      });
      // The bar's fill is a system colour, not the background it would otherwise be reset to.
      expect(look.fill).not.toBe(await page.evaluate(() => getComputedStyle(document.querySelector('.progress')!).backgroundColor));
      expect(look.trackBorder).toBe('solid');
      expect(look.ring).toBe('solid');
      expect(look.ringWidth).toBe('3px');
      await screenshot(page, 'a11y-forced-colours');
    } finally {
      await close();
      await app.stop();
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`draws the zoomed-out cards in the theme's colours, so their titles keep 4.5:1 contrast, ${theme}`, async () => {
      const file = path.join(tmpDir(), 'Drawn.cascade');
      const app = await startWebApp(['--file', file]);
      const { page, close } = await open(app.url, { colorScheme: theme });
      try {
        // The titles-only view draws every card on the canvas, with its title as DOM text over it.
        await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
        await page.keyboard.press('t');
        await page.locator('.lod-title').first().waitFor();
        await page.waitForTimeout(300);
        const pair = await page.evaluate(() => {
          const title = document.querySelector<HTMLElement>('.lod-title')!;
          const r = title.getBoundingClientRect();
          const canvas = document.querySelector<HTMLCanvasElement>('.lod-canvas')!;
          const c = canvas.getBoundingClientRect();
          const dpr = window.devicePixelRatio || 1;
          // Just left of the title's first line: the card's padding, where nothing but its fill is drawn.
          const [red, green, blue] = canvas.getContext('2d')!.getImageData(Math.round((r.left - c.left - 2) * dpr), Math.round((r.top - c.top + 4) * dpr), 1, 1).data;
          return { fill: [red!, green!, blue!], ink: getComputedStyle(title).color.match(/\d+/g)!.slice(0, 3).map(Number) };
        });
        const lum = ([r, g, b]: number[]) => {
          const ch = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
          return 0.2126 * ch(r!) + 0.7152 * ch(g!) + 0.0722 * ch(b!);
        };
        const [hi, lo] = [lum(pair.fill), lum(pair.ink)].sort((a, b) => b - a);
        expect((hi! + 0.05) / (lo! + 0.05), `title ${pair.ink} on card ${pair.fill}`).toBeGreaterThanOrEqual(4.5);
      } finally {
        await close();
        await app.stop();
      }
    });
  }

  it('never draws canvas text under 9 px when zoomed out: small cards become boxes without text', async () => {
    const file = path.join(tmpDir(), 'Zoomed out.cascade');
    const app = await startWebApp(['--file', file]);
    const { page, close } = await open(app.url, {});
    try {
      // Every text the canvas draws, with its size as it lands on screen (a maxWidth squeezes it).
      await page.evaluate(() => {
        const drawn: Array<{ text: string; px: number }> = [];
        (window as unknown as { drawn: typeof drawn }).drawn = drawn;
        const fillText = CanvasRenderingContext2D.prototype.fillText;
        CanvasRenderingContext2D.prototype.fillText = function (text: string, x: number, y: number, maxWidth?: number) {
          const px = Number(/(\d+(?:\.\d+)?)px/.exec(this.font)![1]);
          const width = this.measureText(text).width;
          drawn.push({ text, px: maxWidth !== undefined && width > maxWidth ? (px * maxWidth) / width : px });
          return fillText.call(this, text, x, y, maxWidth);
        };
      });
      await page.getByRole('heading', { name: /Deepen Client/ }).click();
      await page.keyboard.press('Control+0');
      const sizes: number[] = [];
      let textless = 0;
      for (let step = 0; step < 16; step++) {
        await page.keyboard.press('Control+-');
        await page.waitForTimeout(250);
        const drawn = await page.evaluate(() => (window as unknown as { drawn: Array<{ px: number }> }).drawn.splice(0));
        sizes.push(...drawn.map((d) => d.px));
        if (drawn.length === 0) textless++;
      }
      expect(sizes.length).toBeGreaterThan(0);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(9);
      expect(textless).toBeGreaterThan(0);
    } finally {
      await close();
      await app.stop();
    }
  });
});
