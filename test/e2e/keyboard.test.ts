import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tmpDir } from '../helpers/tmp';
import { readPlan, useBrowser } from './browser';
import { canvasZoom, openApp, pageErrors, startWebApp } from './harness';

const browser = useBrowser();

/** What has focus, as a screen reader would announce it: role and name (or the region it is in). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const label = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent?.trim().slice(0, 40) ?? '';
    return `${el.getAttribute('role') ?? el.tagName.toLowerCase()}: ${label}`;
  });

describe('the keyboard and a screen reader', () => {
  it('F6 walks toolbar, canvas, side panel and status; a panel takes focus and Escape gives it back to the card', async () => {
    const file = path.join(tmpDir(), 'Keys.cascade');
    const app = await startWebApp(['--file', file]);
    try {
      const page = await openApp(browser(), app.url);
      const kb = page.keyboard;
      await kb.press('F6');
      expect(await focused(page)).toBe('button: + Objective');
      await kb.press('F6');
      expect(await focused(page)).toBe('article: North Star: Grow Strategic Advisory Revenue');
      await kb.press('F6');
      expect(await focused(page)).toBe('tab: Inspector');
      await kb.press('F6');
      expect(await focused(page)).toBe('status: All changes saved');
      await kb.press('F6');
      expect(await focused(page)).toBe('button: + Objective');
      await kb.press('Shift+F6');
      expect(await focused(page)).toBe('status: All changes saved');
      await kb.press('Shift+F6');
      await kb.press('Shift+F6');
      expect(await focused(page)).toBe('article: North Star: Grow Strategic Advisory Revenue');

      // Down to the bridge, then the inspector: focus goes into it, and Tab walks every field.
      await kb.press('ArrowDown');
      expect(await focused(page)).toBe('article: Strategic Bridge: Deepen Client Relationships via Continuous Learning Programs');
      const before = readPlan(file).objectives.length;
      await kb.press('i');
      expect(await focused(page)).toBe('tabpanel: Inspector');
      const reached = new Set<string>();
      const inPanel = () => page.evaluate(() => document.activeElement?.closest('aside') !== null);
      for (let n = 0; n < 80 && (await inPanel()); n++) {
        await kb.press('Tab');
        reached.add(await focused(page));
      }
      for (const field of ['Objective', 'Owner', 'Kind of period', 'Unit', 'Start', 'Target', 'Current']) {
        expect([...reached].some((r) => r.endsWith(`: ${field}`)), field).toBe(true);
      }
      expect(readPlan(file).objectives.length).toBe(before);
      // The coach on its key moves focus there too; Escape returns to the card.
      await page.locator('#side-panel').focus();
      await kb.press('c');
      expect(await focused(page)).toBe('tabpanel: Coach');
      await kb.press('Escape');
      expect(await focused(page)).toBe('article: Strategic Bridge: Deepen Client Relationships via Continuous Learning Programs');
      // From a text field: the first Escape leaves it (nothing was typed) and lands on the card.
      await kb.press('i');
      await page.getByRole('textbox', { name: 'Owner', exact: true }).focus();
      await kb.press('Escape');
      expect(await focused(page)).toBe('article: Strategic Bridge: Deepen Client Relationships via Continuous Learning Programs');
      expect(readPlan(file).objectives.length).toBe(before);

      // The line of sight is the selected card's description, read out with it.
      const description = await page.evaluate(() => {
        const card = document.activeElement!;
        return document.getElementById(card.getAttribute('aria-describedby')!)?.textContent;
      });
      expect(description).toBe('Line of sight: Account Management’s ‘Deepen Client Relationships…’ → North Star ‘Grow Strategic Advisory Revenue’');
      // The theme switch is in the toolbar too (browser mode has no menu): system → dark → light.
      const theme = page.getByRole('button', { name: /^Theme: / });
      expect(await theme.getAttribute('aria-label')).toBe('Theme: follows the system. Switch theme');
      await theme.focus();
      await kb.press('Enter');
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      expect(await theme.getAttribute('aria-label')).toBe('Theme: dark. Switch theme');
      await kb.press('Enter');
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
      // The shortcuts list says how to reach the inspector's fields without adding a child.
      await kb.press('?');
      const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      expect(await shortcuts.getByRole('row', { name: 'Tab Add a child objective' }).count()).toBe(1);
      expect(await shortcuts.getByRole('row', { name: /^I, then Tab Reach every inspector field without creating anything/ }).count()).toBe(1);
      // Closed and at once asked for again, it comes back: the first one's late close event must not shut it.
      for (let i = 0; i < 3; i++) {
        await kb.press('Escape');
        await kb.press('?');
        await page.waitForTimeout(50);
        await shortcuts.getByRole('button', { name: 'About Cascade Planner' }).waitFor({ timeout: 2000 });
      }
      await kb.press('Escape');
      await shortcuts.waitFor({ state: 'detached' });
      expect(pageErrors(page)).toEqual([]);
    } finally {
      await app.stop();
    }
  });

  it('Ctrl+0 is actual size, Ctrl+= and Ctrl+- zoom, Shift+1 zooms to fit', async () => {
    const file = path.join(tmpDir(), 'Zoom.cascade');
    const app = await startWebApp(['--file', file]);
    try {
      const page = await openApp(browser(), app.url);
      const zoom = () => canvasZoom(page);
      await page.getByRole('heading', { name: /Deepen Client/ }).click();
      await page.keyboard.press('Control+0');
      await expect.poll(zoom).toBe(1);
      await page.keyboard.press('Control+=');
      await expect.poll(zoom).toBeGreaterThan(1);
      await page.keyboard.press('Control+-');
      await page.keyboard.press('Control+-');
      await expect.poll(zoom).toBeLessThan(1);
      await page.keyboard.press('Control+0');
      await expect.poll(zoom).toBe(1);
      await page.keyboard.press('Shift+Digit1');
      await expect.poll(zoom).not.toBe(1);
    } finally {
      await app.stop();
    }
  });

  it('keeps a title typed and entered before its box appears (a slow backend), and commits it', async () => {
    const file = path.join(tmpDir(), 'TypeAhead.cascade');
    const app = await startWebApp(['--file', file]);
    try {
      const page = await openApp(browser(), app.url);
      // The backend answers the new objective late, as a busy one does just after opening a plan:
      // every key below, Enter included, is pressed before the title box exists.
      await page.route('**/api/createObjective', async (route) => {
        await new Promise((r) => setTimeout(r, 600));
        await route.continue();
      });
      const kb = page.keyboard;
      await page.getByRole('heading', { name: /Pilot a Knowledge Gap Audit/ }).click();
      await kb.press('Enter');
      await kb.type('Update the CRM after every client call');
      await kb.press('Enter');
      expect(await page.getByRole('textbox', { name: /^Title of/ }).count()).toBe(0);
      await page.getByRole('dialog', { name: 'So what?' }).waitFor();
      await expect.poll(() => readPlan(file).objectives.some((o) => o.title === 'Update the CRM after every client call')).toBe(true);
      expect(pageErrors(page)).toEqual([]);
    } finally {
      await app.stop();
    }
  });
});
