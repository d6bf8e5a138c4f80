import { HOLDOUT_41, HOLDOUT_41_PLANS } from '../coach/holdout41';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The forty-first hold-out (test/coach/holdout41.ts), written blind to the rules on 2026-12-07 by a
 * helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types, while round 42 was being made on the fortieth set; it was
 * asked to write each trade's titles as its managers would, in sectors of its own choosing.
 * Measured with the coach before round 9 (commit 2cfe06d), before round 20 (a8e65f2), before round
 * 24 (71ce39c), before round 29 (07a2f75), after rounds 37 (e29038c), 38 (ce7c002), 39 (8e555ec), 40
 * (52abd7f), 41 (cb53e38) and 42 (1ab5be4), the table only (README, "Accuracy"). The floors are the
 * last measurement rounded down by 0.01–0.02. Before round 9 → before 20 → before 24 → before 29 →
 * after 37 → 38 → 39 to 42 (precision / recall): number-title 0.92/0.91 → 0.94/0.96 → 0.94/0.96 →
 * 0.95/0.96 → 0.95/0.96 → 0.95/0.96 → 0.96/0.96, generic-container 1.00/0.56 → 1.00/0.84 →
 * 0.99/0.91 → 0.99/0.96 → 0.99/0.96 → … → 0.99/0.96, task-listing 0.53/0.38 → 0.79/0.85 → 0.80/0.87
 * → 0.87/0.87 → 0.90/0.90 → … → 0.90/0.90, job-requirement 0.96/0.65 → 0.95/0.75 → 0.98/0.78 →
 * 0.97/0.81 → 0.97/0.84 → … → 0.97/0.84, compliance 0.86/0.80 → 0.86/0.91 → 0.90/0.93 → 0.90/0.93 →
 * 0.91/0.93 → … → 0.91/0.93, goal-clone 0.96/0.47 (17 of 33 clone groups named exactly) →
 * 0.97/0.67 (23) → 0.95/0.67 (23) → 0.95/0.68 (24) → 0.95/0.72 (25) → 0.93/0.75 (26) → … →
 * 0.93/0.75 (26), kr-not-measurable and no-key-results 1.00/1.00 throughout, sound objectives quiet
 * 223 → 225 → 224 → 225 → 226 → … → 226 of 234. Its misses were not printed while it was blind.
 *
 * In round 43 (2026-12-07) its misses were read and the rules generalised from them by sentence
 * shape (a size as a measure; number words with a capital as names; ages of people named by what
 * they do; people got into something; a body's visit or test and how it went; a backlog of
 * others' requests; numbered theatres; a rate beside the goal it measures; "indie"), never by
 * listing its sentences, so it is now IN-SAMPLE tuning material: only the forty-second hold-out
 * (and later ones) say anything about unseen plans. After round 43 (precision / recall):
 * number-title 1.00/0.98, generic-container 0.99/0.97, task-listing 0.90/0.90, job-requirement
 * 0.97/0.84, compliance 0.94/0.98, goal-clone 0.96/0.79 (29 of 33), quiet 231 of 234. Both floors
 * are kept.
 */
const BLIND: Floors = {
  'number-title': [0.94, 0.94],
  'generic-container': [0.97, 0.94],
  'task-listing': [0.88, 0.88],
  'job-requirement': [0.95, 0.82],
  compliance: [0.89, 0.91],
  'goal-clone': [0.91, 0.73],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

/** After looking at it (round 43), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.98, 0.96],
  'generic-container': [0.97, 0.95],
  'task-listing': [0.88, 0.88],
  'job-requirement': [0.95, 0.82],
  compliance: [0.92, 0.96],
  'goal-clone': [0.94, 0.77],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, forty-first hold-out (measured blind, then looked at in round 43: now in-sample tuning material)',
  heading: 'Trap coach over the forty-first hold-out (in-sample since round 43)',
  entries: HOLDOUT_41,
  plans: HOLDOUT_41_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.97,
  exactGroups: 28,
  printMisses: true,
});
