import { describe, expect, it } from 'vitest';
import { HANDBOOK_CLONES, writeHandbookPlan } from '../coach/handbook';
import { REWORDED, writeRewordedPlan } from '../coach/reworded';
import { tmpDir } from '../helpers/tmp';
import { useBrowser } from './browser';
import { openApp, pageErrors, screenshot, startWebApp } from './harness';

const browser = useBrowser();

describe('the coach on a handbook-shaped plan, in Chromium', () => {
  it('lists a clone group once, naming the original and every copy across branches, and each leads to its card', async () => {
    const { file, objectives } = writeHandbookPlan(tmpDir());

    const app = await startWebApp(['--file', file]);
    try {
      const page = await openApp(browser(), app.url);
      await page.keyboard.press('c');
      const findings = page.getByRole('list', { name: 'Findings' });
      const group = findings.getByRole('listitem').filter({ hasText: 'Restates another goal' }).filter({ hasText: 'one of 4 objectives' });
      await expect.poll(() => group.count()).toBe(1);
      // A plan this size is checked on the page's own thread: no worker is loaded for it.
      expect(page.workers()).toEqual([]);
      const copies = group.getByRole('list', { name: 'The same objective in 4 places' }).getByRole('button');
      expect(await copies.allTextContents()).toEqual(HANDBOOK_CLONES.deliver);
      // Each copy is listed once: the other copies' own findings are folded into the group.
      expect(await findings.getByRole('listitem').filter({ hasText: 'Restates another goal' }).filter({ hasText: 'This copies “Deliver' }).count()).toBe(1);
      await group.scrollIntoViewIfNeeded();
      await screenshot(page, '30-coach-clone-group');

      await copies.nth(3).click();
      const fulfillment = objectives.find((o) => o.owner === 'Fulfillment team')!.id;
      await expect.poll(() => page.evaluate(() => (window as Window & { __cascadeSelected?: () => string | null }).__cascadeSelected?.())).toBe(fulfillment);
      expect(pageErrors(page)).toEqual([]);
    } finally {
      await app.stop();
    }
  });

  it('names a goal reworded for another team a copy, once the word vectors have loaded beside the first screen', async () => {
    const { file } = writeRewordedPlan(tmpDir());
    const app = await startWebApp(['--file', file]);
    try {
      const page = await openApp(browser(), app.url);
      await page.keyboard.press('c');
      const group = page.getByRole('list', { name: 'Findings' }).getByRole('listitem').filter({ hasText: 'Restates another goal' }).filter({ hasText: 'one of 2 objectives' });
      await expect.poll(() => group.count()).toBe(1);
      expect(await group.getByRole('list', { name: 'The same objective in 2 places' }).getByRole('button').allTextContents()).toEqual(REWORDED);
      await screenshot(page, '31-coach-reworded-copy');
      expect(pageErrors(page)).toEqual([]);
    } finally {
      await app.stop();
    }
  });
});
