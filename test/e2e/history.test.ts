import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { writeCompanyPlan } from '../helpers/company';
import { tmpDir } from '../helpers/tmp';
import { axeSerious } from './axe';
import { readPlan, useBrowser } from './browser';
import { screenshot, startWebApp } from './harness';

const browser = useBrowser();

const card = (page: Page, title: string) => page.locator('article.card', { has: page.locator('h3', { hasText: title }) });

async function selectCard(page: Page, title: string): Promise<void> {
  await card(page, title).first().click({ position: { x: 150, y: 10 } });
  await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('card'))).toBe(true);
}

/** The app in a browser context of its own (axe needs one); page errors are collected. */
async function open(url: string) {
  const context = await browser().newContext({ viewport: { width: 1500, height: 940 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  await page.goto(url);
  await page.locator('main[aria-busy="false"]').waitFor();
  return { page, errors, close: () => context.close() };
}

/** History ▾ → an item, from the keyboard: Enter opens the menu on its first item, arrows move. */
async function openFromToolbar(page: Page, item: string, dialog: string) {
  await page.getByRole('button', { name: /^History/ }).focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'History' });
  await menu.waitFor();
  // The menu moves focus to its first item a render after it appears: counting arrow presses from
  // the button instead picked the wrong item once in a fresh-clone CI run (2026-12-06).
  const focused = () => page.evaluate(() => (document.activeElement?.getAttribute('role') === 'menuitem' ? document.activeElement.textContent : null));
  await expect.poll(focused).not.toBeNull();
  for (let i = 0; i < 6 && (await focused()) !== item; i++) await page.keyboard.press('ArrowDown');
  expect(await focused()).toBe(item);
  await page.keyboard.press('Enter');
  const d = page.getByRole('dialog', { name: dialog });
  await d.waitFor();
  return d;
}

describe('snapshots, compare mode and cycles in the app', () => {
  it('takes a snapshot, shows the changes since on the graph, closes the cycle and starts the next', async () => {
    const file = path.join(tmpDir(), 'Northwind.cascade');
    writeCompanyPlan(file);
    const app = await startWebApp(['--file', file]);
    try {
      const { page, errors, close } = await open(app.url);
      await card(page, 'Make every route predictable').waitFor();

      // Take snapshot: a name prompt, all from the keyboard.
      const snap = await openFromToolbar(page, 'Take snapshot…', 'Take snapshot');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('Monday review');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/Took the snapshot “Monday review”/);
      await snap.waitFor({ state: 'hidden' });

      // Edits: a key result's value, a rename, a deletion, a move.
      await page.getByRole('button', { name: /Current value of “QBRs held”/ }).click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('15');
      await page.keyboard.press('Enter');
      await expect.poll(() => readPlan(file).keyResults.find((k) => k.title === 'QBRs held')?.current).toBe(15);
      await selectCard(page, 'Win back trust with key acounts');
      await page.keyboard.press('F2');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('Win back trust with key accounts');
      await page.keyboard.press('Enter');
      // A renamed objective meets the "So What?" questions; skip them.
      const gate = page.getByRole('dialog', { name: 'So what?' });
      await gate.waitFor();
      await page.keyboard.press('Escape');
      await gate.waitFor({ state: 'hidden' });
      await expect.poll(() => readPlan(file).objectives.some((o) => o.title === 'Win back trust with key accounts')).toBe(true);
      await selectCard(page, 'Instrument the last 50 trucks with telematics');
      await page.keyboard.press('Delete');
      await expect.poll(() => readPlan(file).objectives.length).toBe(15);
      await selectCard(page, 'Launch a mentor programme for first-year drivers');
      await page.keyboard.press('Alt+ArrowLeft');
      await expect.poll(() => readPlan(file).objectives.find((o) => o.title.startsWith('Launch a mentor'))?.level).toBe('bridge');

      // Compare the snapshot with now, on the graph.
      const cmp = await openFromToolbar(page, 'Compare…', 'Compare');
      await cmp.getByRole('button', { name: 'Compare on the graph' }).click();
      const bar = page.getByRole('region', { name: 'Comparison' });
      await bar.waitFor();
      await expect.poll(() => bar.textContent()).toMatch(/1 objective removed, 1 objective moved, 1 title changed, 1 objective edited, 1 key result value changed/);
      await expect.poll(() => page.getByRole('article', { name: /^Removed Contribution: Instrument the last 50 trucks/ }).count()).toBe(1);
      await expect.poll(() => page.getByRole('article', { name: /^Moved Strategic Bridge: Launch a mentor programme/ }).count()).toBe(1);
      await expect.poll(() => page.getByRole('article', { name: /^Changed Strategic Bridge: Win back trust with key accounts/ }).count()).toBe(1);
      await expect.poll(() => page.locator('[data-kr] .kr-diff').first().textContent()).toMatch(/9 → 15\s*\+20 pts/);
      expect(await page.getByRole('list', { name: 'Changes' }).getByRole('listitem').count()).toBe(5);
      // Skipping the questions is an edit of its own, said in words.
      expect(await bar.textContent()).toContain('Edited “Win back trust with key accounts”: “So what?” answer');
      await page.keyboard.press('Shift+!');
      await screenshot(page, 'history-01-compare-on-the-graph');
      expect(await axeSerious(page)).toEqual([]);
      // Nothing can be edited while comparing.
      await page.getByRole('article', { name: /^Removed Contribution/ }).click({ position: { x: 150, y: 10 } });
      await page.keyboard.press('Delete');
      await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/Leave it \(Esc\) to edit the plan; nothing was changed/);
      expect(readPlan(file).objectives).toHaveLength(15);
      // Esc is the way out; the plan is as it is again.
      await page.keyboard.press('Escape');
      await bar.waitFor({ state: 'hidden' });
      await expect.poll(() => card(page, 'Instrument the last 50 trucks').count(), { timeout: 15_000 }).toBe(0);

      // Close the cycle: the plan is recorded and read-only.
      const cycles = await openFromToolbar(page, 'Cycles…', 'Cycles');
      const cycleName = cycles.getByRole('textbox', { name: 'Name of the cycle' });
      await cycleName.fill('Q1 2027');
      await cycles.getByRole('button', { name: 'Close cycle' }).click();
      await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 15_000 }).toMatch(/Closed “Q1 2027”/);
      await expect.poll(() => page.getByRole('status').getAttribute('title')).toMatch(/“Q1 2027” is closed/);
      await page.getByRole('button', { name: /Current value of “QBRs held”/ }).click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('20');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/cycle is closed/);
      expect(readPlan(file).keyResults.find((k) => k.title === 'QBRs held')?.current).toBe(15);

      // Start the next cycle: the dialog's choices by keyboard.
      const next = await openFromToolbar(page, 'Cycles…', 'Cycles');
      await next.getByRole('textbox', { name: 'Name of the next cycle' }).fill('Q2 2027');
      const group = next.getByRole('group', { name: 'Win back trust with key accounts' });
      await group.getByRole('radio', { name: 'Carry over' }).focus();
      await page.keyboard.press('ArrowRight');
      expect(await group.getByRole('radio', { name: 'Reset' }).isChecked()).toBe(true);
      const cold = next.getByRole('group', { name: 'Grow revenue from temperature-controlled freight' });
      await cold.getByRole('radio', { name: 'Drop' }).check();
      await expect.poll(() => next.textContent()).toMatch(/key results carried over, \d+ reset/);
      await screenshot(page, 'history-02-next-cycle-dialog');
      expect(await axeSerious(page)).toEqual([]);
      await next.getByRole('button', { name: 'Start next cycle' }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 15_000 }).toMatch(/Started “Q2 2027”/);
      const after = readPlan(file);
      expect(after.keyResults.find((k) => k.title === 'QBRs held')).toMatchObject({ start: 0, current: 0 });
      expect(after.keyResults.find((k) => k.title === 'Cold-chain revenue')).toBeUndefined();
      expect(after.keyResults.find((k) => k.title === 'Late arrivals on pilot routes')).toMatchObject({ start: 11, current: 11 });

      // The closed cycle stays viewable, read-only.
      const view = await openFromToolbar(page, 'Cycles…', 'Cycles');
      await view.getByRole('button', { name: 'View “Q1 2027”' }).click();
      await bar.waitFor();
      await expect.poll(() => bar.textContent()).toMatch(/Viewing snapshot “Q1 2027 \(closed\)”/);
      await expect.poll(() => page.getByRole('button', { name: /Current value of “Cold-chain revenue”: 2\.4/ }).count()).toBe(1);
      await page.keyboard.press('Escape');
      await bar.waitFor({ state: 'hidden' });
      expect(errors).toEqual([]);
      await close();
    } finally {
      await app.stop();
    }
  }, 120_000);
});
