import { HOLDOUT_20, HOLDOUT_20_PLANS } from '../coach/holdout20';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The twentieth hold-out (test/coach/holdout20.ts), written blind to the rules on 2026-12-06 by a
 * helper that read only the article, issue 10, the nineteenth hold-out's header (definitions,
 * calls, types) and the harness's types, while round 20 (copies found by meaning) was being made on
 * hold-outs 1–18; measured with the coach before round 9 (commit 2cfe06d), before round 20
 * (a8e65f2) and after it, the table only (README, "Accuracy"). With the nineteenth it is one of the
 * two sets nobody has read. The floors are the last measurement rounded down by 0.01–0.02.
 * Measured before round 9 → before round 20 → after round 20 (precision / recall): number-title
 * 0.92/0.88 → 0.94/0.95 → 0.94/0.95, generic-container 1.00/0.73 → 0.97/0.86 → 0.97/0.86,
 * task-listing 0.77/0.34 → 0.91/0.78 → 0.91/0.78, job-requirement 0.88/0.63 → 0.97/0.83 →
 * 0.97/0.83, compliance 0.98/0.77 → 0.98/0.95 → 0.98/0.95, goal-clone 1.00/0.43 (12 of 27 clone
 * groups named exactly) → 1.00/0.57 (17) → 1.00/0.69 (19), kr-not-measurable 1.00/1.00,
 * no-key-results 0.95/0.95, sound objectives quiet 219 → 225 → 225 of 226. Its misses are not
 * printed: reading them would make it tuning material.
 *
 * Round 21 (made the same evening on the nineteenth set's misses) was measured on it too, the table
 * only: task-listing 0.91/0.78 → 0.93/0.78, compliance 0.98/0.95 → 0.98/0.97, everything else
 * unchanged.
 *
 * In round 22 (the same evening) its misses were read and the rules generalised from them by
 * sentence shape (in and out of, the same night, on the day, a span of weekdays, after closing, at
 * each start-up; a branch with its owner in brackets; a tally's name; printed matter, a refit; staff
 * credentials for "the … staff"; a change "rather than" the round), never by listing its sentences,
 * so it is now IN-SAMPLE tuning material: only the twenty-first hold-out says anything about unseen
 * plans. After round 22 (precision / recall): number-title 0.95/0.96, generic-container 0.97/0.91,
 * task-listing 0.95/0.84, job-requirement 0.97/0.93, compliance 0.98/0.98, goal-clone 1.00/0.69 (19
 * of 27), quiet 225 of 226. Both floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.92, 0.93],
  'generic-container': [0.95, 0.84],
  'task-listing': [0.91, 0.76],
  'job-requirement': [0.95, 0.81],
  compliance: [0.96, 0.95],
  'goal-clone': [0.98, 0.67],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.93, 0.93],
};

/** After looking at it (round 22), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.93, 0.94],
  'generic-container': [0.95, 0.89],
  'task-listing': [0.93, 0.82],
  'job-requirement': [0.95, 0.91],
  compliance: [0.96, 0.96],
  'goal-clone': [0.98, 0.67],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.93, 0.93],
};

describeHoldout({
  name: 'coach, twentieth hold-out (measured blind, then looked at in round 22: now in-sample tuning material)',
  heading: 'Trap coach over the twentieth hold-out (in-sample since round 22)',
  entries: HOLDOUT_20,
  plans: HOLDOUT_20_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.98,
  exactGroups: 18,
  printMisses: true,
});
