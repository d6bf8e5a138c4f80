import { HOLDOUT_29, HOLDOUT_29_PLANS } from '../coach/holdout29';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The twenty-ninth hold-out (test/coach/holdout29.ts), written blind to the rules on 2026-12-07 by
 * a helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types), the harness's types and the names of the twenty-eighth set's domains (to keep its
 * own apart), while rounds 29 and 30 were being made; measured with the coach before round 9 (commit
 * 2cfe06d), before round 20 (a8e65f2), before round 24 (71ce39c), before round 29 (07a2f75), after
 * round 29 (74e397c) and after round 30 (the commit that added this file), the table only (README,
 * "Accuracy"). The floors are the last measurement rounded down by 0.01–0.02. Measured before round
 * 9 → before round 20 → before round 24 → before round 29 → after round 29 → after round 30
 * (precision / recall): number-title 0.90/0.86 → 0.93/0.93 → 0.93/0.93 → 0.94/0.94 → 0.94/0.94 →
 * 0.94/0.97, generic-container 1.00/0.55 → 1.00/0.81 → 1.00/0.93 → 1.00/0.93 → 1.00/0.93 →
 * 1.00/0.93, task-listing 0.47/0.29 → 0.73/0.76 → 0.73/0.76 → 0.79/0.76 → 0.79/0.76 → 0.79/0.76,
 * job-requirement 0.87/0.40 → 0.88/0.45 → 0.90/0.45 → 0.91/0.48 → 0.91/0.49 → 0.92/0.56, compliance
 * 0.93/0.75 → 0.89/0.87 → 0.89/0.87 → 0.89/0.91 → 0.89/0.91 → 0.89/0.93, goal-clone 1.00/0.39 (10 of
 * 28 clone groups named exactly) → 1.00/0.63 (18) → 0.97/0.67 (19) → 0.97/0.71 (21) → 0.97/0.71
 * (21) → 0.97/0.73 (22), kr-not-measurable 1.00/1.00, no-key-results 1.00/0.95, sound objectives
 * quiet 221 → 222 → 221 → 222 → 222 → 222 of 231. Its misses were not printed while it was blind.
 *
 * In round 31 (2026-12-07) its misses were read and the rules generalised from them by sentence
 * shape (each one with every run, as it comes in or for each one on a beat; posts owned or covered;
 * what comes in assessed; a morning check; beats in shorthand: "&", month ranges, "a fortnight
 * ahead", "in under 15 minutes"; papers written, lists made and results said which way are no
 * obligations; kit renewed; crews by shift; siblings reworded at the cosine a parent and its child
 * need; a child under its team's label), never by listing its sentences, so it is now IN-SAMPLE
 * tuning material: only the thirtieth hold-out (and later ones) say anything about unseen plans.
 * After round 31 (precision / recall): number-title 0.96/0.98, generic-container 1.00/0.96,
 * task-listing 0.87/0.84, job-requirement 0.97/0.88, compliance 1.00/1.00, goal-clone 0.97/0.78 (22
 * of 28), quiet 228 of 231. Both floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.92, 0.95],
  'generic-container': [0.98, 0.91],
  'task-listing': [0.77, 0.74],
  'job-requirement': [0.9, 0.54],
  compliance: [0.87, 0.91],
  'goal-clone': [0.95, 0.71],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.93],
};

/** After looking at it (round 31), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.94, 0.96],
  'generic-container': [0.98, 0.94],
  'task-listing': [0.85, 0.82],
  'job-requirement': [0.95, 0.86],
  compliance: [0.98, 0.98],
  'goal-clone': [0.95, 0.76],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.93],
};

describeHoldout({
  name: 'coach, twenty-ninth hold-out (measured blind, then looked at in round 31: now in-sample tuning material)',
  heading: 'Trap coach over the twenty-ninth hold-out (in-sample since round 31)',
  entries: HOLDOUT_29,
  plans: HOLDOUT_29_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.97,
  exactGroups: 21,
  printMisses: true,
});
