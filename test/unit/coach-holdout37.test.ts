import { HOLDOUT_37, HOLDOUT_37_PLANS } from '../coach/holdout37';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The thirty-seventh hold-out (test/coach/holdout37.ts), written blind to the rules on 2026-12-07 by
 * a helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types, while round 38 was being made on the thirty-sixth set; it
 * was asked to write each trade's titles as its managers would, in sectors of its own choosing.
 * Measured with the coach before round 9 (commit 2cfe06d), before round 20 (a8e65f2), before round
 * 24 (71ce39c), before round 29 (07a2f75), after round 37 (e29038c) and after round 38 (358b3fd),
 * the table only (README, "Accuracy"). The floors are the last measurement rounded down by
 * 0.01–0.02. Before round 9 → before 20 → before 24 → before 29 → after 37 → after 38 (precision /
 * recall): number-title 0.91/0.85 → 0.92/0.97 → 0.92/0.97 → 0.93/0.98 → 0.95/0.99 → 0.95/0.99,
 * generic-container 0.95/0.54 → 0.98/0.72 → 0.98/0.85 → 0.99/0.94 → 0.99/0.97 → 0.99/0.97,
 * task-listing 0.70/0.42 → 0.82/0.84 → 0.84/0.84 → 0.89/0.84 → 0.89/0.84 → 0.91/0.84,
 * job-requirement 0.87/0.59 → 0.95/0.70 → 0.94/0.73 → 0.97/0.73 → 0.95/0.74 → 0.95/0.74, compliance
 * 0.82/0.73 → 0.85/0.94 → 0.85/0.94 → 0.85/0.94 → 0.87/0.98 → 0.87/0.98, goal-clone 1.00/0.35 (14 of
 * 32 clone groups named exactly) → 1.00/0.53 (20) → 0.97/0.56 (21) → 0.97/0.67 (26) → 0.98/0.75 (27)
 * → 0.98/0.79 (28), kr-not-measurable and no-key-results 1.00/1.00 throughout, sound objectives
 * quiet 218 → 219 → 217 → 222 → 223 → 223 of 229. Its misses were not printed while it was blind.
 *
 * In round 39 (2026-12-07) its misses were read and the rules generalised from them by sentence
 * shape (links left out; checks at every site on a beat; clock times with minutes or a part of the
 * day; apparent ages, thresholds that pick which ones, "the big four"; a noun and its check as one
 * verb; a part of every day, the same evening, gaps covered, on call, two verbs on one object,
 * newcomers, written into a record; things resprayed, signwritten, put by the door, rebuilt with a
 * new part; a backlog named before what is done to it; a check on each one as it comes back; a
 * certificate on every one; "-iser"; two duties with one verb sharing a word more), never by
 * listing its sentences, so it is now IN-SAMPLE tuning material: only the thirty-eighth hold-out
 * (and later ones) say anything about unseen plans. After round 39 (precision / recall):
 * number-title 0.99/0.99, generic-container 0.99/0.99, task-listing 0.96/0.96, job-requirement
 * 0.99/0.91, compliance 0.96/1.00, goal-clone 0.98/0.88 (29 of 32), quiet 226 of 229. Both floors
 * are kept.
 */
const BLIND: Floors = {
  'number-title': [0.93, 0.97],
  'generic-container': [0.97, 0.95],
  'task-listing': [0.89, 0.82],
  'job-requirement': [0.93, 0.72],
  compliance: [0.85, 0.96],
  'goal-clone': [0.96, 0.77],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

/** After looking at it (round 39), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.97, 0.97],
  'generic-container': [0.97, 0.97],
  'task-listing': [0.94, 0.94],
  'job-requirement': [0.97, 0.89],
  compliance: [0.94, 0.98],
  'goal-clone': [0.96, 0.86],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, thirty-seventh hold-out (measured blind, then looked at in round 39: now in-sample tuning material)',
  heading: 'Trap coach over the thirty-seventh hold-out (in-sample since round 39)',
  entries: HOLDOUT_37,
  plans: HOLDOUT_37_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.97,
  exactGroups: 28,
  printMisses: true,
});
