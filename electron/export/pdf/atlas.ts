/**
 * Atlas pagination: every section (branch) starts on a new page with its root card on top and as
 * much of its tree as fits below (a section that fits a page whole may share one, see pack). A child branch that does not fit gets a "continues on page N"
 * marker and is continued later; siblings that do not fit continue on the next page under a slim
 * header. Continued branches small enough to fit a page whole are packed several to a page, each
 * with a caption naming where it hangs. Pages come in reading order: a branch, its continuations,
 * then its sub-branches. Where the cards at g.cardW leave part of a page's family for later, or
 * keep a branch from fitting beside another, the page may use the narrowest legible cards instead
 * (MIN_CARD_W: the model's smallest text at 6 pt), a scale per page.
 */
import { measureSlim, scaleSpec, type CardSpec } from './card';
import { compose, copyInto, layoutRow, layoutSubtree, cardBlock, type Block, type LayoutCtx } from './layout';
import type { Job, PagePart, TreePage } from './pages';
import { MIN_CARD_W, type PageGeometry } from './paper';
import type { Prepared } from './prepare';
import type { Typesetter } from './text';
import { TREE_GAP as G } from './theme';

export interface AtlasPlan {
  pages: TreePage[];
  /** First page each node's card appears on (0 = nowhere). */
  pageOf: Int32Array;
}

/** Room kept at the bottom of a tree page for the "continues on page N" line. */
export const MORE_H = 14;
/** Height of a packed branch's caption line. */
export const CAPTION_H = 14;
const PACK_GAP_X = 26;
const PACK_GAP_Y = 16;
/** A page under a third full (see fillOf) is sparse. */
const MIN_FILL = 1 / 3;
/** Between a head card and a child hung beside it (16: so that three columns fit beside a head on A4 landscape). */
const SIDE_GAP = 16;

const newJob = (node: number, section: Job['section'], markerPage: number | null): Job => ({
  node,
  from: 0,
  slim: false,
  fromPage: null,
  section,
  page: 0,
  markerPage,
});

/** The first job of every section (created before planning, so the overview can refer to them). */
export const sectionJobs = (p: Prepared): Job[] => p.sections.map((s) => newJob(s.root, s, null));

export function slimWidth(g: PageGeometry): number {
  return Math.min(g.body.w, 2 * g.cardW + G.indent + G.h);
}

export function planAtlas(
  ts: Typesetter,
  p: Prepared,
  g: PageGeometry,
  spec: (node: number) => CardSpec,
  firstJobs: readonly Job[],
  firstPage: number,
  checkAbort: () => void,
): AtlasPlan {
  const minCardH = 48;
  const ctx: LayoutCtx = {
    p,
    spec,
    mode: 'atlas',
    leafColumnH: Infinity,
    capNodes: g.columns * Math.ceil(g.body.h / (minCardH + G.leaf)) + 1,
  };
  // A branch that does not fit a page whole with cards g.cardW wide may at the narrowest legible
  // width (MIN_CARD_W: the cards' smallest text at 6 pt); it is then drawn so, on one page.
  const smallF = MIN_CARD_W / g.cardW;
  const small: (CardSpec | undefined)[] = [];
  const smallCtx: LayoutCtx | null = smallF < 0.995 ? { ...ctx, spec: (n) => (small[n] ??= scaleSpec(spec(n), smallF)) } : null;
  const pages: TreePage[] = [];
  const pageOf = new Int32Array(p.n);
  const bodyH = g.body.h - MORE_H;
  const nextPage = () => firstPage + pages.length;

  const record = (blocks: Block[], pageNo: number) => {
    for (const b of blocks) for (const c of b.cards) if (pageOf[c.node] === 0 && !c.spec.slim) pageOf[c.node] = pageNo;
  };

  /**
   * How full a page is: the drawn cards' area over the content box. (The used height would call a
   * page "full" that holds one card over a row of collapsed cards; the area does not.)
   */
  const fillOf = (b: Block): number => b.cards.reduce((a, c) => a + c.spec.w * c.spec.h, 0) / (g.body.w * g.body.h);

  /**
   * The head with its child `c` and as much of c's family as fits; c's rest continues under a
   * marker. c hangs below the head or, when that leaves no room for c's children (tall cards on a
   * landscape page), beside it; whichever fills the page more.
   */
  const firstFamily = (lc: LayoutCtx, head: CardSpec, c: number, availH: number, pageNo: number, job: Job): { block: Block; cont: Job | null } | null => {
    const cs = lc.spec(c);
    const ckids = p.kids[c]!;
    if (ckids.length === 0) return null;
    const markH = G.markerGap + G.markerH;
    const family = (maxW: number, maxH: number) => {
      const row = layoutRow(lc, ckids, 0, maxW, maxH - cs.h - G.v - markH, false);
      if (!row || row.placed === 0) return null;
      const block = compose(cs, row);
      if (row.placed < ckids.length) {
        block.markers.push({ x: block.ax - cs.w / 2, y: block.h + G.markerGap, w: cs.w, node: c });
        block.h += markH;
      }
      return { block, placed: row.placed };
    };
    const options: { block: Block; placed: number }[] = [];
    const below = family(g.body.w, availH);
    if (below) options.push({ block: compose(head, { slots: [{ x: 0, block: below.block }], placed: 1, w: below.block.w, h: below.block.h }), placed: below.placed });
    const side = family(g.body.w - head.w - SIDE_GAP, bodyH);
    if (side) {
      const out: Block = { w: head.w + SIDE_GAP + side.block.w, h: Math.max(head.h, side.block.h), ax: head.w / 2, cards: [{ node: head.node, x: 0, y: 0, spec: head }], segs: [], markers: [] };
      copyInto(out, side.block, head.w + SIDE_GAP, 0);
      // An elbow from the head's side into the top of c's card.
      const y = Math.min(head.h, cs.h) / 2;
      out.segs.push({ x1: head.w, y1: y, x2: head.w + SIDE_GAP + side.block.ax - cs.w / 2, y2: y });
      options.push({ block: out, placed: side.placed });
    }
    const best = options.sort((a, b) => fillOf(b.block) - fillOf(a.block))[0];
    if (!best) return null;
    const cont = best.placed < ckids.length ? { node: c, from: best.placed, slim: true, fromPage: pageNo, section: job.section, page: 0, markerPage: pageNo } : null;
    return { block: best.block, cont };
  };

  /** A page for one job: its head card and as many children as fit (cards as `lc` measures them). */
  const layoutPage = (job: Job, lc: LayoutCtx, pageNo: number) => {
    const head = job.slim ? measureSlim(ts, p, job.node, slimWidth(g), job.fromPage) : lc.spec(job.node);
    const kids = p.kids[job.node]!;
    const availH = bodyH - head.h - G.v;
    let block = cardBlock(head);
    let placed = 0;
    if (job.from < kids.length) {
      let row = layoutRow(lc, kids, job.from, g.body.w, availH, false);
      if (row && row.placed === 0 && job.slim) {
        // Cannot happen for cards within the height cap; guarantee progress regardless.
        row = layoutRow(lc, kids, job.from, g.body.w, Infinity, false);
      }
      if (row && row.placed > 0) {
        block = compose(head, row);
        placed = row.placed;
      }
    }
    // A branch's first page whose children all continue elsewhere would hold little more than its
    // own card: it takes its first child's family instead, as much as fits, and the rest of the
    // child's family continues under a marker.
    let firstKid: { node: number; cont: Job } | null = null;
    if (placed > 0 && fillOf(block) < MIN_FILL) {
      const alt = firstFamily(lc, head, kids[job.from]!, availH, pageNo, job);
      if (alt && fillOf(alt.block) > fillOf(block)) {
        block = alt.block;
        placed = 1;
        firstKid = alt.cont ? { node: kids[job.from]!, cont: alt.cont } : null;
      }
    }
    // What is left for later pages: the job's cards not on this one.
    let left = 0;
    for (let i = job.from; i < kids.length; i++) left += p.size[kids[i]!]!;
    for (const c of block.cards) if (c.node !== job.node) left--;
    return { block, placed, firstKid, left };
  };

  const planPage = (job: Job): { page: TreePage; children: Job[]; cont: Job | null } => {
    const pageNo = nextPage();
    if (job.page === 0) job.page = pageNo;
    const kids = p.kids[job.node]!;
    let laid = layoutPage(job, ctx, pageNo);
    // A page that leaves something for later may leave less with the narrowest legible cards.
    if (laid.left > 0 && smallCtx) {
      const alt = layoutPage(job, smallCtx, pageNo);
      if (alt.left < laid.left || (fillOf(laid.block) < MIN_FILL && fillOf(alt.block) > fillOf(laid.block))) laid = alt;
    }
    const { block, placed, firstKid } = laid;
    const part: PagePart = { block, ox: g.body.x + Math.max(0, (g.body.w - block.w) / 2), oy: g.body.y, caption: null };
    const children = block.markers.map((m) => (firstKid && m.node === firstKid.node ? firstKid.cont : newJob(m.node, job.section, pageNo)));
    // The first child's own continuation is read before its sub-branches.
    if (firstKid) children.sort((a, b) => Number(b === firstKid.cont) - Number(a === firstKid.cont));
    const page: TreePage = { kind: 'tree', job, jobs: [job], parts: [part], more: null, markerJobs: children };
    record([block], pageNo);
    let cont: Job | null = null;
    const next = job.from + placed;
    if (next < kids.length) {
      cont = { node: job.node, from: next, slim: true, fromPage: pageNo, section: job.section, page: 0, markerPage: pageNo };
      page.more = { job: cont, count: kids.length - next };
    }
    return { page, children, cont };
  };

  // Branches that fit a page whole (continued branches, the rest of a family that ran over a page,
  // whole sections) share pages, each under a caption, with the narrowest legible cards when that
  // lets one in beside the others. So a page never holds a lone card that overflowed the one before.
  const wholeAt = (job: Job, c: LayoutCtx): Block | null => {
    if (job.slim) {
      const head = measureSlim(ts, p, job.node, slimWidth(g), job.fromPage);
      const row = layoutRow(c, p.kids[job.node]!, job.from, g.body.w, bodyH - CAPTION_H - head.h - G.v, true);
      return row && row.placed > 0 ? compose(head, row) : null;
    }
    const packable = job.from === 0;
    return packable ? layoutSubtree(c, job.node, g.body.w, bodyH - CAPTION_H, false) : null;
  };
  const wholeOf = (job: Job): Block | null => {
    if (job.whole === undefined) job.whole = wholeAt(job, ctx) ?? (smallCtx ? wholeAt(job, smallCtx) : null);
    return job.whole;
  };
  /** The job whole with the narrowest legible cards (to fit beside others on a shared page). */
  const smallWhole = new Map<Job, Block | null>();
  const wholeSmallOf = (job: Job): Block | null => {
    if (!smallCtx) return null;
    if (!smallWhole.has(job)) smallWhole.set(job, wholeAt(job, smallCtx));
    return smallWhole.get(job)!;
  };

  {
    const stack: Job[] = [...firstJobs].reverse();
    /** Packs `first` and the following small branches onto one page, in rows. */
    const pack = (first: Job, firstBlock: Block) => {
      const pageNo = nextPage();
      const parts: PagePart[] = [];
      const jobs: Job[] = [];
      let x = 0;
      let y = 0;
      let rowH = 0;
      const tryPlace = (job: Job, b: Block): boolean => {
        const h = b.h + CAPTION_H;
        let px = x === 0 ? 0 : x + PACK_GAP_X;
        let py = y;
        if (px + b.w > g.body.w) {
          px = 0;
          py = y + rowH + PACK_GAP_Y;
        }
        if (py + h > bodyH) return false;
        if (py !== y) {
          y = py;
          rowH = 0;
        }
        x = px + b.w;
        rowH = Math.max(rowH, h);
        const parent = p.parent[job.node]!;
        const caption = job.slim
          ? `Continued from page ${job.fromPage}`
          : job.markerPage === null
            ? `Branch ${job.section.number}`
            : `From page ${job.markerPage} · under ${parent >= 0 ? p.obj[parent]!.title : ''}`;
        parts.push({ block: b, ox: g.body.x + px, oy: g.body.y + py + CAPTION_H, caption });
        jobs.push(job);
        job.page = pageNo;
        return true;
      };
      // The first branch with the narrowest legible cards when that lets the next one in beside it.
      const peek = stack[stack.length - 1];
      const nb = peek ? wholeOf(peek) : null;
      if (nb && firstBlock.w + PACK_GAP_X + nb.w > g.body.w) {
        const fs = wholeSmallOf(first);
        const ns = wholeSmallOf(peek!) ?? nb;
        if (fs && fs.w + PACK_GAP_X + Math.min(nb.w, ns.w) <= g.body.w) firstBlock = fs;
      }
      tryPlace(first, firstBlock);
      while (stack.length) {
        const next = stack[stack.length - 1]!;
        const b = wholeOf(next);
        if (!b) break;
        // With the narrowest legible cards when it does not fit so.
        if (!tryPlace(next, b)) {
          const b2 = wholeSmallOf(next);
          if (!b2 || !tryPlace(next, b2)) break;
        }
        stack.pop();
      }
      // Centre the rows' content horizontally when it is narrower than the page.
      const used = Math.max(...parts.map((pt) => pt.ox + pt.block.w)) - g.body.x;
      if (used < g.body.w) for (const pt of parts) pt.ox += (g.body.w - used) / 2;
      record(parts.map((pt) => pt.block), pageNo);
      pages.push({ kind: 'tree', job: first, jobs, parts, more: null, markerJobs: [] });
    };
    while (stack.length) {
      checkAbort();
      const top = stack.pop()!;
      const whole = wholeOf(top);
      if (whole) {
        pack(top, whole);
        continue;
      }
      let job: Job | null = top;
      const children: Job[] = [];
      let rest: Job | null = null;
      while (job) {
        checkAbort();
        const r = planPage(job);
        pages.push(r.page);
        children.push(...r.children);
        job = r.cont;
        // The rest fits a page whole: it goes first in line, to be packed with what follows.
        if (job && wholeOf(job)) (rest = job), (job = null);
      }
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
      if (rest) stack.push(rest);
    }
  }
  return { pages, pageOf };
}
