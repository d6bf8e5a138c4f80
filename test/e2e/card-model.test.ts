/**
 * One card model (shared/card.ts) on screen, in SVG and in the card's own numbers: a hand-written
 * plan with short, long and very long titles and key-result titles, in Chromium. For every card in
 * view: no title or KR line is cut (each line's scrollWidth ≤ clientWidth, the blocks'
 * scrollHeight ≤ clientHeight), the footer is inside the card box, and the text blocks' natural
 * heights agree with the model's within 2 %. The SVG export's card boxes are the model's heights.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePlanFile } from '../../electron/db/bulk';
import { CARD, cardHeight, layoutCard } from '../../shared/card';
import { makeKeyResult, makeObjective } from '../../shared/defaults';
import { planToSvg } from '../../shared/svg';
import { planFrom } from '../helpers/plans';
import { tmpDir } from '../helpers/tmp';
import { useBrowser } from './browser';
import { openApp, pageErrors, screenshot, startWebApp } from './harness';

const browser = useBrowser();
const STAMP = '2026-01-05T09:00:00.000Z';

const TITLES = [
  'Grow',
  'Become the most trusted payroll provider for mid-sized companies in the Nordics',
  'Reduce onboarding time for new enterprise customers from 30 days to 10 days by streamlining contracts, data migration and training, with a self-serve checklist and weekly check-ins',
  'Supercalifragilisticexpialidociousandthensomemorelettersthatneverstop',
  'Ship the mobile-first, self-serve, multi-currency invoicing experience (v2)',
  'WWWWWWWW MMMMMMMM WWWWWWWW MMMMMMMM WWWW',
  'Améliorer la satisfaction client — façade, naïveté, señor Müller’s Straße',
];
const KR_TITLES = [
  'NPS ≥ 45',
  'Cut average first-response time on support tickets to under two hours across all regions and languages',
  'Reach 1,200 weekly active accounts on the new invoicing flow before the end of Q3, with no more than two critical incidents per month',
  'Migrate 95% of legacy customers',
];

function plan() {
  const objectives = TITLES.map((title, i) =>
    makeObjective({ id: `o${i}`, parentId: i === 0 ? null : 'o0', level: i === 0 ? 'north_star' : i < 4 ? 'bridge' : 'contribution', title, owner: i % 2 ? 'Customer Success' : '', sortOrder: i }, STAMP),
  );
  const keyResults = objectives.flatMap((o, i) =>
    KR_TITLES.slice(0, (i % 4) + 1).map((title, k) => makeKeyResult({ id: `${o.id}k${k}`, objectiveId: o.id, title, unit: '%', target: 100, current: 20 + k * 10, sortOrder: k }, STAMP)),
  );
  return { objectives, keyResults };
}

describe('card model', () => {
  it('DOM cards fit their content and agree with the model; SVG boxes are the model heights', { timeout: 120_000 }, async () => {
    const p = plan();
    const file = path.join(tmpDir(), 'Cards.cascade');
    writePlanFile(file, p.objectives, p.keyResults);
    const app = await startWebApp(['--file', file]);
    try {
      const page = await openApp(browser(), app.url, { width: 1600, height: 1000 });
      await page.waitForSelector('.card[data-id]');
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      // The card font is the bundled Noto Sans.
      expect(await page.evaluate(() => document.fonts.check("600 16px 'Card Sans'"))).toBe(true);
      await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Shift+Digit1');
      await page.waitForTimeout(800);
      // Measured at zoom 1 (layout px): offsetHeight/scrollHeight are unaffected by the canvas transform.
      const cards = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.card[data-id]')].map((card) => {
          const r = card.getBoundingClientRect();
          const f = card.querySelector<HTMLElement>('.card-footer')!.getBoundingClientRect();
          const blocks = [...card.querySelectorAll<HTMLElement>('.card-title, .kr-title')].map((el) => ({
            kind: el.classList.contains('card-title') ? 'title' : 'kr',
            scrollH: el.scrollHeight,
            clientH: el.clientHeight,
            lines: [...el.querySelectorAll<HTMLElement>('.ln')].map((l) => ({ sw: l.scrollWidth, cw: l.clientWidth, text: l.textContent })),
          }));
          const zoom = r.width / card.offsetWidth;
          return { id: card.dataset.id!, badged: card.querySelector('.badges') !== null, h: card.offsetHeight, box: { top: r.top, bottom: r.bottom }, footer: { top: f.top, bottom: f.bottom }, zoom, blocks };
        }),
      );
      expect(cards.length).toBe(TITLES.length);
      let worst = 0;
      for (const c of cards) {
        const i = Number(c.id.slice(1));
        const krs = p.keyResults.filter((k) => k.objectiveId === c.id).map((k) => k.title);
        const model = layoutCard(TITLES[i]!, krs, c.badged);
        expect(c.h, c.id).toBe(model.height);
        expect(cardHeight(TITLES[i]!, krs, c.badged)).toBe(model.height);
        // The footer is wholly inside the card box.
        expect(c.footer.top, c.id).toBeGreaterThanOrEqual(c.box.top);
        expect(c.footer.bottom, c.id).toBeLessThanOrEqual(c.box.bottom - CARD.border * c.zoom + 0.5);
        const wanted = [model.title.lines.length * CARD.title.line, ...model.krs.map((k) => k.lines.length * CARD.kr.line)];
        expect(c.blocks.map((b) => b.lines.length)).toEqual([model.title.lines.length, ...model.krs.map((k) => k.lines.length)]);
        c.blocks.forEach((b, k) => {
          expect(b.scrollH, `${c.id} block ${k}`).toBeLessThanOrEqual(b.clientH);
          for (const l of b.lines) expect(l.sw, `${c.id}: "${l.text}"`).toBeLessThanOrEqual(l.cw);
          const dis = Math.abs(b.scrollH - wanted[k]!) / wanted[k]!;
          worst = Math.max(worst, dis);
        });
      }
      expect(worst).toBeLessThanOrEqual(0.02);
      console.log(`card-model: worst disagreement of a text block's DOM height with the model: ${(worst * 100).toFixed(2)}%`);

      // The browser's own wrapping of each whole text, at the model's width and font, for comparison.
      const free = await page.evaluate(
        ({ titles, krs, title, kr, tw, kw }) => {
          const probe = (text: string, font: string, width: number, line: number) => {
            const d = document.createElement('div');
            d.style.cssText = `position:absolute;left:-9999px;width:${width}px;font:${font};line-height:${line}px;overflow-wrap:anywhere`;
            d.textContent = text;
            document.body.append(d);
            const n = Math.round(d.offsetHeight / line);
            d.remove();
            return n;
          };
          return {
            titles: titles.map((t) => probe(t, `600 ${title.size}px 'Card Sans'`, tw, title.line)),
            krs: krs.map((t) => probe(t, `400 ${kr.size}px 'Card Sans'`, kw, kr.line)),
          };
        },
        { titles: TITLES, krs: KR_TITLES, title: CARD.title, kr: CARD.kr, tw: 274, kw: 266 },
      );
      const modelFree = {
        titles: TITLES.map((t) => layoutCard(t, []).title.lines.length),
        krs: KR_TITLES.map((t) => layoutCard('x', [t]).krs[0]!.lines.length),
      };
      console.log('card-model: browser free wrap lines', JSON.stringify(free), 'model (clamped)', JSON.stringify(modelFree));
      await screenshot(page, 'card-model');
      expect(pageErrors(page)).toEqual([]);
    } finally {
      await app.stop();
    }

    // SVG: every card box is the model's height.
    const { svg } = planToSvg(planFrom(p.objectives, p.keyResults, 'Cards'), { today: new Date('2026-05-15T12:00:00Z') });
    const boxes = [...svg.matchAll(/data-id="(o\d+)"[\s\S]*?class="card-box"[^>]*data-h="([\d.]+)"/g)];
    expect(boxes).toHaveLength(TITLES.length);
    for (const [, id, h] of boxes) {
      const krs = p.keyResults.filter((k) => k.objectiveId === id).map((k) => k.title);
      expect(Number(h), id).toBe(layoutCard(TITLES[Number(id!.slice(1))]!, krs).height);
    }
  });
});
