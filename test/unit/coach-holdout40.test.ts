import { HOLDOUT_40, HOLDOUT_40_PLANS } from '../coach/holdout40';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The fortieth hold-out (test/coach/holdout40.ts), written blind to the rules on 2026-12-07 by a
 * helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types (and, by a slip in its type check, one line of
 * shared/coach/wordVectorsData.ts, a type), while round 41 was being made on the thirty-ninth set; it
 * was asked to write each trade's titles as its managers would, in sectors of its own choosing.
 * Measured with the coach before round 9 (commit 2cfe06d), before round 20 (a8e65f2), before round
 * 24 (71ce39c), before round 29 (07a2f75), after rounds 37 (e29038c), 38 (ce7c002), 39 (8e555ec), 40
 * (52abd7f) and 41 (cb53e38), the table only (README, "Accuracy"). The floors are the last
 * measurement rounded down by 0.01–0.02. Before round 9 → before 20 → before 24 → before 29 → after
 * 37 → 38 → 39 → 40 → 41 (precision / recall): number-title 0.88/0.87 → 0.91/0.98 → 0.92/0.98 →
 * 0.93/0.98 → 0.93/0.98 → … → 0.93/0.98, generic-container 0.98/0.57 → 0.98/0.73 → 0.99/0.86 →
 * 1.00/0.92 → 1.00/0.95 → … → 1.00/0.95, task-listing 0.61/0.41 → 0.78/0.83 → 0.78/0.83 →
 * 0.81/0.83 → 0.85/0.85 → 0.87/0.87 → 0.89/0.89 → 0.89/0.89 → 0.89/0.89, job-requirement 0.87/0.56
 * → 0.98/0.67 → 0.98/0.67 → 0.96/0.68 → 0.98/0.72 → 0.98/0.72 → 0.98/0.76 → 0.98/0.79 → 0.98/0.79,
 * compliance 0.79/0.69 → 0.87/0.94 → 0.90/0.96 → 0.91/0.98 → 0.94/1.00 → 0.94/1.00 → 1.00/1.00 →
 * 1.00/1.00 → 1.00/1.00, goal-clone 1.00/0.46 (16 of 32 clone groups named exactly) → 1.00/0.57 (21)
 * → 1.00/0.70 (23) → 1.00/0.75 (26) → 0.98/0.82 (27) → 0.98/0.88 (28) → 0.98/0.88 (28) → 0.98/0.88
 * (28) → 0.98/0.88 (28), kr-not-measurable 1.00/1.00, no-key-results 0.96/1.00 → 1.00/1.00 since
 * round 20, sound objectives quiet 216 → 217 → 217 → 217 → 218 → … → 218 of 227. Its misses were
 * not printed while it was blind.
 *
 * In round 42 (2026-12-07) its misses were read and the rules generalised from them by sentence
 * shape (a measure spelt out as its initials; a plain verb on each one of a stream; categories'
 * numbers, horizons and ages left at; a first letter too many is no typo; which way after a verb
 * that only points at a measure), never by listing its sentences, so it is now IN-SAMPLE tuning
 * material: only the forty-first hold-out (and later ones) say anything about unseen plans. After
 * round 42 (precision / recall): number-title 0.97/0.98, generic-container 1.00/0.96, task-listing
 * 0.89/0.89, job-requirement 0.98/0.85, compliance 1.00/1.00, goal-clone 0.98/0.93 (30 of 32),
 * quiet 222 of 227. Both floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.91, 0.96],
  'generic-container': [0.98, 0.93],
  'task-listing': [0.87, 0.87],
  'job-requirement': [0.96, 0.77],
  compliance: [0.98, 0.98],
  'goal-clone': [0.96, 0.86],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

/** After looking at it (round 42), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.95, 0.96],
  'generic-container': [0.98, 0.94],
  'task-listing': [0.87, 0.87],
  'job-requirement': [0.96, 0.83],
  compliance: [0.98, 0.98],
  'goal-clone': [0.96, 0.91],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, fortieth hold-out (measured blind, then looked at in round 42: now in-sample tuning material)',
  heading: 'Trap coach over the fortieth hold-out (in-sample since round 42)',
  entries: HOLDOUT_40,
  plans: HOLDOUT_40_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.96,
  exactGroups: 29,
  printMisses: true,
});
