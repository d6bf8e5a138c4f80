/**
 * Draws one planned page: chrome (header with breadcrumb, footer with plan, date and page number),
 * its content, its named destination and its bookmarks.
 */
import { LEVEL_LABEL } from '../../../shared/model';
import { percent } from '../../../shared/progress';
import { crumbsFor, scopeCrumbs, short } from './breadcrumb';
import { drawOps, type Op } from './card';
import { OVERVIEW_DEST, drawFooter, drawHeader, type HeaderSpec } from './chrome';
import type { Job, PagePlan } from './pages';
import type { PageGeometry } from './paper';
import type { Prepared } from './prepare';
import { drawCaption, drawMore, drawOverview, drawTable, drawTree, pageDest } from './render';
import type { Typesetter } from './text';
import { PALETTE } from './theme';

export interface DrawContext {
  ts: Typesetter;
  g: PageGeometry;
  p: Prepared;
  planName: string;
  dateText: string;
  mode: 'fit' | 'atlas';
  total: number;
  legendOps: readonly Op[];
  /** First job of each section (atlas). */
  jobs: readonly Job[];
  pageOf: (node: number) => number;
  /** Bookmarks of sections drawn so far, by section number. */
  sectionItems: Map<number, PDFKit.PDFOutline>;
}

export function overviewSummary(p: Prepared, dateText: string): string {
  const roots = p.roots.map((r) => p.rollup[r] ?? null).filter((v): v is number => v !== null);
  const overall = roots.length ? roots.reduce((a, b) => a + b, 0) / roots.length : null;
  const n = p.sections.length;
  return `${p.n} objective${p.n === 1 ? '' : 's'} · ${p.keyResultCount} key result${p.keyResultCount === 1 ? '' : 's'} · ${n} branch${n === 1 ? '' : 'es'} · overall progress ${percent(overall)} · ${dateText}`;
}

export function drawPage(ctx: DrawContext, pg: PagePlan, num: number): void {
  const { ts, g } = ctx;
  ts.doc.addPage({ size: [g.width, g.height], margin: 0 });
  ts.doc.addNamedDestination(pageDest(num), 'XYZ', null, 0, null);
  drawPageBody(ctx, pg, num);
}

/**
 * Everything on a page but the page itself: on the current page, in the current coordinates (a
 * poster sheet draws the whole poster page moved and clipped). `bookmarks` false: added already.
 */
export function drawPageBody(ctx: DrawContext, pg: PagePlan, num: number, bookmarks = true): void {
  const { ts, g, p, planName, dateText, mode, total, jobs, pageOf, sectionItems } = ctx;
  const doc = ts.doc;
  const sectionCount = p.sections.length;
  ts.setSafeArea(12, 12, g.width - 12, g.height - 12);
  let header: HeaderSpec;
  switch (pg.kind) {
    case 'fit': {
      header = {
        kicker: `ONE-PAGE VIEW · ${p.focus !== null ? 'FOCUSED BRANCH' : 'WHOLE PLAN'} · ${p.n} OBJECTIVE${p.n === 1 ? '' : 'S'}`,
        kickerColor: PALETTE.level.north_star.text,
        crumbs: scopeCrumbs(p, planName),
        overviewLink: false,
      };
      if (bookmarks) doc.outline.addItem(p.focus !== null ? `One-page view: ${short(p.obj[p.focus]!.title)}` : 'One-page view');
      if (pg.block.cards.length === 0) {
        ts.line('This plan has no objectives yet.', 'regular', 10, g.body.x + g.body.w / 2, g.body.y + g.body.h / 3, PALETTE.muted, { align: 'center' });
      } else {
        doc.save();
        doc.translate(pg.ox, pg.oy);
        doc.scale(pg.scale);
        ts.setTransform({ scale: pg.scale, dx: pg.ox, dy: pg.oy });
        drawTree(ts, pg.block, 0, 0, []);
        ts.setTransform({ scale: 1, dx: 0, dy: 0 });
        doc.restore();
      }
      drawOps(ts, ctx.legendOps, pg.legend.x, pg.legend.y);
      break;
    }
    case 'overview': {
      header = {
        kicker: `OVERVIEW${pg.count > 1 ? ` · ${pg.index + 1} OF ${pg.count}` : ''} · ${sectionCount} BRANCH${sectionCount === 1 ? '' : 'ES'}`,
        kickerColor: PALETTE.level.north_star.text,
        crumbs: scopeCrumbs(p, planName),
        overviewLink: false,
      };
      if (pg.index === 0) {
        doc.addNamedDestination(OVERVIEW_DEST, 'XYZ', null, 0, null);
        doc.outline.addItem('Overview');
      }
      drawOverview(ts, g, pg, { title: p.focus !== null ? 'Overview of the branch' : 'Overview', summary: overviewSummary(p, dateText) }, ctx.legendOps);
      break;
    }
    case 'tree': {
      const job = pg.job;
      const s = job.section;
      const packed = pg.parts.some((pt) => pt.caption !== null);
      const level = LEVEL_LABEL[p.obj[s.root]!.level].toUpperCase();
      // A packed page's breadcrumb ends at the branches' common parent.
      let crumbNode = job.node;
      if (packed) {
        const parents = new Set(pg.jobs.map((j) => p.parent[j.node]!));
        const only = parents.size === 1 ? [...parents][0]! : -1;
        crumbNode = only >= 0 && (p.sectionOf[only] === p.sectionOf[job.node] || p.sectionOf[only] === -1) ? only : s.root;
      }
      const numbers = [...new Set(pg.jobs.map((j) => j.section.number))];
      const branchLabel =
        numbers.length > 1 ? `BRANCHES ${Math.min(...numbers)}–${Math.max(...numbers)} OF ${sectionCount}` : `BRANCH ${s.number} OF ${sectionCount}`;
      const continued = job.slim || pg.jobs.some((j) => j.markerPage !== null);
      header = {
        kicker: `${branchLabel} · ${level}${continued ? ' · CONTINUED' : ''}`,
        kickerColor: PALETTE.level[p.obj[s.root]!.level].text,
        crumbs: crumbsFor(p, crumbNode, s.root, jobs[s.number - 1]?.page ?? 0),
        overviewLink: true,
      };
      for (const j of pg.jobs) {
        if (j.slim || j.page !== num) continue;
        if (j.node === s.root) sectionItems.set(s.number, doc.outline.addItem(`${s.number}. ${short(p.obj[s.root]!.title)}`));
        else (sectionItems.get(s.number) ?? doc.outline).addItem(short(p.obj[j.node]!.title));
      }
      let m = 0;
      for (const part of pg.parts) {
        const pagesOfMarkers = part.block.markers.map(() => pg.markerJobs[m++]?.page ?? 0);
        if (part.caption) drawCaption(ts, part.caption, part.ox, part.oy - 4, Math.max(part.block.w, g.cardW));
        drawTree(ts, part.block, part.ox, part.oy, pagesOfMarkers);
      }
      if (pg.more) drawMore(ts, g, pg.more.count, pg.more.job.page);
      break;
    }
    case 'table': {
      header = { kicker: pg.title.split(':')[0]!.toUpperCase(), kickerColor: PALETTE.muted, crumbs: [{ text: planName }, { text: pg.title.split(': ').slice(1).join(': ') }], overviewLink: mode === 'atlas' };
      if (pg.first) {
        doc.addNamedDestination(pg.dest, 'XYZ', null, 0, null);
        if (pg.outline) doc.outline.addItem(pg.outline);
      }
      drawTable(ts, g, pg, pageOf);
      break;
    }
  }
  drawHeader(ts, g, header);
  drawFooter(ts, g, planName, dateText, num, total);
}
