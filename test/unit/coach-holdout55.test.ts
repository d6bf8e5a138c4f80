import { HOLDOUT_55, HOLDOUT_55_PLANS } from '../coach/holdout55';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The fifty-fifth hold-out (test/coach/holdout55.ts), written blind to the rules on 2026-12-07 by a
 * helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types, while round 54 was being made; it was given the
 * forty-third's brief (each trade's titles as its managers write them, sectors of its own choosing,
 * sentence shapes varied on purpose). Its domain names begin with a to l. Measured with the coach
 * before round 9 (commit 2cfe06d), before round 29 (07a2f75), after rounds 43 (6f8a79e), 53
 * (8a11f3c) and 54 (7d53321), the table only (README, "Accuracy"). The floors are the last measurement
 * rounded down by 0.01–0.02. Before round 9 → before 29 → after 43 → 53 → 54 (precision / recall):
 * number-title 0.92/0.83 → 0.99/0.90 → 0.99/0.94 → 0.99/0.94 → 0.99/0.94, generic-container
 * 0.98/0.62 → 0.99/0.91 → 0.99/0.94 → 1.00/0.95 → 1.00/0.95, task-listing 0.62/0.36 → 0.83/0.67 →
 * 0.84/0.69 → 0.85/0.76 → 0.87/0.76, job-requirement 0.80/0.53 → 0.98/0.74 → 0.97/0.87 → 0.97/0.87
 * → 0.97/0.87, compliance 0.83/0.50 → 0.93/0.90 → 0.95/0.88 → 0.95/0.88 → 0.95/0.88, goal-clone
 * 1.00/0.58 (23 of 30 clone groups named exactly) → 0.96/0.81 (24) → 0.96/0.91 (26) → 0.96/0.91
 * (26) → 0.96/0.91 (26), kr-not-measurable 1.00/1.00 throughout, no-key-results 0.93/1.00 →
 * 1.00/0.96 → 1.00/0.96 → 1.00/1.00 → 1.00/1.00, sound objectives quiet 214 → 225 → 225 → 225 →
 * 226 of 229. After rounds 55 and 56 the same. Its misses were not printed while it was blind.
 *
 * In round 57 (2026-12-07) its misses were read and the rules generalised from them by sentence
 * shape (things made per head; a release by its version; a thing redone on a platform; a lease; a
 * tournament planned; a thing of ours got sorted; each one seen in time; visits to the people we
 * serve; a meeting or a paper on a beat of days; kept current, last; the hour of a daily call; a
 * paper to each client on a weekday; revalidated before they expire; the council's officers;
 * renewed to go on; building regs; a rank of two words; a unit's shift; new business; within an
 * hour; named acts booked; made sure of before each occasion; a review sent to a regulator; one
 * person hired), never by listing its sentences, so it is now IN-SAMPLE tuning material: only the
 * fifty-sixth hold-out (and later ones) say anything about unseen plans. After round 57 (precision
 * / recall): number-title 0.99/0.98, generic-container 1.00/0.99, task-listing 1.00/0.93,
 * job-requirement 1.00/0.96, compliance 0.97/0.97, goal-clone 0.96/0.91 (26 of 30), quiet 228 of
 * 229. Both floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.97, 0.92],
  'generic-container': [0.98, 0.93],
  'task-listing': [0.85, 0.74],
  'job-requirement': [0.95, 0.85],
  compliance: [0.93, 0.86],
  'goal-clone': [0.94, 0.89],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

/** After looking at it (round 57), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.97, 0.96],
  'generic-container': [0.98, 0.97],
  'task-listing': [0.98, 0.91],
  'job-requirement': [0.98, 0.94],
  compliance: [0.95, 0.95],
  'goal-clone': [0.94, 0.89],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, fifty-fifth hold-out (measured blind, then looked at in round 57: now in-sample tuning material)',
  heading: 'Trap coach over the fifty-fifth hold-out (in-sample since round 57)',
  entries: HOLDOUT_55,
  plans: HOLDOUT_55_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.98,
  exactGroups: 25,
  printMisses: true,
});
