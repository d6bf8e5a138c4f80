import { HOLDOUT_56, HOLDOUT_56_PLANS } from '../coach/holdout56';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The fifty-sixth hold-out (test/coach/holdout56.ts), written blind to the rules on 2026-12-07 by a
 * helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types, while round 54 was being made; it was given the
 * forty-third's brief (each trade's titles as its managers write them, sectors of its own choosing,
 * sentence shapes varied on purpose). Its domain names begin with m to z. Measured with the coach
 * before round 9 (commit 2cfe06d), before round 29 (07a2f75), after rounds 43 (6f8a79e), 53
 * (8a11f3c) and 54 (7d53321), the table only (README, "Accuracy"). The floors are the last measurement
 * rounded down by 0.01–0.02. Before round 9 → before 29 → after 43 → 53 → 54 (precision / recall):
 * number-title 0.93/0.88 → 0.95/0.95 → 0.97/0.97 → 0.97/0.97 → 0.99/0.97, generic-container
 * 0.98/0.64 → 0.99/0.96 → 0.99/0.98 → 1.00/0.98 → 1.00/0.98, task-listing 0.63/0.38 → 0.72/0.62 →
 * 0.77/0.73 → 0.79/0.76 → 0.79/0.76, job-requirement 0.93/0.62 → 0.95/0.72 → 0.94/0.76 → 0.92/0.76
 * → 0.92/0.76, compliance 0.85/0.63 → 0.87/0.85 → 0.89/0.87 → 0.89/0.91 → 0.89/0.91, goal-clone
 * 1.00/0.38 (15 of 30 clone groups named exactly) → 0.93/0.71 (23) → 0.94/0.80 (24) → 0.94/0.82
 * (25) → 0.94/0.82 (25), kr-not-measurable 1.00/1.00 throughout, no-key-results 1.00/1.00 →
 * 1.00/0.95 → … → 1.00/0.95, sound objectives quiet 220 → 219 → 218 → 218 → 218 of 226. After
 * round 55: task-listing 0.85/0.76, job-requirement 0.92/0.80, the rest the same; the floors are
 * those figures. After round 56 the same.
 * After round 57: job-requirement precision 0.93, quiet 219 of 226, the rest the same. Its misses
 * are not printed while it is blind.
 */
const BLIND: Floors = {
  'number-title': [0.97, 0.95],
  'generic-container': [0.98, 0.96],
  'task-listing': [0.83, 0.74],
  'job-requirement': [0.9, 0.78],
  compliance: [0.87, 0.89],
  'goal-clone': [0.92, 0.8],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.93],
};

describeHoldout({
  name: 'coach, fifty-sixth hold-out (blind)',
  heading: 'Trap coach over the fifty-sixth hold-out (blind)',
  entries: HOLDOUT_56,
  plans: HOLDOUT_56_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND],
  quiet: 0.95,
  exactGroups: 24,
  printMisses: false,
});
