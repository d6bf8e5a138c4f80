/** Numbers, key-result figures and dates as printed. */
import type { KeyResult } from '../../../shared/model';

const NUM = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

export function num(v: number): string {
  if (!Number.isFinite(v)) return '—';
  // Very large figures stay readable on a small card.
  return Math.abs(v) >= 1e9 ? COMPACT.format(v) : NUM.format(v);
}

const PREFIX_UNITS = new Set(['$', '€', '£', '¥', '₹', '₩', 'CHF', 'US$', 'A$', 'C$']);

/** One figure with its unit: "$85,000", "88%", "5 accounts". */
export function withUnit(v: number, unit: string): string {
  const u = unit.trim();
  if (!u) return num(v);
  if (PREFIX_UNITS.has(u)) return `${u}${num(v)}`;
  if (u === '%') return `${num(v)}%`;
  return `${num(v)} ${u}`;
}

/**
 * The figures of a key result by kind: metrics read "start → current → target" with the unit,
 * thresholds say what must hold, milestones count, binary KRs are done or not.
 */
export function krFigures(kr: Pick<KeyResult, 'start' | 'current' | 'target' | 'unit' | 'kind'>): string {
  const u = kr.unit.trim();
  const suffixOnce = u !== '' && !PREFIX_UNITS.has(u) && u !== '%';
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
