import type { CheckIn, KeyResult } from './model';
import { parseNumberFor, type Refusal } from './number';

/**
 * Check-ins over time: which value a key result had on a given day, and the plan "as of" a date.
 * Progress, roll-up and status stay in progress.ts, rollup.ts and status.ts; viewing a plan as of a
 * day only swaps each KR's `current` for the value it had then, so every number on screen comes
 * from the same code whatever day is shown.
 */

/** What a trend line and the as-of view need of a check-in, in (date, entry) order. */
export type TrendPoint = Pick<CheckIn, 'date' | 'value'>;

const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar day of `d` where the user is (local time), YYYY-MM-DD. */
export const localDay = (d: Date = new Date()): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** The moment a day stands for when the share of a period gone is judged: its middle. */
export const dayMoment = (day: string): Date => new Date(`${day}T12:00:00Z`);

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** `day` moved by `days` (negative: back). */
export function addDays(day: string, days: number): string {
  const t = new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** Orders check-ins by day, then by when they were entered (the later entry of a day wins). */
export const byDate = (a: Pick<CheckIn, 'date' | 'createdAt'>, b: Pick<CheckIn, 'date' | 'createdAt'>): number =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;

/** The last point dated on or before `day` in a list sorted by `byDate`, or undefined. */
export function latestOn<T extends { date: string }>(sorted: readonly T[], day: string): T | undefined {
  for (let i = sorted.length - 1; i >= 0; i--) if (sorted[i]!.date <= day) return sorted[i];
  return undefined;
}

/**
 * The key results as they stood on `day`: each one's value is its latest check-in on or before that
 * day; a KR with no check-in by then had reported nothing, so it stands at its start.
 */
export function keyResultsAsOf(krs: Iterable<KeyResult>, trends: ReadonlyMap<string, readonly TrendPoint[]>, day: string): Map<string, KeyResult> {
  const out = new Map<string, KeyResult>();
  for (const kr of krs) {
    const point = latestOn(trends.get(kr.id) ?? [], day);
    const current = point ? point.value : kr.start;
    out.set(kr.id, current === kr.current ? kr : { ...kr, current });
  }
  return out;
}

/**
 * What a KR's `checkedInAt` says after its check-ins changed: when the latest one was entered, or
 * the start of its day when it was back-dated (a value true last week was last checked last week).
 */
export function checkedInStamp(c: Pick<CheckIn, 'date' | 'createdAt'>): string {
  return c.createdAt.slice(0, 10) <= c.date ? c.createdAt : `${c.date}T00:00:00.000Z`;
}

/**
 * Check-in mode's one line: a value, then a note. "42 shipped the beta" → 42 and "shipped the
 * beta"; "$1.2M — two renewals" → 1,200,000 and "two renewals". The value is read in `locale` for a
 * KR measured in `unit` (see parseNumberFor); a line that does not start with one is refused with
 * the reason, so nothing half-read is saved.
 */
export function parseCheckInLine(line: string, unit = '', locale = ''): { ok: true; value: number; note: string } | Refusal {
  const m = /^\s*(\S+)(?:\s+(.*))?$/s.exec(line);
  // "42," or "42:" — a number may be followed straight by punctuation before the note.
  const head = m ? m[1]!.replace(/[,;:]$/, '') : '';
  const read = parseNumberFor(head, unit, locale);
  if (!read.ok) return read;
  const note = (m?.[2] ?? '').replace(/^[\s—–\-:;,]+/, '').trim();
  return { ok: true, value: read.value, note };
}
