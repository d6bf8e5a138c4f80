import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { closePlanDb, openPlanDb } from '../../electron/db/open';
import { PlanRepo } from '../../electron/db/repo';
import { tmpDir } from '../helpers/tmp';
import { useBrowser } from './browser';
import { type WebApp, canvasZoom, openApp, pageErrors, screenshot, startWebApp } from './harness';

const browser = useBrowser();

/** A day `n` days before today, where the test runs (local time), as the app writes it. */
function daysAgo(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() - n);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The plan file as a later launch would read it: each KR's value and its check-ins. */
function readKr(file: string, titleStart: string) {
  const db = openPlanDb(file, { readOnly: true });
  try {
    const repo = new PlanRepo(db);
    const kr = repo.keyResults().find((k) => k.title.startsWith(titleStart))!;
    return { current: kr.current, checkIns: repo.checkIns.ofKr(kr.id) };
  } finally {
    closePlanDb(db);
  }
}

async function withExample(run: (page: Page, file: string) => Promise<void>): Promise<void> {
  const file = path.join(tmpDir(), 'Example.cascade');
  const app: WebApp = await startWebApp(['--file', file]);
  try {
    const page = await openApp(browser(), app.url);
    await run(page, file);
    expect(pageErrors(page)).toEqual([]);
  } finally {
    await app.stop();
  }
}

const card = (page: Page, title: RegExp) => page.getByRole('article', { name: title });
/** Writes go through a backend on a shared, loaded machine: wait for what the user would see, generously. */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

describe('check-ins, as of a date, and check-in mode in Chromium', () => {
  it('opens the example mid-flight with trend lines, and keeps a back-dated check-in from moving today’s value', async () => {
    await withExample(async (page, file) => {
      // The example's periods sit around today: nothing opens red, and the bridge (no period of its
      // own) takes the North Star's year.
      await poll(() => page.locator('.status-chip').count()).toBe(3);
      expect(await page.locator('.status-chip.off_track').count()).toBe(0);
      expect(await card(page, /Strategic Bridge: Deepen/).locator('.status-chip').textContent()).toMatch(/On track|At risk/);
      const trend = card(page, /North Star: Grow/).getByRole('img', { name: /^Trend of “Achieve \$200k.*5 check-ins, from \$20k on .* to \$85k on / });
      await trend.waitFor();
      await screenshot(page, '60-example-on-open');
      // At actual size (zoom 1), the card as it reads on screen.
      await page.keyboard.press('Control+0');
      await poll(() => canvasZoom(page)).toBe(1);
      await card(page, /North Star: Grow/).screenshot({ path: 'test-results/screenshots/61-card-trend-lines.png' });

      // The pilot's KR in the inspector: its check-ins, newest first.
      await page.getByRole('heading', { name: /Pilot a Knowledge Gap Audit/ }).click();
      await page.keyboard.press('i');
      const inspector = page.getByRole('complementary');
      await inspector.getByText('Check-ins (4)').click();
      const list = inspector.getByRole('list', { name: /Check-ins of “Secure \$20k/ });
      await poll(() => list.getByRole('listitem').count()).toBe(4);

      // Back-dated to last week: listed, but today's value stays the later check-in's.
      const form = inspector.getByRole('form', { name: /New check-in for “Secure \$20k/ });
      await form.getByLabel('Value').fill('5,500');
      await form.getByLabel('Date').fill(daysAgo(7));
      await form.getByLabel('Note').fill('late entry from the pilot call');
      await form.getByLabel('Confidence').selectOption('6');
      await form.getByLabel('Note').press('Enter');
      await poll(() => list.getByRole('listitem').count()).toBe(5);
      expect(readKr(file, 'Secure $20k')).toMatchObject({ current: 7000 });
      expect(readKr(file, 'Secure $20k').checkIns.find((c) => c.date === daysAgo(7))).toMatchObject({ value: 5500, note: 'late entry from the pilot call', confidence: 6 });

      // Today's check-in moves the value; deleting it puts the latest one before it back; undo restores it.
      await form.getByLabel('Value').fill('9000');
      await form.getByLabel('Date').fill(daysAgo(0));
      await form.getByLabel('Value').press('Enter');
      const value = card(page, /Contribution: Pilot/).getByRole('button', { name: /^Current value of “Secure \$20k/ });
      await poll(() => value.textContent()).toBe('$9,000');
      await list.scrollIntoViewIfNeeded();
      await screenshot(page, '62-inspector-checkins');
      await list.getByRole('button', { name: `Delete the check-in of ${daysAgo(0)}` }).click();
      await poll(() => value.textContent()).toBe('$7,000');
      expect(readKr(file, 'Secure $20k').current).toBe(7000);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+z');
      await poll(() => value.textContent()).toBe('$9,000');
      expect(readKr(file, 'Secure $20k')).toMatchObject({ current: 9000 });

      // Edit the back-dated one: a new date moves it in the list, the value today stays.
      await list.getByRole('button', { name: `Edit the check-in of ${daysAgo(7)}` }).click();
      const edit = inspector.getByRole('form', { name: `Check-in of ${daysAgo(7)}` });
      await edit.getByLabel('Date').fill(daysAgo(8));
      await edit.getByRole('button', { name: 'Save check-in' }).click();
      await poll(() => readKr(file, 'Secure $20k').checkIns.map((c) => c.date)).toContain(daysAgo(8));
      expect(readKr(file, 'Secure $20k').current).toBe(9000);
    });
  }, 120_000);

  it('shows the plan as of a past day, read-only, and comes back to today', async () => {
    await withExample(async (page) => {
      const value = card(page, /North Star: Grow/).getByRole('button', { name: /^Current value of “Achieve \$200k/ });
      await poll(() => value.textContent()).toBe('$85k');
      const before = await card(page, /North Star: Grow/).getByRole('progressbar').first().getAttribute('aria-valuenow');
      await page.getByLabel('View as of').fill(daysAgo(15));
      // 21 days ago it was $70k; the check-in 5 days ago had not happened yet.
      await poll(() => value.textContent()).toBe('$70k');
      const then = await card(page, /North Star: Grow/).getByRole('progressbar').first().getAttribute('aria-valuenow');
      expect(Number(then)).toBeLessThan(Number(before));
      await screenshot(page, '63-as-of-two-weeks-ago');
      await value.click();
      await poll(() => page.getByRole('alert').first().textContent()).toMatch(/viewing the plan as of .*cannot be changed/);
      expect(await page.locator('.kr-number-edit').count()).toBe(0);
      await page.getByRole('button', { name: 'Today' }).click();
      await poll(() => value.textContent()).toBe('$85k');
    });
  }, 120_000);

  it('walks a branch in check-in mode from the keyboard: value and note in one line, Enter saves, Esc leaves', async () => {
    await withExample(async (page, file) => {
      const kb = page.keyboard;
      await card(page, /North Star: Grow/).getByRole('img', { name: /^Trend of “Achieve/ }).waitFor();
      await page.getByRole('heading', { name: 'Grow Strategic Advisory Revenue' }).click();
      await kb.press('u');
      const mode = page.getByRole('dialog', { name: 'Check-in mode' });
      await mode.waitFor();
      // Not checked in for 7 days: the retraining contracts (14 days) and the Tier-1 accounts (14 days).
      await poll(() => mode.getByText('Key result 1 of 2').count()).toBe(1);
      expect(await mode.getByText(/^Secure \$100k/).count()).toBe(1);
      await kb.type('42k two renewals signed');
      await screenshot(page, '64-checkin-mode');
      await kb.press('Enter');
      await poll(() => mode.getByText('Key result 2 of 2').count()).toBe(1);
      await kb.type('six accounts');
      await kb.press('Enter');
      await poll(() => mode.getByRole('alert').textContent()).toMatch(/Start with the value.*“six” is not a number/);
      await kb.press('Control+a');
      await kb.type('6 Northwind enrolled');
      await kb.press('Enter');
      await poll(() => mode.getByRole('status').textContent()).toBe('Done: 2 of 2 key results checked in.');
      await kb.press('Escape');
      await mode.waitFor({ state: 'hidden' });
      const contracts = readKr(file, 'Secure $100k');
      expect(contracts.current).toBe(42_000);
      expect(contracts.checkIns.at(-1)).toMatchObject({ date: daysAgo(0), value: 42_000, note: 'two renewals signed' });
      expect(readKr(file, 'Enrol 12').checkIns.at(-1)).toMatchObject({ value: 6, note: 'Northwind enrolled' });
      await poll(() => card(page, /North Star: Grow/).getByRole('button', { name: /^Current value of “Secure \$100k/ }).textContent()).toBe('$42k');
    });
  }, 120_000);
});
