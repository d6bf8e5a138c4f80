import { HOLDOUT_63, HOLDOUT_63_PLANS } from '../coach/holdout63';
import type { Floors } from '../coach/report';
import { MEETS_TARGET, describeHoldout } from '../coach/suite';

/**
 * The sixty-third hold-out (test/coach/holdout63.ts), written blind to the rules on 2026-12-07 by
 * a helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types, while round 58 was being made; it was given the
 * forty-third's brief (each trade's titles as its managers write them, sectors of its own choosing,
 * sentence shapes varied on purpose). Its domain names begin with a to l. Measured with the coach
 * before round 9 (commit 2cfe06d), before round 29 (07a2f75), after rounds 43 (6f8a79e), 57
 * (c7e0146) and 58, the table only (README, "Accuracy"). The floors are the last measurement
 * rounded down by 0.01–0.02. Before round 9 → before 29 → after 43 → 57 → 58 (precision / recall):
 * number-title 0.87/0.81 → 0.93/0.88 → 0.94/0.94 → 0.95/0.97 → 0.95/0.97, generic-container
 * 0.94/0.59 → 0.99/0.88 → 0.99/0.90 → 0.99/0.93 → 0.99/0.93, task-listing 0.68/0.33 → 0.85/0.78 →
 * 0.88/0.84 → 0.95/0.89 → 0.95/0.89, job-requirement 0.91/0.67 → 0.97/0.78 → 0.96/0.89 → 0.97/0.93
 * → 0.97/0.93, compliance 0.68/0.53 → 0.93/0.79 → 0.95/0.81 → 0.98/0.85 → 0.98/0.85, goal-clone
 * 1.00/0.43 (15 of 30 clone groups named exactly) → 0.97/0.66 (20) → 0.98/0.83 (25) → 0.98/0.81
 * (25) → 0.98/0.81 (25), kr-not-measurable 1.00/1.00 throughout, no-key-results 0.96/1.00 →
 * 0.96/1.00 → 1.00/1.00 → 1.00/0.95 → 1.00/0.95, sound objectives quiet 214 → 217 → 216 → 217 →
 * 217 of 222. Round 58 changed nothing here.
 * After round 59 the same. After round 60 the same.
 * With the shelf model (2026-12-07; README, "The shelf model"), which was fitted to the tuning sets
 * only: job-requirement 0.97/0.93 → 0.97/0.96, compliance 0.98/0.85 → 1.00/0.89, sound objectives quiet
 * 217 → 218 of 222. Its misses are not printed while it is blind.
 * After the second evening's three copy rounds (a3e3d13, d83cfc2, 02b307a; README, "Measures of one
 * word, and copies' words read as one"), before → after each, the table only: goal-clone 0.980/0.845 →
 * the same → 0.980/0.828 → the same (25 of 30 clone groups named exactly); every other rule's figures
 * unchanged.
 *
 * On 2026-12-08 its misses were read with the sixty-fourth's and the rules generalised from them by
 * sentence shape (a verb's clause before a dash is no owner's label; "diagnosis" and "diagnose" one
 * stem; "over-65s" as older people, "take part" as participate; "make … count" and a count made at
 * close are no measure's name, nor is a direction for a rate, "Less electricity per wave"; an
 * amount with its unit glued on, last, is a measure's value; a unit or the place it works before
 * its lead in brackets, a kind of plan that reads as a verb, a numbered phase or a span of years
 * after a dash, are headings), never by listing its sentences, and the shelf model was refitted
 * with both, so it is now IN-SAMPLE tuning material. After that round (precision / recall):
 * number-title 0.97/0.98, generic-container 0.99/0.95, task-listing 0.96/0.96, job-requirement
 * 0.97/0.97, compliance 1.00/0.98, goal-clone 0.98/0.86 (26 of 30 clone groups named exactly),
 * no-key-results 1.00/0.95, quiet 219 of 222.
 * The blind floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.93, 0.95],
  'generic-container': [0.97, 0.91],
  'task-listing': [0.93, 0.87],
  'job-requirement': [0.95, 0.94],
  compliance: [0.98, 0.87],
  'goal-clone': [0.96, 0.79],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.93],
};

/** After looking at it (2026-12-08), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.95, 0.96],
  'generic-container': [0.97, 0.93],
  'task-listing': [0.94, 0.94],
  'job-requirement': [0.95, 0.95],
  compliance: [0.98, 0.96],
  'goal-clone': [0.96, 0.84],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.93],
};

describeHoldout({
  name: 'coach, sixty-third hold-out (measured blind, then looked at on 2026-12-08: now in-sample tuning material)',
  heading: 'Trap coach over the sixty-third hold-out (in-sample since 2026-12-08)',
  entries: HOLDOUT_63,
  plans: HOLDOUT_63_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.97,
  exactGroups: 26,
  printMisses: true,
  target: MEETS_TARGET,
});
