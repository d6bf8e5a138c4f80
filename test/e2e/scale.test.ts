import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePlanFile } from '../../electron/db/bulk';
import { generatePlan } from '../helpers/generate';
import { tmpDir } from '../helpers/tmp';
import { useBrowser } from './browser';
import { openApp, pageErrors, screenshot, startWebApp } from './harness';

const browser = useBrowser();

describe('a 2,000-objective plan, in Chromium', () => {
  it('mounts only the cards in view, and an edit touches only the edited card and its ancestors', async () => {
    const file = path.join(tmpDir(), 'Large.cascade');
    const plan = generatePlan({ n: 2000, shape: 'org', seed: 7 });
    writePlanFile(file, plan.objectives, plan.keyResults);
    const app = await startWebApp(['--file', file]);
    try {
      const page = await openApp(browser(), app.url);
      await expect.poll(() => page.getByRole('article').count()).toBeGreaterThan(0);
      const mounted = await page.getByRole('article').count();
      expect(mounted).toBeLessThan(200);
      await expect.poll(() => page.getByText('2,000 objectives').isVisible()).toBe(true);
      await screenshot(page, '30-large-plan');
      // The first findings pass (after the coach's word vectors load) badges cards all over the plan.
      await expect.poll(() => page.evaluate(() => (window as unknown as { __cascadeStats: () => { findingsPasses: number } }).__cascadeStats().findingsPasses)).toBeGreaterThan(0);

      // Watch which cards change while one KR value is edited.
      await page.evaluate(() => {
        const touched = new Set<string>();
        (window as unknown as { touched: Set<string> }).touched = touched;
        new MutationObserver((records) => {
          for (const r of records) {
            const card = (r.target instanceof Element ? r.target : r.target.parentElement)?.closest('.card');
            if (card) touched.add(card.getAttribute('data-id') ?? '?');
          }
        }).observe(document.querySelector('.react-flow__nodes')!, { subtree: true, childList: true, characterData: true, attributes: true });
      });
      const value = page.getByRole('button', { name: /^Current value of/ }).first();
      const cardId = await value.evaluate((el) => el.closest('.card')!.getAttribute('data-id'));
      await value.click();
      const box = page.getByRole('textbox').first();
      await box.fill('12345');
      await box.press('Enter');
      await expect.poll(() => page.getByRole('status').textContent()).toContain('All changes saved');
      await page.waitForTimeout(400); // let the debounced findings pass run as well
      const touched = await page.evaluate(() => [...(window as unknown as { touched: Set<string> }).touched]);
      const ancestors = new Set<string>();
      for (let id: string | null = cardId; id; id = plan.objectives.find((o) => o.id === id)?.parentId ?? null) ancestors.add(id);
      expect(touched.length).toBeGreaterThan(0);
      for (const id of touched) expect(ancestors.has(id), `card ${id} re-rendered`).toBe(true);

      // Moving across the plan with the keyboard mounts what comes into view.
      await page.getByRole('article').first().click();
      for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('card'))).toBe(true);
      expect(await page.getByRole('article').count()).toBeLessThan(200);
      expect(pageErrors(page)).toEqual([]);
    } finally {
      await app.stop();
    }
  });
});
