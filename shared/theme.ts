/**
 * The light palette of the cards, as data: the SVG/PNG export and the PDF take their colours from
 * here, and renderer/styles.css holds the same values (the light half of each light-dark() pair;
 * test/unit/theme.test.ts checks that they agree).
 */
import type { Level } from './model';

export const THEME = {
  bg: '#f6f7fb',
  surface: '#ffffff',
  ink: '#1c2233',
  inkSoft: '#4b5468',
  inkFaint: '#5d6579',
  line: '#dfe3ec',
  lineSoft: '#eef0f5',
  chip: '#f0f2f7',
  track: '#dde1ea',
  edge: '#b7bfd0',
  good: '#15803d',
  goodBg: '#e7f6ec',
  warn: '#b45309',
  warnInk: '#7c4a03',
  warnBg: '#fff4e5',
  warnLine: '#f6d7a8',
  bad: '#b91c1c',
  badBg: '#fdecec',
} as const;

/** CSS custom property of each THEME colour in renderer/styles.css. */
export const THEME_CSS_VAR: Record<keyof typeof THEME, string> = {
  bg: '--bg',
  surface: '--surface',
  ink: '--ink',
  inkSoft: '--ink-soft',
  inkFaint: '--ink-faint',
  line: '--line',
  lineSoft: '--line-soft',
  chip: '--chip',
  track: '--track',
  edge: '--edge',
  good: '--good',
  goodBg: '--good-bg',
  warn: '--warn',
  warnInk: '--warn-ink',
  warnBg: '--warn-bg',
  warnLine: '--warn-line',
  bad: '--bad',
  badBg: '--bad-bg',
};

/** The level colours (card top border, level label, progress fill): --north-star, --bridge, --contribution. */
export const LEVEL_COLOR: Record<Level, string> = {
  north_star: '#3b3f99',
  bridge: '#0f766e',
  contribution: '#52606d',
};
