import { HOLDOUT_39, HOLDOUT_39_PLANS } from '../coach/holdout39';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The thirty-ninth hold-out (test/coach/holdout39.ts), written blind to the rules on 2026-12-07 by a
 * helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types, while round 40 was being made on the thirty-eighth set; it
 * was asked to write each trade's titles as its managers would, in sectors of its own choosing.
 * Measured with the coach before round 9 (commit 2cfe06d), before round 20 (a8e65f2), before round
 * 24 (71ce39c), before round 29 (07a2f75), after round 37 (e29038c), after round 38 (ce7c002), after
 * round 39 (8e555ec) and after round 40 (52abd7f), the table only (README, "Accuracy"). The floors
 * are the last measurement rounded down by 0.01–0.02. Before round 9 → before 20 → before 24 →
 * before 29 → after 37 → after 38 → after 39 → after 40 (precision / recall): number-title
 * 0.90/0.86 → 0.94/0.94 → 0.94/0.94 → 0.95/0.94 → 0.97/0.95 → 0.97/0.95 → 0.97/0.95 → 0.97/0.95,
 * generic-container 1.00/0.63 → 1.00/0.79 → 1.00/0.86 → 1.00/0.88 → 1.00/0.90 → 1.00/0.90 →
 * 1.00/0.90 → 1.00/0.90, task-listing 0.54/0.36 → 0.78/0.81 → 0.78/0.81 → 0.78/0.81 → 0.82/0.87 →
 * 0.83/0.91 → 0.83/0.92 → 0.83/0.92, job-requirement 0.84/0.47 → 0.90/0.66 → 0.90/0.66 → 0.92/0.71
 * → 0.91/0.74 → 0.91/0.78 → 0.91/0.79 → 0.91/0.79, compliance 0.89/0.62 → 0.91/0.80 → 0.91/0.80 →
 * 0.91/0.82 → 0.91/0.86 → 0.91/0.86 → 0.91/0.86 → 0.91/0.86, goal-clone 1.00/0.48 (20 of 33 clone
 * groups named exactly) → 1.00/0.64 (24) → 1.00/0.71 (24) → 1.00/0.73 (25) → 1.00/0.79 (26) →
 * 1.00/0.84 (28) → 1.00/0.84 (28) → 1.00/0.84 (28), kr-not-measurable and no-key-results 1.00/1.00
 * throughout, sound objectives quiet 223 → 226 → 226 → 227 → 226 → 226 → 226 → 226 of 231. Its
 * misses were not printed while it was blind.
 *
 * In round 41 (2026-12-07) its misses were read and the rules generalised from them by sentence
 * shape ("kept" as "keep"; a check of two things named first; the paper each job leaves, sent after
 * each one or the same day; things kept in a state on a beat; zero breaches of a permit; an
 * inspection passed after a dash; papers sent to a government; our membership, listing or
 * assessment renewed; people got onto something of ours; a website as a tool; one thing built
 * beside another; areas joined by "and"; siblings sharing four times as many words as they say
 * apart), never by listing its sentences, so it is now IN-SAMPLE tuning material: only the fortieth
 * hold-out (and later ones) say anything about unseen plans. After round 41 (precision / recall):
 * number-title 0.97/0.95, generic-container 1.00/0.92, task-listing 0.94/0.96, job-requirement
 * 0.95/0.89, compliance 0.98/0.94, goal-clone 1.00/0.89 (29 of 33), quiet 228 of 231. Both floors
 * are kept.
 */
const BLIND: Floors = {
  'number-title': [0.95, 0.93],
  'generic-container': [0.98, 0.88],
  'task-listing': [0.81, 0.9],
  'job-requirement': [0.89, 0.77],
  compliance: [0.89, 0.84],
  'goal-clone': [0.98, 0.82],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

/** After looking at it (round 41), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.95, 0.93],
  'generic-container': [0.98, 0.9],
  'task-listing': [0.92, 0.94],
  'job-requirement': [0.93, 0.87],
  compliance: [0.96, 0.92],
  'goal-clone': [0.98, 0.87],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, thirty-ninth hold-out (measured blind, then looked at in round 41: now in-sample tuning material)',
  heading: 'Trap coach over the thirty-ninth hold-out (in-sample since round 41)',
  entries: HOLDOUT_39,
  plans: HOLDOUT_39_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.97,
  exactGroups: 28,
  printMisses: true,
});
