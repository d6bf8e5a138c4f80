import { HOLDOUT_56, HOLDOUT_56_PLANS } from '../coach/holdout56';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The fifty-sixth hold-out (test/coach/holdout56.ts), written blind to the rules on 2026-12-07 by a
 * helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types, while round 54 was being made; it was given the
 * forty-third's brief (each trade's titles as its managers write them, sectors of its own choosing,
 * sentence shapes varied on purpose). Its domain names begin with m to z. Measured with the coach
 * before round 9 (commit 2cfe06d), before round 29 (07a2f75), after rounds 43 (6f8a79e), 53
 * (8a11f3c) and 54 (7d53321), the table only (README, "Accuracy"). The floors are the last measurement
 * rounded down by 0.01–0.02. Before round 9 → before 29 → after 43 → 53 → 54 (precision / recall):
 * number-title 0.93/0.88 → 0.95/0.95 → 0.97/0.97 → 0.97/0.97 → 0.99/0.97, generic-container
 * 0.98/0.64 → 0.99/0.96 → 0.99/0.98 → 1.00/0.98 → 1.00/0.98, task-listing 0.63/0.38 → 0.72/0.62 →
 * 0.77/0.73 → 0.79/0.76 → 0.79/0.76, job-requirement 0.93/0.62 → 0.95/0.72 → 0.94/0.76 → 0.92/0.76
 * → 0.92/0.76, compliance 0.85/0.63 → 0.87/0.85 → 0.89/0.87 → 0.89/0.91 → 0.89/0.91, goal-clone
 * 1.00/0.38 (15 of 30 clone groups named exactly) → 0.93/0.71 (23) → 0.94/0.80 (24) → 0.94/0.82
 * (25) → 0.94/0.82 (25), kr-not-measurable 1.00/1.00 throughout, no-key-results 1.00/1.00 →
 * 1.00/0.95 → … → 1.00/0.95, sound objectives quiet 220 → 219 → 218 → 218 → 218 of 226. After
 * round 55: task-listing 0.85/0.76, job-requirement 0.92/0.80, the rest the same; the floors are
 * those figures. After round 56 the same. After round 57: job-requirement precision 0.93, quiet
 * 219 of 226, the rest the same. Its misses were not printed while it was blind.
 *
 * In round 58 (2026-12-07) its misses were read and the rules generalised from them by sentence
 * shape (pictures or papers done for a purpose; out of date; a release
 * with a feature; ringing back every one; occasions in the plural; the out-of-hours line; everyone
 * been on the course; a grade kept at an inspection; a pen test; Trading Standards; all standards
 * met; teaching the people we serve; notes taken at every meeting; a loss; time counted of
 * something; a count on a rota; a liaison; a clinic; nothing missed; a promise kept), never by
 * listing its sentences, so it is now IN-SAMPLE tuning material: only the fifty-seventh hold-out
 * (and later ones) say anything about unseen plans. After round 58 (precision / recall):
 * number-title 0.99/0.99, generic-container 1.00/1.00, task-listing 0.95/0.87, job-requirement
 * 0.97/0.86, compliance 0.95/1.00, goal-clone 0.94/0.82 (25 of 30), quiet 221 of 226. Both floors
 * are kept.
 */
const BLIND: Floors = {
  'number-title': [0.97, 0.95],
  'generic-container': [0.98, 0.96],
  'task-listing': [0.83, 0.74],
  'job-requirement': [0.9, 0.78],
  compliance: [0.87, 0.89],
  'goal-clone': [0.92, 0.8],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.93],
};

/** After looking at it (round 58), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.97, 0.97],
  'generic-container': [0.98, 0.98],
  'task-listing': [0.93, 0.85],
  'job-requirement': [0.95, 0.84],
  compliance: [0.93, 0.98],
  'goal-clone': [0.92, 0.8],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.93],
};

describeHoldout({
  name: 'coach, fifty-sixth hold-out (measured blind, then looked at in round 58: now in-sample tuning material)',
  heading: 'Trap coach over the fifty-sixth hold-out (in-sample since round 58)',
  entries: HOLDOUT_56,
  plans: HOLDOUT_56_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.96,
  exactGroups: 24,
  printMisses: true,
});
