import { HOLDOUT_38, HOLDOUT_38_PLANS } from '../coach/holdout38';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The thirty-eighth hold-out (test/coach/holdout38.ts), written blind to the rules on 2026-12-07 by
 * a helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types, while round 39 was being made on the thirty-seventh set; it
 * was asked to write each trade's titles as its managers would, in sectors of its own choosing.
 * Measured with the coach before round 9 (commit 2cfe06d), before round 20 (a8e65f2), before round
 * 24 (71ce39c), before round 29 (07a2f75), after round 37 (e29038c), after round 38 (ce7c002) and
 * after round 39 (5aa4b22), the table only (README, "Accuracy"). The floors are the last
 * measurement rounded down by 0.01–0.02. Before round 9 → before 20 → before 24 → before 29 → after
 * 37 → after 38 → after 39 (precision / recall): number-title 0.90/0.90 → 0.93/0.97 → 0.93/0.97 →
 * 0.94/0.97 → 0.95/0.98 → 0.95/0.98 → 0.95/0.98, generic-container 0.93/0.60 → 0.95/0.79 →
 * 0.96/0.91 → 0.96/0.96 → 0.97/0.96 → 0.97/0.97 → 0.97/0.97, task-listing 0.52/0.27 → 0.85/0.78 →
 * 0.85/0.78 → 0.88/0.78 → 0.90/0.84 → 0.90/0.84 → 0.90/0.84, job-requirement 0.85/0.66 → 0.91/0.73
 * → 0.91/0.73 → 0.94/0.77 → 0.94/0.81 → 0.94/0.81 → 0.94/0.81, compliance 0.87/0.69 → 0.88/0.90 →
 * 0.90/0.90 → 0.90/0.94 → 0.90/0.96 → 0.90/0.96 → 0.92/0.96, goal-clone 1.00/0.66 (23 of 33 clone
 * groups named exactly) → 1.00/0.79 (29) → 0.98/0.88 (32) → 0.98/0.89 (33) → 0.96/0.93 (32) →
 * 0.96/0.93 (32) → 0.96/0.93 (32), kr-not-measurable 1.00/1.00, no-key-results 0.96/1.00 → … →
 * 1.00/1.00 since round 37, sound objectives quiet 222 → 224 → 223 → 223 → 222 → 222 → 222 of 232
 * (rounds 29–37 named one group fewer exactly and flagged one more sound objective). Its misses were
 * not printed while it was blind.
 *
 * In round 40 (2026-12-07) its misses were read and the rules generalised from them by sentence
 * shape (two goals of one trade sharing three words and saying eight each of their own; which way
 * and how; a cost per unit; a number in an "instead of" clause; a paper refreshed; one holiday's
 * order; "on the … schedule"; a verb the coach does not know joined to one it knows; others brought
 * to keep their papers; our entry on a body's register; a call with every newcomer; a place done
 * up; a round on a beat; a record kept true; paths after "see"), never by listing its sentences, so
 * it is now IN-SAMPLE tuning material: only the thirty-ninth hold-out (and later ones) say anything
 * about unseen plans. After round 40 (precision / recall): number-title 0.97/0.99,
 * generic-container 0.97/0.97, task-listing 0.91/0.89, job-requirement 0.97/0.85, compliance
 * 0.98/0.98, goal-clone 0.98/0.93 (33 of 33), quiet 227 of 232. Both floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.93, 0.96],
  'generic-container': [0.95, 0.95],
  'task-listing': [0.88, 0.82],
  'job-requirement': [0.92, 0.79],
  compliance: [0.9, 0.94],
  'goal-clone': [0.94, 0.91],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

/** After looking at it (round 40), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.95, 0.97],
  'generic-container': [0.95, 0.95],
  'task-listing': [0.89, 0.87],
  'job-requirement': [0.95, 0.83],
  compliance: [0.96, 0.96],
  'goal-clone': [0.96, 0.91],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, thirty-eighth hold-out (measured blind, then looked at in round 40: now in-sample tuning material)',
  heading: 'Trap coach over the thirty-eighth hold-out (in-sample since round 40)',
  entries: HOLDOUT_38,
  plans: HOLDOUT_38_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.96,
  exactGroups: 32,
  printMisses: true,
});
