import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { smashPage, rootPage } from '../helpers/damage';
import { tmpDir } from '../helpers/tmp';
import { readPlan, useBrowser } from './browser';
import { openApp, pageErrors, screenshot, startWebApp } from './harness';

const browser = useBrowser();

/** A plan that has been opened once (so it has a backup), then damaged on disk. */
async function damagedPlan() {
  const config = tmpDir();
  const file = path.join(tmpDir(), 'Strategy 2026.cascade');
  const first = await startWebApp(['--file', file], { XDG_CONFIG_HOME: config });
  await first.stop();
  // An index page turned to garbage: SQLite's check fails, while the rows themselves can still be read.
  smashPage(file, rootPage(file, 'key_results_by_objective'));
  return { config, file, damagedBytes: fs.readFileSync(file) };
}

describe('a damaged plan in browser mode', () => {
  it('is never opened for editing: the page says what is wrong, offers restore / recover / read-only, and restores the newest backup', async () => {
    const { config, file, damagedBytes } = await damagedPlan();
    const app = await startWebApp(['--file', file], { XDG_CONFIG_HOME: config });
    try {
      const page = await openApp(browser(), app.url);
      const dialog = page.getByRole('dialog', { name: /cannot be opened for editing/ });
      await dialog.waitFor();
      await expect.poll(() => dialog.textContent()).toMatch(/is damaged: .*It was not opened for editing/);
      for (const name of [/Restore the newest backup/, /Recover what can be read into a new plan/, /Open it read-only/]) {
        await expect.poll(() => dialog.getByRole('button', { name }).isVisible(), { timeout: 15_000 }).toBe(true);
      }
      await screenshot(page, 'recovery-01-damaged-plan');
      // Escape does not dismiss it into some other plan.
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      expect(await dialog.isVisible()).toBe(true);
      // Nothing was written to the damaged file.
      expect(fs.readFileSync(file).equals(damagedBytes)).toBe(true);

      await dialog.getByRole('button', { name: /Restore the newest backup/ }).click();
      await expect.poll(() => page.getByRole('heading', { name: 'Grow Strategic Advisory Revenue' }).isVisible(), { timeout: 15_000 }).toBe(true);
      await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 15_000 }).toMatch(/Restored the backup of/);
      expect(readPlan(file).objectives).toHaveLength(3);

      // The backups, from the keyboard: the top bar's Backups… button.
      await page.getByRole('button', { name: 'Backups…' }).focus();
      await page.keyboard.press('Enter');
      const backups = page.getByRole('dialog', { name: 'Restore from Backup' });
      await backups.waitFor();
      await expect.poll(() => backups.getByRole('button', { name: /^Restore the backup of/ }).count()).toBeGreaterThanOrEqual(2);
      await screenshot(page, 'recovery-02-backups-dialog');
      await page.keyboard.press('Escape');
      await expect.poll(() => backups.isVisible()).toBe(false);
      expect(pageErrors(page)).toEqual([]);
    } finally {
      await app.stop();
    }
  });

  it('recovers what can be read into a new plan and says how much was saved', async () => {
    const { config, file, damagedBytes } = await damagedPlan();
    const app = await startWebApp(['--file', file], { XDG_CONFIG_HOME: config });
    try {
      const page = await openApp(browser(), app.url);
      const dialog = page.getByRole('dialog', { name: /cannot be opened for editing/ });
      await dialog.getByRole('button', { name: /Recover what can be read/ }).click();
      await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 15_000 }).toMatch(/Recovered 3 of 3 objectives and \d+ of \d+ key results into a new plan, “Strategy 2026 \(recovered\)\.cascade”/);
      await expect.poll(() => page.getByRole('heading', { name: 'Grow Strategic Advisory Revenue' }).isVisible(), { timeout: 15_000 }).toBe(true);
      const recovered = path.join(path.dirname(file), 'Strategy 2026 (recovered).cascade');
      expect(readPlan(recovered).objectives).toHaveLength(3);
      expect(fs.readFileSync(file).equals(damagedBytes)).toBe(true);
      expect(pageErrors(page)).toEqual([]);
    } finally {
      await app.stop();
    }
  });
});
