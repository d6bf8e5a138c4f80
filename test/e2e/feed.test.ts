import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cascade } from '../helpers/cli';
import { tmpDir } from '../helpers/tmp';
import { readPlan, useBrowser } from './browser';
import { openApp, pageErrors, screenshot, startWebApp } from './harness';

const browser = useBrowser();

const KR = 'Achieve $200k in initial training sales';
const valueButton = (page: Page, shown: string) =>
  page.getByRole('button', { name: `Current value of “${KR}”: ${shown}. Edit` });

async function setValue(page: Page, typed: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`Current value of “${KR.replace(/\$/g, '\\$')}”`) }).click();
  const box = page.getByRole('textbox', { name: KR });
  await box.fill(typed);
  await box.press('Enter');
  await expect.poll(() => box.count()).toBe(0);
}

const krValue = (file: string) => readPlan(file).keyResults.find((k) => k.title === KR)!.current;
const objectiveCount = (page: Page) => page.locator('.topbar .count').textContent();

/** Pastes an outline and imports it under the selected objective, as a user would. */
async function pasteImport(page: Page, lines: string[]): Promise<void> {
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data }));
  }, lines.join('\n'));
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByRole('button', { name: /^Import \d+ objectives?$/ }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('undo in the plan file', () => {
  it('takes back an import, a move and an edit after the server restarted, then redoes', { timeout: 120_000 }, async () => {
    const file = path.join(tmpDir(), 'Advisory.cascade');
    const config = tmpDir();
    let app = await startWebApp(['--file', file], { XDG_CONFIG_HOME: config });
    const original = readPlan(file);
    try {
      const page = await openApp(browser(), app.url);
      await setValue(page, '120k');
      await expect.poll(() => krValue(file)).toBe(120_000);
      // Move the contribution out a level (Alt+←): it lands under the North Star, after its old parent.
      await page.getByRole('heading', { name: /^Pilot a Knowledge Gap Audit/ }).click();
      await page.keyboard.press('Alt+ArrowLeft');
      const star = original.objectives.find((o) => o.parentId === null)!;
      await expect.poll(() => readPlan(file).objectives.find((o) => o.title.startsWith('Pilot a Knowledge Gap Audit'))!.parentId).toBe(star.id);
      await page.getByRole('heading', { name: /^Deepen Client Relationships/ }).click();
      await pasteImport(page, ['- Launch a client academy for Tier-1 accounts', '  - KR: Enrol accounts in the academy (0 → 0 → 8 accounts)']);
      await expect.poll(() => readPlan(file).objectives.length).toBe(4);
      await page.getByRole('button', { name: 'Undo “Import 1 objective and 1 key result”' }).waitFor();
      expect(pageErrors(page)).toEqual([]);
    } finally {
      await app.stop();
    }

    app = await startWebApp(['--file', file], { XDG_CONFIG_HOME: config });
    try {
      const page = await openApp(browser(), app.url);
      // The history came back with the file: the toolbar names what Undo takes back.
      await page.getByRole('button', { name: 'Undo “Import 1 objective and 1 key result”' }).waitFor();
      await page.keyboard.press('Control+z');
      await expect.poll(() => readPlan(file).objectives.length).toBe(3);
      await page.getByRole('alert').getByText('Undid “Import 1 objective and 1 key result”.').waitFor();
      await expect.poll(() => page.getByRole('article', { name: /Launch a client academy/ }).count()).toBe(0);
      await page.getByRole('button', { name: /^Undo “Move “Pilot a Knowledge Gap Audit/ }).waitFor();
      await screenshot(page, '40-undo-label');
      await page.keyboard.press('Control+z');
      await expect.poll(() => readPlan(file).objectives).toEqual(original.objectives.map((o) => expect.objectContaining({ id: o.id, parentId: o.parentId, sortOrder: o.sortOrder })));
      await page.getByRole('button', { name: 'Undo “Check in “Achieve $200k in initial training sales” at $120k”' }).waitFor();
      await page.keyboard.press('Control+z');
      await expect.poll(() => krValue(file)).toBe(original.keyResults.find((k) => k.title === KR)!.current);
      expect(readPlan(file)).toEqual(original);
      await page.getByRole('button', { name: 'Undo', exact: true }).and(page.locator(':disabled')).waitFor();
      // Redo, from the keyboard: the edit comes back, on screen and on disk.
      await page.keyboard.press('Control+Shift+z');
      await expect.poll(() => krValue(file)).toBe(120_000);
      await valueButton(page, '$120k').waitFor();
      await page.getByRole('button', { name: /^Redo “Move “Pilot a Knowledge Gap Audit/ }).waitFor();
      expect(pageErrors(page)).toEqual([]);
    } finally {
      await app.stop();
    }
  });
});

describe('undo pressed quickly', () => {
  it('takes back one step per press, even while the previous step is still on its way', { timeout: 60_000 }, async () => {
    const file = path.join(tmpDir(), 'Quick.cascade');
    const app = await startWebApp(['--file', file]);
    try {
      const page = await openApp(browser(), app.url);
      const before = krValue(file);
      await setValue(page, '120k');
      await setValue(page, '150k');
      await setValue(page, '180k');
      await expect.poll(() => krValue(file)).toBe(180_000);
      await page.getByRole('button', { name: 'Undo “Check in “Achieve $200k in initial training sales” at $180k”' }).waitFor();
      // Three presses back to back, none waiting for the one before to finish.
      for (let i = 0; i < 3; i++) await page.keyboard.press('Control+z');
      await expect.poll(() => krValue(file), { timeout: 10_000 }).toBe(before);
      await valueButton(page, `$${before / 1000}k`).waitFor();
      expect(pageErrors(page)).toEqual([]);
    } finally {
      await app.stop();
    }
  });
});

describe('every tab on a plan in step', () => {
  it('shows one tab’s edits in the other within a second, keeping its selection', { timeout: 120_000 }, async () => {
    const file = path.join(tmpDir(), 'Shared.cascade');
    const app = await startWebApp(['--file', file]);
    try {
      const a = await openApp(browser(), app.url);
      const b = await openApp(browser(), app.url);
      await b.getByRole('heading', { name: /^Deepen Client Relationships/ }).click();
      await b.locator('.card.selected').waitFor();
      await setValue(a, '150k');
      await expect.poll(() => krValue(file)).toBe(150_000);
      await expect.poll(() => valueButton(b, '$150k').count(), { timeout: 1000 }).toBe(1);
      expect(await b.locator('.card.selected').getByRole('heading').textContent()).toMatch(/^Deepen Client Relationships/);
      // And back: B renames the North Star, A sees it; both undo buttons name B's edit.
      await b.getByRole('heading', { name: 'Grow Strategic Advisory Revenue' }).dblclick();
      const title = b.getByRole('textbox', { name: /title/i });
      await title.fill('Grow strategic advisory revenue in the Nordics');
      await title.press('Enter');
      await expect.poll(() => readPlan(file).objectives.some((o) => o.title === 'Grow strategic advisory revenue in the Nordics')).toBe(true);
      await expect.poll(() => a.getByRole('heading', { name: 'Grow strategic advisory revenue in the Nordics' }).count(), { timeout: 1000 }).toBe(1);
      await a.getByRole('button', { name: 'Undo “Rename “Grow strategic advisory revenue in the Nordics””' }).waitFor();
      // Undo from the other tab takes back B's rename, and B follows.
      await a.getByRole('button', { name: /^Undo “Rename/ }).click();
      await expect.poll(() => b.getByRole('heading', { name: 'Grow Strategic Advisory Revenue' }).count(), { timeout: 1000 }).toBe(1);
      expect(pageErrors(a)).toEqual([]);
      expect(pageErrors(b)).toEqual([]);
    } finally {
      await app.stop();
    }
  });

  it('keeps its own edit on screen when it lands while it is re-reading the plan for another tab’s change', { timeout: 120_000 }, async () => {
    const file = path.join(tmpDir(), 'Crossing.cascade');
    const app = await startWebApp(['--file', file]);
    try {
      const a = await openApp(browser(), app.url);
      const b = await openApp(browser(), app.url);
      // A reads the plan slowly, as a large plan reads: its re-read after B's change is still on its
      // way when A's own edit is answered, so what it reads holds the value from before that edit.
      let delayed = 0;
      await a.route('**/api/getPlan', async (route) => {
        // The plan as read now, handed over later.
        const response = await route.fetch();
        if (delayed++ === 0) await new Promise((r) => setTimeout(r, 1500));
        await route.fulfill({ response });
      });
      await b.getByRole('heading', { name: 'Grow Strategic Advisory Revenue' }).dblclick();
      const title = b.getByRole('textbox', { name: /title/i });
      await title.fill('Grow advisory revenue');
      await title.press('Enter');
      await expect.poll(() => delayed).toBe(1);
      await setValue(a, '150k');
      await expect.poll(() => krValue(file)).toBe(150_000);
      // Once the re-read has landed: B's rename and A's own value, both.
      await expect.poll(() => a.getByRole('heading', { name: 'Grow advisory revenue' }).count(), { timeout: 5000 }).toBe(1);
      await a.waitForTimeout(500);
      expect(await valueButton(a, '$150k').count()).toBe(1);
      expect(pageErrors(a)).toEqual([]);
    } finally {
      await app.stop();
    }
  });

  it('refuses an edit begun before another tab changed the value, and shows the value the plan holds now', { timeout: 120_000 }, async () => {
    const file = path.join(tmpDir(), 'Stale.cascade');
    const app = await startWebApp(['--file', file]);
    try {
      const a = await openApp(browser(), app.url);
      const b = await openApp(browser(), app.url);
      // B starts editing the value it sees…
      await b.getByRole('button', { name: new RegExp(`Current value of “${KR.replace(/\$/g, '\\$')}”`) }).click();
      const box = b.getByRole('textbox', { name: KR });
      await box.waitFor();
      // …while A sets it.
      await setValue(a, '150k');
      await expect.poll(() => krValue(file)).toBe(150_000);
      await box.fill('90k');
      await box.press('Enter');
      const alert = b.getByRole('alert');
      await alert.getByText(/changed in another window, tab or program while you edited it: its current value is now \$150k/).waitFor();
      await valueButton(b, '$150k').waitFor();
      await screenshot(b, '41-stale-write-refused');
      expect(krValue(file)).toBe(150_000);

      // The same refusal at the API: an edit that names the value it was based on.
      const token = new URL(app.url).searchParams.get('token')!;
      const origin = new URL(app.url).origin;
      const kr = readPlan(file).keyResults.find((k) => k.title === KR)!;
      const res = await fetch(`${origin}/api/updateKeyResult`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json', 'x-cascade-token': token },
        body: JSON.stringify({ id: kr.id, patch: { current: 10_000 }, expect: { current: 120_000 } }),
      });
      const answer = (await res.json()) as { ok: boolean; error: { code: string; message: string } };
      expect(answer.ok).toBe(false);
      expect(answer.error.code).toBe('stale');
      expect(answer.error.message).toContain('its current value is now $150k');
      expect(krValue(file)).toBe(150_000);
    } finally {
      await app.stop();
    }
  });

  it('shows a `cascade import` into the open plan in the page, and Undo there takes it back', { timeout: 120_000 }, async () => {
    const file = path.join(tmpDir(), 'Open plan.cascade');
    const config = tmpDir();
    const app = await startWebApp(['--file', file], { XDG_CONFIG_HOME: config });
    const outline = path.join(tmpDir(), 'retention.md');
    fs.writeFileSync(
      outline,
      [
        '- North Star: **Keep the clients we win** — Client Success · 2026',
        '  - KR: Gross revenue retention (86 → 88 → 95 %)',
        '  - Strategic Bridge: **Make renewals boring** — Account Management · Q3 2026',
        '    - KR: Renewals signed 30 days early (40 → 45 → 80 %)',
        '',
      ].join('\n'),
    );
    const previous = process.env.XDG_CONFIG_HOME;
    try {
      const page = await openApp(browser(), app.url);
      expect(await objectiveCount(page)).toBe('3 objectives');
      process.env.XDG_CONFIG_HOME = config;
      const run = await cascade('import', outline, '--into', file);
      expect(run.code).toBe(0);
      await expect.poll(() => objectiveCount(page)).toBe('5 objectives');
      await page.getByRole('button', { name: 'Undo “Import 2 objectives and 2 key results”' }).waitFor();
      await page.getByRole('button', { name: 'Undo “Import 2 objectives and 2 key results”' }).click();
      await expect.poll(() => objectiveCount(page)).toBe('3 objectives');
      expect(readPlan(file).objectives).toHaveLength(3);
      expect(pageErrors(page)).toEqual([]);
    } finally {
      if (previous === undefined) delete process.env.XDG_CONFIG_HOME;
      else process.env.XDG_CONFIG_HOME = previous;
      await app.stop();
    }
  });
});
