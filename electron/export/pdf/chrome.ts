/** Page furniture: header (section and breadcrumb), footer (plan, date, page) and the legend. */
import { LEVEL_LABEL, LEVELS } from '../../../shared/model';
import { badgeChip, drawOps, statusChip, type Op } from './card';
import type { PageGeometry } from './paper';
import { Typesetter, baselineOffset, ellipsize } from './text';
import { PALETTE, type Tone } from './theme';

export const OVERVIEW_DEST = 'overview';

export interface Crumb {
  text: string;
  dest?: string;
}

export interface HeaderSpec {
  kicker: string;
  kickerColor: string;
  crumbs: Crumb[];
  overviewLink: boolean;
}

/** Fits a breadcrumb into one line: each crumb is shortened, the middle ones first. */
function fitCrumbs(ts: Typesetter, crumbs: Crumb[], size: number, maxW: number): Crumb[] {
  const sep = ts.width('  ›  ', 'regular', size);
  const total = (cs: Crumb[]) => cs.reduce((w, c, i) => w + ts.width(c.text, i === cs.length - 1 ? 'semibold' : 'regular', size) + (i ? sep : 0), 0);
  for (const limit of [90, 60, 40, 28, 18]) {
    const cs = crumbs.map((c, i) => ({ ...c, text: ellipsize(ts, c.text, i === crumbs.length - 1 ? 'semibold' : 'regular', size, limit * size * 0.55) }));
    if (total(cs) <= maxW) return cs;
  }
  const last = crumbs[crumbs.length - 1]!;
  return [{ ...last, text: ellipsize(ts, last.text, 'semibold', size, maxW) }];
}

export function drawHeader(ts: Typesetter, g: PageGeometry, h: HeaderSpec): void {
  const doc = ts.doc;
  const { x, y, w } = g.header;
  ts.line(h.kicker, 'semibold', 6.8, x, y + 9, h.kickerColor, { spacing: 0.5 });
  if (h.overviewLink) {
    const label = 'Back to overview';
    const lw = ts.line(label, 'regular', 7, x + w, y + 9, PALETTE.link, { align: 'right' });
    doc.goTo(x + w - lw, y + 2, lw, 9, OVERVIEW_DEST);
  }
  const size = 8.5;
  const crumbs = fitCrumbs(ts, h.crumbs, size, w);
  let cx = x;
  const by = y + 24;
  crumbs.forEach((c, i) => {
    const last = i === crumbs.length - 1;
    if (i) cx += ts.line('  ›  ', 'regular', size, cx, by, PALETTE.faint);
    const cw = ts.line(c.text, last ? 'semibold' : 'regular', size, cx, by, last ? PALETTE.ink : PALETTE.muted);
    if (c.dest) doc.goTo(cx, by - 8, cw, 10, c.dest);
    cx += cw;
  });
  doc.rect(x, g.header.y + g.header.h - 0.5, w, 0.5).fill(PALETTE.hairline);
}

export function drawFooter(ts: Typesetter, g: PageGeometry, plan: string, date: string, page: number, total: number): void {
  const { x, y, w, h } = g.footer;
  ts.doc.rect(x, y, w, 0.5).fill(PALETTE.hairline);
  const base = y + h - 5;
  const right = `Page ${page} of ${total}`;
  const rw = ts.width(right, 'semibold', 7);
  const left = ellipsize(ts, plan, 'semibold', 7, w - rw - 160);
  const lw = ts.line(left, 'semibold', 7, x, base, PALETTE.body);
  ts.line(`  ·  ${date}  ·  Cascade Planner`, 'regular', 7, x + lw, base, PALETTE.muted);
  ts.line(right, 'semibold', 7, x + w, base, PALETTE.body, { align: 'right' });
}

/** The legend as ops in a box of width w: levels, status colours, badges, progress. */
export function measureLegend(ts: Typesetter, w: number, codes: readonly string[], showStatus: boolean): { h: number; ops: Op[] } {
  const ops: Op[] = [];
  const pad = 8;
  const size = 7;
  const rowH = 14;
  let x = pad;
  let y = pad;
  const maxX = w - pad;
  // A heading is placed together with the first item after it, so it never ends a row alone.
  let pending: { text: string; w: number } | null = null;
  const place = (iw: number) => {
    const hw = pending ? pending.w + (x > pad ? 12 : 0) : 0;
    if (x > pad && x + hw + iw > maxX) {
      x = pad;
      y += rowH;
    }
    if (pending) {
      if (x > pad) x += 12;
      ops.push({ k: 'text', text: pending.text, weight: 'semibold', size: 6.5, x, y: y + baselineOffset(6.5, 10), color: PALETTE.muted, spacing: 0.45 });
      x += pending.w;
      pending = null;
    }
    const at = x;
    x += iw;
    return at;
  };
  const heading = (t: string) => {
    const text = t.toUpperCase();
    pending = { text, w: ts.width(text, 'semibold', 6.5, 0.45) + 6 };
  };
  const label = (t: string) => ts.width(t, 'regular', size);

  heading('Levels');
  for (const lv of LEVELS) {
    const t = LEVEL_LABEL[lv];
    const at = place(12 + label(t) + 10);
    ops.push({ k: 'rect', x: at, y: y + 1.5, w: 8, h: 7, r: 1.5, fill: PALETTE.level[lv].accent });
    ops.push({ k: 'text', text: t, weight: 'regular', size, x: at + 12, y: y + baselineOffset(size, 10), color: PALETTE.body });
  }
  if (showStatus) {
    heading('Status');
    // No 'No status' chip: cards draw none for an objective without a status (as on screen).
    for (const tone of ['on', 'risk', 'off'] as Tone[]) {
      const chip = statusChip(null, tone);
      const cw = 9 + ts.width(chip.text, 'semibold', 6.5) + 4;
      const at = place(cw + 5);
      ops.push({ k: 'rect', x: at, y, w: cw, h: 10, r: 5, fill: chip.bg });
      ops.push({ k: 'dot', x: at + 5, y: y + 5, r: 1.9, color: chip.fg });
      ops.push({ k: 'text', text: chip.text, weight: 'semibold', size: 6.5, x: at + 9, y: y + baselineOffset(6.5, 8) + 1, color: chip.fg });
    }
  }
  heading('Coach badges');
  const shown = codes.slice(0, 12);
  for (const code of shown.length ? shown : ['CODE']) {
    const chip = badgeChip(code);
    const cw = 8 + ts.width(code, 'semibold', 6.5);
    const at = place(cw + 4);
    ops.push({ k: 'rect', x: at, y, w: cw, h: 10, r: 5, fill: chip.bg, stroke: chip.border, lw: 0.5 });
    ops.push({ k: 'text', text: code, weight: 'semibold', size: 6.5, x: at + 4, y: y + baselineOffset(6.5, 8) + 1, color: chip.fg });
  }
  const note = codes.length > shown.length ? `and ${codes.length - shown.length} more: rule codes from the coach` : 'rule codes from the coach';
  const nat = place(label(note) + 6);
  ops.push({ k: 'text', text: note, weight: 'regular', size, x: nat, y: y + baselineOffset(size, 10), color: PALETTE.muted });

  heading('Progress');
  const demo = 'share of the way from start to target; figures read current of target (compact cards: start → current → target)';
  const at = place(34 + label(demo));
  ops.push({ k: 'bar', x: at, y: y + 3.7, w: 28, h: 2.6, p: 0.6, color: PALETTE.level.bridge.accent });
  ops.push({ k: 'text', text: demo, weight: 'regular', size, x: at + 34, y: y + baselineOffset(size, 10), color: PALETTE.body });

  const h = y + 10 + pad;
  ops.unshift({ k: 'rect', x: 0, y: 0, w, h, r: 4, fill: PALETTE.panel, stroke: PALETTE.hairline, lw: 0.5 });
  return { h, ops };
}

export function drawLegend(ts: Typesetter, ops: readonly Op[], x: number, y: number): void {
  drawOps(ts, ops, x, y);
}
