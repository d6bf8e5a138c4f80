import type { GateAnswer, Level } from './vocabulary';
import { SHELF_ANSWERS } from './vocabulary';

/**
 * The plan's structural rules, in words. Every write to a plan is checked against them inside its
 * transaction (electron/db/validate.ts); a write that breaks one is refused whole with the sentence
 * below, and nothing changes.
 *
 * Levels follow the place in the tree: a North Star at the top, a Strategic Bridge under a North
 * Star, a Contribution under a bridge or a contribution. A move (or an import, or a restore) puts
 * a whole branch at its new place and re-levels it by this rule.
 */
export const RULES = {
  shelfChildren: 'A Health & Hygiene shelf item has no objectives below it.',
  level: 'An objective’s level follows its place: a North Star at the top, a Strategic Bridge under a North Star, a Contribution under a bridge or a contribution.',
  parentKr: 'An objective can only move a key result of the objective directly above it.',
  date: 'Period dates must be real calendar dates (YYYY-MM-DD), such as 2026-03-31.',
  periodOrder: 'A period cannot end before it starts.',
  siblingOrder: 'Two objectives (or two key results) cannot share the same position among their siblings.',
} as const;

/** The level an objective has at its place: under `parent`, or at the top when there is none. */
export const levelUnder = (parent: Level | null): Level => (parent === null ? 'north_star' : parent === 'north_star' ? 'bridge' : 'contribution');

export const isShelf = (gate: GateAnswer): boolean => SHELF_ANSWERS.includes(gate);

/** A real calendar date in YYYY-MM-DD (2026-13-45 and 2026-02-30 are not), or empty. */
export function isRealDate(value: string): boolean {
  if (value === '') return true;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The rule a period breaks, or null. ISO dates compare as text. */
export function periodProblem(start: string, end: string): string | null {
  if (!isRealDate(start) || !isRealDate(end)) return RULES.date;
  if (start && end && start > end) return RULES.periodOrder;
  return null;
}
