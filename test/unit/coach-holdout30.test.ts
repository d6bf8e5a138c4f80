import { HOLDOUT_30, HOLDOUT_30_PLANS } from '../coach/holdout30';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The thirtieth hold-out (test/coach/holdout30.ts), written blind to the rules on 2026-12-07 by a
 * helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types, while round 31 was being made on the twenty-ninth set.
 * Unlike the helpers of the twenty-eighth and twenty-ninth sets, it was not asked to vary the
 * shapes of duties and activities on purpose, only to write each trade's titles as its managers
 * would. Measured with the coach before round 9 (commit 2cfe06d), before round 20 (a8e65f2), before
 * round 24 (71ce39c), before round 29 (07a2f75), after round 29 (74e397c), after round 30 (3890a7d)
 * and after round 31 (the commit that added this file), the table only (README, "Accuracy"). The
 * floors are the last measurement rounded down by 0.01–0.02. Measured before round 9 → before round
 * 20 → before round 24 → before round 29 → after 29 → after 30 → after 31 (precision / recall):
 * number-title 0.93/0.84 → 0.93/0.92 → 0.93/0.92 → 0.94/0.93 → 0.95/0.93 → 0.95/0.94 → 0.95/0.95,
 * generic-container 0.93/0.48 → 0.97/0.67 → 0.97/0.81 → 0.97/0.89 → 0.97/0.89 → 0.96/0.89 →
 * 0.96/0.89, task-listing 0.59/0.53 → 0.68/0.87 → 0.71/0.87 → 0.74/0.87 → 0.74/0.87 → 0.73/0.84 →
 * 0.75/0.84, job-requirement 0.83/0.62 → 0.87/0.74 → 0.87/0.78 → 0.88/0.82 → 0.88/0.82 → 0.88/0.82
 * → 0.89/0.90, compliance 0.94/0.70 → 0.95/0.85 → 0.95/0.85 throughout, goal-clone 1.00/0.45 (18 of
 * 31 clone groups named exactly) → 1.00/0.62 (24) → 1.00/0.75 (25) → unchanged since, kr-not-measurable
 * 1.00/1.00, no-key-results 1.00/1.00 → 1.00/0.95 since, sound objectives quiet 224 → 223 → 223 →
 * 223 → 224 → 224 → 224 of 233. Its misses were not printed while it was blind.
 *
 * In round 32 (2026-12-07) its misses were read and the rules generalised from them by sentence
 * shape (a team's label before "be …"; owners in brackets after one word, after a unit, or two of
 * them; a shift after a dash; new things made; pence; responses within a few weeks or counted back;
 * rounds made up; a weekday's stock take; a registration updated; papers by a scheme's initials;
 * people brought to act; a measure's name cut at "outside"), never by listing its sentences, so it
 * is now IN-SAMPLE tuning material: only the thirty-first hold-out (and later ones) say anything
 * about unseen plans. After round 32 (precision / recall): number-title 0.99/0.96,
 * generic-container 1.00/0.95, task-listing 0.82/0.93, job-requirement 0.96/0.95, compliance
 * 1.00/0.98, goal-clone 1.00/0.82 (27 of 31), quiet 228 of 233. Both floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.93, 0.93],
  'generic-container': [0.94, 0.87],
  'task-listing': [0.73, 0.82],
  'job-requirement': [0.87, 0.88],
  compliance: [0.93, 0.83],
  'goal-clone': [0.98, 0.73],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.93],
};

/** After looking at it (round 32), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.97, 0.94],
  'generic-container': [0.98, 0.93],
  'task-listing': [0.8, 0.91],
  'job-requirement': [0.94, 0.93],
  compliance: [0.98, 0.96],
  'goal-clone': [0.98, 0.8],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.93],
};

describeHoldout({
  name: 'coach, thirtieth hold-out (measured blind, then looked at in round 32: now in-sample tuning material)',
  heading: 'Trap coach over the thirtieth hold-out (in-sample since round 32)',
  entries: HOLDOUT_30,
  plans: HOLDOUT_30_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.97,
  exactGroups: 26,
  printMisses: true,
});
