import { HOLDOUT_64, HOLDOUT_64_PLANS } from '../coach/holdout64';
import type { Floors } from '../coach/report';
import { MEETS_TARGET, describeHoldout } from '../coach/suite';

/**
 * The sixty-fourth hold-out (test/coach/holdout64.ts), written blind to the rules on 2026-12-07 by
 * a helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types, while round 58 was being made; it was given the
 * forty-third's brief (each trade's titles as its managers write them, sectors of its own choosing,
 * sentence shapes varied on purpose). Its domain names begin with m to z. Measured with the coach
 * before round 9 (commit 2cfe06d), before round 29 (07a2f75), after rounds 43 (6f8a79e), 57
 * (c7e0146) and 58, the table only (README, "Accuracy"). The floors are the last measurement
 * rounded down by 0.01–0.02. Before round 9 → before 29 → after 43 → 57 → 58 (precision / recall):
 * number-title 0.89/0.88 → 0.96/0.95 → 0.98/0.96 → 0.98/0.96 → 0.98/0.96, generic-container
 * 0.95/0.47 → 1.00/0.88 → 1.00/0.92 → 1.00/0.92 → 1.00/0.92, task-listing 0.67/0.35 → 0.84/0.82 →
 * 0.88/0.86 → 0.88/0.89 → 0.88/0.89, job-requirement 0.79/0.52 → 0.95/0.73 → 0.93/0.77 → 0.93/0.80
 * → 0.93/0.80, compliance 0.73/0.56 → 0.85/0.88 → 0.87/0.88 → 0.91/0.88 → 0.91/0.88, goal-clone
 * 1.00/0.36 (12 of 30 clone groups named exactly) → 1.00/0.64 (22) → 0.98/0.74 (23) → 0.98/0.74
 * (23) → 0.98/0.74 (23), kr-not-measurable 1.00/1.00 throughout, no-key-results 1.00/1.00
 * throughout, sound objectives quiet 213 → 216 → 217 → 219 → 219 of 226. Round 58 changed nothing
 * here.
 * After round 59: compliance 0.91/0.90, the rest the same. After round 60 the same.
 * With the shelf model (2026-12-07; README, "The shelf model"), which was fitted to the tuning sets
 * only: task-listing 0.88/0.89 → 0.95/0.95, job-requirement 0.93/0.80 → 0.97/0.93, compliance 0.91/0.90
 * → 0.97/0.95, goal-clone 0.98/0.74 → 0.98/0.76, clone groups named exactly 23 → 24 of 30, sound
 * objectives quiet 219 → 223 of 226. Its misses are not printed while it is blind.
 * After the second evening's three copy rounds (a3e3d13, d83cfc2, 02b307a; README, "Measures of one
 * word, and copies' words read as one"), before → after each, the table only: goal-clone 0.978/0.776 →
 * the same → 0.979/0.793 → the same (24 of 30 clone groups named exactly); every other rule's figures
 * unchanged.
 *
 * On 2026-12-08 its misses were read with the sixty-third's and the rules generalised from them by
 * sentence shape (a verb's clause before a dash is no owner's label; "diagnosis" and "diagnose" one
 * stem; "over-65s" as older people, "take part" as participate; "make … count" and a count made at
 * close are no measure's name, nor is a direction for a rate, "Less electricity per wave"; an
 * amount with its unit glued on, last, is a measure's value; a unit or the place it works before
 * its lead in brackets, a kind of plan that reads as a verb, a numbered phase or a span of years
 * after a dash, are headings), never by listing its sentences, and the shelf model was refitted
 * with both, so it is now IN-SAMPLE tuning material. After that round (precision / recall):
 * number-title 0.99/0.96, generic-container 1.00/0.99, task-listing 0.96/0.96, job-requirement
 * 0.99/0.96, compliance 0.98/0.97, goal-clone 0.98/0.81 (24 of 30 clone groups named exactly),
 * no-key-results 1.00/1.00, quiet 224 of 226.
 * The blind floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.96, 0.94],
  'generic-container': [0.98, 0.9],
  'task-listing': [0.93, 0.93],
  'job-requirement': [0.95, 0.91],
  compliance: [0.95, 0.93],
  'goal-clone': [0.96, 0.77],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

/** After looking at it (2026-12-08), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.97, 0.94],
  'generic-container': [0.98, 0.97],
  'task-listing': [0.94, 0.94],
  'job-requirement': [0.97, 0.94],
  compliance: [0.96, 0.95],
  'goal-clone': [0.96, 0.79],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, sixty-fourth hold-out (measured blind, then looked at on 2026-12-08: now in-sample tuning material)',
  heading: 'Trap coach over the sixty-fourth hold-out (in-sample since 2026-12-08)',
  entries: HOLDOUT_64,
  plans: HOLDOUT_64_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.97,
  exactGroups: 24,
  printMisses: true,
  target: MEETS_TARGET,
});
