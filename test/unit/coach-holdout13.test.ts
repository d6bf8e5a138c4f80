import { HOLDOUT_13, HOLDOUT_13_PLANS } from '../coach/holdout13';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The thirteenth hold-out (test/coach/holdout13.ts), written blind to the rules on 2026-12-06 by a
 * helper that read only the article, issue 10, the twelfth hold-out's header (definitions, calls,
 * types) and the harness's types, while round 13 was being made on the twelfth; measured with the
 * coach before round 9 (commit 2cfe06d), before round 13 (1611461) and after it, the table only
 * (README, "Accuracy"). These are today's honest figures for plans nobody tuned for; the floors are
 * the last measurement rounded down by 0.01–0.02, so that no later change quietly loses what the
 * coach catches on unseen text. Measured before round 9 → before round 13 → after round 13
 * (precision / recall): number-title 0.89/0.83 → 0.91/0.92 → 0.92/0.92, generic-container
 * 0.97/0.80 → 0.97/0.85 → 0.97/0.86, task-listing 0.49/0.37 → 0.73/0.78 → 0.74/0.80,
 * job-requirement 0.64/0.39 → 0.85/0.58 → 0.84/0.59, compliance 0.91/0.66 → 0.92/0.78 → 0.94/0.78,
 * goal-clone 1.00/0.17 (7 of 29 clone groups named exactly) → 1.00/0.23 (8) → 1.00/0.23 (8),
 * kr-not-measurable 1.00/1.00, no-key-results 0.91/0.95 → 0.95/0.95, sound objectives quiet 209
 * → 218 → 219 of 230 (90.9% → 95.2%).
 *
 * In round 14 (the same day) its misses were read and the rules generalised from them by sentence
 * shape (a long child restating its parent in other words; a measure named with what it is of; a
 * finding acted on is an objective; certificates for a thing and schemes for everyone are
 * compliance; the end of every batch; a bay built; a measure's acronym with its scope), never by
 * listing its sentences, so it is now IN-SAMPLE tuning material: only the fourteenth hold-out,
 * written blind meanwhile, says anything about unseen plans. After round 14 (precision / recall):
 * number-title 0.92/0.95, generic-container 0.99/0.86, task-listing 0.75/0.88, job-requirement
 * 0.86/0.62, compliance 0.96/0.85, goal-clone 1.00/0.27 (9 of 29), quiet 96.1%. Both floors are
 * kept.
 */
const BLIND: Floors = {
  'number-title': [0.9, 0.9],
  'generic-container': [0.95, 0.84],
  'task-listing': [0.72, 0.78],
  'job-requirement': [0.82, 0.57],
  compliance: [0.92, 0.76],
  'goal-clone': [0.98, 0.21],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.93, 0.93],
};

/** After looking at it (round 14), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.9, 0.93],
  'generic-container': [0.97, 0.84],
  'task-listing': [0.73, 0.86],
  'job-requirement': [0.84, 0.6],
  compliance: [0.94, 0.83],
  'goal-clone': [0.98, 0.25],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.93, 0.93],
};

describeHoldout({
  name: 'coach, thirteenth hold-out (measured blind, then looked at in round 14: now in-sample tuning material)',
  heading: 'Trap coach over the thirteenth hold-out (in-sample since round 14)',
  entries: HOLDOUT_13,
  plans: HOLDOUT_13_PLANS,
  size: { entries: 300, plans: 8 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.95,
  exactGroups: 8,
  printMisses: true,
});
