import { HOLDOUT_21, HOLDOUT_21_PLANS } from '../coach/holdout21';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The twenty-first hold-out (test/coach/holdout21.ts), written blind to the rules on 2026-12-06 by a
 * helper that read only the article, issue 10, the twentieth hold-out's header (definitions, calls,
 * types) and the harness's types, while round 21 was being made on the nineteenth set; measured
 * with the coach before round 9 (commit 2cfe06d), before round 20 (a8e65f2), before round 21
 * (f705779) and after it (e942034), the table only (README, "Accuracy"). With the twentieth it is
 * one of the two sets nobody has read. The floors are the last measurement rounded down by
 * 0.01–0.02. Measured before round 9 → before round 20 → after round 20 → after round 21 (precision
 * / recall): number-title 0.94/0.84 → 0.97/0.95 → 0.97/0.95 → 0.97/0.95, generic-container
 * 1.00/0.64 → 1.00/0.85 throughout, task-listing 0.72/0.37 → 0.90/0.94 throughout, job-requirement
 * 0.73/0.58 → 0.93/0.79 → 0.93/0.79 → 0.93/0.80, compliance 0.76/0.76 → 0.82/0.93 throughout,
 * goal-clone 0.91/0.39 (14 of 27 clone groups named exactly) → 0.97/0.52 (18) → 0.97/0.65 (19) →
 * 0.97/0.65 (19), kr-not-measurable 1.00/1.00, no-key-results 1.00/1.00, sound objectives quiet
 * 220 → 223 of 226 throughout. Its misses are not printed: reading them would make it tuning material.
 *
 * Round 22 (made the same evening on the twentieth set's misses) was measured on it too, the table
 * only: generic-container 1.00/0.85 → 1.00/0.90, job-requirement 0.93/0.80 → 0.95/0.82, everything
 * else unchanged.
 *
 * In round 23 (the same evening) its misses were read and the rules generalised from them by
 * sentence shape (a plan's dated heading, "— plan for 2026", "2026-27", ": 2026"; a KPI named after
 * the work, with no one made to do it, is no compliance task; permissions and authorisations kept,
 * a check done before it runs out; returning calls the same day), never by listing its sentences,
 * so it is now IN-SAMPLE tuning material: only the twenty-second hold-out says anything about unseen
 * plans. After round 23 (precision / recall): number-title 0.97/0.95, generic-container 1.00/0.95,
 * task-listing 0.90/0.94, job-requirement 0.95/0.83, compliance 0.92/0.97, goal-clone 1.00/0.65 (19
 * of 27), quiet 223 of 226. Both floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.95, 0.93],
  'generic-container': [0.98, 0.88],
  'task-listing': [0.88, 0.92],
  'job-requirement': [0.93, 0.8],
  compliance: [0.8, 0.91],
  'goal-clone': [0.95, 0.63],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

/** After looking at it (round 23), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.95, 0.93],
  'generic-container': [0.98, 0.93],
  'task-listing': [0.88, 0.92],
  'job-requirement': [0.93, 0.81],
  compliance: [0.9, 0.95],
  'goal-clone': [0.98, 0.63],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, twenty-first hold-out (measured blind, then looked at in round 23: now in-sample tuning material)',
  heading: 'Trap coach over the twenty-first hold-out (in-sample since round 23)',
  entries: HOLDOUT_21,
  plans: HOLDOUT_21_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.98,
  exactGroups: 18,
  printMisses: true,
});
