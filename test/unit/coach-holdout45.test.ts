import { HOLDOUT_45, HOLDOUT_45_PLANS } from '../coach/holdout45';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The forty-fifth hold-out (test/coach/holdout45.ts), written blind to the rules on 2026-12-07 by a
 * helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types (and saw the file names of shared/coach/ in a listing, none
 * opened), while round 45 was being made on the forty-third set; it was given the forty-third's
 * brief (each trade's titles as its managers write them, sectors of its own choosing, sentence
 * shapes varied on purpose). Measured with the coach before round 9 (commit 2cfe06d), before round
 * 20 (a8e65f2), before round 24 (71ce39c), before round 29 (07a2f75), after rounds 37 (e29038c), 43
 * (6f8a79e) and 44 (49a4882), and after round 45 (0fed9c3, then 5f2a921 with the shapes read on
 * every earlier set), the table only (README, "Accuracy"). The floors are the last measurement
 * rounded down by 0.01–0.02. Before round 9 → before 20 → before 24 → before 29 → after 37 → after
 * 43 → after 44 → after 45 → 5f2a921 (precision / recall): number-title 0.89/0.85 → 0.90/0.96 →
 * 0.90/0.96 → 0.92/0.96 → 0.95/0.97 → 0.96/0.97 → 0.96/0.97 → 0.97/0.97 → 0.97/0.97,
 * generic-container 0.98/0.53 → 0.99/0.73 → 0.99/0.85 → 1.00/0.90 → 1.00/0.92 → 1.00/0.92 →
 * 1.00/0.93 → 1.00/0.95 → 1.00/0.95, task-listing 0.68/0.39 → 0.86/0.86 → 0.86/0.86 → 0.89/0.86 →
 * 0.88/0.90 → 0.88/0.92 → 0.88/0.92 → 0.88/0.92 → 0.88/0.94, job-requirement 0.89/0.53 →
 * 0.93/0.64 → 0.93/0.65 → 0.93/0.71 → 0.94/0.76 → 0.94/0.80 → … → 0.94/0.80, compliance
 * 0.89/0.60 → 0.95/0.88 → 1.00/0.88 → 1.00/0.90 → … → 1.00/0.90, goal-clone 1.00/0.53 (17 of 30
 * clone groups named exactly) → 0.97/0.63 (21) → 0.97/0.68 (21) → 0.98/0.75 (24) → 0.98/0.81 (26)
 * → 0.98/0.84 (27) → … → 0.98/0.84 (27), kr-not-measurable and no-key-results 1.00/1.00
 * throughout, sound objectives quiet 214 → 214 → 214 → 214 → 215 → … → 215 of 219. After round
 * 46 (fe04985) the same. (A first version of round 46 flagged one more sound objective here, task
 * precision 0.87 and no-key-results recall 0.96; the rule that did it was found by switching rules
 * off and reading this table alone, and mended before fe04985.) Its misses were not printed while
 * it was blind.
 *
 * In round 47 (2026-12-07) its misses were read and the rules generalised from them by sentence
 * shape (an owner with a surname's initial; a branch then its lead or place after a dash;
 * registrations with a body; checks kept in date; a scheme's inspection; things handed in, out or
 * back by when they are due; bleeps covered; things done when people get back or before they
 * arrive; records of all of them by the end of the day; rates per one; time from one point to
 * another; every one, or a plural second, to a response time; fit-outs), never by listing its
 * sentences, so it is now IN-SAMPLE tuning material: only the forty-sixth hold-out (and later ones)
 * say anything about unseen plans. After round 47 (precision / recall): number-title 0.97/0.99,
 * generic-container 1.00/0.99, task-listing 0.92/0.96, job-requirement 0.97/0.90, compliance
 * 1.00/0.98, goal-clone 0.98/0.89 (29 of 30), quiet 215 of 219. Both floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.95, 0.95],
  'generic-container': [0.98, 0.93],
  'task-listing': [0.86, 0.92],
  'job-requirement': [0.92, 0.78],
  compliance: [0.98, 0.88],
  'goal-clone': [0.96, 0.82],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

/** After looking at it (round 47), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.95, 0.97],
  'generic-container': [0.98, 0.97],
  'task-listing': [0.9, 0.94],
  'job-requirement': [0.95, 0.88],
  compliance: [0.98, 0.96],
  'goal-clone': [0.96, 0.87],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, forty-fifth hold-out (measured blind, then looked at in round 47: now in-sample tuning material)',
  heading: 'Trap coach over the forty-fifth hold-out (in-sample since round 47)',
  entries: HOLDOUT_45,
  plans: HOLDOUT_45_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.97,
  exactGroups: 28,
  printMisses: true,
});
