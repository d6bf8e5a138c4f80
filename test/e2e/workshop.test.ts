import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type PlanRows, objectivesOf } from '../../shared/rows';
import type { WorkshopState } from '../../shared/workshop';
import { writeCompanyPlan } from '../helpers/company';
import { tmpDir } from '../helpers/tmp';
import { axeSerious } from './axe';
import { readPlan, useBrowser } from './browser';
import { SCREENSHOTS, openApp, pageErrors, screenshot, startWebApp } from './harness';

const browser = useBrowser();
const PROJECTOR = { width: 1280, height: 720 };

/** What the room says, as a facilitator would type it: typos, a duplicate idea, duties that are not objectives. */
const IDEAS: ReadonlyArray<readonly [text: string, answer: 's' | 'c' | 'j']> = [
  ['Same-day delivery slots in Oslo', 's'],
  ['Renew the ISO 9001 certificate', 'c'],
  ['Keep the depot rota up to date', 'j'],
  ['Win back the three lost pharma acounts', 's'],
  ['Cold-chain lane to Tallinn', 's'],
  ['Answer support tickets within the SLA', 'j'],
  ['Mandatory GDPR training for drivers', 'c'],
  ['Live ETA in the customer app', 's'],
  ['Predictive maintenance for the reefer fleet', 's'],
  ['Same day pickup for returns', 's'],
];

const column = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const stickiesIn = (page: Page, name: string) => column(page, name).locator('[data-sticky]');
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

/** Moves keyboard focus on the wall to the top of its column, then down until it is on the sticky that starts with `text`. */
async function focusSticky(page: Page, text: string): Promise<void> {
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowUp');
  for (let i = 0; i < 12 && !(await focusedText(page)).startsWith(text); i++) await page.keyboard.press('ArrowDown');
  expect(await focusedText(page)).toMatch(new RegExp(`^${text}`));
}

/**
 * Back to the canvas (Escape), up to the North Star, then to a card by the arrow keys (↓ first
 * child, → next sibling). With the wall open the canvas is zoomed out to the drawn overview, so the
 * selection is read where the facilitator reads it: the wall's confidence button names it.
 */
async function selectCard(page: Page, keys: string[], title: RegExp): Promise<void> {
  await page.keyboard.press('Escape');
  for (const k of ['ArrowUp', 'ArrowUp', 'ArrowUp', ...keys]) await page.keyboard.press(k);
  await expect.poll(() => page.getByRole('region', { name: 'Confidence round' }).getByRole('button').first().innerText()).toMatch(title);
}

/** The title of the card the backend says is on the projector (asked as the page asks, with its token). */
async function presentedTitle(page: Page): Promise<string> {
  const [workshop, plan] = await page.evaluate(() =>
    Promise.all(
      ['workshopGet', 'getPlan'].map(async (method) => {
        const headers = { 'content-type': 'application/json', 'x-cascade-token': new URLSearchParams(location.search).get('token') ?? '' };
        return (await (await fetch(`/api/${method}`, { method: 'POST', headers, body: '' })).json()) as { value: unknown };
      }),
    ),
  );
  const id = (workshop!.value as WorkshopState).session?.present?.id;
  return objectivesOf((plan!.value as PlanRows).objectives).find((o) => o.id === id)?.title ?? '';
}

const timerText = (page: Page) => page.getByRole('region', { name: 'Timer' }).first().innerText();

describe('workshop mode in Chromium at 1280×720, from the keyboard', () => {
  it('runs a whole small workshop, survives a killed server, and ends with the PDF record', async () => {
    const dir = tmpDir();
    const file = path.join(dir, 'Northwind.cascade');
    writeCompanyPlan(file);
    const config = path.join(dir, 'config');
    let app = await startWebApp(['--file', file], { XDG_CONFIG_HOME: config });
    try {
      let page = await openApp(browser(), app.url, PROJECTOR);
      const kb = page.keyboard;

      // Start from a template.
      await kb.press('w');
      const start = page.getByRole('dialog', { name: 'Start a workshop' });
      await start.waitFor();
      await kb.press('ArrowDown'); // "Bridges per team"
      expect(await start.getByLabel('Agenda template').inputValue()).toBe('Bridges per team');
      await kb.press('Tab');
      await kb.press('Tab');
      await kb.press('Enter');
      await start.waitFor({ state: 'hidden' });
      expect(await timerText(page)).toMatch(/^(10:00|9:[0-5]\d)/);
      await expect.poll(() => page.getByRole('list', { name: 'Agenda' }).locator('[aria-current="step"]').innerText()).toMatch(/The North Star and its key results/);

      // Capture 10 stickies: three typed one by one, seven pasted at once.
      await kb.press('n');
      for (const [text] of IDEAS.slice(0, 3)) {
        await kb.type(text);
        await kb.press('Enter');
      }
      await page.getByRole('textbox', { name: 'New sticky' }).evaluate((el, text) => {
        const data = new DataTransfer();
        data.setData('text/plain', text);
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, IDEAS.slice(3).map(([t]) => t).join('\n'));
      await expect.poll(() => stickiesIn(page, 'Parking lot').count()).toBe(10);
      expect(await stickiesIn(page, 'Parking lot').allInnerTexts()).toEqual(IDEAS.map(([t]) => t));

      // Triage: every sticky to the So What? questions (Enter), then one key per answer.
      await kb.press('Escape');
      await kb.press('t');
      for (let i = 0; i < 10; i++) await kb.press('Enter');
      await expect.poll(() => stickiesIn(page, 'So What?').count()).toBe(10);

      // Halfway: the server is killed like a crash, and started again on the same file.
      const timerBefore = await timerText(page);
      await app.kill();
      app = await startWebApp(['--file', file], { XDG_CONFIG_HOME: config });
      await page.close();
      page = await openApp(browser(), app.url, PROJECTOR);
      await expect.poll(() => stickiesIn(page, 'So What?').count()).toBe(10);
      expect(await stickiesIn(page, 'Parking lot').count()).toBe(0);
      const timerAfter = await timerText(page);
      // The countdown kept running while the server was down: it reads the same or less, never reset.
      const secs = (t: string) => Number(t.split(':')[0]) * 60 + Number(t.split(':')[1]!.slice(0, 2));
      expect(secs(timerAfter)).toBeLessThanOrEqual(secs(timerBefore));
      const kb2 = page.keyboard;

      await kb2.press('t');
      await expect.poll(() => focusedText(page)).toMatch(/^Same-day delivery slots in Oslo/);
      for (const [text, key] of IDEAS) {
        await expect.poll(() => focusedText(page)).toMatch(new RegExp(`^${text}`));
        await kb2.press(key);
      }
      await expect.poll(() => stickiesIn(page, 'Candidate').count()).toBe(6);
      expect(await stickiesIn(page, 'Health & Hygiene shelf').count()).toBe(4);
      await expect.poll(() => column(page, 'Health & Hygiene shelf').innerText()).toMatch(/one-time compliance task/i);
      await page.getByRole('region', { name: 'Triage' }).screenshot({ path: path.join(SCREENSHOTS, 'workshop-triage-wall.png') });
      expect(await axeSerious(page)).toEqual([]);

      // Accept 3 onto cards: two by the keyboard's dialog, one merge of two stickies.
      await selectCard(page, ['ArrowDown'], /Make every route predictable/);
      await kb2.press('t');
      await focusSticky(page, 'Live ETA in the customer app');
      await kb2.press('a');
      const accept = page.getByRole('dialog', { name: 'Accept onto a card' });
      await accept.waitFor();
      expect(await accept.getByLabel('Child of').evaluate((s: HTMLSelectElement) => s.selectedOptions[0]!.textContent)).toMatch(/Make every route predictable/);
      await kb2.press('Tab');
      await kb2.press('Tab');
      await kb2.press('Enter');
      await accept.waitFor({ state: 'hidden' });

      await selectCard(page, ['ArrowDown', 'ArrowRight'], /Win back trust/);
      await kb2.press('t');
      await focusSticky(page, 'Win back the three lost pharma acounts');
      await kb2.press('a');
      await accept.waitFor();
      await kb2.press('Tab');
      await kb2.press('Tab');
      await kb2.press('Enter');
      await accept.waitFor({ state: 'hidden' });

      await selectCard(page, ['ArrowDown'], /Make every route predictable/);
      await kb2.press('t');
      await focusSticky(page, 'Same-day delivery slots in Oslo');
      await kb2.press(' ');
      await focusSticky(page, 'Same day pickup for returns');
      await kb2.press(' ');
      await kb2.press('m');
      const merge = page.getByRole('dialog', { name: 'Merge into one objective' });
      await merge.waitFor();
      await kb2.press('Tab');
      await kb2.press('Tab');
      await kb2.press('Enter');
      await merge.waitFor({ state: 'hidden' });
      await expect.poll(() => stickiesIn(page, 'Accepted').count()).toBe(4); // 3 accepted, one merged into another
      const plan = readPlan(file);
      const byTitle = (t: string) => plan.objectives.find((o) => o.title === t);
      const route = plan.objectives.find((o) => o.title.startsWith('Make every route'))!;
      const trust = plan.objectives.find((o) => o.title.startsWith('Win back trust'))!;
      expect(byTitle('Live ETA in the customer app')).toMatchObject({ parentId: route.id, gate: 'strategic' });
      expect(byTitle('Win back the three lost pharma acounts')).toMatchObject({ parentId: trust.id });
      expect(byTitle('Same-day delivery slots in Oslo')).toMatchObject({ parentId: route.id, description: '• Same-day delivery slots in Oslo\n• Same day pickup for returns' });

      // Dot vote: the facilitator enters the room's tallies on the stickies left.
      await kb2.press('t');
      await focusSticky(page, 'Cold-chain lane to Tallinn');
      for (let i = 0; i < 3; i++) await kb2.press('+');
      await focusSticky(page, 'Predictive maintenance for the reefer fleet');
      for (let i = 0; i < 5; i++) await kb2.press('+');
      await kb2.press('-');
      await expect.poll(() => column(page, 'Candidate').getByLabel('4 dots').count()).toBe(1);
      await expect.poll(() => column(page, 'Candidate').getByLabel('3 dots').count()).toBe(1);

      // The audience view in a second tab follows the facilitator's selection.
      // Its change feed is held back until the facilitator has moved on: a change made after the tab
      // first read the plan but before its feed connected must still reach it.
      const audience = await (await browser().newContext({ viewport: PROJECTOR })).newPage();
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await audience.route('**/api/events*', async (route) => {
        await held;
        await route.continue();
      });
      await audience.goto(`${app.url}#audience`);
      await audience.locator('main[aria-busy="false"]').waitFor();
      await selectCard(page, ['ArrowDown', 'ArrowRight'], /Win back trust/);
      await expect.poll(() => presentedTitle(page)).toMatch(/Win back trust/);
      release();
      await expect.poll(() => audience.locator('.aud-card.big .aud-title').innerText(), { timeout: 10_000 }).toMatch(/Win back trust/);
      await expect.poll(() => audience.getByText('Win back the three lost pharma acounts').count()).toBe(1);
      await screenshot(page, 'workshop-presenter');
      await screenshot(audience, 'workshop-audience');
      // Read on a projector across a room: contrast and names hold on both views.
      expect(await axeSerious(page)).toEqual([]);
      expect(await axeSerious(audience)).toEqual([]);

      // A secret confidence round on the selected bridge: scores stay hidden until revealed.
      await kb2.press('r');
      const round = page.getByRole('region', { name: 'Confidence round' });
      await expect.poll(() => round.innerText()).toMatch(/0 scores in \(hidden\)/);
      for (const k of ['4', '5', '1', '4', '5']) await kb2.press(k);
      await expect.poll(() => round.innerText()).toMatch(/5 scores in \(hidden\)/);
      expect(await round.locator('.ws-histogram').count()).toBe(0);
      expect(await audience.locator('.ws-histogram').count()).toBe(0);
      await kb2.press('v');
      await expect.poll(() => round.getByRole('list', { name: /^Scores:/ }).getAttribute('aria-label')).toBe('Scores: 1: 1, 2: 0, 3: 0, 4: 2, 5: 2');
      expect(await round.getByRole('alert').innerText()).toBe('The room disagrees: scores from 1 to 5. Talk it through before committing.');
      await round.screenshot({ path: path.join(SCREENSHOTS, 'workshop-confidence.png') });
      await expect.poll(() => audience.locator('.ws-histogram').count(), { timeout: 10_000 }).toBe(1);
      await screenshot(audience, 'workshop-audience-histogram');
      expect(await axeSerious(page)).toEqual([]);
      expect(await axeSerious(audience)).toEqual([]);

      // The timer: pause, +5 min, next step.
      await kb2.press('Escape');
      await kb2.press('p');
      await expect.poll(() => timerText(page)).toMatch(/paused/);
      const pausedAt = secs(await timerText(page));
      await page.getByRole('button', { name: '+5 min' }).press('Enter');
      await expect.poll(async () => secs(await timerText(page))).toBe(pausedAt + 300);

      // End the session and get the PDF.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'End session' }).press('Enter')]);
      const pdf = path.join(dir, 'record.pdf');
      await download.saveAs(pdf);
      expect(download.suggestedFilename()).toMatch(/^Bridges per team — what we decided \d{4}-\d{2}-\d{2}\.pdf$/);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
      for (const expected of ['AGENDA AS RUN', 'ACCEPTED OBJECTIVES (3)', 'Live ETA in the customer app', 'merged from 2', '4 ● Predictive maintenance', '1: 1 2: 0 3: 0 4: 2 5: 2', 'HEALTH & HYGIENE SHELF (4)', 'Renew the ISO 9001 certificate', 'PARKING LOT LEFT OVER (2)', 'Cold-chain lane to Tallinn'])
        expect(text).toContain(expected);
      execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', pdf, path.join(SCREENSHOTS, 'workshop-record-pdf')]);
      await expect.poll(() => page.getByRole('region', { name: 'Triage' }).count()).toBe(0);
      expect(pageErrors(page)).toEqual([]);
      await audience.close();
    } finally {
      await app.stop();
    }
  }, 240_000);

  it('drops a candidate dragged onto a card as its child, and presents one branch at a time, ← → like slides', async () => {
    const file = path.join(tmpDir(), 'Northwind.cascade');
    writeCompanyPlan(file);
    const app = await startWebApp(['--file', file]);
    try {
      const page = await openApp(browser(), app.url, PROJECTOR);
      const kb = page.keyboard;
      await kb.press('w');
      const start = page.getByRole('dialog', { name: 'Start a workshop' });
      await start.waitFor();
      await kb.press('Tab');
      await kb.press('Tab');
      await kb.press('Enter');
      await start.waitFor({ state: 'hidden' });
      // One idea through the questions to Candidate.
      await kb.press('n');
      await kb.type('Live ETA in the customer app');
      await kb.press('Enter');
      await expect.poll(() => stickiesIn(page, 'Parking lot').count()).toBe(1);
      await kb.press('Escape');
      await kb.press('t');
      await expect.poll(() => focusedText(page)).toMatch(/^Live ETA/);
      await kb.press('Enter');
      await expect.poll(() => stickiesIn(page, 'So What?').count()).toBe(1);
      await kb.press('t');
      await expect.poll(() => focusedText(page)).toMatch(/^Live ETA/);
      await kb.press('s');
      await expect.poll(() => stickiesIn(page, 'Candidate').count()).toBe(1);

      // Dragged with the mouse from the wall onto a card on the canvas.
      const route = readPlan(file).objectives.find((o) => o.title === 'Make every route predictable')!;
      // Beside the wall the canvas is zoomed out: the card is drawn, its title a label over it.
      const target = page.locator(`.canvas .lod-title[data-id="${route.id}"]`);
      await target.waitFor();
      await stickiesIn(page, 'Candidate').first().dragTo(target, { force: true });
      await expect.poll(() => readPlan(file).objectives.find((o) => o.title === 'Live ETA in the customer app')?.parentId).toBe(route.id);
      await expect.poll(() => stickiesIn(page, 'Accepted').count()).toBe(1);

      // Present this branch: the audience sees the selected branch, and steps through the others.
      // The drop selected the new child; the keyboard goes back up to its bridge.
      await expect.poll(() => page.getByRole('region', { name: 'Confidence round' }).getByRole('button').first().innerText()).toMatch(/Live ETA/);
      await selectCard(page, ['ArrowDown'], /Make every route predictable/);
      await page.getByRole('button', { name: 'Present this branch' }).click();
      await expect.poll(() => page.getByRole('button', { name: 'Present this branch' }).getAttribute('aria-pressed')).toBe('true');
      const audience = await (await browser().newContext({ viewport: PROJECTOR })).newPage();
      await audience.goto(`${app.url}#audience`);
      const big = audience.locator('.aud-card.big .aud-title');
      await expect.poll(() => big.innerText(), { timeout: 10_000 }).toMatch(/Make every route predictable/);
      const hint = audience.locator('.aud-hint');
      await expect.poll(() => hint.innerText()).toMatch(/← → branches · \d+ of \d+/);
      const at = async () => Number(/· (\d+) of/.exec(await hint.innerText())![1]);
      const first = await at();
      expect(await audience.getByText('Live ETA in the customer app').count()).toBe(1);
      await audience.keyboard.press('ArrowRight');
      await expect.poll(at).toBe(first + 1);
      await expect.poll(() => big.innerText()).not.toMatch(/Make every route predictable/);
      await audience.keyboard.press('ArrowLeft');
      await expect.poll(() => big.innerText()).toMatch(/Make every route predictable/);
      await screenshot(audience, 'workshop-audience-branch');
      expect(pageErrors(page)).toEqual([]);
      await audience.close();
    } finally {
      await app.stop();
    }
  }, 120_000);

  it('draws the audience view in large, high-contrast type at 1280×720, with no editing chrome', async () => {
    const file = path.join(tmpDir(), 'Northwind.cascade');
    writeCompanyPlan(file);
    const app = await startWebApp(['--file', file]);
    try {
      const page = await browser().newPage({ viewport: PROJECTOR });
      await page.goto(`${app.url}#audience`);
      await page.locator('.aud-card.big').waitFor();
      const sizes = await page.evaluate(() => {
        const px = (sel: string) => [...document.querySelectorAll(sel)].map((e) => parseFloat(getComputedStyle(e).fontSize));
        return { titles: px('.aud-title'), values: px('.aud-kr-value'), targets: px('.aud-kr-target'), color: getComputedStyle(document.querySelector('.aud-title')!).color, card: getComputedStyle(document.querySelector('.aud-card')!).backgroundColor };
      });
      expect(sizes.titles.length).toBeGreaterThan(3);
      expect(Math.min(...sizes.titles)).toBeGreaterThanOrEqual(24);
      expect(sizes.values.length).toBeGreaterThan(3);
      expect(Math.min(...sizes.values, ...sizes.targets)).toBeGreaterThanOrEqual(20);
      // White on a near-black card: far above WCAG AAA's 7:1.
      expect(sizes.color).toBe('rgb(255, 255, 255)');
      expect(sizes.card).toBe('rgb(22, 26, 36)');
      expect(await page.getByRole('button').count()).toBe(0);
      expect(await page.locator('.badges, .side, .topbar, .ws-wall').count()).toBe(0);
    } finally {
      await app.stop();
    }
  });
});
