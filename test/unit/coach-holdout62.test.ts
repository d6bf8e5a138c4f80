import { HOLDOUT_62, HOLDOUT_62_PLANS } from '../coach/holdout62';
import type { Floors } from '../coach/report';
import { MEETS_TARGET, describeHoldout } from '../coach/suite';

/**
 * The sixty-second hold-out (test/coach/holdout62.ts), written blind to the rules on 2026-12-07 by
 * a helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types, while round 57 was being made; it was given the
 * forty-third's brief (each trade's titles as its managers write them, sectors of its own choosing,
 * sentence shapes varied on purpose). Its domain names begin with m to z. Measured with the coach
 * before round 9 (commit 2cfe06d), before round 29 (07a2f75), after rounds 43 (6f8a79e), 56
 * (acc4364) and 57 (a0948f9), the table only (README, "Accuracy"). The floors are the last
 * measurement rounded down by 0.01–0.02. Before round 9 → before 29 → after 43 → 56 → 57
 * (precision / recall):
 * number-title 0.90/0.85 → 0.92/0.96 → 0.94/0.96 → 0.99/0.97 → 0.99/0.97, generic-container
 * 1.00/0.60 → 1.00/0.91 → 1.00/0.94 → 1.00/0.94 → 1.00/0.94, task-listing 0.70/0.44 → 0.89/0.75 →
 * 0.89/0.77 → 0.90/0.87 → 0.88/0.87, job-requirement 0.89/0.64 → 0.93/0.70 → 0.92/0.74 → 0.92/0.74
 * → 0.92/0.74, compliance 0.90/0.68 → 0.92/0.91 → 0.91/0.92 → 0.91/0.92 → 0.91/0.92, goal-clone
 * 0.96/0.44 (13 of 30 clone groups named exactly) → 1.00/0.64 (21) → 1.00/0.67 (23) → 1.00/0.71
 * (24) → 1.00/0.71 (24), kr-not-measurable 1.00/1.00 throughout, no-key-results 0.95/0.91 →
 * 1.00/0.95 → … → 1.00/0.95, sound objectives quiet 208 → 211 → 211 → 212 → 212 of 217. Round 57's
 * rule for a thing of ours got seen to ("Get … sorted", an activity) cost this set task-listing
 * precision 0.90 → 0.88, seen from this table alone with the rule switched off; it was kept,
 * because switched off it also cost the fifty-ninth and sixtieth one activity each (recall 0.87 →
 * 0.85), seen the same way.
 * After round 58 the same. After round 59 the same. After round 60 the same.
 * With the shelf model (2026-12-07; README, "The shelf model"), which was fitted to the tuning sets
 * only: task-listing 0.88/0.87 → 1.00/0.87, job-requirement 0.92/0.74 → 0.96/0.88, compliance 0.91/0.92
 * → 0.98/1.00, goal-clone 1.00/0.71 → 1.00/0.76, no-key-results 1.00/0.95 → 1.00/1.00, clone groups
 * named exactly 24 → 26 of 30, sound objectives quiet 212 → 216 of 217. Its misses are not printed
 * while it is blind.
 *
 * Late on the third evening of 2026-12-07 its misses were read with the sixty-first's and the rules
 * generalised from them by sentence shape (see the sixty-first's test), never by listing its
 * sentences, and the shelf model was refitted with both, so it is now IN-SAMPLE tuning material.
 * After that round (precision / recall): number-title 1.00/0.97, generic-container 1.00/0.95,
 * task-listing 1.00/0.92, job-requirement 0.99/0.90, compliance 0.98/1.00, goal-clone 1.00/0.84
 * (26 of 30), quiet 217 of 217. The blind floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.97, 0.95],
  'generic-container': [0.98, 0.92],
  'task-listing': [0.98, 0.85],
  'job-requirement': [0.94, 0.86],
  compliance: [0.96, 0.98],
  'goal-clone': [0.98, 0.74],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

/** After looking at it (third evening of 2026-12-07), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.98, 0.95],
  'generic-container': [0.98, 0.93],
  'task-listing': [0.98, 0.9],
  // (0.97 → 0.95 with the refit on 67 sets, 2026-12-08, which flags more duties: 0.957 here.)
  'job-requirement': [0.95, 0.88],
  compliance: [0.96, 0.98],
  'goal-clone': [0.98, 0.82],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, sixty-second hold-out (measured blind, then looked at on the third evening of 2026-12-07: now in-sample tuning material)',
  heading: 'Trap coach over the sixty-second hold-out (in-sample since the third evening of 2026-12-07)',
  entries: HOLDOUT_62,
  plans: HOLDOUT_62_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.98,
  exactGroups: 26,
  printMisses: true,
  target: MEETS_TARGET,
});
