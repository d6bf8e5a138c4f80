import { HOLDOUT_57, HOLDOUT_57_PLANS } from '../coach/holdout57';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The fifty-seventh hold-out (test/coach/holdout57.ts), written blind to the rules on 2026-12-07 by
 * a helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types, while round 55 was being made; it was given the
 * forty-third's brief (each trade's titles as its managers write them, sectors of its own choosing,
 * sentence shapes varied on purpose). Its domain names begin with a to l. Measured with the coach
 * before round 9 (commit 2cfe06d), before round 29 (07a2f75), after rounds 43 (6f8a79e), 54
 * (dfc6c2d) and 55 (f9d8d9d), the table only (README, "Accuracy"). The floors are the last
 * measurement rounded down by 0.01–0.02. Before round 9 → before 29 → after 43 → 54 → 55 (precision
 * / recall): number-title 0.85/0.83 → 0.88/0.96 → 0.92/0.94 → 0.94/0.95 → 0.94/0.95,
 * generic-container 0.98/0.58 → 0.99/0.89 → 0.99/0.93 → 1.00/0.92 → 1.00/0.92, task-listing
 * 0.50/0.25 → 0.86/0.73 → 0.89/0.77 → 0.95/0.80 → 0.95/0.80, job-requirement 0.84/0.69 → 0.97/0.87
 * → 0.97/0.94 → 0.93/0.96 → 0.93/0.96, compliance 0.97/0.66 → 0.98/0.83 → 1.00/0.87 → 1.00/0.87 →
 * 1.00/0.87, goal-clone 1.00/0.52 (19 of 32 clone groups named exactly) → 0.95/0.67 (24) →
 * 0.95/0.69 (23) → 0.95/0.71 (23) → 0.95/0.71 (23), kr-not-measurable 1.00/1.00 throughout,
 * no-key-results 1.00/1.00 → 1.00/0.96 → … → 1.00/0.96, sound objectives quiet 217 → 219 → 223 →
 * 222 → 222 of 228. A rule tried in round 55 (a paper named last before whom it is for, "… leaflet
 * for householders") cost this set a sound objective and task-listing precision (0.95 → 0.92), seen
 * from this table alone with the rule switched off; it was dropped before round 55 was committed.
 * After round 56 the same.
 * After round 57: number-title recall 0.96, job-requirement recall 0.97, the rest the same. After
 * round 58 the same. Its misses were not printed while it was blind.
 *
 * In round 59 (2026-12-07) its misses were read and the rules generalised from them by sentence
 * shape (an opening time to the minute; how an audit went, after a dash; a hyphened name; a lining
 * redone; a release shipped by its version; a thing redone with something; a move to new kit or to
 * a version; a show put on; an insurance survey; a possessive first word; a sample of each one
 * checked; registered with a body; a licence sorted before it lapses; a question of papers in date;
 * an average of days; people moved on), never by listing its sentences, so it is now IN-SAMPLE
 * tuning material: only the fifty-eighth hold-out (and later ones) say anything about unseen plans.
 * After round 59 (precision / recall): number-title 0.99/0.97, generic-container 1.00/0.93, task-
 * listing 0.98/0.93, job-requirement 0.97/0.99, compliance 1.00/0.98, goal-clone 0.95/0.71 (23 of
 * 32), quiet 226 of 228. Two rules tried in this round (a new thing made, "Make a new scroll jig…";
 * what is got done read as reported done, "Get the LEV test done…") cost the sixty-first and sixty-
 * fourth sets a sound objective each, seen from their tables alone with each rule switched off;
 * both were dropped. Both floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.92, 0.93],
  'generic-container': [0.98, 0.9],
  'task-listing': [0.93, 0.78],
  'job-requirement': [0.91, 0.94],
  compliance: [0.98, 0.85],
  'goal-clone': [0.93, 0.69],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.94],
};

/** After looking at it (round 59), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.97, 0.95],
  'generic-container': [0.98, 0.91],
  'task-listing': [0.96, 0.91],
  'job-requirement': [0.95, 0.97],
  compliance: [0.98, 0.96],
  'goal-clone': [0.93, 0.69],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.94],
};

describeHoldout({
  name: 'coach, fifty-seventh hold-out (measured blind, then looked at in round 59: now in-sample tuning material)',
  heading: 'Trap coach over the fifty-seventh hold-out (in-sample since round 59)',
  entries: HOLDOUT_57,
  plans: HOLDOUT_57_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.97,
  exactGroups: 22,
  printMisses: true,
});
