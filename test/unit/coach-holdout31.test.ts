import { HOLDOUT_31, HOLDOUT_31_PLANS } from '../coach/holdout31';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The thirty-first hold-out (test/coach/holdout31.ts), written blind to the rules on 2026-12-07 by a
 * helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types, while round 32 was being made on the thirtieth set; like
 * the thirtieth's helper, it was asked to write each trade's titles as its managers would, not to
 * vary the shapes on purpose. Measured with the coach before round 9 (commit 2cfe06d), before round
 * 20 (a8e65f2), before round 24 (71ce39c), before round 29 (07a2f75), after round 29 (74e397c),
 * after round 30 (3890a7d), after round 31 (e8999ca) and after round 32 (the commit that added this
 * file), the table only (README, "Accuracy"). The floors are the last measurement rounded down by
 * 0.01–0.02. Before round 9 → before 20 → before 24 → before 29 → after 29 → after 30 → after 31 →
 * after 32 (precision / recall): number-title 0.91/0.76 → 0.93/0.92 → 0.93/0.92 → 0.94/0.94 →
 * unchanged → unchanged → unchanged → 0.95/0.94, generic-container 1.00/0.53 → 1.00/0.80 → 1.00/0.96
 * → 1.00/0.99 since, task-listing 0.55/0.28 → 0.81/0.79 → 0.84/0.84 → 0.84/0.86 → 0.84/0.86 →
 * 0.82/0.86 → 0.82/0.86 → 0.82/0.86, job-requirement 0.77/0.62 → 0.92/0.75 → 0.94/0.81 → 0.94/0.83
 * → 0.94/0.83 → 0.93/0.83 → 0.94/0.83 → 0.94/0.83, compliance 0.86/0.51 → 0.93/0.87 → 0.93/0.91 →
 * 0.96/0.91 → 0.96/0.91 → 0.98/0.87 → 0.98/0.87 → 0.98/0.87, goal-clone 1.00/0.33 (14 of 29 clone
 * groups named exactly) → 1.00/0.49 (21) → 0.97/0.59 (20) → 0.97/0.67 (22) → 0.97/0.67 (22) →
 * 0.97/0.69 (23) → 0.97/0.71 (23) → 0.97/0.71 (23), kr-not-measurable 1.00/1.00, no-key-results
 * 0.96/1.00 → 1.00/1.00 since, sound objectives quiet 224 → 226 → 225 → 227 → 227 → 227 → 228 → 228
 * of 237. Round 30 cost this set one compliance title found and two activities' precision. Its
 * misses were not printed while it was blind.
 *
 * In round 33 (2026-12-07) its misses were read and the rules generalised from them by sentence
 * shape (records moved between tools; each one as it happens, asks or comes in turn; things
 * attended to a response time, or "inside an hour of the call"; checks on every one; a share named
 * by its sign; a number in a late "when" clause, the hour a shop opens, 365 days and what is already
 * ours are no targets; a surveillance licence or camera code; papers sent to a body known by its
 * initials; what everyone is to do; competitions and wraps), never by listing its sentences, so it
 * is now IN-SAMPLE tuning material: only the thirty-second hold-out (and later ones) say anything
 * about unseen plans. After round 33 (precision / recall): number-title 1.00/0.97,
 * generic-container 1.00/0.99, task-listing 0.89/0.95, job-requirement 0.97/0.89, compliance
 * 0.98/0.96, goal-clone 0.97/0.73 (24 of 29), quiet 233 of 237. Both floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.93, 0.92],
  'generic-container': [0.98, 0.97],
  'task-listing': [0.8, 0.84],
  'job-requirement': [0.92, 0.81],
  compliance: [0.96, 0.85],
  'goal-clone': [0.95, 0.69],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

/** After looking at it (round 33), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.98, 0.95],
  'generic-container': [0.98, 0.97],
  'task-listing': [0.87, 0.93],
  'job-requirement': [0.95, 0.87],
  compliance: [0.96, 0.94],
  'goal-clone': [0.95, 0.71],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, thirty-first hold-out (measured blind, then looked at in round 33: now in-sample tuning material)',
  heading: 'Trap coach over the thirty-first hold-out (in-sample since round 33)',
  entries: HOLDOUT_31,
  plans: HOLDOUT_31_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.97,
  exactGroups: 23,
  printMisses: true,
});
