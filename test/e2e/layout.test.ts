/**
 * The handbook-style plan (wide and shallow, ~130 objectives) fitted to the window, in Chromium:
 * at 1440×900 and 1280×720, with the side panel closed and open, every card is in view, every
 * title is on screen as text, and nothing drawn over the canvas (zoom buttons, overview map)
 * covers a card. The overview map hides (button and M, remembered) and moves off the selection.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { writePlanFile } from '../../electron/db/bulk';
import { handbookOutlinePlan } from '../fixtures/handbook-outline';
import { handbookPlan } from '../fixtures/handbook-plan';
import type { PlanSnapshot } from '../../shared/model';
import { tmpDir } from '../helpers/tmp';
import { useBrowser } from './browser';
import { openApp, pageErrors, screenshot, startWebApp } from './harness';

const browser = useBrowser();
const plan = handbookPlan();
/** The handbook page as the Markdown importer reads it (130 objectives, 25 teams under one executive). */
const outline = handbookOutlinePlan();

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
const meets = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Rect, b: Rect) => a.x >= b.x - 0.5 && a.y >= b.y - 0.5 && a.x + a.width <= b.x + b.width + 0.5 && a.y + a.height <= b.y + b.height + 0.5;

async function withPlan(viewport: { width: number; height: number }, run: (page: Page) => Promise<void>, p: PlanSnapshot = plan): Promise<void> {
  const file = path.join(tmpDir(), 'Handbook.cascade');
  writePlanFile(file, p.objectives, p.keyResults);
  const app = await startWebApp(['--file', file]);
  try {
    const page = await openApp(browser(), app.url, viewport);
    await run(page);
    expect(pageErrors(page)).toEqual([]);
  } finally {
    await app.stop();
  }
}

/** Shift+1 (zoom to fit), then waits for the view to stop moving. */
async function fitView(page: Page): Promise<void> {
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Shift+Digit1');
  let last = '';
  await expect
    .poll(async () => {
      const now = await page.locator('.react-flow__viewport').getAttribute('style');
      const still = now === last;
      last = now ?? '';
      return still;
    }, { interval: 150, timeout: 15_000 })
    .toBe(true);
}

/** What is on screen: the cards' boxes, the title texts, the overlays and the canvas. */
async function onScreen(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    };
    const titles = [...document.querySelectorAll<HTMLElement>('.lod-title')].map((el) => ({
      id: el.dataset.id!,
      text: el.textContent ?? '',
      rect: box(el),
      fontPx: parseFloat(getComputedStyle(el).fontSize),
      lines: Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)),
      visible: getComputedStyle(el).visibility !== 'hidden' && el.offsetParent !== null,
      /** The whole title shows (nothing clamped to "…" or cut off at the side). */
      whole: el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1,
    }));
    return {
      lod: document.querySelector('.react-flow')!.getAttribute('data-lod'),
      zoom: (window as unknown as { __cascadeZoom(): number }).__cascadeZoom(),
      canvas: box(document.querySelector('.react-flow')!),
      cards: (window as unknown as { __cascadeCardRects(): Array<{ id: string } & Rect> }).__cascadeCardRects(),
      titles,
      overlays: [...document.querySelectorAll('.react-flow__controls, .overview, .history-bar')].map(box).filter((r) => r.width > 0),
    };
  });
}

/**
 * Fit to view: every card in view, none under an overlay; with `titles`, every title on screen as
 * text (DOM, ≥ 10 px) inside its card.
 */
async function expectWholePlan(page: Page, shot: string, titles: boolean, p: PlanSnapshot = plan, wholeTitles = false): Promise<void> {
  await fitView(page);
  await screenshot(page, shot);
  const s = await onScreen(page);
  const whole = s.titles.filter((t) => t.whole).length;
  const px = s.titles[0]?.fontPx ?? 0;
  const lines = s.titles.map((t) => t.lines).sort((a, b) => a - b);
  const median = lines[Math.floor(lines.length / 2)] ?? 0;
  console.log(`${shot}: zoom ${s.zoom.toFixed(3)}, ${s.lod}, titles at ${px} px, ${whole} of ${p.objectives.length} shown whole, lines shown ${lines[0] ?? 0}–${lines.at(-1) ?? 0} (median ${median})`);
  expect(s.cards).toHaveLength(p.objectives.length);
  expect(s.overlays.length).toBeGreaterThanOrEqual(3); // zoom buttons, the map and the check-in/history bar
  for (const card of s.cards) {
    expect(inside(card, s.canvas), `card ${card.id} in view`).toBe(true);
    for (const o of s.overlays) expect(meets(card, o), `card ${card.id} under an overlay`).toBe(false);
  }
  if (!titles) return;
  expect(s.lod).toBe('titles');
  // Every title, as text, in its card, at a legible size.
  const byId = new Map(s.cards.map((c) => [c.id, c]));
  expect(s.titles.map((t) => t.text).sort()).toEqual(p.objectives.map((o) => o.title).sort());
  for (const t of s.titles) {
    expect(t.visible).toBe(true);
    expect(t.fontPx).toBeGreaterThanOrEqual(9);
    expect(inside(t.rect, byId.get(t.id)!), `title of ${t.id} inside its card`).toBe(true);
    expect(t.rect.height).toBeGreaterThanOrEqual(t.fontPx); // at least one line shows
  }
  if (wholeTitles) {
    // The titles-only view: every title whole, nothing clamped to "…".
    expect(s.titles.filter((t) => !t.whole).map((t) => t.text)).toEqual([]);
    return;
  }
  // Titles are not whole at this zoom (see the README), but at 1440×900 every card shows at least
  // two lines of its title and most three: words, not one clipped word per card.
  if (s.zoom >= 0.18) {
    expect(lines[0]).toBeGreaterThanOrEqual(2);
    expect(median).toBeGreaterThanOrEqual(3);
  }
}

describe('a wide, shallow plan fitted to the window', () => {
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 1280, height: 720 },
  ]) {
    it(`shows every card at ${viewport.width}×${viewport.height}, panel closed and open, and every title where the zoom allows`, async () => {
      await withPlan(viewport, async (page) => {
        await expectWholePlan(page, `60-fit-${viewport.width}x${viewport.height}`, true);
        await page.keyboard.press('i');
        await expect.poll(() => page.locator('aside.side.open').count()).toBe(1);
        await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
        // 1280×720 less the panel leaves the plan below the titles level (boxes): see the README.
        await expectWholePlan(page, `61-fit-${viewport.width}x${viewport.height}-panel`, viewport.width === 1440);
        // The panel takes its room from the canvas: no card lies under it.
        const panel = await page.locator('aside.side').boundingBox();
        const s = await onScreen(page);
        for (const card of s.cards) expect(meets(card, panel!)).toBe(false);
      });
    });
  }

  it('shows the imported handbook page (130 objectives) whole at 1440×900 and 1280×720, every title as text', async () => {
    for (const viewport of [
      { width: 1440, height: 900 },
      { width: 1280, height: 720 },
    ]) {
      await withPlan(viewport, (page) => expectWholePlan(page, `64-outline-fit-${viewport.width}x${viewport.height}`, true, outline), outline);
    }
  }, 120_000);

  it('in the titles-only view shows the handbook page whole at 1440×900 with every title whole, and T goes back to full cards', async () => {
    await withPlan(
      { width: 1440, height: 900 },
      async (page) => {
        const toggle = page.getByRole('button', { name: 'Titles only' });
        expect(await toggle.getAttribute('aria-pressed')).toBe('false');
        // Every card moves, but the selected one (the first top objective, on opening) stays where it was on screen.
        const selectedId = await page.evaluate(() => (window as unknown as { __cascadeSelected(): string | null }).__cascadeSelected());
        const placeOf = async () => (await onScreen(page)).cards.find((c) => c.id === selectedId);
        // Under load the first cards may still be mounting: wait for the selected one.
        await expect.poll(async () => (await placeOf()) !== undefined).toBe(true);
        const before = (await placeOf())!;
        await toggle.click();
        await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
        // While the cards are laid out again the selected one may be briefly unmounted: poll until it is back.
        await expect.poll(async () => Math.round((await placeOf())?.x ?? Number.NaN)).toBe(Math.round(before.x));
        expect(Math.abs((await placeOf())!.y - before.y)).toBeLessThanOrEqual(1);
        await expectWholePlan(page, '65-outline-titles-only-1440x900', true, outline, true);
        // Remembered for the next start, like the map.
        await page.reload();
        await page.locator('main[aria-busy="false"]').waitFor();
        await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
        // T (the keyboard path) brings the full cards back: at actual size they are DOM cards again.
        await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
        await page.keyboard.press('t');
        await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
        await page.keyboard.press('Control+0');
        await expect.poll(() => page.locator('.react-flow__node .card').count(), { timeout: 10_000 }).toBeGreaterThan(0);
        // Adding an objective from the titles-only view brings the full card up to type its title.
        await page.keyboard.press('t');
        await fitView(page);
        const card = (await onScreen(page)).cards.find((c) => c.id === outline.objectives.find((o) => o.title === 'Expand in the DACH region')!.id)!;
        await page.mouse.click(card.x + card.width / 2, card.y + card.height / 2);
        await page.keyboard.press('Enter');
        // Under load the new card's title field may take a moment to take focus: typed before it
        // has, the letters would be read as shortcuts ("t" toggles the view).
        await expect.poll(() => page.evaluate(() => document.activeElement instanceof HTMLInputElement || document.activeElement instanceof HTMLTextAreaElement)).toBe(true);
        await page.keyboard.type('Open the Nordics');
        await page.keyboard.press('Enter');
        await page.locator('.card', { hasText: 'Open the Nordics' }).waitFor({ timeout: 10_000 });
        expect(await toggle.getAttribute('aria-pressed')).toBe('false');
        await screenshot(page, '67-added-from-titles-only');
      },
      outline,
    );
    // 1280×720 is measured, not held to whole titles: see the README.
    await withPlan(
      { width: 1280, height: 720 },
      async (page) => {
        await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
        await page.keyboard.press('t');
        await expectWholePlan(page, '66-outline-titles-only-1280x720', true, outline);
      },
      outline,
    );
  }, 120_000);

  it('keeps the toolbar, canvas and side panel inside a narrow window (down to the 720 px minimum): the toolbar wraps', async () => {
    for (const viewport of [
      { width: 1000, height: 700 },
      { width: 720, height: 560 },
    ]) {
      await withPlan(viewport, async (page) => {
        const box = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          side: document.querySelector('aside.side')!.getBoundingClientRect().right,
          status: document.querySelector('.save-status')!.getBoundingClientRect().right,
        }));
        await screenshot(page, `68-narrow-${viewport.width}`);
        expect(box.scroll).toBe(viewport.width);
        expect(box.side).toBeLessThanOrEqual(viewport.width);
        expect(box.status).toBeLessThanOrEqual(viewport.width);
        await expect.poll(() => page.getByRole('button', { name: 'Filter' }).isVisible()).toBe(true);
      });
    }
  });

  it('hides the overview map with its button or M, remembers it, and moves it off the selected card', async () => {
    await withPlan({ width: 1440, height: 900 }, async (page) => {
      await fitView(page);
      const map = page.getByRole('img', { name: 'Overview map' });
      await expect.poll(() => map.isVisible()).toBe(true);
      await page.getByRole('button', { name: 'Hide map' }).click();
      await expect.poll(() => map.count()).toBe(0);
      await page.reload();
      await page.locator('main[aria-busy="false"]').waitFor();
      await expect.poll(() => page.getByRole('button', { name: 'Show map' }).isVisible()).toBe(true);
      expect(await map.count()).toBe(0);
      await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('m');
      await expect.poll(() => map.isVisible()).toBe(true);

      // Select the bottom-right card, then pan it under the map's corner: the map moves away.
      await fitView(page);
      const cards = (await onScreen(page)).cards;
      const target = cards.reduce((a, b) => (b.x + b.y > a.x + a.width + a.y ? b : a));
      await page.mouse.click(target.x + target.width / 2, target.y + 8);
      await expect.poll(() => page.evaluate(() => (window as unknown as { __cascadeSelected(): string | null }).__cascadeSelected()), { timeout: 10_000 }).toBe(target.id);
      const mapBox = (await page.locator('.overview').boundingBox())!;
      const from = { x: 700, y: 300 };
      const dx = mapBox.x + mapBox.width / 2 - (target.x + target.width / 2);
      const dy = mapBox.y + mapBox.height / 2 - (target.y + target.height / 2);
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(from.x + dx / 2, from.y + dy / 2, { steps: 4 });
      await page.mouse.move(from.x + dx, from.y + dy, { steps: 4 });
      await page.mouse.up();
      await expect.poll(() => page.locator(".overview.bottom-right").count(), { timeout: 10_000 }).toBe(0);
      const selected = (await onScreen(page)).cards.find((c) => c.id === target.id)!;
      const moved = (await page.locator('.overview').boundingBox())!;
      expect(meets(selected, moved)).toBe(false);
      await screenshot(page, '62-map-moved-off-selection');
    });
  });

  it('exports the plan as a 3 × 2 wall poster from the export dialog', async () => {
    await withPlan({ width: 1440, height: 900 }, async (page) => {
      await page.keyboard.press('Control+e');
      const dialog = page.getByRole('dialog', { name: 'Export' });
      await dialog.waitFor();
      await dialog.getByRole('combobox', { name: 'Layout' }).selectOption('poster');
      await dialog.getByRole('combobox', { name: 'Sheets across' }).selectOption('3');
      await dialog.getByRole('combobox', { name: 'Sheets down' }).selectOption('2');
      await screenshot(page, '63-export-poster');
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        dialog.getByRole('button', { name: 'Export', exact: true }).click(),
      ]);
      const file = path.join(tmpDir(), 'poster.pdf');
      await download.saveAs(file);
      const info = execFileSync('pdfinfo', ['-f', '1', '-l', '6', file]).toString();
      expect([...info.matchAll(/Page\s+\d+ size:\s+841\.\d+ x 595\.\d+ pts/g)]).toHaveLength(6); // A4 landscape sheets
      const text = execFileSync('pdftotext', ['-f', '1', '-l', '6', '-raw', file, '-']).toString();
      for (const label of ['Row 1, column 1 of 2 × 3', 'Row 2, column 3 of 2 × 3']) expect(text).toContain(label);
    });
  }, 120_000); // the poster's fit tries many card widths and shapes: seconds on a loaded machine
});
