import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tmpDir } from '../helpers/tmp';
import { readPlan, useBrowser } from './browser';
import { type WebApp, openApp, pageErrors, screenshot, stallsNamed, startWebApp } from './harness';

const browser = useBrowser();


async function withExample(run: (page: Page, file: string, app: WebApp) => Promise<void>): Promise<void> {
  const file = path.join(tmpDir(), 'Method.cascade');
  const t0 = Date.now();
  // Says where a test that vitest is about to time out still is, before any page can give a trace.
  const watchdog = setTimeout(() => console.error(`still starting the app or opening its page after 25 s`), 25_000);
  const app = await startWebApp(['--file', file]);
  const started = Date.now() - t0;
  try {
    const page = await openApp(browser(), app.url);
    clearTimeout(watchdog);
    const opened = Date.now() - t0;
    await stallsNamed(page, run(page, file, app), Math.max(1000, 25_000 - opened), `server up after ${started} ms, page ready after ${opened} ms`);
    expect(pageErrors(page)).toEqual([]);
  } finally {
    clearTimeout(watchdog);
    await app.stop();
  }
}

const card = (page: Page, title: RegExp | string) => page.getByRole('article', { name: title });

describe('the method inside the app, in Chromium', () => {
  // Retried once, like the two tests below: this is the third test of the file that has stalled
  // (30 s) in a fresh-clone CI run under a full suite's load (2026-12-05, last run), never in runs
  // here. A stall now prints the page's own trace (stallsNamed), kept in the log even when the
  // retry passes, so the next one names its cause.
  it('sends a compliance task through the So What? questions to the shelf, where it never counts', { retry: 1 }, async () => {
    await withExample(async (page, file) => {
      const kb = page.keyboard;
      await page.getByRole('heading', { name: /Pilot a Knowledge Gap Audit/ }).click();
      const before = await card(page, /Strategic Bridge: Deepen/).getByRole('progressbar').first().getAttribute('aria-valuenow');
      await kb.press('Enter'); // a sibling of the pilot
      await kb.type('Watch the annual data-protection training video');
      await kb.press('Enter');
      const gate = page.getByRole('dialog', { name: 'So what?' });
      await gate.waitFor();
      await expect.poll(() => gate.getByRole('button', { name: 'Yes (proposed)' }).count()).toBe(1);
      await screenshot(page, '10-gate-compliance');
      await kb.press('Enter');
      await gate.waitFor({ state: 'hidden' });
      await expect.poll(() => card(page, /Watch the annual/).count()).toBe(0);
      await kb.press('h');
      const shelf = page.getByRole('region', { name: 'Compliance tasks' });
      await expect.poll(() => shelf.getByText('Watch the annual data-protection training video').isVisible()).toBe(true);
      await screenshot(page, '11-shelf');
      const after = await card(page, /Strategic Bridge: Deepen/).getByRole('progressbar').first().getAttribute('aria-valuenow');
      expect(after).toBe(before);
      const stored = readPlan(file).objectives.find((o) => o.title.startsWith('Watch the annual'))!;
      expect(stored.gate).toBe('compliance');
      // Moving it back keeps all its data.
      await shelf.getByRole('button', { name: /Move “Watch the annual.*” into the cascade/ }).click();
      await expect.poll(() => card(page, /Watch the annual/).count()).toBe(1);
      expect(readPlan(file).objectives.find((o) => o.id === stored.id)).toMatchObject({ gate: 'strategic', parentId: stored.parentId, title: stored.title });
    });
  });

  // Retried once, like the test below, for the same unexplained stall: one fresh-clone CI run on
  // 2026-12-05 timed out here (30 s) under a full suite's load; 7 runs of this file with three CPU
  // hogs beside it all passed in ~1.4 s. The cause is not found; see the comment on that test.
  it('answers the questions one by one with Y and N, and skips with Escape', { retry: 1 }, async () => {
    await withExample(async (page, file) => {
      const kb = page.keyboard;
      await page.getByRole('heading', { name: /Pilot a Knowledge Gap Audit/ }).click();
      await kb.press('Enter');
      await kb.type('Update the CRM after every client call');
      await kb.press('Enter');
      const gate = page.getByRole('dialog', { name: 'So what?' });
      await gate.waitFor();
      await kb.press('n'); // not a compliance task
      await kb.press('y'); // a static job requirement
      await gate.waitFor({ state: 'hidden' });
      await expect.poll(() => readPlan(file).objectives.find((o) => o.title.startsWith('Update the CRM'))?.gate).toBe('job_requirement');
      await page.getByRole('heading', { name: /Pilot a Knowledge Gap Audit/ }).click();
      await kb.press('Enter');
      await kb.type('Reduce onboarding time for Tier-1 accounts');
      await kb.press('Enter');
      await gate.waitFor();
      await kb.press('Escape');
      await gate.waitFor({ state: 'hidden' });
      await expect.poll(() => readPlan(file).objectives.find((o) => o.title.startsWith('Reduce onboarding'))?.gate).toBe('skipped');
    });
  });

  // Retried once: under CI's load this test has timed out waiting for the So What? dialog (2 of
  // about 10 full runs, 2026-12-04/05), never in 21 runs of it alone, with 3 CPU hogs beside it or
  // at 8× CPU throttling. Each wait now has its own limit, so the next failure names its step.
  it('flags a number-named objective on its card and in the coach, and stores a dismissal with its reason', { retry: 1 }, async () => {
    await withExample(async (page, file) => {
      const kb = page.keyboard;
      await page.getByRole('heading', { name: /Deepen Client Relationships/ }).click();
      await kb.press('Tab');
      await kb.type('Increase revenue by 20%');
      await kb.press('Enter');
      await page.getByRole('dialog', { name: 'So what?' }).waitFor({ timeout: 10_000 });
      await kb.press('Enter');
      const badge = card(page, /Increase revenue by 20%/).getByRole('listitem').filter({ hasText: 'Named after a number' });
      await expect.poll(() => badge.isVisible()).toBe(true);
      await kb.press('c');
      const finding = page.getByRole('list', { name: 'Findings' }).getByRole('listitem').filter({ hasText: 'Increase revenue by 20%' }).filter({ hasText: 'Named after a number' });
      await expect.poll(() => finding.isVisible()).toBe(true);
      await screenshot(page, '12-coach');
      await finding.getByRole('button', { name: 'Dismiss…' }).click();
      await page.getByRole('textbox', { name: 'Why set this aside?' }).fill('Board-mandated wording for this quarter');
      await page.getByRole('button', { name: 'Dismiss', exact: true }).click();
      await expect.poll(() => badge.count()).toBe(0);
      const stored = readPlan(file);
      const target = stored.objectives.find((o) => o.title === 'Increase revenue by 20%')!;
      expect(stored.dismissals).toMatchObject([{ subjectId: target.id, rule: 'number-title', reason: 'Board-mandated wording for this quarter' }]);
    });
  });

  it('focuses a branch with F, shows the breadcrumb, and steps back out with Escape', async () => {
    await withExample(async (page) => {
      await page.getByRole('heading', { name: /Deepen Client Relationships/ }).click();
      await page.keyboard.press('f');
      const crumbs = page.getByRole('navigation', { name: 'Focused branch' });
      await expect.poll(() => crumbs.isVisible()).toBe(true);
      await expect.poll(() => card(page, /North Star: Grow/).count()).toBe(0);
      await expect.poll(() => card(page, /Strategic Bridge: Deepen/).count()).toBe(1);
      await screenshot(page, '13-focus');
      await page.keyboard.press('Escape');
      await expect.poll(() => crumbs.count()).toBe(0);
      await expect.poll(() => card(page, /North Star: Grow/).count()).toBe(1);
    });
  });

  it('dims what a filter leaves out, without hiding or changing anything', async () => {
    await withExample(async (page) => {
      await page.keyboard.press('/');
      await page.getByRole('combobox', { name: 'Owner' }).selectOption('Dana');
      await expect.poll(() => card(page, /North Star: Grow/).getAttribute('class')).toContain('dimmed');
      await expect.poll(() => card(page, /Contribution: Pilot/).getAttribute('class')).not.toContain('dimmed');
      await screenshot(page, '14-filter');
      await expect.poll(() => page.getByRole('article').count()).toBe(3);
      // Escape on the canvas closes the filters, and nothing stays dimmed.
      await page.getByRole('heading', { name: /Pilot a Knowledge Gap Audit/ }).click();
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('search', { name: 'Filter the cascade' }).count()).toBe(0);
      await expect.poll(() => card(page, /North Star: Grow/).getAttribute('class')).not.toContain('dimmed');
    });
  });

  it('edits every field of an objective and a key result in the inspector, and shows the line of sight', async () => {
    await withExample(async (page, file) => {
      await page.getByRole('heading', { name: /Pilot a Knowledge Gap Audit/ }).click();
      await page.keyboard.press('i');
      await expect.poll(() => page.getByLabel('Line of sight').textContent()).toBe(
        'Dana’s ‘Pilot a Knowledge Gap Audit…’ → bridge ‘Deepen Client Relationships…’ → North Star ‘Grow Strategic Advisory Revenue’',
      );
      const owner = page.getByRole('textbox', { name: 'Owner', exact: true });
      await owner.fill('Dana Reyes');
      await owner.press('Enter');
      await page.getByRole('combobox', { name: 'Kind', exact: true }).first().selectOption('binary');
      await expect.poll(() => readPlan(file).keyResults.find((k) => k.title.startsWith('Secure $20k'))?.kind).toBe('binary');
      await expect.poll(() => readPlan(file).objectives.find((o) => o.title.startsWith('Pilot'))?.owner).toBe('Dana Reyes');
      await screenshot(page, '15-inspector');
    });
  });

  it('keeps a health metric on the shelf with a threshold that reads healthy or unhealthy, outside the roll-up', async () => {
    await withExample(async (page, file) => {
      const before = await card(page, /North Star: Grow/).getByRole('progressbar').first().getAttribute('aria-valuenow');
      await page.keyboard.press('h');
      await page.getByRole('button', { name: '+ Health metric' }).click();
      const metrics = page.getByRole('region', { name: 'Health metrics' });
      await expect.poll(() => metrics.getByText('Unhealthy').isVisible()).toBe(true);
      await page.keyboard.press('i');
      const title = page.getByRole('textbox', { name: 'Objective', exact: true });
      await title.fill('Keep customer satisfaction healthy');
      await title.press('Enter');
      const current = page.getByRole('textbox', { name: 'Current', exact: true });
      await current.fill('93');
      await current.press('Enter');
      await page.getByRole('tab', { name: /Shelf/ }).click();
      await expect.poll(() => metrics.getByText('Healthy', { exact: true }).isVisible()).toBe(true);
      await screenshot(page, '16-health-metric');
      const stored = readPlan(file);
      const metric = stored.objectives.find((o) => o.title === 'Keep customer satisfaction healthy')!;
      expect(metric.gate).toBe('health_metric');
      expect(stored.keyResults.find((k) => k.objectiveId === metric.id)).toMatchObject({ kind: 'stay_above', target: 90, current: 93 });
      expect(await card(page, /North Star: Grow/).getByRole('progressbar').first().getAttribute('aria-valuenow')).toBe(before);
    });
  });
});
