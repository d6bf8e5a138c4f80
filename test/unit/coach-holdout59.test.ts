import { HOLDOUT_59, HOLDOUT_59_PLANS } from '../coach/holdout59';
import type { Floors } from '../coach/report';
import { MEETS_TARGET, describeHoldout } from '../coach/suite';

/**
 * The fifty-ninth hold-out (test/coach/holdout59.ts), written blind to the rules on 2026-12-07 by
 * a helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types, while round 56 was being made; it was given the
 * forty-third's brief (each trade's titles as its managers write them, sectors of its own choosing,
 * sentence shapes varied on purpose). Its domain names begin with a to l. Measured with the coach
 * before round 9 (commit 2cfe06d), before round 29 (07a2f75), after rounds 43 (6f8a79e), 55
 * (823e6d0) and 56, the table only (README, "Accuracy"). The floors are the last measurement
 * rounded down by 0.01–0.02. Before round 9 → before 29 → after 43 → 55 → 56 (precision / recall):
 * number-title 0.92/0.88 → 0.96/0.91 → 0.96/0.91 → 0.98/0.91 → 0.98/0.91, generic-container
 * 0.94/0.55 → 0.96/0.88 → 0.96/0.90 → 0.97/0.91 → 0.97/0.91, task-listing 0.67/0.26 → 0.84/0.81 →
 * 0.85/0.85 → 0.87/0.85 → 0.87/0.85, job-requirement 0.88/0.64 → 0.97/0.76 → 0.98/0.76 → 0.98/0.79
 * → 0.98/0.79, compliance 0.83/0.65 → 0.91/0.85 → 0.89/0.87 → 0.89/0.87 → 0.89/0.87, goal-clone
 * 0.93/0.47 (21 of 32 clone groups named exactly) → 1.00/0.69 (27) → 1.00/0.73 (28) → 1.00/0.76
 * (29) → 1.00/0.76 (29), kr-not-measurable 1.00/1.00 throughout, no-key-results 1.00/1.00 →
 * 1.00/0.95 → … → 1.00/0.95, sound objectives quiet 221 → 226 → 226 → 226 → 226 of 229. Round 56
 * changed nothing here.
 * After round 57: task-listing 0.89/0.87, job-requirement recall 0.80, the rest the same. After
 * round 58 the same. After round 59 the same. After round 60: number-title recall 0.93, job-
 * requirement recall 0.82, goal-clone recall 0.78 (30 of 32), the rest the same.
 * With the shelf model (2026-12-07; README, "The shelf model"), which was fitted to the tuning sets
 * only: task-listing 0.89/0.87 → 0.91/0.89, job-requirement 0.98/0.82 → 0.99/0.89, compliance 0.89/0.87
 * → 0.91/0.91, goal-clone 1.00/0.78 → 1.00/0.80, sound objectives quiet 226 → 227 of 229. Its misses
 * are not printed while it is blind.
 * After the second evening's three copy rounds (a3e3d13, d83cfc2, 02b307a; README, "Measures of one
 * word, and copies' words read as one"), before → after each, the table only: goal-clone 1.000/0.800 →
 * 1.000/0.818 → the same → 1.000/0.800 (30 of 32 clone groups named exactly throughout); every other
 * rule's figures unchanged.
 *
 * On the third evening of 2026-12-07 its misses were read and the rules generalised from them by
 * sentence shape ("win … back" with its object between; "drop out"; a heading with its lead in
 * brackets or its patch or shift after a dash; cards made for shops; "redecorate"; a thing, its
 * participle and its beat), never by listing its sentences, and the shelf model was
 * refitted with it, so it is now IN-SAMPLE tuning material. After that round (precision / recall):
 * number-title 0.98/0.93, generic-container 0.97/0.95, task-listing 0.92/0.96, job-requirement
 * 0.99/0.91, compliance 0.94/0.96, goal-clone 1.00/0.84 (31 of 32), quiet 227 of 229. The blind
 * floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.96, 0.91],
  'generic-container': [0.95, 0.89],
  'task-listing': [0.89, 0.87],
  'job-requirement': [0.97, 0.87],
  compliance: [0.89, 0.89],
  'goal-clone': [0.98, 0.78],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.93],
};

/** After looking at it (third evening of 2026-12-07), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.96, 0.91],
  'generic-container': [0.95, 0.93],
  'task-listing': [0.9, 0.94],
  'job-requirement': [0.97, 0.89],
  compliance: [0.92, 0.94],
  'goal-clone': [0.98, 0.82],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.93],
};

describeHoldout({
  name: 'coach, fifty-ninth hold-out (measured blind, then looked at on the third evening of 2026-12-07: now in-sample tuning material)',
  heading: 'Trap coach over the fifty-ninth hold-out (in-sample since the third evening of 2026-12-07)',
  entries: HOLDOUT_59,
  plans: HOLDOUT_59_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.98,
  exactGroups: 31,
  printMisses: true,
  target: MEETS_TARGET,
});
