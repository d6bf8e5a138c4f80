import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPlanDb } from '../../electron/db/open';
import { defaultPlanPath } from '../../electron/paths';
import { tmpDir } from '../helpers/tmp';
import { readPlan, useBrowser } from './browser';
import { openApp, pageErrors, screenshot, startWebApp } from './harness';

const browser = useBrowser();


describe('browser mode, in Chromium', () => {
  it('shows the example cascade in the default plan on first launch', async () => {
    const config = tmpDir();
    const app = await startWebApp([], { XDG_CONFIG_HOME: config });
    try {
      const page = await openApp(browser(), app.url);
      for (const title of [
        'Grow Strategic Advisory Revenue',
        'Deepen Client Relationships via Continuous Learning Programs',
        'Pilot a Knowledge Gap Audit for Tier-1 accounts to drive organic retraining growth',
      ]) {
        await expect.poll(() => page.getByRole('heading', { name: title }).isVisible()).toBe(true);
      }
      await expect.poll(() => page.getByText('Achieve $200k in initial training sales').isVisible()).toBe(true);
      await expect.poll(() => page.getByText('Secure $20k in new retraining contracts from gaps identified during the pilot').isVisible()).toBe(true);
      await expect.poll(() => page.getByRole('status').textContent()).toContain('All changes saved');
      await screenshot(page, '01-example-cascade');
      expect(pageErrors(page)).toEqual([]);
      const file = defaultPlanPath(path.join(config, 'Cascade Planner'));
      expect(readPlan(file).objectives).toHaveLength(3);
    } finally {
      await app.stop();
    }
  });

  it('keeps a KR value edited inline across a restart of the server', async () => {
    const file = path.join(tmpDir(), 'Review.cascade');
    let app = await startWebApp(['--file', file]);
    try {
      const page = await openApp(browser(), app.url);
      await page.getByRole('button', { name: /Current value of “Achieve \$200k in initial training sales”/ }).click();
      const box = page.getByRole('textbox', { name: 'Achieve $200k in initial training sales' });
      await box.fill('120k');
      await box.press('Enter');
      await expect.poll(() => box.count()).toBe(0);
      await expect.poll(() => page.getByRole('button', { name: /Current value of “Achieve \$200k.*”: \$120k/ }).count()).toBe(1);
      await expect.poll(() => page.getByRole('status').textContent()).toContain('All changes saved');
      await screenshot(page, '02-kr-edited');
    } finally {
      await app.stop();
    }
    const kr = readPlan(file).keyResults.find((k) => k.title === 'Achieve $200k in initial training sales')!;
    expect(kr.current).toBe(120_000);

    app = await startWebApp(['--file', file]);
    try {
      const page = await openApp(browser(), app.url);
      await expect.poll(() => page.getByRole('button', { name: /Current value of “Achieve \$200k.*”: \$120k/ }).count()).toBe(1);
      // The North Star's roll-up follows: (60% + 30% + 67%) / 3 plus its bridge.
      expect(pageErrors(page)).toEqual([]);
    } finally {
      await app.stop();
    }
  });

  it('refuses a value that is not a number, says why, and writes nothing', async () => {
    const file = path.join(tmpDir(), 'Typos.cascade');
    const app = await startWebApp(['--file', file]);
    try {
      const before = readPlan(file);
      const page = await openApp(browser(), app.url);
      await page.getByRole('button', { name: /Current value of “Secure \$100k in retraining contracts”/ }).click();
      const box = page.getByRole('textbox', { name: 'Secure $100k in retraining contracts' });
      await box.fill('about thirty');
      await box.press('Enter');
      const alert = page.getByRole('alert').filter({ hasText: 'is not a number' });
      await expect.poll(() => alert.isVisible()).toBe(true);
      expect(await box.getAttribute('aria-invalid')).toBe('true');
      await screenshot(page, '03-not-a-number');
      await box.press('Escape');
      await expect.poll(() => page.getByRole('button', { name: /Current value of “Secure \$100k.*”: \$30k/ }).count()).toBe(1);
      expect(readPlan(file)).toEqual(before);
    } finally {
      await app.stop();
    }
  });

  it('builds a three-level cascade with the keyboard only', async () => {
    const file = path.join(tmpDir(), 'Keyboard.cascade');
    openPlanDb(file, { create: true }).close();
    const app = await startWebApp(['--file', file]);
    try {
      const page = await openApp(browser(), app.url);
      const kb = page.keyboard;
      // The first Tab reaches "+ Objective" in the toolbar; with nothing selected it adds a North Star.
      // Types into the open text box, commits with Enter, and waits for the box to close.
      const enter = async (name: string | RegExp, text: string) => {
        const box = page.getByRole('textbox', { name });
        await box.waitFor();
        await kb.type(text);
        await kb.press('Enter');
        await box.waitFor({ state: 'detached' });
      };
      // A newly named objective meets the "So What?" questions; Enter accepts the proposal.
      const acceptGate = async () => {
        const gate = page.getByRole('dialog', { name: 'So what?' });
        await gate.waitFor();
        await kb.press('Enter');
        await gate.waitFor({ state: 'hidden' });
      };
      // The first Tab reaches "+ Objective" in the toolbar; with nothing selected it adds a North Star.
      await kb.press('Tab');
      await kb.press('Enter');
      await enter('Title of north star', 'Become the trusted partner for public-sector digital services');
      await acceptGate();
      await kb.press('Tab');
      await enter('Title of strategic bridge', 'Make every citizen form finishable on a phone');
      await acceptGate();
      await kb.press('Tab');
      await enter('Title of contribution', 'Pilot a plain-language rewrite of the ten busiest forms');
      await acceptGate();
      await kb.press('Control+k');
      await enter(/Title of key result/, 'Raise mobile completion of the pilot forms to 80%');
      await kb.press('Enter'); // on the focused KR: edit its value
      await enter('Raise mobile completion of the pilot forms to 80%', '35');
      await expect.poll(() => page.getByRole('status').textContent()).toContain('All changes saved');
      await screenshot(page, '04-keyboard-cascade');

      const { objectives, keyResults } = readPlan(file);
      const [star, bridge, contribution] = ['Become', 'Make every', 'Pilot'].map((p) => objectives.find((o) => o.title.startsWith(p))!);
      expect(objectives).toHaveLength(3);
      expect([star!.level, bridge!.level, contribution!.level]).toEqual(['north_star', 'bridge', 'contribution']);
      expect(objectives.map((o) => o.gate)).toEqual(['strategic', 'strategic', 'strategic']);
      expect(star!.parentId).toBeNull();
      expect(bridge!.parentId).toBe(star!.id);
      expect(contribution!.parentId).toBe(bridge!.id);
      expect(keyResults).toMatchObject([{ objectiveId: contribution!.id, title: 'Raise mobile completion of the pilot forms to 80%', current: 35 }]);
      expect(pageErrors(page)).toEqual([]);
    } finally {
      await app.stop();
    }
  });

  it('deletes with the Delete key and brings the branch back with Ctrl+Z', async () => {
    const file = path.join(tmpDir(), 'Undo.cascade');
    const app = await startWebApp(['--file', file]);
    try {
      const page = await openApp(browser(), app.url);
      await page.getByRole('heading', { name: 'Deepen Client Relationships via Continuous Learning Programs' }).click();
      await page.keyboard.press('Delete');
      await expect.poll(() => page.getByRole('heading', { name: /Pilot a Knowledge Gap Audit/ }).count()).toBe(0);
      await expect.poll(() => readPlan(file).objectives.length).toBe(1);
      await page.keyboard.press('Control+z');
      await expect.poll(() => page.getByRole('heading', { name: /Pilot a Knowledge Gap Audit/ }).count()).toBe(1);
      await expect.poll(() => readPlan(file).objectives.length).toBe(3);
      await page.keyboard.press('Control+Shift+z');
      await expect.poll(() => readPlan(file).objectives.length).toBe(1);
    } finally {
      await app.stop();
    }
  });
});
