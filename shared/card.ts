/**
 * The one card model. Every renderer of an objective card takes its geometry and its text lines
 * from here: the DOM card (renderer/graph/ObjectiveCard.tsx, KrRow.tsx, sizes in
 * renderer/styles.css), the layout (shared/layout.ts via renderer/layoutNodes.ts), the zoomed-out
 * canvas and the SVG/PNG export (shared/svg.ts). Heights come from content, never from the DOM,
 * so the layout never waits for a render and a card never changes size after it appears.
 *
 * Text is wrapped with the real advance widths of the card font, Noto Sans (shared/fontMetrics.ts,
 * loaded by the renderer with @font-face), and the DOM draws the model's lines as they are, so the
 * screen and the exports wrap alike. Kerning is ignored; lines are wrapped a little narrower than
 * the box (WRAP_SLACK) so that a kerned or differently rounded line still fits.
 *
 * Pure: no Node, no DOM.
 */
import { type Font, lineCount, normalizeSpace, wrapText } from './textLayout';

export const CARD = {
  width: 300,
  hGap: 28,
  vGap: 44,
  /** The level-coloured top border, and the 1 px border elsewhere. */
  borderTop: 5,
  border: 1,
  padTop: 12,
  padX: 12,
  padBottom: 8,
  /** Between the card's rows (header, badges, title, roll-up, key results, footer). */
  gap: 6,
  header: 22,
  badges: 16,
  rollup: 20,
  /** The key-result list's top rule (1) and padding (6). */
  krsTop: 7,
  krGap: 2,
  krPadX: 4,
  krPadY: 2,
  /** The row of values and the bar under a key result's title. */
  krValues: 24,
  footer: 22,
  title: { face: 'semibold', weight: 600, size: 16, line: 21, maxLines: 4 },
  kr: { face: 'regular', weight: 400, size: 13, line: 18, maxLines: 2 },
} as const;

/** Width of the card's content box: the title's line width. */
export const CONTENT_WIDTH = CARD.width - 2 * CARD.border - 2 * CARD.padX;
/** Width of a key result's title. */
export const KR_TEXT_WIDTH = CONTENT_WIDTH - 2 * CARD.krPadX;

/** Borders, paddings, header, roll-up bar, key-result rule, footer and the gaps between them. */
export const CARD_CHROME = CARD.borderTop + CARD.border + CARD.padTop + CARD.padBottom + CARD.header + CARD.rollup + CARD.krsTop + CARD.footer + 4 * CARD.gap;
/** The row of coach badges and its gap. */
export const BADGES_HEIGHT = CARD.badges + CARD.gap;
/** A key result's padding, value row and the gap after it (one gap more than the list has: slack). */
export const KR_EXTRA = 2 * CARD.krPadY + CARD.krValues + CARD.krGap;

/** Kerning and rounding allowance: lines are wrapped to this share of the box, less 1 px. */
const WRAP_SLACK = 0.985;
const wrapWidth = (w: number): number => w * WRAP_SLACK - 1;
export const TITLE_WRAP = wrapWidth(CONTENT_WIDTH);
export const KR_WRAP = wrapWidth(KR_TEXT_WIDTH);

export const TITLE_FONT: Font = { face: CARD.title.face, size: CARD.title.size };
export const KR_FONT: Font = { face: CARD.kr.face, size: CARD.kr.size };

export const UNTITLED_OBJECTIVE = 'Untitled objective';
export const UNTITLED_KR = 'Untitled key result';

/** The title as shown (placeholder for an empty one). */
export const titleText = (title: string): string => normalizeSpace(title) || UNTITLED_OBJECTIVE;
export const krText = (title: string): string => normalizeSpace(title) || UNTITLED_KR;

/**
 * Line counts per distinct text, remembered: a full relayout of 50,000 cards then costs a map
 * lookup per title instead of a pass over its characters. Bounded (emptied when full).
 */
const CACHE_MAX = 250_000;
const titleCounts = new Map<string, number>();
const krCounts = new Map<string, number>();

function cached(cache: Map<string, number>, key: string, count: () => number): number {
  let c = cache.get(key);
  if (c === undefined) {
    if (cache.size >= CACHE_MAX) cache.clear();
    c = count();
    cache.set(key, c);
  }
  return c;
}

export const titleLineCount = (title: string): number =>
  cached(titleCounts, title, () => lineCount(titleText(title), TITLE_FONT, TITLE_WRAP, CARD.title.maxLines));
export const krLineCount = (title: string): number => cached(krCounts, title, () => lineCount(krText(title), KR_FONT, KR_WRAP, CARD.kr.maxLines));

/** The wrapped lines of an objective's title (placeholder when empty), ellipsis past the limit. */
export const titleLines = (title: string): string[] => wrapText(titleText(title), TITLE_FONT, TITLE_WRAP, CARD.title.maxLines).lines;
export const krLines = (title: string): string[] => wrapText(krText(title), KR_FONT, KR_WRAP, CARD.kr.maxLines).lines;

export const krRowHeight = (title: string): number => krLineCount(title) * CARD.kr.line + KR_EXTRA;

/** A card's height without its KR rows: chrome, title and the row of badges if it has one. */
export const cardHeadHeight = (title: string, hasBadges = false): number =>
  CARD_CHROME + titleLineCount(title) * CARD.title.line + (hasBadges ? BADGES_HEIGHT : 0);

export function cardHeight(title: string, krTitles: readonly string[], hasBadges = false): number {
  let h = cardHeadHeight(title, hasBadges);
  for (const t of krTitles) h += krRowHeight(t);
  return h;
}

/**
 * The titles-only card of the "Titles" view: level stripe, the title, a progress bar. Its title is
 * large for the card's width (10–14 characters a line) and its chrome and gaps thin, on purpose:
 * the view exists to fit a wide plan into a window with every title whole, and with fixed gaps
 * between cards a big title in a narrow card is the shape that stays legible furthest out
 * (measured on the 130-objective handbook page: 44 px titles come out at 9.5 px on a 1440×900
 * window, 36 px at 8.2; see test/e2e/layout.test.ts).
 */
export const COMPACT = {
  title: { face: 'semibold', weight: 600, size: 44, line: 50, maxLines: 12 },
  padTop: 6,
  /**
   * Title to bar and the bar: on screen the bar is at least 2 px, and at zoom 0.22 the gap above it
   * is still 2 px (the bar must not read as an underline).
   */
  gap: 10,
  bar: 8,
  padBottom: 4,
  /** Gaps between cards, as a share of the full cards' (LayoutOptions.spacing). */
  spacing: 0.4,
} as const;

export const COMPACT_TITLE_FONT: Font = { face: COMPACT.title.face, size: COMPACT.title.size };
const compactCounts = new Map<string, number>();
export const compactTitleLineCount = (title: string): number =>
  cached(compactCounts, title, () => lineCount(titleText(title), COMPACT_TITLE_FONT, TITLE_WRAP, COMPACT.title.maxLines));
/** Stripe, padding, title lines, the gap and bar below them, padding, bottom border. */
export const compactHeight = (title: string): number =>
  CARD.borderTop + COMPACT.padTop + compactTitleLineCount(title) * COMPACT.title.line + COMPACT.gap + COMPACT.bar + COMPACT.padBottom + CARD.border;

export interface KrLayout {
  lines: string[];
  /** Top of the KR row's title, from the card's top edge. */
  top: number;
  height: number;
}

export interface CardLayout {
  height: number;
  title: { lines: string[]; top: number };
  /** Top of the row of badges, or null without one. */
  badgesTop: number | null;
  rollupTop: number;
  /** Top of the rule above the key results. */
  krsTop: number;
  krs: KrLayout[];
  footerTop: number;
}

/**
 * The whole card: its height, and the wrapped lines and top edges of its rows (px from the card's
 * top-left corner, the content starting at x = CARD.border + CARD.padX).
 */
export function layoutCard(title: string, krTitles: readonly string[], hasBadges = false): CardLayout {
  let y = CARD.borderTop + CARD.padTop + CARD.header;
  let badgesTop: number | null = null;
  if (hasBadges) {
    badgesTop = y + CARD.gap;
    y = badgesTop + CARD.badges;
  }
  const tl = titleLines(title);
  const titleTop = y + CARD.gap;
  y = titleTop + tl.length * CARD.title.line;
  const rollupTop = y + CARD.gap;
  y = rollupTop + CARD.rollup;
  const krsTop = y + CARD.gap;
  y = krsTop + CARD.krsTop;
  const krs: KrLayout[] = [];
  for (const t of krTitles) {
    const lines = krLines(t);
    const height = 2 * CARD.krPadY + lines.length * CARD.kr.line + CARD.krValues;
    krs.push({ lines, top: y + CARD.krPadY, height });
    y += height + CARD.krGap;
  }
  const height = CARD_CHROME + tl.length * CARD.title.line + (hasBadges ? BADGES_HEIGHT : 0) + krs.reduce((s, k) => s + k.height + CARD.krGap, 0);
  const footerTop = height - CARD.border - CARD.padBottom - CARD.footer;
  return { height, title: { lines: tl, top: titleTop }, badgesTop, rollupTop, krsTop, krs, footerTop };
}
