import { HOLDOUT_7, HOLDOUT_7_PLANS } from '../coach/holdout7';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The seventh hold-out (test/coach/holdout7.ts), written blind to the rules on 2026-12-06 by a
 * helper that read only the article, issue 10, the sixth hold-out's header (definitions, calls,
 * types) and the harness's types, while round 7 was being made on the sixth; measured ONCE with
 * the coach before round 7 and once after it, the table only (README, "Accuracy"). These are
 * today's honest figures for plans nobody tuned for; the floors are the second measurement rounded
 * down by 0.01–0.02, so that no later change quietly loses what the coach catches on unseen text.
 * Measured before → after round 7 (precision / recall): number-title 0.88/0.86 (unchanged),
 * generic-container 0.99/0.92 (unchanged), task-listing 0.76/0.52 → 0.79/0.62, job-requirement
 * 0.97/0.50 → 0.94/0.53, compliance 0.89/0.29 → 0.92/0.56, goal-clone 1.00/0.28 (8 of 28 groups
 * named exactly) → 1.00/0.43 (16 of 28), kr-not-measurable and no-key-results 1.00/1.00, sound
 * objectives quiet 234 of 243 (96.3%) both times.
 *
 * In round 8 (the same day) its misses were read and the rules generalised from them by sentence
 * shape (an occasion named by its noun or put on: "Harvest party", "Plan the harvest party"; a
 * one-off choice of a new supplier; a check or count on a beat; every item of a stream checked; a
 * credential renewed, held or in place; a law named by its title; work on a standing rota or cycle;
 * a label's later words in lower case; one measure handed on with up to three words of scope; a
 * few period and synonym classes), never by listing its sentences, so it is now IN-SAMPLE tuning
 * material: only the eighth hold-out, written blind meanwhile, says anything about unseen plans.
 * Before → after (precision / recall): task-listing 0.79/0.62 → 0.85/0.88, job-requirement
 * 0.94/0.53 → 0.95/0.63, compliance 0.92/0.56 → 0.94/0.78, goal-clone 1.00/0.43 (16 of 28 groups)
 * → 1.00/0.56 (21 of 28); the others and quiet (96.3%) unchanged. Both floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.86, 0.84],
  'generic-container': [0.97, 0.9],
  'task-listing': [0.77, 0.6],
  'job-requirement': [0.92, 0.51],
  compliance: [0.9, 0.54],
  'goal-clone': [0.98, 0.41],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

/** After looking at it (round 8), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.86, 0.84],
  'generic-container': [0.97, 0.9],
  'task-listing': [0.83, 0.86],
  'job-requirement': [0.93, 0.61],
  compliance: [0.92, 0.76],
  'goal-clone': [0.98, 0.54],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, seventh hold-out (measured blind once, then looked at in round 8: now in-sample tuning material)',
  heading: 'Trap coach over the seventh hold-out (in-sample since round 8)',
  entries: HOLDOUT_7,
  plans: HOLDOUT_7_PLANS,
  size: { entries: 300, plans: 8 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.95,
  exactGroups: 21,
  printMisses: true,
});
