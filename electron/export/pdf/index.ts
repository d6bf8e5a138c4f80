/**
 * Vector PDF export of a plan: "fit to one page" or an atlas (overview + pages per branch), drawn
 * from the plan's data with real, searchable text in embedded Unicode fonts. Plain Node: this
 * module never imports electron. Writes to a temporary file beside the target and renames it into
 * place, so a failed or aborted export leaves no file (and never a half-written one) behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PlanSnapshot } from '../../../shared/model';
import { buildAppendices, planTable } from './appendix';
import { MORE_H, planAtlas, sectionJobs } from './atlas';
import type { CardSpec } from './card';
import { measureCard } from './modelCard';
import { measureLegend } from './chrome';
import { drawPage, type DrawContext } from './draw';
import { newDocument } from './document';
import { FontSet } from './fonts';
import { planFit } from './fit';
import { drawPoster, posterGeometry } from './poster';
import { PlanError } from '../../db/errors';
import { printDate } from './format';
import { planOverview } from './overview';
import type { FitPage, Job, PagePlan } from './pages';
import { pageGeometry } from './paper';
import { prepare, type Prepared } from './prepare';
import { Typesetter, clean } from './text';
import { MIN_TEXT_PT, TREE_GAP as G, TYPE } from './theme';
import type { PdfOptions, PdfResult } from './types';

export type { Finding, PdfOptions, PdfResult, ShelfItem, StatusInfo } from './types';
export { PALETTE } from './theme';

/** Room a continuation page keeps for its slim header above the tallest allowed card. */
const SLIM_RESERVE = 100;

function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof Error) return reason;
  const e = new Error('The PDF export was cancelled.');
  e.name = 'AbortError';
  return e;
}

/** Everything the document will print, so the fonts it needs are known before measuring. */
function* documentTexts(plan: PlanSnapshot, p: Prepared, opts: PdfOptions): Generator<string> {
  yield plan.meta.name;
  yield '→ › … · — ✓';
  for (const o of p.obj) {
    yield o.title;
    yield o.owner;
    yield o.period;
  }
  for (const o of p.aboveFocus) yield o.title;
  for (const list of p.krs) for (const kr of list) {
    yield kr.title;
    yield kr.unit;
  }
  for (const b of p.badges) for (const code of b) yield code;
  for (const s of p.status) if (s) yield s.label;
  for (const s of opts.shelf ?? []) {
    yield s.title;
    yield s.owner;
    if (s.note) yield s.note;
  }
  for (const f of opts.findings ?? []) {
    yield f.code;
    yield f.message;
  }
}

export async function exportPdf(plan: PlanSnapshot, file: string, opts: PdfOptions): Promise<PdfResult> {
  const signal = opts.signal;
  const checkAbort = () => {
    if (signal?.aborted) throw abortError(signal);
  };
  checkAbort();
  // Fail fast, before any work, when the folder cannot be written.
  const dir = path.dirname(path.resolve(file));
  await fs.promises.access(dir, fs.constants.W_OK);
  const date = opts.date ?? new Date();
  const dateText = printDate(date);
  const planName = clean(plan.meta.name) || 'Untitled plan';
  const p = prepare(plan, opts);
  const sheet = pageGeometry(opts.paper, opts.landscape);
  // A poster's drawing is made for one page the size of all its sheets, then cut.
  const poster = opts.mode === 'poster' ? posterGeometry(sheet, opts.sheets ?? { cols: 2, rows: 2 }) : null;
  const g = poster?.page ?? sheet;

  const doc = newDocument(`${planName}: cascade`, 'Cascading objectives and key results', date);
  const fonts = new FontSet(doc);
  fonts.prepare(documentTexts(plan, p, opts));
  const ts = new Typesetter(doc, fonts);

  const maxCardH = g.body.h - MORE_H - G.v - G.markerGap - G.markerH - SLIM_RESERVE;
  const specs: (CardSpec | undefined)[] = new Array(p.n);
  // Every full card is the app's card model at one scale, g.cardW / CARD.width (a card too tall
  // for a page leaves key results to the appendix rather than changing shape).
  const spec = (n: number): CardSpec => (specs[n] ??= measureCard(ts, p, n, g.cardW, maxCardH));

  // Badge codes in use, most frequent first, for the legend.
  const codeCount = new Map<string, number>();
  for (const b of p.badges) for (const c of b) codeCount.set(c, (codeCount.get(c) ?? 0) + 1);
  const codes = [...codeCount.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([c]) => c);
  const legend = measureLegend(ts, g.body.w, codes, p.hasStatus);

  const pages: PagePlan[] = [];
  let mode: 'fit' | 'atlas' = opts.mode === 'atlas' ? 'atlas' : 'fit';
  let posterPage: FitPage | null = null;
  const notices: string[] = p.notice ? [p.notice] : [];
  let fallback: string | null = null;
  let fitScale: number | undefined;
  let pageOf: (node: number) => number = () => 0;

  if (mode === 'fit') {
    const area = { x: g.body.x, y: g.body.y, w: g.body.w, h: g.body.h - legend.h - 12 };
    const r = planFit(ts, p, area, g.cardW, spec);
    checkAbort();
    if (r.fit || p.n === 0) {
      const block = r.fit?.block ?? { w: 0, h: 0, ax: 0, cards: [], segs: [], markers: [] };
      const scale = r.fit?.scale ?? 1;
      fitScale = scale;
      const fp: FitPage = {
        kind: 'fit',
        block,
        scale,
        ox: area.x + (area.w - block.w * scale) / 2,
        oy: area.y + Math.max(0, (area.h - block.h * scale) / 2),
        legend: { x: g.body.x, y: g.body.y + g.body.h - legend.h, w: g.body.w, h: legend.h },
      };
      if (poster) posterPage = fp;
      else pages.push(fp);
      pageOf = () => 1;
    } else if (poster) {
      const { cols, rows } = poster.sheets;
      const needed = Math.max(0.1, Math.round(r.bestSmallest * 10) / 10);
      throw new PlanError(
        'too-large',
        `The plan (${p.n} objectives) does not fit a poster of ${cols} × ${rows} ${opts.paper} sheets: its smallest text would be ${needed} pt, under the ${MIN_TEXT_PT} pt minimum. Use more sheets or larger paper.`,
      );
    } else {
      mode = 'atlas';
      const needed = Math.max(0.1, Math.round(r.bestSmallest * 10) / 10);
      const what = p.focus !== null ? 'focused branch' : 'plan';
      fallback = `The ${what} (${p.n} objectives) is too large for one ${opts.paper} page: its smallest text would be ${needed} pt, under the ${MIN_TEXT_PT} pt minimum. It was exported as an atlas`;
    }
  }

  let jobs: Job[] = [];
  if (mode === 'atlas') {
    jobs = sectionJobs(p);
    const overview = planOverview(ts, p, g, jobs, legend.h, (w) => measureLegend(ts, w, codes, p.hasStatus));
    pages.push(...overview);
    const atlas = planAtlas(ts, p, g, spec, jobs, pages.length + 1, checkAbort);
    pages.push(...atlas.pages);
    const overviewOf = new Map<number, number>();
    overview.forEach((pg, i) => pg.cards.forEach((c) => overviewOf.set(c.spec.node, i + 1)));
    pageOf = (n) => atlas.pageOf[n] || overviewOf.get(n) || 0;
  }

  // Appendices are pages of the chosen paper (after a poster's sheets).
  for (const a of buildAppendices(plan, p, opts, posterPage ? [posterPage, ...pages] : pages)) pages.push(...planTable(ts, sheet, a));
  checkAbort();

  // Draw, streaming to a temporary file beside the target.
  const sheetCount = poster ? poster.sheets.cols * poster.sheets.rows : 0;
  const total = sheetCount + pages.length;
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const out = fs.createWriteStream(tmp);
  const finished = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
    doc.on('error', reject);
  });
  finished.catch(() => {});
  doc.pipe(out);

  const ctx: DrawContext = {
    ts,
    g,
    p,
    planName,
    dateText,
    mode,
    total,
    legendOps: legend.ops,
    jobs,
    pageOf,
    sectionItems: new Map(),
  };

  try {
    if (poster && posterPage) drawPoster(ctx, poster, posterPage, 1, (num) => opts.onProgress?.(num, total));
    for (let i = 0; i < pages.length; i++) {
      checkAbort();
      const pg = pages[i]!;
      const num = sheetCount + i + 1;
      drawPage({ ...ctx, g: pg.kind === 'table' ? sheet : g }, pg, num);
      opts.onProgress?.(num, total);
      if (i % 100 === 99) ts.trimCaches();
      if (i % 6 === 5) await new Promise<void>((r) => setImmediate(r));
    }
    checkAbort();
    doc.end();
    await finished;
    checkAbort();
    await fs.promises.rename(tmp, file);
  } catch (e) {
    doc.unpipe(out);
    out.destroy();
    await fs.promises.rm(tmp, { force: true }).catch(() => {});
    throw e;
  }

  if (fallback) notices.push(`${fallback} of ${total} pages instead.`);
  const result: PdfResult = {
    pages: total,
    mode: poster ? 'poster' : mode,
    minFontSize: ts.minSize === Infinity ? MIN_TEXT_PT : ts.minSize,
    outOfBounds: ts.outside,
  };
  if (ts.outside > 0 && process.env.CASCADE_PDF_DEBUG) console.warn('PDF items outside the page:', ts.outsideSamples);
  if (notices.length) result.notice = notices.join(' ');
  if (fitScale !== undefined) result.fitScale = fitScale;
  return result;
}
