import { HOLDOUT_32, HOLDOUT_32_PLANS } from '../coach/holdout32';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The thirty-second hold-out (test/coach/holdout32.ts), written blind to the rules on 2026-12-07 by
 * a helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types, while round 33 was being made on the thirty-first set; it
 * was asked to write each trade's titles as its managers would. Measured with the coach before round
 * 9 (commit 2cfe06d), before round 20 (a8e65f2), before round 24 (71ce39c), before round 29
 * (07a2f75), after round 30 (3890a7d), after round 31 (e8999ca), after round 32 (a5fed59) and after
 * round 33 (the commit that added this file), the table only (README, "Accuracy"). The floors are
 * the last measurement rounded down by 0.01–0.02. Before round 9 → before 20 → before 24 → before 29
 * → after 30 → after 31 → after 32 → after 33 (precision / recall): number-title 0.87/0.78 →
 * 0.90/0.94 → 0.91/0.94 → 0.92/0.94 → 0.93/0.96 → 0.93/0.97 → 0.93/0.97 → 0.93/0.97,
 * generic-container 1.00/0.39 → 1.00/0.67 → 1.00/0.85 → 1.00/0.89 → 1.00/0.91 → 1.00/0.91 →
 * 1.00/0.90 → 1.00/0.90, task-listing 0.48/0.52 → 0.76/0.91 → 0.76/0.91 → 0.80/0.96 → 0.83/0.96 →
 * 0.85/0.96 → 0.81/0.96 → 0.81/0.96, job-requirement 0.88/0.58 → 0.95/0.70 → 0.95/0.72 → 0.96/0.74
 * → 0.96/0.76 → 0.96/0.80 → 0.96/0.78 → 0.96/0.78, compliance 0.97/0.59 → 0.88/0.88 → 0.94/0.88 →
 * 0.96/0.90 since, goal-clone 1.00/0.42 (14 of 30 clone groups named exactly) → 1.00/0.62 (21) →
 * 1.00/0.62 (21) → 1.00/0.69 (23) → 1.00/0.75 (24) since, kr-not-measurable and no-key-results
 * 1.00/1.00, sound objectives quiet 215 → 217 → 217 → 218 → 219 → 219 → 219 → 219 of 229. Round
 * 32 cost this set two activities' precision, a duty and a heading. Its misses were not printed
 * while it was blind.
 *
 * In round 34 (2026-12-07) its misses were read and the rules generalised from them by sentence
 * shape (a share as the line's value after a colon; things sent back or counted from their event
 * in time; each one "to every client" or as the orders come in; things kept matched; thresholds and
 * shares described; numbered units, titled owners, the year's programme; credentials kept or
 * renewed, an ethics sign-off, a named code signed; a check on every one that passes), never by
 * listing its sentences, so it is now IN-SAMPLE tuning material: only the thirty-third hold-out (and
 * later ones) say anything about unseen plans. After round 34 (precision / recall): number-title
 * 0.98/0.98, generic-container 1.00/0.95, task-listing 0.87/1.00, job-requirement 0.99/0.90,
 * compliance 0.98/0.98, goal-clone 1.00/0.75 (24 of 30), quiet 225 of 229. Both floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.91, 0.95],
  'generic-container': [0.98, 0.88],
  'task-listing': [0.79, 0.94],
  'job-requirement': [0.94, 0.76],
  compliance: [0.94, 0.88],
  'goal-clone': [0.98, 0.73],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

/** After looking at it (round 34), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.96, 0.96],
  'generic-container': [0.98, 0.93],
  'task-listing': [0.85, 0.98],
  'job-requirement': [0.97, 0.88],
  compliance: [0.96, 0.96],
  'goal-clone': [0.98, 0.73],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, thirty-second hold-out (measured blind, then looked at in round 34: now in-sample tuning material)',
  heading: 'Trap coach over the thirty-second hold-out (in-sample since round 34)',
  entries: HOLDOUT_32,
  plans: HOLDOUT_32_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.97,
  exactGroups: 23,
  printMisses: true,
});
