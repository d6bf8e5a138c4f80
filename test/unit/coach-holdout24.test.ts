import { HOLDOUT_24, HOLDOUT_24_PLANS } from '../coach/holdout24';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The twenty-fourth hold-out (test/coach/holdout24.ts), written blind to the rules on 2026-12-06 by a
 * helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types, while round 25 was being made on the twenty-third set;
 * measured with the coach before round 9 (commit 2cfe06d), before round 20 (a8e65f2), before round
 * 24 (71ce39c), before round 25 (4c78481) and after it (84e800c), the table only (README,
 * "Accuracy"). It is the only set nobody has read. The floors are the last measurement rounded down
 * by 0.01–0.02. Measured before round 9 → before round 20 → before round 24 → before round 25 →
 * after round 25 (precision / recall): number-title 0.86/0.87 → 0.91/0.95 throughout,
 * generic-container 1.00/0.58 → 1.00/0.74 → 1.00/0.79 throughout, task-listing 0.64/0.51 → 0.69/0.82
 * → 0.69/0.82 → 0.75/0.82 → 0.75/0.82, job-requirement 0.81/0.53 → 0.87/0.70 → 0.87/0.71 →
 * 0.87/0.72 → 0.87/0.72, compliance 0.74/0.68 → 0.78/0.84 → 0.81/0.84 throughout, goal-clone
 * 0.96/0.44 (12 of 29 clone groups named exactly) → 0.97/0.51 (14) → 0.94/0.62 (16) → 0.93/0.67
 * (17) → 0.90/0.69 (17), kr-not-measurable and no-key-results 1.00/1.00, sound objectives quiet 213
 * → 214 → 213 → 213 → 213 of 227. Round 25 moved none of the word rules here. Its misses were not
 * printed while it was blind.
 *
 * In round 26 (2026-12-06, night) its misses were read and the rules generalised from them by
 * sentence shape (each one as it falls due, "inside 15 minutes", booking in, call-outs rung in;
 * measures named by a verb's form; places and periods after a heading; reviews passed with no
 * actions, staff who hold what they must, safety sign-offs; tools moved from the old way; clients'
 * filings are the firm's round), never by listing its sentences, so it is now IN-SAMPLE tuning
 * material: only the twenty-fifth hold-out says anything about unseen plans. After round 26
 * (precision / recall): number-title 0.95/0.98, generic-container 1.00/0.87, task-listing 0.85/0.94,
 * job-requirement 0.97/0.88, compliance 0.94/0.98, goal-clone 0.93/0.69 (17 of 29), quiet 219 of
 * 227. Both floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.89, 0.93],
  'generic-container': [0.98, 0.77],
  'task-listing': [0.73, 0.8],
  'job-requirement': [0.85, 0.7],
  compliance: [0.79, 0.82],
  'goal-clone': [0.88, 0.67],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

/** After looking at it (round 26), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.93, 0.96],
  'generic-container': [0.98, 0.85],
  'task-listing': [0.83, 0.92],
  'job-requirement': [0.95, 0.86],
  compliance: [0.92, 0.96],
  'goal-clone': [0.91, 0.67],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, twenty-fourth hold-out (measured blind, then looked at in round 26: now in-sample tuning material)',
  heading: 'Trap coach over the twenty-fourth hold-out (in-sample since round 26)',
  entries: HOLDOUT_24,
  plans: HOLDOUT_24_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.95,
  exactGroups: 16,
  printMisses: true,
});
