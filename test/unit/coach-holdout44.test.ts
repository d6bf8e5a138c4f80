import { HOLDOUT_44, HOLDOUT_44_PLANS } from '../coach/holdout44';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The forty-fourth hold-out (test/coach/holdout44.ts), written blind to the rules on 2026-12-07 by a
 * helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types, while round 44 was being made on the forty-second set; it
 * was asked to write each trade's titles as its managers would, in sectors of its own choosing, and
 * to vary the sentence shapes of duties, activities and obligations on purpose (nouns, "make sure",
 * passives, "keep on top of"). Its domain names begin with m to z, the forty-third's, written at the same time by another helper, with a to l.
 * Measured with the coach before round 9 (commit 2cfe06d), before round 20 (a8e65f2), before round
 * 24 (71ce39c), before round 29 (07a2f75), after rounds 37 (e29038c), 43 (6f8a79e) and 44 (9342739),
 * and after round 45 (0fed9c3, then 5f2a921 with the shapes read on every earlier set), the table
 * only (README, "Accuracy"). The floors are the last measurement rounded down by 0.01–0.02. Before
 * round 9 → before 20 → before 24 → before 29 → after 37 → after 43 → after 44 (precision /
 * recall):
 * number-title 0.83/0.87 → 0.88/0.92 → 0.88/0.92 → 0.90/0.93 → 0.89/0.93 → 0.91/0.93 → 0.91/0.93,
 * generic-container 1.00/0.54 → 0.97/0.83 → 0.97/0.88 → 0.97/0.92 → 0.98/0.94 → 0.98/0.94 →
 * 0.98/0.94, task-listing 0.41/0.19 → 0.50/0.43 → 0.50/0.43 → 0.54/0.43 → 0.59/0.49 → 0.62/0.49 →
 * 0.62/0.49, job-requirement 0.88/0.55 → 0.87/0.57 → 0.87/0.57 → 0.88/0.60 → 0.90/0.69 → 0.89/0.71
 * → 0.89/0.71, compliance 0.88/0.64 → 0.91/0.85 → 0.91/0.85 → 0.93/0.87 → 0.95/0.89 → 0.95/0.89 →
 * 0.95/0.89, goal-clone 1.00/0.44 (18 of 30 clone groups named exactly) → 1.00/0.60 (22) →
 * 1.00/0.68 (23) → 0.98/0.75 (23) → 0.98/0.81 (24) → 0.98/0.86 (25) → 0.98/0.86 (25),
 * kr-not-measurable 1.00/1.00 throughout, no-key-results 0.96/1.00 → 0.96/0.96 → … → 0.96/0.96,
 * sound objectives quiet 206 → 200 → 200 → 200 → 200 → 205 → 205 of 218. After round 45 (0fed9c3):
 * job-requirement 0.90/0.72, the rest as after 44; then (5f2a921) task-listing 0.64/0.53. Its
 * misses were not printed while it was blind.
 *
 * In round 46 (2026-12-07) its misses were read and the rules generalised from them by sentence
 * shape (things reported moved, remade, translated or fitted; kit named for the place it goes; a
 * trip dated by its month; a shared drive's path after a dash; sites and shifts after a dash; the
 * new and the used side; shares named by their sign; values in glued units; a measure recovered by
 * something; penetration and waits as measures; terms as time; a sentence with its verb second;
 * bodies named by their office; a body's audit after its article; papers out with each one; every
 * one checked; records for each one; "as soon as"; "& not lose"; OTIF after what it counts; avg,
 * ditch, factories), never by listing its sentences, so it is now IN-SAMPLE tuning material: only
 * the forty-fifth hold-out (and later ones) say anything about unseen plans. After round 46
 * (precision / recall): number-title 0.95/0.97, generic-container 0.98/0.98, task-listing
 * 0.81/0.72, job-requirement 0.90/0.78, compliance 0.96/0.96, goal-clone 0.98/0.91 (26 of 30),
 * quiet 210 of 218. Both floors are kept.
 * Its misses are not printed while it is blind.
 */
const BLIND: Floors = {
  'number-title': [0.89, 0.91],
  'generic-container': [0.96, 0.92],
  'task-listing': [0.62, 0.51],
  'job-requirement': [0.88, 0.7],
  compliance: [0.93, 0.87],
  'goal-clone': [0.96, 0.84],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.94, 0.94],
};

/** After looking at it (round 46), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.93, 0.95],
  'generic-container': [0.96, 0.96],
  'task-listing': [0.79, 0.7],
  'job-requirement': [0.88, 0.76],
  compliance: [0.94, 0.94],
  'goal-clone': [0.96, 0.89],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.94, 0.94],
};

describeHoldout({
  name: 'coach, forty-fourth hold-out (measured blind, then looked at in round 46: now in-sample tuning material)',
  heading: 'Trap coach over the forty-fourth hold-out (in-sample since round 46)',
  entries: HOLDOUT_44,
  plans: HOLDOUT_44_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.95,
  exactGroups: 25,
  printMisses: true,
});
