import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tmpDir } from '../helpers/tmp';
import { readPlan, useBrowser } from './browser';
import { openApp, pageErrors, screenshot, startWebApp } from './harness';

const browser = useBrowser();
const HANDBOOK = path.resolve('test/fixtures/handbook-okrs.md');
/** Reading the outline loads the import code first: on a busy machine that is seconds, not a timing claim. */
const WAIT = { timeout: 30_000 };

describe('importing a published handbook outline in the app, in Chromium', () => {
  it('previews what each convention produced, re-reads when one is switched off, and imports the whole page', async () => {
    const file = path.join(tmpDir(), 'Handbook.cascade');
    const app = await startWebApp(['--file', file]);
    try {
      const page = await openApp(browser(), app.url);
      await page.keyboard.press('Control+i');
      const dialog = page.getByRole('dialog', { name: 'Import' });
      await dialog.getByLabel('File (Markdown outline, CSV, Excel, JSON or OPML)').setInputFiles(HANDBOOK);
      await expect.poll(() => dialog.getByRole('status').textContent(), WAIT).toBe('handbook-okrs.md: 130 objectives, 267 key results');

      // Each convention says what it produced; the preview shows owner, title and key results per row.
      const roles = dialog.getByRole('checkbox', { name: /“Role:” prefix → owner/ });
      const sentences = dialog.getByRole('checkbox', { name: /Sentences → key results/ });
      expect(await roles.isChecked()).toBe(true);
      expect(await dialog.locator('.import-conventions').textContent()).toContain('(129 owners)');
      const croRow = dialog.getByRole('row', { name: /Win the enterprise segment in every region/ });
      expect(await croRow.getByRole('cell').nth(1).textContent()).toBe('CRO');
      const croKrs = dialog.getByRole('list', { name: 'Key results of “Win the enterprise segment in every region”' });
      expect(await croKrs.getByRole('listitem').allTextContents()).toEqual([
        'Close 40 enterprise deals above $100k — 0 deals → 40 deals',
        'Grow the qualified pipeline from $18M to $26M — $18m → $26m',
        'Keep the average sales cycle below 95 days — 95 days → 95 days',
      ]);
      // A progress note ("=> 70%") is where the key result stands now.
      expect(await dialog.getByRole('list', { name: 'Key results of “Close the largest quarter in AMER history”' }).getByRole('listitem').first().textContent()).toBe(
        'Book $6.2M in new ARR — $0 → $4.3m → $6.2m',
      );
      // A key result whose numbers could not be read says so on its row.
      const billing = dialog.getByRole('row', { name: /Bill correctly the first time/ });
      expect(await billing.textContent()).toMatch(/⚠ the key result “Send every reciept within one business d…” gives no number to measure/);
      await screenshot(page, '40-import-handbook-preview');

      // Switching the Role: convention off re-reads the outline: the role stays in the title, no owner.
      await roles.uncheck();
      await expect.poll(() => dialog.getByRole('row', { name: /CRO: Win the enterprise segment/ }).count(), WAIT).toBe(1);
      expect(await dialog.getByRole('row', { name: /CRO: Win the enterprise segment/ }).getByRole('cell').nth(1).textContent()).toBe('');
      expect(await dialog.locator('.import-conventions').textContent()).toContain('(off)');
      await screenshot(page, '41-import-handbook-roles-off');
      // Sentences off: the key results stay in the title.
      await sentences.uncheck();
      await expect.poll(() => dialog.getByRole('status').textContent(), WAIT).toBe('handbook-okrs.md: 130 objectives, 0 key results');
      await sentences.check();
      await roles.check();
      await expect.poll(() => dialog.getByRole('status').textContent(), WAIT).toBe('handbook-okrs.md: 130 objectives, 267 key results');

      await dialog.getByRole('button', { name: 'Import 130 objectives' }).click();
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => readPlan(file).objectives.length, WAIT).toBe(3 + 130);
      const { objectives, keyResults } = readPlan(file);
      expect(objectives.find((o) => o.title === 'Win the enterprise segment in every region')).toMatchObject({ owner: 'CRO', level: 'bridge' });
      expect(keyResults.find((k) => k.title === 'Grow the qualified pipeline from $18M to $26M')).toMatchObject({ start: 18e6, target: 26e6, unit: '$' });
      expect(pageErrors(page)).toEqual([]);
    } finally {
      await app.stop();
    }
  });
});
