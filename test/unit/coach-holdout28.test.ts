import { HOLDOUT_28, HOLDOUT_28_PLANS } from '../coach/holdout28';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The twenty-eighth hold-out (test/coach/holdout28.ts), written blind to the rules on 2026-12-07 by
 * a helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types (and, by slip, one compiler message naming the type the word
 * vectors' module expects), while round 29 was being made on the twenty-seventh set; measured with the
 * coach before round 9 (commit 2cfe06d), before round 20 (a8e65f2), before round 24 (71ce39c), before
 * round 29 (07a2f75) and after it (the commit that added this file), the table only (README,
 * "Accuracy"). The floors are the last measurement rounded down by 0.01–0.02. Measured before round 9
 * → before round 20 → before round 24 → before round 29 → after round 29 (precision / recall):
 * number-title 0.83/0.75 → 0.89/0.89 → 0.90/0.89 → 0.94/0.89 → 0.94/0.89, generic-container 0.96/0.53
 * → 0.97/0.76 → 0.97/0.89 → 0.98/0.93 → 0.98/0.93, task-listing 0.62/0.44 → 0.78/0.83 → 0.78/0.83 →
 * 0.82/0.83 → 0.83/0.81, job-requirement 0.82/0.56 → 0.95/0.62 → 0.95/0.63 → 0.95/0.67 → 0.95/0.68,
 * compliance 0.92/0.73 → 0.88/0.94 → 0.88/0.90 → 0.88/0.94 → 0.88/0.94, goal-clone 1.00/0.44 (17 of
 * 30 clone groups named exactly) → 1.00/0.53 (20) → 1.00/0.64 (21) → 1.00/0.65 (22) → 1.00/0.65 (22),
 * kr-not-measurable 1.00/1.00, no-key-results 0.96/1.00 → 1.00/1.00, sound objectives quiet 215 →
 * 223 → 223 → 225 → 225 of 229. Round 29 found one more duty here, and one activity fewer.
 * Its misses were not printed while it was blind.
 *
 * In round 30 (2026-12-07) its misses were read and the rules generalised from them by sentence
 * shape (things looked after; each one when it is due; someone on site within a response time;
 * queues worked through; daily rounds with no verb; every one's papers by the possessive; the
 * 24-hour clock; dated names; copies reworded freely across branches), never by listing its
 * sentences, so it is now IN-SAMPLE tuning material: only the twenty-ninth hold-out (and later
 * ones) say anything about unseen plans. After round 30 (precision / recall): number-title
 * 0.96/0.93, generic-container 0.98/0.95, task-listing 0.91/0.88, job-requirement 0.96/0.86,
 * compliance 0.98/0.98, goal-clone 1.00/0.65 (22 of 30), quiet 227 of 229. Both floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.92, 0.87],
  'generic-container': [0.96, 0.91],
  'task-listing': [0.81, 0.79],
  'job-requirement': [0.93, 0.66],
  compliance: [0.86, 0.92],
  'goal-clone': [0.98, 0.63],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

/** After looking at it (round 30), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.94, 0.91],
  'generic-container': [0.96, 0.93],
  'task-listing': [0.89, 0.86],
  'job-requirement': [0.94, 0.84],
  compliance: [0.96, 0.96],
  'goal-clone': [0.98, 0.63],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, twenty-eighth hold-out (measured blind, then looked at in round 30: now in-sample tuning material)',
  heading: 'Trap coach over the twenty-eighth hold-out (in-sample since round 30)',
  entries: HOLDOUT_28,
  plans: HOLDOUT_28_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.97,
  exactGroups: 21,
  printMisses: true,
});
