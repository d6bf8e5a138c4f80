import type { Objective, Status } from './model';
import { elapsed } from './period';

/**
 * Status: on track, at risk or off track, from progress against the share of the objective's
 * period that has gone by ("expected" progress if work moved evenly).
 *
 * Thresholds, in whole percentage points (the numbers the card shows, so the sentence adds up):
 * - on track  when progress ≥ expected − 10: a tenth of the period (about nine days of a quarter)
 *   is the ordinary lag between doing the work and the metric showing it;
 * - at risk   when progress ≥ expected − 25: behind by up to a quarter of the period (about three
 *   weeks of a quarter, three months of a year) still leaves time to catch up if someone acts now;
 * - off track otherwise.
 * Anything fully done is on track; before the period starts everything is on track (nothing is
 * expected yet). No period dates, or nothing measured, gives no derived status (null). A manual
 * override wins but is reported as manual, next to what the numbers say.
 */

export const ON_TRACK_LAG = 10;
/**
 * Said instead of a status when neither the objective nor anything above it has period dates
 * (callers pass the inherited period: shared/period.ts `withInheritedPeriod`).
 */
export const NO_PERIOD = 'No period';
export const AT_RISK_LAG = 25;

export const STATUS_LABEL: Record<Status, string> = {
  on_track: 'On track',
  at_risk: 'At risk',
  off_track: 'Off track',
};

export interface StatusResult {
  /** What the card shows: the manual override if set, otherwise the derived status. */
  status: Status | null;
  /** What the numbers say, whatever the override. */
  derived: Status | null;
  /** True when `status` is a manual override. */
  manual: boolean;
  /** Share of the period gone at `today` (0–1), i.e. the progress expected by now; null without dates. */
  expected: number | null;
  /** One sentence saying why. */
  reason: string;
}

type StatusInput = Pick<Objective, 'period' | 'periodStart' | 'periodEnd' | 'statusOverride'>;

const lower = (s: Status): string => STATUS_LABEL[s].toLowerCase();

/** The status the numbers give, compared in whole percentages (as the card shows them). */
export function deriveStatus(progress: number, expected: number): Status {
  const p = Math.round(progress * 100);
  const e = Math.round(expected * 100);
  if (progress >= 1 || p >= e - ON_TRACK_LAG) return 'on_track';
  if (p >= e - AT_RISK_LAG) return 'at_risk';
  return 'off_track';
}

function periodName(o: StatusInput): string {
  return o.period.trim() || `${o.periodStart} – ${o.periodEnd}`;
}

interface Derivation {
  derived: Status | null;
  expected: number | null;
  /** The facts behind the derived status, e.g. "62% done with 75% of Q2 2026 gone". */
  facts: string;
}

function derive(o: StatusInput, progress: number | null, today: Date): Derivation {
  if (!o.periodStart || !o.periodEnd) return { derived: null, expected: null, facts: NO_PERIOD };
  const expected = elapsed(o, today);
  if (expected === null) return { derived: null, expected: null, facts: `The period ends (${o.periodEnd}) before it starts (${o.periodStart})` };
  if (progress === null || !Number.isFinite(progress)) return { derived: null, expected, facts: 'Nothing measured yet' };
  const derived = deriveStatus(progress, expected);
  const done = `${Math.round(progress * 100)}% done`;
  const name = periodName(o);
  let facts: string;
  if (expected <= 0) facts = `${done} before ${name} has started`;
  else if (expected >= 1) facts = `${done} with ${name} over`;
  else facts = `${done} with ${Math.round(expected * 100)}% of ${name} gone`;
  return { derived, expected, facts };
}

/**
 * Status of objective `o` whose roll-up is `progress` (0–1 or null), at `today`.
 * Reasons read like "62% done with 75% of Q2 2026 gone: at risk.", "No period." or, with an
 * override, "Set by hand to on track; the numbers say at risk (62% done with 75% of Q2 2026 gone)."
 */
/** Just the status, without the sentence: what cards show, for every objective at once. */
export function statusValue(o: StatusInput, progress: number | null, today: Date): Status | null {
  if (o.statusOverride) return o.statusOverride;
  if (!o.periodStart || !o.periodEnd || progress === null || !Number.isFinite(progress)) return null;
  const expected = elapsed(o, today);
  return expected === null ? null : deriveStatus(progress, expected);
}

export function statusOf(o: StatusInput, progress: number | null, today: Date): StatusResult {
  const { derived, expected, facts } = derive(o, progress, today);
  if (o.statusOverride) {
    const says =
      derived === null
        ? `nothing to check it against (${facts[0]!.toLowerCase()}${facts.slice(1)})`
        : `the numbers say ${lower(derived)} (${facts})`;
    return { status: o.statusOverride, derived, manual: true, expected, reason: `Set by hand to ${lower(o.statusOverride)}; ${says}.` };
  }
  return { status: derived, derived, manual: false, expected, reason: derived === null ? `${facts}.` : `${facts}: ${lower(derived)}.` };
}
