/**
 * The print palette, type scale and spacing of the PDF export. Sizes are points at scale 1 (the
 * atlas draws at scale 1; "fit to one page" scales the whole tree, never below MIN_TEXT_PT).
 */
import type { Level } from '../../../shared/model';
import { LEVEL_COLOR, THEME } from '../../../shared/theme';

export type Tone = 'on' | 'risk' | 'off' | 'none';

export const PALETTE = {
  ink: '#1f2937',
  body: '#334155',
  muted: '#64748b',
  faint: '#94a3b8',
  hairline: '#d9dee5',
  /** The cascade's connectors: the screen's edge colour. */
  connector: THEME.edge,
  panel: '#f6f7f9',
  track: '#e4e8ee',
  paper: '#ffffff',
  link: '#0f5e8c',
  level: {
    north_star: { accent: LEVEL_COLOR.north_star, tint: '#eef0fa', text: '#2e3180' },
    bridge: { accent: LEVEL_COLOR.bridge, tint: '#e6f3f1', text: '#0b5e58' },
    contribution: { accent: LEVEL_COLOR.contribution, tint: '#f1f3f5', text: '#3f4a55' },
  } satisfies Record<Level, { accent: string; tint: string; text: string }>,
  // Status and badge chips in the app's colours (shared/theme.ts), as the cards draw them.
  status: {
    on: { fg: THEME.good, bg: THEME.goodBg, label: 'On track' },
    risk: { fg: THEME.warnInk, bg: THEME.warnBg, label: 'At risk' },
    off: { fg: THEME.bad, bg: THEME.badBg, label: 'Off track' },
    none: { fg: THEME.inkSoft, bg: THEME.chip, label: 'No status' },
  } satisfies Record<Tone, { fg: string; bg: string; label: string }>,
  badge: { fg: THEME.warnInk, bg: THEME.warnBg, border: THEME.warnLine },
} as const;

/** No text anywhere in the document is set smaller than this (after any scaling). */
export const MIN_TEXT_PT = 6;

export const TYPE = {
  level: 6.5,
  rollup: 7,
  title: 10,
  titleLead: 12.6,
  owner: 7.5,
  ownerLead: 9.6,
  chip: 6.5,
  krTitle: 7.5,
  krTitleLead: 9.4,
  krFigures: 7,
  marker: 7,
  /** The smallest size used inside the tree; the fit scale may not take it below MIN_TEXT_PT. */
  smallest: 6.5,
} as const;

export const CARD_BOX = {
  pad: 7,
  stripe: 3,
  radius: 4,
  headerH: 9,
  gapAfterHeader: 3,
  gapAfterTitle: 2,
  chipH: 10,
  chipGap: 3,
  krGap: 5,
  barH: 2.6,
  figuresH: 9,
} as const;

/**
 * Gaps of the atlas's print layout. h and indent are as small as they are so that three columns of
 * cards fit A4 and Letter portrait at 164 pt, the narrowest card whose 11 px text (the card model's
 * smallest) still prints at 6 pt.
 */
export const TREE_GAP = {
  /** Between sibling slots in a row. */
  h: 10,
  /** From a parent's bottom to its children's top; the bus runs half-way. */
  v: 22,
  /** Space left of a stacked leaf column, where its spine runs. */
  indent: 7,
  /** Between cards stacked in one column. */
  leaf: 8,
  /** Elbow height from a stacked card's top. */
  elbow: 11,
  markerH: 13,
  markerGap: 5,
} as const;
