/** Numbers, key-result figures and dates as printed. */
import type { KeyResult } from '../../../shared/model';
import { formatNumber, isCurrencySign } from '../../../shared/number';

// Printed figures keep every digit (a wall chart is read closely) until they pass a billion; the
// one number module formats them, with a fixed locale so a PDF reads the same on every machine.
const compactFrom = (v: number) => ({ compact: Math.abs(v) >= 1e9 });

export const num = (v: number): string => withUnit(v, '');

/** One figure with its unit: "$85,000", "88%", "5 accounts". */
export function withUnit(v: number, unit: string): string {
  if (!Number.isFinite(v)) return '—';
  return formatNumber(v, unit.trim(), 'en-US', compactFrom(v));
}

/**
 * The figures of a key result by kind: metrics read "start → current → target" with the unit,
 * thresholds say what must hold, milestones count, binary KRs are done or not.
 */
export function krFigures(kr: Pick<KeyResult, 'start' | 'current' | 'target' | 'unit' | 'kind'>): string {
  const u = kr.unit.trim();
  const suffixOnce = u !== '' && !isCurrencySign(u) && u !== '%';
  const f = (v: number) => (suffixOnce ? num(v) : withUnit(v, u));
  const unitTail = suffixOnce ? ` ${u}` : '';
  switch (kr.kind) {
    case 'binary':
      return kr.current >= 1 ? 'Done' : 'Not done yet';
    case 'milestone':
      return `${f(kr.start)} → ${f(kr.current)} → ${f(kr.target)}${suffixOnce ? unitTail : ' milestones'}`;
    case 'stay_above':
      return `${f(kr.start)} → ${f(kr.current)}${unitTail}, to stay above ${f(kr.target)}${unitTail}`;
    case 'stay_below':
      return `${f(kr.start)} → ${f(kr.current)}${unitTail}, to stay below ${f(kr.target)}${unitTail}`;
    case 'decrease':
      return `${f(kr.start)} → ${f(kr.current)} → ${f(kr.target)}${unitTail} (lower is better)`;
    default:
      return `${f(kr.start)} → ${f(kr.current)} → ${f(kr.target)}${unitTail}`;
  }
}

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric'});

export const printDate = (d: Date): string => DATE.format(d);
