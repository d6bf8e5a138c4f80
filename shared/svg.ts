/**
 * The cascade as a standalone SVG: vector cards drawn from the plan's data (real <text>, not a
 * screenshot), laid out with the on-screen tidy layout. Cards are the app's cards: geometry, title
 * and key-result lines (wrapped with the real font, ellipsis past the line limit) and heights come
 * from the card model, shared/card.ts, and colours from shared/theme.ts, so a card here is the card
 * on screen. Whole titles stay in each card's <title>.
 *
 * Pure: no Node or DOM. Text is measured with Noto Sans advance widths (ASCII, from the font files
 * the PNG export loads) and generous per-class estimates elsewhere, so wrapping errs towards short
 * lines. Output depends only on the arguments (pass `today` for a fixed date). Linear in the plan
 * size apart from sorting, and iterative throughout, so 10,000 objectives or a 5,000-deep chain are
 * fine.
 */
import { isStale } from './audit';
import { CARD, CONTENT_WIDTH, KR_TEXT_WIDTH, UNTITLED_OBJECTIVE, layoutCard } from './card';
import { LEVEL_COLOR, THEME } from './theme';
import { ellipsize, isJoining, isWide } from './textLayout';
import { buildLayoutTree, connectorPoints, layoutArrays } from './layout';
import type { KeyResult, Level, Objective, PlanSnapshot, Status } from './model';
import { LEVEL_LABEL, onShelf } from './vocabulary';
import { krProgress, percent } from './progress';
import { type PlanView, rollupAll } from './rollup';
import { STATUS_LABEL, statusOf } from './status';
import { ROOT, type TreeIndex } from './tree';
import { withInheritedPeriod } from './period';
import { formatNumber } from './number';

export interface SvgViewport {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SvgOptions {
  /** Temporary root: only this objective's branch is drawn (ignored when unknown or on the shelf). */
  focusId?: string | null;
  /**
   * The "current view": a rectangle in on-screen layout coordinates (the React Flow positions that
   * shared/layout.ts gives with shared/card.ts heights). Only the cards whose on-screen boxes
   * intersect it are drawn, each whole.
   */
  viewport?: SvgViewport | null;
  /** Coach badges of an objective (short labels), drawn under the card header. */
  badges?: (objectiveId: string) => string[];
  /** Collapsed cards, as on screen: their branches are left out and the card says how many are hidden. */
  collapsed?: (objectiveId: string) => boolean;
  /** The date statuses and stale key results are judged at (default: now). */
  today?: Date;
  /**
   * Width ÷ height the layout aims for (leaf families stack in columns to get near it): the
   * window's, so the picture has the screen's arrangement; default 16:10.
   */
  aspect?: number | null;
}

/** The shape an exported picture aims for when no window gave one. */
export const PICTURE_ASPECT = 16 / 10;

export interface SvgResult {
  svg: string;
  /** Size in CSS pixels (the SVG's width/height attributes and viewBox). */
  width: number;
  height: number;
}

// ---------------------------------------------------------------------------------------------
// Look (mirrors renderer/styles.css)

const COLOR = {
  bg: THEME.bg,
  surface: THEME.surface,
  ink: THEME.ink,
  inkSoft: THEME.inkSoft,
  inkFaint: THEME.inkFaint,
  line: THEME.line,
  krLine: THEME.lineSoft,
  track: THEME.track,
  chip: THEME.chip,
  edge: THEME.edge,
  warn: THEME.warn,
} as const;

const STATUS_COLOR: Record<Status, { bg: string; fg: string }> = {
  on_track: { bg: THEME.goodBg, fg: THEME.good },
  at_risk: { bg: THEME.warnBg, fg: THEME.warnInk },
  off_track: { bg: THEME.badBg, fg: THEME.bad },
};

const BADGE = { bg: THEME.warnBg, fg: THEME.warnInk, border: THEME.warnLine } as const;

const FONT_FAMILY = "'Noto Sans', sans-serif";

/** Card geometry: shared/card.ts. */
const W = CARD.width;
const BORDER_TOP = CARD.borderTop;
const GAP = CARD.gap;
const CONTENT_X = CARD.border + CARD.padX;
const CONTENT_W = CONTENT_WIDTH;
const HEADER_H = CARD.header;
const TITLE = { size: CARD.title.size, line: CARD.title.line, weight: CARD.title.weight } as const;
const ROLLUP_H = CARD.rollup;
const PCT_MIN_W = 36;
const KR = { size: CARD.kr.size, line: CARD.kr.line, padX: CARD.krPadX, values: CARD.krValues } as const;
const KR_W = KR_TEXT_WIDTH;
const MIN_BAR = 16;
const CHIP_GAP = 4;
/** The on-screen owner chip's max-width. */
const OWNER_MAX_W = 150;

/** Page around the cards. */
const MARGIN = 24;
const HEAD = { nameSize: 18, nameLine: 24, subSize: 13, subLine: 18, gapBelow: 20 } as const;

// ---------------------------------------------------------------------------------------------
// Text measurement

type Weight = 400 | 600 | 700;

// Advance widths of ASCII 32..126 in thousandths of an em, from Noto Sans Regular, SemiBold, Bold.
const ASCII: Record<Weight, readonly number[]> = {
  400: [260,269,408,646,572,831,732,225,300,300,551,572,268,322,268,372,572,572,572,572,572,572,572,572,572,572,268,268,572,572,572,434,899,639,650,632,730,556,519,728,741,339,273,619,524,907,760,781,605,781,622,549,556,731,600,930,586,566,572,329,372,329,572,444,281,561,615,480,615,564,344,615,618,258,258,534,258,935,618,605,615,615,413,479,361,618,508,786,529,510,470,380,551,380,572],
  600: [260,277,452,646,572,875,743,250,324,324,546,572,279,320,276,399,572,572,572,572,572,572,572,572,572,572,276,279,572,572,572,461,898,672,659,638,732,558,538,726,756,370,309,647,546,929,793,787,615,787,643,550,569,747,631,953,638,603,576,330,399,330,572,423,333,585,626,502,626,585,371,626,638,283,283,588,283,960,638,617,626,626,434,493,406,638,547,830,560,548,484,389,551,389,572],
  700: [260,282,479,646,572,902,750,266,339,339,542,572,285,320,281,415,572,572,572,572,572,572,572,572,572,572,281,285,572,572,572,477,898,692,665,642,732,560,549,724,765,389,331,664,559,943,813,791,621,791,656,551,577,756,650,967,670,626,579,331,415,331,572,411,365,599,632,516,632,597,387,632,650,299,298,620,298,975,650,625,632,632,447,502,434,650,571,856,578,571,493,394,551,394,572],
};
/** Wrapping errs generous: a line estimated to fit really does. */
const SLACK = 1.04;
const ASCENT = 1.069;
const DESCENT = 0.293;

function advance(cp: number, weight: Weight): number {
  if (cp >= 32 && cp < 127) return ASCII[weight][cp - 32]!;
  if (isJoining(cp)) return 0;
  if (isWide(cp)) return 1000;
  // Latin extended, Greek, Cyrillic and symbols: wider than the widest averages of Noto Sans.
  return weight === 400 ? 680 : 720;
}

/** Estimated width in px of `text` at `size` px (letter spacing in px per character). */
export function textWidth(text: string, size: number, weight: Weight = 400, letterSpacing = 0): number {
  let units = 0;
  let chars = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      }
    }
    units += advance(cp, weight);
    chars++;
  }
  return ((units * size) / 1000) * SLACK + chars * letterSpacing;
}

/** Characters XML 1.0 cannot hold, and unpaired surrogates (which no encoder can write). */
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as drawn: whitespace runs as one space, characters XML cannot hold as U+FFFD. */
export function displayText(s: string): string {
  return s.replace(INVALID_XML, '\ufffd').replace(/\s+/g, ' ').trim();
}

/** Escapes text or an attribute value for XML (the text is already free of invalid characters). */
function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&apos;'));
}

interface Segment {
  body: string;
  bodyW: number;
  /** A following space, kept at the end of its line so that the lines join back into the text. */
  space: boolean;
}

/**
 * Wraps `text` (already normalised by displayText) into lines no wider than `maxWidth`. Lines break
 * after spaces and around East Asian characters; a word longer than a line is split between
 * characters. A line that ends at a space keeps it, so the lines concatenated are exactly `text`.
 */
export function wrap(text: string, maxWidth: number, size: number, weight: Weight = 400): string[] {
  if (text === '') return [''];
  const spaceW = textWidth(' ', size, weight);
  // Segments: runs between break opportunities.
  const segs: Segment[] = [];
  let cur = '';
  const flush = (space: boolean) => {
    if (cur !== '' || space) segs.push({ body: cur, bodyW: textWidth(cur, size, weight), space });
    cur = '';
  };
  const cps = Array.from(text);
  for (let i = 0; i < cps.length; i++) {
    const ch = cps[i]!;
    const cp = ch.codePointAt(0)!;
    if (ch === ' ') {
      flush(true);
      continue;
    }
    if (isWide(cp) && !isJoining(cp)) {
      flush(false);
      cur = ch;
      // Keep joining marks (and a joined character after a ZWJ) with the wide character.
      while (i + 1 < cps.length) {
        const next = cps[i + 1]!.codePointAt(0)!;
        if (isJoining(next)) {
          cur += cps[++i]!;
          if (next === 0x200d && i + 1 < cps.length) cur += cps[++i]!;
        } else break;
      }
      if (i + 1 < cps.length && cps[i + 1] === ' ') {
        i++;
        flush(true);
      } else flush(false);
      continue;
    }
    cur += ch;
  }
  flush(false);

  const lines: string[] = [];
  let line = '';
  let lineW = 0;
  const push = () => {
    lines.push(line);
    line = '';
    lineW = 0;
  };
  for (const s of segs) {
    if (line !== '' && lineW + s.bodyW > maxWidth) push();
    if (s.bodyW > maxWidth) {
      // Split a too-long word between characters (joining marks stay with their base).
      for (const cluster of clusters(s.body)) {
        const w = textWidth(cluster, size, weight);
        if (line !== '' && lineW + w > maxWidth) push();
        line += cluster;
        lineW += w;
      }
    } else {
      line += s.body;
      lineW += s.bodyW;
    }
    if (s.space) {
      line += ' ';
      lineW += spaceW;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/** Characters with their joining marks (a ZWJ also takes the character after it). */
function clusters(s: string): string[] {
  const out: string[] = [];
  const cps = Array.from(s);
  for (let i = 0; i < cps.length; i++) {
    let c = cps[i]!;
    while (i + 1 < cps.length) {
      const next = cps[i + 1]!.codePointAt(0)!;
      if (!isJoining(next)) break;
      c += cps[++i]!;
      if (next === 0x200d && i + 1 < cps.length) c += cps[++i]!;
    }
    out.push(c);
  }
  return out;
}

/** Baseline of text of `size` px centred in a line box of `lineH` px whose top is `top`. */
const baseline = (top: number, lineH: number, size: number): number => top + (lineH - (ASCENT + DESCENT) * size) / 2 + ASCENT * size;

/** Coordinates with at most two decimals, so the output is stable and compact. */
const f = (v: number): string => String(Math.round(v * 100) / 100);

// ---------------------------------------------------------------------------------------------
// Numbers: shared/number.ts with a fixed locale, so a file comes out the same everywhere

const valueText = (value: number, unit: string): string => formatNumber(value, unit, 'en-US');

// ---------------------------------------------------------------------------------------------
// Card model: everything wrapped and measured once, then drawn at an offset

interface Chip {
  lines: string[];
  w: number;
  h: number;
}

interface ChipStyle {
  size: number;
  weight: Weight;
  line: number;
  padX: number;
  padY: number;
}

const STATUS_CHIP: ChipStyle = { size: 11, weight: 600, line: 15, padX: 7, padY: 1 };
const OWNER_CHIP: ChipStyle = { size: 12, weight: 400, line: 16, padX: 8, padY: 2 };
const BADGE_CHIP: ChipStyle = { size: 11, weight: 400, line: 14, padX: 7, padY: 1 };
const LEVEL_TEXT = { size: 11, weight: 700 as Weight, spacing: 0.66 };

interface KrModel {
  title: string[];
  placeholder: boolean;
  /** "current of target", or one ellipsized text when the values are too long for the row. */
  current: string;
  target: string;
  fits: boolean;
  valuesText: string;
  progress: number;
  pct: string;
  pctW: number;
  stale: boolean;
  top: number;
  h: number;
}

interface CardModel {
  o: Objective;
  title: string[];
  titleTop: number;
  placeholder: boolean;
  level: string;
  /** Status and owner chips, drawn right-aligned in the header (as on screen). */
  meta: { c: Chip; st: ChipStyle; bg: string; fg: string }[];
  badges: Chip[];
  badgesTop: number | null;
  badgeCount: number;
  rollup: number | null;
  rollupTop: number;
  krsTop: number;
  krs: KrModel[];
  hidden: number;
  footerTop: number;
  h: number;
}

const UNTITLED = UNTITLED_OBJECTIVE;

/** The percentage shown after a KR's bar, with the stale marker. */
function krPct(kr: KeyResult, today: Date): { progress: number; stale: boolean; pct: string } {
  const progress = krProgress(kr);
  const stale = isStale(kr, today);
  return { progress, stale, pct: percent(progress) + (stale ? '\u00a0· stale' : '') };
}

/** One line of text at most `maxW` wide, ellipsized (measured with the card font, shared/textLayout.ts). */
function fit(text: string, size: number, weight: Weight, maxW: number): string {
  return textWidth(text, size, weight) <= maxW ? text : ellipsize(text, { face: weight === 400 ? 'regular' : 'semibold', size }, maxW / 1.05);
}

/** A one-line chip, its text ellipsized to keep the chip within maxW. */
function chip1(text: string, st: ChipStyle, maxW: number): Chip {
  const t = fit(text, st.size, st.weight, maxW - 2 * st.padX);
  return { lines: [t], w: textWidth(t, st.size, st.weight) + 2 * st.padX, h: st.line + 2 * st.padY };
}

function cardModel(
  o: Objective,
  krs: readonly KeyResult[],
  rollup: number | null,
  badges: readonly string[],
  hidden: number,
  today: Date,
): CardModel {
  const t = displayText(o.title);
  const badgeTexts = badges.map(displayText).filter((b) => b !== '');
  const L = layoutCard(t, krs.map((k) => displayText(k.title)), badgeTexts.length > 0);
  const level = LEVEL_LABEL[o.level].toUpperCase();
  // Header: level on the left; status, then owner, at the right edge (as on screen).
  const meta: CardModel['meta'] = [];
  let room = CONTENT_W - textWidth(level, LEVEL_TEXT.size, LEVEL_TEXT.weight, LEVEL_TEXT.spacing) - GAP;
  const st = statusOf(o, rollup, today);
  if (st.status) {
    const c = chip1(STATUS_LABEL[st.status] + (st.manual ? ' ✎' : ''), STATUS_CHIP, room);
    const col = STATUS_COLOR[st.status];
    meta.push({ c, st: STATUS_CHIP, bg: col.bg, fg: col.fg });
    room -= c.w + GAP;
  }
  const ownerText = displayText(o.owner);
  if (ownerText && room > 2 * OWNER_CHIP.padX + 20) meta.push({ c: chip1(ownerText, OWNER_CHIP, Math.min(OWNER_MAX_W, room)), st: OWNER_CHIP, bg: COLOR.chip, fg: COLOR.inkSoft });
  // Badges: one row, the first three and "+n" for the rest, as many as fit.
  const shown = badgeTexts.slice(0, 3);
  if (badgeTexts.length > 3) shown.push(`+${badgeTexts.length - 3}`);
  const badgeChips: Chip[] = [];
  let bx = 0;
  for (const b of shown) {
    const c = chip1(b, BADGE_CHIP, CONTENT_W);
    if (bx > 0 && bx + c.w > CONTENT_W) break;
    badgeChips.push(c);
    bx += c.w + CHIP_GAP;
  }
  const pcts = krs.map((kr) => krPct(kr, today));
  let pctW = PCT_MIN_W;
  for (const p of pcts) pctW = Math.max(pctW, textWidth(p.pct, KR.size));
  const krModels = krs.map((kr, i): KrModel => {
    const kl = L.krs[i]!;
    const current = displayText(valueText(kr.current, kr.unit));
    const target = displayText(valueText(kr.target, kr.unit));
    const valuesW = textWidth(current, KR.size, 600) + 8 + GAP + textWidth('of', KR.size) + GAP + textWidth(target, KR.size) + 8;
    const avail = KR_W - pctW - GAP - MIN_BAR - GAP;
    const fits = valuesW <= avail;
    return {
      title: kl.lines,
      placeholder: !displayText(kr.title),
      current,
      target,
      fits,
      valuesText: fits ? '' : fit(`${current} of ${target}`, KR.size, 600, avail),
      ...pcts[i]!,
      pctW,
      top: kl.top,
      h: kl.height,
    };
  });
  return {
    o,
    title: L.title.lines,
    titleTop: L.title.top,
    placeholder: !t,
    level,
    meta,
    badges: badgeChips,
    badgesTop: L.badgesTop,
    badgeCount: badgeTexts.length,
    rollup,
    rollupTop: L.rollupTop,
    krsTop: L.krsTop,
    krs: krModels,
    hidden,
    footerTop: L.footerTop,
    h: L.height,
  };
}

// ---------------------------------------------------------------------------------------------
// Drawing

function textLines(out: string[], lines: readonly string[], x: number, top: number, lineH: number, size: number, attrs: string): void {
  // One string: whitespace between the tspans would be text, drawn as spaces by some viewers.
  let s = `<text x="${f(x)}" y="${f(baseline(top, lineH, size))}" font-size="${size}"${attrs}>`;
  lines.forEach((l, i) => (s += i === 0 ? `<tspan>${esc(l)}</tspan>` : `<tspan x="${f(x)}" dy="${lineH}">${esc(l)}</tspan>`));
  out.push(`${s}</text>`);
}

function drawChip(out: string[], c: Chip, x: number, y: number, st: ChipStyle, bg: string, fg: string, border?: string): void {
  const rx = Math.min(c.h / 2, 9);
  out.push(
    `<rect x="${f(x)}" y="${f(y)}" width="${f(c.w)}" height="${f(c.h)}" rx="${f(rx)}" fill="${bg}"${border ? ` stroke="${border}"` : ''}/>`,
  );
  const weight = st.weight === 400 ? '' : ` font-weight="${st.weight}"`;
  textLines(out, c.lines, x + st.padX, y + st.padY, st.line, st.size, ` fill="${fg}"${weight}`);
}

function bar(out: string[], x: number, cy: number, w: number, h: number, value: number | null, fill: string): void {
  if (w <= 0) return;
  const y = cy - h / 2;
  out.push(`<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${h}" rx="${h / 2}" fill="${COLOR.track}"/>`);
  const fw = value === null ? 0 : Math.round(value * 100) / 100 * w;
  if (fw > 0) out.push(`<rect x="${f(x)}" y="${f(y)}" width="${f(Math.max(fw, Math.min(h, w)))}" height="${h}" rx="${h / 2}" fill="${fill}"/>`);
}

const CARD_TOP_BAND =
  `M0,12 A12,12 0 0 1 12,0 H${W - 12} A12,12 0 0 1 ${W},12 H${W - 1} A11,7 0 0 0 ${W - 12},${BORDER_TOP} H12 A11,7 0 0 0 1,12 Z`;

function drawCard(out: string[], id: string, m: CardModel, x: number, y: number): void {
  const levelColor = LEVEL_COLOR[m.o.level] ?? LEVEL_COLOR.north_star;
  const levelName = LEVEL_LABEL[m.o.level] ?? m.o.level;
  out.push(`<g class="card level-${esc(m.o.level)}" data-id="${esc(displayText(id))}" transform="translate(${f(x)},${f(y)})">`);
  // Accessible name for viewers and screen readers: the whole title.
  out.push(`<title>${esc(`${levelName}: ${m.placeholder ? UNTITLED : displayText(m.o.title)}`)}</title>`);
  out.push(`<rect x="0" y="2" width="${W}" height="${f(m.h)}" rx="12" fill="#141c30" fill-opacity="0.06"/>`);
  out.push(`<rect class="card-box" x="0.5" y="0.5" width="${W - 1}" height="${f(m.h - 1)}" rx="12" fill="${COLOR.surface}" stroke="${COLOR.line}" data-h="${f(m.h)}"/>`);
  out.push(`<path d="${CARD_TOP_BAND}" fill="${levelColor}"/>`);

  const cy = BORDER_TOP + CARD.padTop;
  out.push(
    `<text x="${CONTENT_X}" y="${f(baseline(cy, HEADER_H, LEVEL_TEXT.size))}" font-size="${LEVEL_TEXT.size}" font-weight="700" letter-spacing="${LEVEL_TEXT.spacing}" fill="${levelColor}">${esc(m.level)}</text>`,
  );
  // Status before the owner, the owner at the right edge.
  let right = CONTENT_X + CONTENT_W;
  for (let i = m.meta.length - 1; i >= 0; i--) {
    const { c, st, bg, fg } = m.meta[i]!;
    right -= c.w;
    drawChip(out, c, right, cy + (HEADER_H - c.h) / 2, st, bg, fg);
    right -= GAP;
  }
  const ownerText = displayText(m.o.owner);
  if (ownerText) out.push(`<title>${esc(`Owner: ${ownerText}`)}</title>`);
  if (m.badgesTop !== null) {
    out.push('<g class="badges">');
    let bx = CONTENT_X;
    for (const c of m.badges) {
      drawChip(out, c, bx, m.badgesTop, BADGE_CHIP, BADGE.bg, BADGE.fg, BADGE.border);
      bx += c.w + CHIP_GAP;
    }
    out.push('</g>');
  }
  textLines(
    out,
    m.title,
    CONTENT_X,
    m.titleTop,
    TITLE.line,
    TITLE.size,
    m.placeholder ? ` class="title placeholder" font-style="italic" fill="${COLOR.inkFaint}"` : ` class="title" font-weight="${TITLE.weight}" fill="${COLOR.ink}"`,
  );
  // Roll-up: bar and percentage.
  const pct = percent(m.rollup);
  const pctW = Math.max(PCT_MIN_W, textWidth(pct, 13));
  bar(out, CONTENT_X, m.rollupTop + ROLLUP_H / 2, CONTENT_W - pctW - 8, 8, m.rollup, levelColor);
  out.push(
    `<text class="rollup" x="${CONTENT_X + CONTENT_W}" y="${f(baseline(m.rollupTop, ROLLUP_H, 13))}" font-size="13" text-anchor="end" fill="${COLOR.inkSoft}">${esc(pct)}</text>`,
  );
  out.push(`<rect x="${CONTENT_X}" y="${f(m.krsTop)}" width="${CONTENT_W}" height="1" fill="${COLOR.krLine}"/>`);
  for (const k of m.krs) drawKr(out, k, levelColor);
  if (m.hidden > 0) {
    const note = `▸ ${m.hidden.toLocaleString('en-US')} hidden`;
    out.push(`<text class="hidden-count" x="${CONTENT_X + CONTENT_W}" y="${f(baseline(m.footerTop, CARD.footer, 12))}" font-size="12" text-anchor="end" fill="${COLOR.inkFaint}">${esc(note)}</text>`);
  }
  out.push('</g>');
}

function drawKr(out: string[], k: KrModel, levelColor: string): void {
  const x = CONTENT_X + KR.padX;
  let cy = k.top;
  textLines(out, k.title, x, cy, KR.line, KR.size, k.placeholder ? ` class="kr-title placeholder" font-style="italic" fill="${COLOR.inkFaint}"` : ` class="kr-title" fill="${COLOR.ink}"`);
  cy += k.title.length * KR.line;
  let barX: number;
  if (!k.fits) {
    out.push(`<text class="kr-values" x="${f(x)}" y="${f(baseline(cy, KR.values, KR.size))}" font-size="${KR.size}" font-weight="600" fill="${COLOR.ink}">${esc(k.valuesText)}</text>`);
    barX = x + textWidth(k.valuesText, KR.size, 600) + GAP;
  } else {
    const curW = textWidth(k.current, KR.size, 600) + 8;
    const chipH = 20;
    out.push(`<rect x="${f(x)}" y="${f(cy + (KR.values - chipH) / 2)}" width="${f(curW)}" height="${chipH}" rx="5" fill="${COLOR.chip}"/>`);
    const by = f(baseline(cy, KR.values, KR.size));
    let tx = x + curW + GAP;
    const ofW = textWidth('of', KR.size);
    out.push(
      `<text class="kr-values" y="${by}" font-size="${KR.size}"><tspan x="${f(x + 4)}" font-weight="600" fill="${COLOR.ink}">${esc(k.current)}</tspan> <tspan x="${f(tx)}" fill="${COLOR.inkFaint}">of</tspan> <tspan x="${f(tx + ofW + GAP + 4)}" fill="${COLOR.inkSoft}">${esc(k.target)}</tspan></text>`,
    );
    tx += ofW + GAP + textWidth(k.target, KR.size) + 8 + GAP;
    barX = tx;
  }
  const barW = x + KR_W - k.pctW - GAP - barX;
  bar(out, barX, cy + KR.values / 2, barW, 6, k.progress, k.stale ? 'url(#stale)' : levelColor);
  const py = f(baseline(cy, KR.values, KR.size));
  if (k.stale) {
    const [p, rest] = k.pct.split('\u00a0· ');
    out.push(
      `<text x="${f(x + KR_W)}" y="${py}" font-size="${KR.size}" text-anchor="end" fill="${COLOR.inkSoft}">${esc(p ?? '')}<tspan fill="${COLOR.warn}">\u00a0· ${esc(rest ?? '')}</tspan></text>`,
    );
  } else {
    out.push(`<text x="${f(x + KR_W)}" y="${py}" font-size="${KR.size}" text-anchor="end" fill="${COLOR.inkSoft}">${esc(k.pct)}</text>`);
  }
}

// ---------------------------------------------------------------------------------------------
// The plan

const bySortOrder = (a: { sortOrder: number; id: string }, b: { sortOrder: number; id: string }) =>
  a.sortOrder - b.sortOrder || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Local calendar date, YYYY-MM-DD. */
function isoDay(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return Number.isFinite(d.getTime()) ? `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}` : '';
}

/**
 * The cascade (shelf items left out) as an SVG document. `focusId` draws one branch, `viewport`
 * only the cards intersecting that on-screen rectangle; both at once draw the part of the focused
 * branch in view. Sizes are in CSS pixels; the PNG export renders them at 2×.
 */
export function planToSvg(plan: PlanSnapshot, opts: SvgOptions = {}): SvgResult {
  const today = opts.today ?? new Date();
  const badgesOf = opts.badges;

  // The cascade tree, as the renderer builds it (renderer/planData.ts) and shared/rollup.ts reads it.
  const all = new Map<string, Objective>();
  for (const o of plan.objectives) all.set(o.id, o);
  const byId = new Map<string, Objective>();
  const children = new Map<string, string[]>([[ROOT, []]]);
  for (const o of [...plan.objectives].sort(bySortOrder)) {
    if (onShelf(o)) continue;
    byId.set(o.id, o);
    const key = o.parentId !== null && all.has(o.parentId) ? o.parentId : ROOT;
    let list = children.get(key);
    if (!list) children.set(key, (list = []));
    list.push(o.id);
  }
  const krs = new Map<string, KeyResult[]>();
  for (const kr of [...plan.keyResults].sort(bySortOrder)) {
    let list = krs.get(kr.objectiveId);
    if (!list) krs.set(kr.objectiveId, (list = []));
    list.push(kr);
  }
  const t: TreeIndex = { byId, children, krs };
  const focused = opts.focusId && byId.has(opts.focusId) ? opts.focusId : null;
  const tree = buildLayoutTree(t, focused ?? ROOT);
  const view: PlanView = {
    objective: (id) => byId.get(id),
    children: (id) => children.get(id) ?? [],
    keyResults: (id) => krs.get(id) ?? [],
  };
  const rollups = rollupAll(view, focused ? [focused] : (children.get(ROOT) ?? []));

  const { ids, end, lastChild } = tree;
  const isCollapsed = opts.collapsed;
  const collapsedFlags = isCollapsed ? (i: number) => isCollapsed(ids[i]!) : undefined;
  const models: (CardModel | undefined)[] = new Array<CardModel | undefined>(tree.n);
  // Cards are measured as the layout reaches them, so hidden cards cost nothing. A collapsed card's
  // hidden count is its whole branch, as on screen.
  const layout = layoutArrays(
    tree,
    (i) => {
      const id = ids[i]!;
      const hidden = collapsedFlags?.(i) && lastChild[i]! >= 0 ? end[i]! - i - 1 : 0;
      const m = cardModel(withInheritedPeriod(byId.get(id)!, (x) => byId.get(x)), krs.get(id) ?? [], rollups.get(id)?.value ?? null, badgesOf?.(id) ?? [], hidden, today);
      models[i] = m;
      return m.h;
    },
    collapsedFlags,
    -1,
    { aspect: opts.aspect ?? PICTURE_ASPECT },
  );

  // Which cards to draw: all visible ones, or those whose ON-SCREEN box meets the viewport.
  const { order, count } = layout;
  let selected: Int32Array;
  const vp = opts.viewport;
  if (vp) {
    // On-screen boxes: the same card model, so the same layout (badges as given).
    const screen = layout;
    const pick: number[] = [];
    for (let k = 0; k < count; k++) {
      const v = order[k]!;
      const sx = screen.x[v]!;
      const sy = screen.y[v]!;
      if (sx < vp.x + vp.width && sx + W > vp.x && sy < vp.y + vp.height && sy + screen.h[v]! > vp.y) pick.push(v);
    }
    selected = Int32Array.from(pick);
  } else {
    selected = order.subarray(0, count);
  }
  const isSelected = new Uint8Array(tree.n);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const v of selected) {
    isSelected[v] = 1;
    minX = Math.min(minX, layout.x[v]!);
    minY = Math.min(minY, layout.y[v]!);
    maxX = Math.max(maxX, layout.x[v]! + W);
    maxY = Math.max(maxY, layout.y[v]! + layout.h[v]!);
  }
  const empty = selected.length === 0;
  const contentW = empty ? 2 * W : maxX - minX;
  const contentH = empty ? 40 : maxY - minY;

  // Heading: the plan's name, then what this picture shows.
  const textW = Math.max(contentW, W);
  const nameLines = wrap(displayText(plan.meta.name) || 'Cascade', textW, HEAD.nameSize, 700);
  // Counted over the scope (the whole cascade or the focused branch), collapsed cards' branches included.
  const total = tree.n;
  let scope = focused ? `Branch of “${displayText(byId.get(focused)!.title) || UNTITLED}”` : 'Whole cascade';
  if (vp) scope = `${scope}, current view`;
  const shown = selected.length;
  const num = (n: number) => n.toLocaleString('en-US');
  const countText =
    shown === total ? `${num(total)} objective${total === 1 ? '' : 's'}` : `${num(shown)} of ${num(total)} objectives shown`;
  const day = isoDay(today);
  const subLines = wrap(`${scope} · ${countText}${day ? ` · as of ${day}` : ''}`, textW, HEAD.subSize, 400);
  const headH = nameLines.length * HEAD.nameLine + subLines.length * HEAD.subLine + HEAD.gapBelow;

  const width = Math.ceil(textW + 2 * MARGIN);
  const height = Math.ceil(MARGIN + headH + contentH + MARGIN);
  const dx = MARGIN - (empty ? 0 : minX);
  const dy = MARGIN + headH - (empty ? 0 : minY);

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(FONT_FAMILY)}">`,
  );
  out.push(`<title>${esc(`${displayText(plan.meta.name) || 'Cascade'}: ${scope}`)}</title>`);
  out.push(
    '<defs><pattern id="stale" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">' +
      `<rect width="8" height="8" fill="${COLOR.line}"/><rect width="4" height="8" fill="${COLOR.edge}"/></pattern></defs>`,
  );
  out.push(`<rect width="${width}" height="${height}" fill="${COLOR.bg}"/>`);
  textLines(out, nameLines, MARGIN, MARGIN, HEAD.nameLine, HEAD.nameSize, ` class="plan-name" font-weight="700" fill="${COLOR.ink}"`);
  textLines(out, subLines, MARGIN, MARGIN + nameLines.length * HEAD.nameLine, HEAD.subLine, HEAD.subSize, ` class="scope" fill="${COLOR.inkSoft}"`);

  if (empty) {
    const msg = total === 0 ? 'There are no objectives in the cascade yet.' : 'No objectives in this view.';
    out.push(`<text x="${MARGIN}" y="${f(baseline(MARGIN + headH, 24, 15))}" font-size="15" fill="${COLOR.inkFaint}">${esc(msg)}</text>`);
  } else {
    // Edges: the layout's orthogonal connectors (bus under the parent; spines beside stacked columns).
    out.push(`<g class="edges" fill="none" stroke="${COLOR.edge}" stroke-width="2">`);
    const pts = new Float64Array(10);
    for (const v of selected) {
      const p = tree.parent[v]!;
      if (p < 0 || isSelected[p] !== 1) continue;
      const k = connectorPoints(layout, v, pts);
      if (k === 0) continue;
      let d = `M${f(pts[0]! + dx)},${f(pts[1]! + dy)}`;
      for (let j = 1; j < k; j++) d += ` L${f(pts[2 * j]! + dx)},${f(pts[2 * j + 1]! + dy)}`;
      out.push(`<path d="${d}"/>`);
    }
    out.push('</g>');
    out.push('<g class="cards">');
    for (const v of selected) drawCard(out, ids[v]!, models[v]!, layout.x[v]! + dx, layout.y[v]! + dy);
    out.push('</g>');
  }
  out.push('</svg>');
  return { svg: out.join('\n'), width, height };
}
