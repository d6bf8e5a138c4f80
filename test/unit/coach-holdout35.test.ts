import { HOLDOUT_35, HOLDOUT_35_PLANS } from '../coach/holdout35';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The thirty-fifth hold-out (test/coach/holdout35.ts), written blind to the rules on 2026-12-07 by a
 * helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types, while round 36 was being made on the thirty-fourth set; it
 * was asked to write each trade's titles as its managers would, in sectors of its own choosing.
 * Measured with the coach before round 9 (commit 2cfe06d), before round 20 (a8e65f2), before round
 * 24 (71ce39c), before round 29 (07a2f75), after round 35 (1de1bc1) and after round 36 (the commit
 * that added this file), the table only (README, "Accuracy"). The floors are the last measurement
 * rounded down by 0.01–0.02. Before round 9 → before 20 → before 24 → before 29 → after 35 → after 36
 * (precision / recall): number-title 0.87/0.81 → 0.93/0.93 → 0.94/0.93 → 0.94/0.94 → 0.94/0.95 →
 * 0.94/0.95, generic-container 1.00/0.50 → 1.00/0.72 → 1.00/0.84 → 1.00/0.90 → 1.00/0.92 →
 * 1.00/0.93, task-listing 0.58/0.34 → 0.76/0.83 → 0.76/0.83 → 0.77/0.83 → 0.79/0.83 → 0.81/0.83,
 * job-requirement 0.87/0.72 → 0.96/0.84 → 0.95/0.84 → 0.95/0.84 → 0.94/0.88 → 0.94/0.88, compliance
 * 0.71/0.58 → 0.82/0.86 → 0.90/0.88 → 0.88/0.88 → 0.88/0.88 → 0.88/0.88, goal-clone 1.00/0.46 (14 of
 * 26 clone groups named exactly) → 1.00/0.63 (19) → 1.00/0.73 (20) → 1.00/0.77 (21) → 0.97/0.81 (21)
 * → 0.97/0.81 (21), kr-not-measurable 1.00/1.00, no-key-results 0.95/1.00 → 1.00/1.00 → 1.00/0.95
 * since, sound objectives quiet 215 → 220 → 220 → 220 → 218 → 218 of 232 (rounds 29–35 flagged two
 * more). Its misses were not printed while it was blind.
 *
 * In round 37 (2026-12-07) its misses were read and the rules generalised from them by sentence
 * shape (what is kept moved to a named or a new tool; a scheme's visit with no majors or its
 * reassessment passed; CE and UKCA marking; indemnity renewed; training as a business's measure or
 * a unit; findings claimed back, renamed or merged; a 999 crew; two 24-hour times), never by listing
 * its sentences, so it is now IN-SAMPLE tuning material: only the thirty-sixth hold-out (and later
 * ones) say anything about unseen plans. After round 37 (precision / recall): number-title
 * 0.96/0.95, generic-container 1.00/0.93, task-listing 0.83/0.93, job-requirement 0.94/0.88,
 * compliance 0.95/0.98, goal-clone 0.97/0.81 (21 of 26), quiet 220 of 232. Both floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.92, 0.93],
  'generic-container': [0.98, 0.91],
  'task-listing': [0.79, 0.81],
  'job-requirement': [0.92, 0.86],
  compliance: [0.86, 0.86],
  'goal-clone': [0.95, 0.79],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.93],
};

/** After looking at it (round 37), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.94, 0.93],
  'generic-container': [0.98, 0.91],
  'task-listing': [0.81, 0.91],
  'job-requirement': [0.92, 0.86],
  compliance: [0.93, 0.96],
  'goal-clone': [0.95, 0.79],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.93],
};

describeHoldout({
  name: 'coach, thirty-fifth hold-out (measured blind, then looked at in round 37: now in-sample tuning material)',
  heading: 'Trap coach over the thirty-fifth hold-out (in-sample since round 37)',
  entries: HOLDOUT_35,
  plans: HOLDOUT_35_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.94,
  exactGroups: 20,
  printMisses: true,
});
