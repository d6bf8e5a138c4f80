/**
 * Whether a key result can show progress.
 *
 * Every KR row has a numeric target (the schema requires one, and the app fills in 0 → 100 when the
 * user gives none), so "has a target" cannot be read off the row. What we read instead:
 * - a quantity in the title ("Secure $20k…", "Double repeat purchases") is a measure, whatever the
 *   columns say, because the user has written the target where people read it;
 * - otherwise the columns must have been set by someone: start = target = current = 0 is empty, and
 *   start 0 → target 100 with nothing recorded and no unit is exactly the default the app inserts,
 *   so it says nothing about what success is;
 * - any other combination (a unit, a real target, progress recorded on the default scale) is a
 *   choice someone made, and the coach stays quiet rather than second-guess it.
 * Milestone and binary KRs are done or not done: the title names the done-state, so they only
 * need one. The default-value reading applies to every measured kind (increase, decrease,
 * stay above, stay below), since all of them are created with the same defaults.
 */
import { findQuantities } from './quantity';
import { tokenize } from './text';
import type { CoachKeyResult } from './types';

export type KrMeasureInput = Pick<CoachKeyResult, 'title' | 'unit' | 'start' | 'target' | 'current' | 'kind'>;

/** The values the app fills in when a KR is created without numbers (see shared/defaults.ts). */
export const DEFAULT_KR = { start: 0, target: 100, current: 0, unit: '' } as const;

export const titleHasQuantity = (title: string): boolean => findQuantities(tokenize(title)).length > 0;

/** `hasQuantity` lets a caller checking many KRs cache the title check. */
export function isKrMeasurable(kr: KrMeasureInput, hasQuantity: (title: string) => boolean = titleHasQuantity): boolean {
  if (kr.kind === 'milestone' || kr.kind === 'binary') return kr.title.trim().length > 0;
  if (hasQuantity(kr.title)) return true;
  const empty = kr.start === 0 && kr.target === 0 && kr.current === 0;
  const untouchedDefault =
    kr.start === DEFAULT_KR.start &&
    kr.target === DEFAULT_KR.target &&
    kr.current === DEFAULT_KR.current &&
    kr.unit.trim() === DEFAULT_KR.unit;
  return !(empty || untouchedDefault);
}
