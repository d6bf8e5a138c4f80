import { HOLDOUT_22, HOLDOUT_22_PLANS } from '../coach/holdout22';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The twenty-second hold-out (test/coach/holdout22.ts), written blind to the rules on 2026-12-06 by
 * a helper that read only the article, issue 10, the twenty-first hold-out's header (definitions,
 * calls, types) and the harness's types, while round 22 was being made on the twentieth set;
 * measured with the coach before round 9 (commit 2cfe06d), before round 20 (a8e65f2), before round
 * 22 (7ea5b27) and after it (f4bc807), the table only (README, "Accuracy"). With the twenty-first it
 * is one of the two sets nobody has read. The floors are the last measurement rounded down by
 * 0.01–0.02. Measured before round 9 → before round 20 → before round 22 → after round 22
 * (precision / recall): number-title 0.90/0.90 → 0.93/0.99 → 0.93/0.99 → 0.94/0.99,
 * generic-container 0.98/0.55 → 0.98/0.77 → 0.98/0.77 → 0.99/0.89, task-listing 0.50/0.36 →
 * 0.69/0.87 → 0.72/0.87 → 0.73/0.87, job-requirement 0.87/0.60 → 0.94/0.75 → 0.94/0.78 →
 * 0.94/0.79, compliance 0.86/0.78 → 0.92/0.90 throughout, goal-clone 1.00/0.25 (11 of 27 clone
 * groups named exactly) → 1.00/0.40 (14) → 0.97/0.53 (16) → 0.97/0.53 (16), kr-not-measurable and
 * no-key-results 1.00/1.00, sound objectives quiet 218 → 221 → 220 → 220 of 229. Its misses are not
 * printed: reading them would make it tuning material.
 *
 * Round 23 (made the same evening on the twenty-first set's misses) was measured on it too, the
 * table only: generic-container 0.99/0.89 → 0.99/0.92, task-listing 0.73/0.87 → 0.75/0.87, compliance
 * 0.92/0.90 → 0.94/0.90, everything else unchanged.
 *
 * In round 24 (2026-12-06, late evening) its misses were read and the rules generalised from them by
 * sentence shape (a gerund or a verb hyphened to its particle before a measure names it; "No. 2",
 * "a 2B" and "linac 2 is down" name things; a standing job joined on with "and", a beat of hours, a
 * fixed day of the month, each newcomer, the day's first or last and overdue accounts are rounds;
 * things got made and devices moved onto are work; an insurer's survey, a safety paper signed off
 * and a scheme's standards met are compliance; staff with a place or kit after them head a branch;
 * one measure with each team's own scope, and a duty reworded by another team, are copies), never
 * by listing its sentences, so it is now IN-SAMPLE tuning material: only the twenty-third hold-out
 * says anything about unseen plans. After round 24 (precision / recall): number-title 0.95/0.99,
 * generic-container 0.99/0.96, task-listing 0.98/0.98, job-requirement 0.99/0.99, compliance
 * 1.00/1.00, goal-clone 0.97/0.64 (18 of 27), quiet 224 of 229. Both floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.92, 0.97],
  'generic-container': [0.97, 0.9],
  'task-listing': [0.73, 0.85],
  'job-requirement': [0.92, 0.77],
  compliance: [0.92, 0.88],
  'goal-clone': [0.95, 0.51],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

/** After looking at it (round 24), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.93, 0.97],
  'generic-container': [0.97, 0.94],
  'task-listing': [0.96, 0.96],
  'job-requirement': [0.97, 0.97],
  compliance: [0.98, 0.98],
  'goal-clone': [0.95, 0.62],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, twenty-second hold-out (measured blind, then looked at in round 24: now in-sample tuning material)',
  heading: 'Trap coach over the twenty-second hold-out (in-sample since round 24)',
  entries: HOLDOUT_22,
  plans: HOLDOUT_22_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.96,
  exactGroups: 17,
  printMisses: true,
});
