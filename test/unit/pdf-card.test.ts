/**
 * The PDF's cards are the card model's cards (shared/card.ts) scaled: read back from the file, not
 * from the code that drew it. Card boxes are found by parsing the page's content stream (the white
 * filled paths, through the q/Q/cm transforms, in page coordinates); words and their boxes come
 * from poppler (`pdftotext -bbox`). For a hand-written plan (long titles, a 60-character word,
 * accented text, two-line key results) in a one-page print and in the atlas:
 * - every card box's height is layoutCard(...).height × the box's own scale (width / CARD.width)
 *   within 2 %, the box found by the model's first title line drawn inside it;
 * - every word drawn on a card (the model's title and key-result lines among them) lies within
 *   its card box.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CARD, layoutCard } from '../../shared/card';
import { makeKeyResult, makeObjective } from '../../shared/defaults';
import { exportPdf } from '../../electron/export/pdf/index';
import { planFrom } from '../helpers/plans';
import { tmpDir } from '../helpers/tmp';

const STAMP = '2026-01-05T09:00:00.000Z';
const TITLES = [
  'Grow',
  'Become the most trusted payroll provider for mid-sized companies in the Nordics',
  'Reduce onboarding time for new enterprise customers from 30 days to 10 days by streamlining contracts, data migration and training, with a self-serve checklist and weekly check-ins',
  'Supercalifragilisticexpialidociousandthensomemorelettersthatn',
  'Ship the mobile-first, self-serve, multi-currency invoicing experience (v2)',
  'WWWWWWWW MMMMMMMM WWWWWWWW MMMMMMMM WWWW',
  'Améliorer la satisfaction client — façade, naïveté, señor Müller’s Straße',
];
const KR_TITLES = [
  'NPS ≥ 45',
  'Cut average first-response time on support tickets to under two hours across all regions and languages',
  'Reach 1,200 weekly active accounts on the new invoicing flow before the end of Q3, with no more than two critical incidents per month',
  'Garantir la qualité des données à 99,5 % — contrôles automatisés',
];

function plan() {
  const objectives = TITLES.map((title, i) =>
    makeObjective(
      { id: `o${i}`, parentId: i === 0 ? null : i < 3 ? 'o0' : i < 5 ? 'o1' : 'o2', level: i === 0 ? 'north_star' : i < 3 ? 'bridge' : 'contribution', title, owner: i % 2 ? 'Customer Success' : 'Équipe Données', period: i === 4 ? 'Q3 2026' : '', sortOrder: i },
      STAMP,
    ),
  );
  const keyResults = objectives.flatMap((o, i) =>
    KR_TITLES.slice(0, (i % 4) + 1).map((title, k) => makeKeyResult({ id: `${o.id}k${k}`, objectiveId: o.id, title, unit: '%', target: 100, current: 20 + k * 10, sortOrder: k }, STAMP)),
  );
  return planFrom(objectives, keyResults, 'Card model');
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

type M = [number, number, number, number, number, number];
const mul = (a: M, b: M): M => [a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3], a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3], a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5]];

/**
 * Bounding boxes of the white-filled paths on each page, in top-down page coordinates (as
 * pdftotext reports them). Content streams are parsed as PDF operators: q/Q/cm, colour (rg/g),
 * path construction (m/l/c/v/y/re/h) and fills; nothing here knows how pdfkit built them.
 */
function whiteBoxes(file: string, pageHeight: number): Box[][] {
  const buf = fs.readFileSync(file);
  const pages: Box[][] = [];
  let at = 0;
  for (;;) {
    const s = buf.indexOf('stream\n', at);
    if (s < 0) break;
    const e = buf.indexOf('\nendstream', s);
    const dict = buf.subarray(Math.max(0, s - 300), s).toString('latin1');
    at = e + 10;
    if (!dict.includes('/FlateDecode') || dict.includes('/Length1') || dict.includes('/Subtype')) continue;
    let content: string;
    try {
      content = zlib.inflateSync(buf.subarray(s + 7, e)).toString('latin1');
    } catch {
      continue;
    }
    if (!/\bBT\b/.test(content)) continue; // a page's content draws text; other streams do not
    const boxes: Box[] = [];
    let ctm: M = [1, 0, 0, 1, 0, 0];
    let fill = '';
    const stack: [M, string][] = [];
    let path: [number, number][] = [];
    const nums: number[] = [];
    const pt = (x: number, y: number): [number, number] => [ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5]];
    for (const tok of content.split(/\s+/)) {
      if (tok === '') continue;
      if (/^-?[\d.]+$/.test(tok)) {
        nums.push(Number(tok));
        continue;
      }
      const a = nums.splice(0);
      switch (tok) {
        case 'q':
          stack.push([ctm, fill]);
          break;
        case 'Q':
          [ctm, fill] = stack.pop() ?? [[1, 0, 0, 1, 0, 0], ''];
          break;
        case 'cm':
          ctm = mul(a as M, ctm);
          break;
        case 'rg':
        case 'sc':
        case 'scn':
          fill = a.join(' ');
          break;
        case 'g':
          fill = `${a[0]} ${a[0]} ${a[0]}`;
          break;
        case 'm':
        case 'l':
          path.push(pt(a[0]!, a[1]!));
          break;
        case 'c':
          path.push(pt(a[4]!, a[5]!), pt(a[0]!, a[1]!), pt(a[2]!, a[3]!));
          break;
        case 'v':
        case 'y':
          path.push(pt(a[2]!, a[3]!), pt(a[0]!, a[1]!));
          break;
        case 're':
          path.push(pt(a[0]!, a[1]!), pt(a[0]! + a[2]!, a[1]! + a[3]!));
          break;
        case 'f':
        case 'F':
        case 'f*':
        case 'B':
        case 'B*':
          if (fill === '1 1 1' && path.length) {
            const xs = path.map((p) => p[0]);
            const ys = path.map((p) => pageHeight - p[1]);
            boxes.push({ x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) });
          }
          path = [];
          break;
        case 'S':
        case 's':
        case 'n':
        case 'W':
        case 'W*':
          if (tok !== 'W' && tok !== 'W*') path = [];
          break;
        default:
          break;
      }
    }
    pages.push(boxes);
  }
  return pages;
}

interface Word extends Box {
  text: string;
}

/** Words per page with their boxes, from poppler. */
function words(file: string): Word[][] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const unesc = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
  return html.split('<page ').slice(1).map((pg) =>
    [...pg.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({ x0: +m[1]!, y0: +m[2]!, x1: +m[3]!, y1: +m[4]!, text: unesc(m[5]!) })),
  );
}

const inside = (w: Box, b: Box, tol: number) => w.x0 >= b.x0 - tol && w.x1 <= b.x1 + tol && w.y0 >= b.y0 - tol && w.y1 <= b.y1 + tol;
const centreIn = (w: Box, b: Box) => (w.x0 + w.x1) / 2 > b.x0 && (w.x0 + w.x1) / 2 < b.x1 && (w.y0 + w.y1) / 2 > b.y0 && (w.y0 + w.y1) / 2 < b.y1;

describe('PDF cards are the card model, scaled', () => {
  // A3 for the one-page print: on A4 these seven tall cards would go under 6 pt, and the print
  // would take compact cards (a different, print-only card).
  for (const [mode, paper, pageH] of [
    ['fit', 'A3', 841.89],
    ['atlas', 'A4', 595.28],
  ] as const) {
    it(`${mode} (${paper}): card heights agree with the model within 2 % and every word stays in its card`, async () => {
      const p = plan();
      const file = path.join(tmpDir(), `cards-${mode}.pdf`);
      const r = await exportPdf(p, file, { paper, landscape: true, mode, date: new Date('2026-03-15T12:00:00Z') });
      // To look at the pages: PDF_CARD_OUT=<dir> keeps the files.
      if (process.env.PDF_CARD_OUT) fs.copyFileSync(file, path.join(process.env.PDF_CARD_OUT, path.basename(file)));
      expect(r.minFontSize).toBeGreaterThanOrEqual(6);
      expect(r.outOfBounds).toBe(0);
      const boxesByPage = whiteBoxes(file, pageH);
      const wordsByPage = words(file);
      // Card boxes: white fills about a card's shape (wider than a chip, not the page) with the level
      // label in the top-left corner (the overview's branch tiles have their number there).
      const found = new Map<string, { dis: number; page: number }>();
      let worst = 0;
      let checkedWords = 0;
      wordsByPage.forEach((ws, pi) => {
        const level = /^(NORTH|STRATEGIC|CONTRIBUTION)$/;
        const cards = (boxesByPage[pi] ?? []).filter(
          (b) => b.x1 - b.x0 > 100 && b.x1 - b.x0 < 400 && b.y1 - b.y0 > 40 && ws.some((w) => level.test(w.text) && centreIn(w, b) && w.x0 - b.x0 < 12 && w.y0 - b.y0 < 16),
        );
        for (const o of p.objectives) {
          const krs = p.keyResults.filter((k) => k.objectiveId === o.id).map((k) => k.title);
          const model = layoutCard(o.title, krs);
          const first = model.title.lines[0]!.trim().split(' ');
          for (const b of cards) {
            const inBox = ws.filter((w) => centreIn(w, b));
            // The model's first title line, word for word, at the start of the card's text.
            const at = inBox.findIndex((w, i) => first.every((t, j) => inBox[i + j]?.text === t));
            if (at < 0 || at > 6) continue;
            const scale = (b.x1 - b.x0) / CARD.width;
            const dis = Math.abs(b.y1 - b.y0 - model.height * scale) / (model.height * scale);
            if (process.env.PDF_CARD_DEBUG) console.log(mode, pi, o.id, b, scale, model.height * scale, dis);
            worst = Math.max(worst, dis);
            found.set(o.id, { dis, page: pi });
          }
        }
        // Every word on a card lies wholly inside that card's box.
        for (const w of ws) {
          const b = cards.find((c) => centreIn(w, c));
          if (!b) continue;
          checkedWords++;
          expect(inside(w, b, 0.5), `"${w.text}" on page ${pi + 1} leaves its card`).toBe(true);
        }
      });
      expect([...found.keys()].sort()).toEqual(p.objectives.map((o) => o.id).sort());
      expect(worst).toBeLessThanOrEqual(0.02);
      expect(checkedWords).toBeGreaterThan(200);
      console.log(`pdf-card (${mode}): ${found.size} cards, worst height disagreement with the model ${(worst * 100).toFixed(2)}%, ${checkedWords} words inside their cards`);
    });
  }
});
