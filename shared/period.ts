import type { PeriodKind } from './model';

export interface Period {
  kind: PeriodKind;
  /** YYYY-MM-DD or '' */
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
// A year is always written with four digits ("0042", not "42"), so every date reads as YYYY-MM-DD.
const yyyy = (n: number) => String(n).padStart(4, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function yearPeriod(year: number): Period {
  return { kind: 'year', start: `${yyyy(year)}-01-01`, end: `${yyyy(year)}-12-31` };
}

export function quarterPeriod(year: number, quarter: number): Period {
  const first = (quarter - 1) * 3 + 1;
  const last = first + 2;
  return { kind: 'quarter', start: `${yyyy(year)}-${pad(first)}-01`, end: `${yyyy(year)}-${pad(last)}-${lastDay(year, last)}` };
}

/** Reads "2026", "FY2026", "Q2 2026", "2026 Q2" or "2026-Q2"; anything else is a custom label without dates. */
export function parsePeriodLabel(label: string): Period {
  const t = label.trim();
  let m = /^(?:FY\s*)?(\d{4})$/i.exec(t);
  if (m) return yearPeriod(Number(m[1]));
  m = /^Q([1-4])[\s-]*(\d{4})$/i.exec(t) ?? null;
  if (m) return quarterPeriod(Number(m[2]), Number(m[1]));
  m = /^(\d{4})[\s-]*Q([1-4])$/i.exec(t);
  if (m) return quarterPeriod(Number(m[1]), Number(m[2]));
  return { kind: t ? 'custom' : 'none', start: '', end: '' };
}

export function periodLabel(p: Period): string {
  if (p.kind === 'year') return p.start.slice(0, 4);
  if (p.kind === 'quarter') return `Q${Math.floor((Number(p.start.slice(5, 7)) - 1) / 3) + 1} ${p.start.slice(0, 4)}`;
  if (p.kind === 'custom' && p.start && p.end) return `${p.start} – ${p.end}`;
  return '';
}

const DAY = 86_400_000;
// A plan has few distinct dates and thousands of objectives: each date is parsed once.
const dayStarts = new Map<string, number>();
function dayStart(date: string): number {
  let t = dayStarts.get(date);
  if (t === undefined) {
    if (dayStarts.size > 10_000) dayStarts.clear();
    dayStarts.set(date, (t = Date.parse(`${date}T00:00:00Z`)));
  }
  return t;
}

/** Share of the period elapsed at `today` (0–1), or null without dates. */
export function elapsed(p: { periodStart: string; periodEnd: string }, today: Date): number | null {
  if (!p.periodStart || !p.periodEnd) return null;
  const start = dayStart(p.periodStart);
  const end = dayStart(p.periodEnd) + DAY - 1000;
  if (!(end > start)) return null;
  const t = today.getTime();
  return t <= start ? 0 : t >= end ? 1 : (t - start) / (end - start);
}

/** Why a child's period does not lie inside its parent's, or null when it does (or dates are missing). */
export function periodConflict(
  child: { periodStart: string; periodEnd: string },
  parent: { periodStart: string; periodEnd: string; period: string },
): string | null {
  if (!child.periodStart || !child.periodEnd || !parent.periodStart || !parent.periodEnd) return null;
  if (child.periodStart < parent.periodStart) return `It starts (${child.periodStart}) before the objective above it (${parent.period || parent.periodStart}).`;
  if (child.periodEnd > parent.periodEnd) return `It ends (${child.periodEnd}) after the objective above it (${parent.period || parent.periodEnd}).`;
  return null;
}

/** The period fields of an objective that status reads. */
export interface PeriodFields {
  period: string;
  periodStart: string;
  periodEnd: string;
}

/**
 * The period an objective works in: its own when it has dates, otherwise that of the nearest
 * objective above it that has them (a child inherits its parent's period unless set). `from` is
 * the id whose period it is; null when no objective up the chain has a period.
 */
export function inheritedPeriod<T extends PeriodFields & { id: string; parentId: string | null }>(
  o: T,
  objective: (id: string) => T | undefined,
  /** Answers already found, by id: pass one map for a whole plan and the walk is O(n), not O(n × depth). */
  memo?: Map<string, InheritedPeriod | null>,
): InheritedPeriod | null {
  const walked: string[] = [];
  let found: InheritedPeriod | null = null;
  let cur: T | undefined = o;
  for (let guard = 0; cur && guard < 1_000_000; guard++) {
    const known = memo?.get(cur.id);
    if (known !== undefined) {
      found = known;
      break;
    }
    walked.push(cur.id);
    if (cur.periodStart && cur.periodEnd) {
      found = { period: cur.period, periodStart: cur.periodStart, periodEnd: cur.periodEnd, from: cur.id };
      break;
    }
    cur = cur.parentId === null ? undefined : objective(cur.parentId);
  }
  if (memo) for (const id of walked) memo.set(id, found);
  return found;
}

export type InheritedPeriod = PeriodFields & { from: string };

/** `o` with the period it inherits in place of its own (unchanged when it has its own dates). */
export function withInheritedPeriod<T extends PeriodFields & { id: string; parentId: string | null }>(
  o: T,
  objective: (id: string) => T | undefined,
  memo?: Map<string, InheritedPeriod | null>,
): T {
  if (o.periodStart && o.periodEnd) return o;
  const p = inheritedPeriod(o, objective, memo);
  return p ? { ...o, period: p.period, periodStart: p.periodStart, periodEnd: p.periodEnd } : o;
}
