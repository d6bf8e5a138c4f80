/**
 * The PDF's objective card: the app's one card model (shared/card.ts) scaled to points. Height,
 * title and key-result lines and every row's top come from layoutCard, so this card is the screen
 * card and the SVG card (shared/svg.ts, whose drawing this mirrors), only scaled: one factor
 * s = card width / CARD.width per drawing, text set at the model's px sizes × s. The PDF embeds the
 * same Noto Sans files the model's advance widths come from, so the model's lines fit as drawn;
 * nothing is wrapped here. Colours are shared/theme.ts.
 *
 * What print adds stays inside the model's geometry: the owner that the header chip could not show
 * whole, and the period, on the footer row (on screen it holds buttons); a footer note, linked to an
 * appendix, when key results were left off (a card taller than a page) or a title was cut to the
 * model's line limit (the appendix then has it whole, as the screen has it in a tooltip).
 */
import { CARD, CONTENT_WIDTH, KR_TEXT_WIDTH, layoutCard, type CardLayout } from '../../../shared/card';
import { isStale } from '../../../shared/audit';
import { formatNumber } from '../../../shared/number';
import { LEVEL_LABEL } from '../../../shared/model';
import { krProgress, percent } from '../../../shared/progress';
import { LEVEL_COLOR, THEME } from '../../../shared/theme';
import { KR_OVERFLOW_DEST, type CardSpec, type Op } from './card';
import type { Weight } from './fonts';
import type { Prepared } from './prepare';
import { type Typesetter, clean } from './text';
import { ellipsize as modelEllipsize, textWidth as modelWidth } from '../../../shared/textLayout';
import { PALETTE } from './theme';

export const TITLES_DEST = 'appendix-titles';
/** The smallest text on a model card, in px (level label, status and badge chips). */
export const MODEL_SMALLEST_PX = 11;

// The SVG card's sizes (shared/svg.ts), in px of the model.
const CONTENT_X = CARD.border + CARD.padX;
const STATUS_CHIP = { size: 11, weight: 'semibold' as Weight, line: 15, padX: 7, padY: 1 };
const OWNER_CHIP = { size: 12, weight: 'regular' as Weight, line: 16, padX: 8, padY: 2 };
const BADGE_CHIP = { size: 11, weight: 'regular' as Weight, line: 14, padX: 7, padY: 1 };
const LEVEL_TEXT = { size: 11, spacing: 0.66 };
const OWNER_MAX_W = 150;
const CHIP_GAP = 4;
const PCT_MIN_W = 36;
const MIN_BAR = 16;
const FOOTER_SIZE = 12;
/** Noto Sans ascent and descent in em, as shared/svg.ts centres text in a line box. */
const ASCENT = 1.069;
const DESCENT = 0.293;
const baseline = (top: number, lineH: number, size: number): number => top + (lineH - (ASCENT + DESCENT) * size) / 2 + ASCENT * size;

const STATUS_COLOR = {
  on: { bg: THEME.goodBg, fg: THEME.good },
  risk: { bg: THEME.warnBg, fg: THEME.warnInk },
  off: { bg: THEME.badBg, fg: THEME.bad },
} as const;

/**
 * A one-line label cut to maxW (px) with an ellipsis, measured with the model's Noto Sans advance
 * widths (as the card's lines are): a table sum per try instead of a shaping pass in pdfkit.
 */
function ellipsize(_ts: Typesetter, raw: string, weight: Weight, size: number, maxW: number): string {
  const t = clean(raw);
  const face = weight === 'regular' ? 'regular' : 'semibold';
  if (modelWidth(t, size, face) <= maxW) return t;
  return modelEllipsize(t, { face, size }, maxW);
}

/** The model's layout of an objective's card with its first `k` key results. */
function modelOf(p: Prepared, node: number, k: number): CardLayout {
  const krs = p.krs[node]!.slice(0, k).map((kr) => clean(kr.title));
  return layoutCard(clean(p.obj[node]!.title), krs, p.badges[node]!.length > 0);
}

/**
 * The card `w` points wide (s = w / CARD.width) with as many key results as keep it within maxH
 * (at least one); the rest are listed in the appendix.
 */
export function measureCard(ts: Typesetter, p: Prepared, node: number, w: number, maxH: number): CardSpec {
  const s = w / CARD.width;
  const o = p.obj[node]!;
  const all = p.krs[node]!;
  let k = all.length;
  let L = modelOf(p, node, k);
  // Each KR row is at least CARD.kr.line + KR_EXTRA tall: drop rows until the card fits the page.
  while (k > 1 && L.height * s > maxH) L = modelOf(p, node, --k);
  const hidden = all.length - k;
  const ops: Op[] = [];
  const levelColor = LEVEL_COLOR[o.level];
  // Text in px at the model's coordinates, drawn at × s.
  const text = (t: string, weight: Weight, size: number, x: number, top: number, lineH: number, color: string, opt: { spacing?: number; align?: 'left' | 'right' } = {}) => {
    if (t) ops.push({ k: 'text', text: t, weight, size: size * s, x: x * s, y: baseline(top, lineH, size) * s, color, spacing: opt.spacing ? opt.spacing * s : undefined, align: opt.align });
  };
  const rect = (x: number, y: number, rw: number, rh: number, r: number, fill: string, stroke?: string) =>
    ops.push({ k: 'rect', x: x * s, y: y * s, w: rw * s, h: rh * s, r: r * s, fill, stroke, lw: stroke ? s : undefined });
  const width = (t: string, weight: Weight, size: number) => ts.width(t, weight, size);
  const chip = (t: string, st: typeof STATUS_CHIP, maxW: number) => {
    const fitted = ellipsize(ts, t, st.weight, st.size, maxW - 2 * st.padX);
    return { t: fitted, w: width(fitted, st.weight, st.size) + 2 * st.padX, h: st.line + 2 * st.padY, whole: fitted === clean(t) };
  };
  const drawChip = (c: ReturnType<typeof chip>, st: typeof STATUS_CHIP, x: number, y: number, bg: string, fg: string, border?: string) => {
    rect(x, y, c.w, c.h, Math.min(c.h / 2, 9), bg, border);
    text(c.t, st.weight, st.size, x + st.padX, y + st.padY, st.line, fg);
  };

  // Header: the level, then status and owner chips at the right edge (as on screen).
  const top = CARD.borderTop + CARD.padTop;
  const level = LEVEL_LABEL[o.level].toUpperCase();
  text(level, 'bold', LEVEL_TEXT.size, CONTENT_X, top, CARD.header, levelColor, { spacing: LEVEL_TEXT.spacing });
  let room = CONTENT_WIDTH - width(level, 'bold', LEVEL_TEXT.size) - LEVEL_TEXT.spacing * level.length - CARD.gap;
  const meta: { c: ReturnType<typeof chip>; st: typeof STATUS_CHIP; bg: string; fg: string }[] = [];
  const st = p.status[node];
  if (st && st.tone !== 'none') {
    const label = clean(st.label) || PALETTE.status[st.tone].label;
    const c = chip(label, STATUS_CHIP, room);
    meta.push({ c, st: STATUS_CHIP, ...STATUS_COLOR[st.tone] });
    room -= c.w + CARD.gap;
  }
  const owner = clean(o.owner);
  let ownerWhole = owner === '';
  if (owner && room > 2 * OWNER_CHIP.padX + 20) {
    const c = chip(owner, OWNER_CHIP, Math.min(OWNER_MAX_W, room));
    meta.push({ c, st: OWNER_CHIP, bg: THEME.chip, fg: THEME.inkSoft });
    ownerWhole = c.whole;
  }
  let right = CONTENT_X + CONTENT_WIDTH;
  for (let i = meta.length - 1; i >= 0; i--) {
    const m = meta[i]!;
    right -= m.c.w;
    drawChip(m.c, m.st, right, top + (CARD.header - m.c.h) / 2, m.bg, m.fg);
    right -= CARD.gap;
  }

  // Coach badges: one row, the first three and "+n", as many as fit.
  if (L.badgesTop !== null) {
    const codes = p.badges[node]!;
    const shown = codes.slice(0, 3);
    if (codes.length > 3) shown.push(`+${codes.length - 3}`);
    let bx = 0;
    for (const b of shown) {
      const c = chip(b, BADGE_CHIP, CONTENT_WIDTH);
      if (bx > 0 && bx + c.w > CONTENT_WIDTH) break;
      drawChip(c, BADGE_CHIP, CONTENT_X + bx, L.badgesTop, THEME.warnBg, THEME.warnInk, THEME.warnLine);
      bx += c.w + CHIP_GAP;
    }
  }

  // Title: the model's lines.
  const placeholder = !clean(o.title);
  L.title.lines.forEach((line, i) =>
    text(line, placeholder ? 'regular' : 'semibold', CARD.title.size, CONTENT_X, L.title.top + i * CARD.title.line, CARD.title.line, placeholder ? THEME.inkFaint : THEME.ink),
  );

  // Roll-up bar and percentage.
  const roll = p.rollup[node] ?? null;
  const pct = percent(roll);
  const pctW = Math.max(PCT_MIN_W, width(pct, 'regular', 13));
  ops.push(bar(CONTENT_X, L.rollupTop + CARD.rollup / 2, CONTENT_WIDTH - pctW - 8, 8, roll ?? 0, levelColor, s));
  text(pct, 'regular', 13, CONTENT_X + CONTENT_WIDTH, L.rollupTop, CARD.rollup, THEME.inkSoft, { align: 'right' });
  rect(CONTENT_X, L.krsTop, CONTENT_WIDTH, 1, 0, THEME.lineSoft);

  // Key results: the model's lines, then current of target, bar and percentage.
  const today = p.today;
  const shownKrs = all.slice(0, k);
  const pcts = shownKrs.map((kr) => {
    const stale = isStale(kr, today);
    return { progress: krProgress(kr), stale, pct: percent(krProgress(kr)), tag: stale ? '\u00a0· stale' : '' };
  });
  let krPctW = PCT_MIN_W;
  for (const q of pcts) krPctW = Math.max(krPctW, width(q.pct + q.tag, 'regular', CARD.kr.size));
  const cutKrs: number[] = [];
  shownKrs.forEach((kr, i) => {
    const kl = L.krs[i]!;
    const q = pcts[i]!;
    const x = CONTENT_X + CARD.krPadX;
    const size = CARD.kr.size;
    const krPlaceholder = !clean(kr.title);
    if (kl.lines.join('').replace(/\s/g, '') !== clean(kr.title).replace(/\s/g, '') && !krPlaceholder) cutKrs.push(i);
    kl.lines.forEach((line, j) => text(line, 'regular', size, x, kl.top + j * CARD.kr.line, CARD.kr.line, krPlaceholder ? THEME.inkFaint : THEME.ink));
    const cy = kl.top + kl.lines.length * CARD.kr.line;
    const current = formatNumber(kr.current, kr.unit, 'en-US');
    const target = formatNumber(kr.target, kr.unit, 'en-US');
    const gap = CARD.gap;
    const valuesW = width(current, 'semibold', size) + 8 + gap + width('of', 'regular', size) + gap + width(target, 'regular', size) + 8;
    const avail = KR_TEXT_WIDTH - krPctW - gap - MIN_BAR - gap;
    let barX: number;
    if (valuesW <= avail) {
      const curW = width(current, 'semibold', size) + 8;
      rect(x, cy + (CARD.krValues - 20) / 2, curW, 20, 5, THEME.chip);
      text(current, 'semibold', size, x + 4, cy, CARD.krValues, THEME.ink);
      let tx = x + curW + gap;
      text('of', 'regular', size, tx, cy, CARD.krValues, THEME.inkFaint);
      tx += width('of', 'regular', size) + gap;
      text(target, 'regular', size, tx + 4, cy, CARD.krValues, THEME.inkSoft);
      barX = tx + width(target, 'regular', size) + 8 + gap;
    } else {
      const v = ellipsize(ts, `${current} of ${target}`, 'semibold', size, avail);
      text(v, 'semibold', size, x, cy, CARD.krValues, THEME.ink);
      barX = x + width(v, 'semibold', size) + gap;
    }
    const barW = x + KR_TEXT_WIDTH - krPctW - gap - barX;
    // A stale KR's bar: the SVG's grey hatching, as a flat grey.
    if (barW > 0) ops.push(bar(barX, cy + CARD.krValues / 2, barW, 6, q.progress, q.stale ? THEME.edge : levelColor, s));
    const right = x + KR_TEXT_WIDTH;
    if (q.stale) {
      text(q.tag, 'regular', size, right, cy, CARD.krValues, THEME.warn, { align: 'right' });
      text(q.pct, 'regular', size, right - width(q.tag, 'regular', size), cy, CARD.krValues, THEME.inkSoft, { align: 'right' });
    } else text(q.pct, 'regular', size, right, cy, CARD.krValues, THEME.inkSoft, { align: 'right' });
  });

  // Footer row: print's additions, each within it.
  const cut = L.title.lines.join('').replace(/\s/g, '') !== clean(o.title).replace(/\s/g, '') && !placeholder;
  let noteW = 0;
  const note = hidden > 0 ? `+ ${hidden} key result${hidden === 1 ? '' : 's'} in the appendix` : cut || cutKrs.length ? 'Whole text in the appendix' : '';
  if (note) {
    noteW = width(note, 'semibold', FOOTER_SIZE);
    const nx = CONTENT_X + CONTENT_WIDTH;
    text(note, 'semibold', FOOTER_SIZE, nx, L.footerTop, CARD.footer, PALETTE.link, { align: 'right' });
    ops.push({ k: 'link', x: (nx - noteW) * s, y: L.footerTop * s, w: noteW * s, h: CARD.footer * s, dest: hidden > 0 ? KR_OVERFLOW_DEST : TITLES_DEST });
  }
  const extra = [ownerWhole ? '' : owner, clean(o.period)].filter(Boolean).join(' · ');
  const extraW = CONTENT_WIDTH - (note ? noteW + CARD.gap : 0);
  if (extra && extraW > 30) text(ellipsize(ts, extra, 'regular', FOOTER_SIZE, extraW), 'regular', FOOTER_SIZE, CONTENT_X, L.footerTop, CARD.footer, THEME.inkFaint);

  return { node, w, h: L.height * s, level: o.level, ops, hiddenKrs: hidden, model: true, cutTitle: cut, cutKrs };
}

/** A progress bar (px of the model) as an op in points: track and fill, round-ended. */
function bar(x: number, cy: number, w: number, h: number, value: number, fill: string, s: number): Op {
  return { k: 'bar', x: x * s, y: (cy - h / 2) * s, w: Math.max(0, w) * s, h: h * s, p: value, color: fill, track: THEME.track };
}
