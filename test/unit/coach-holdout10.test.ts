import { HOLDOUT_10, HOLDOUT_10_PLANS } from '../coach/holdout10';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The tenth hold-out (test/coach/holdout10.ts), written blind to the rules on 2026-12-06 by a
 * helper that read only the article, issue 10, the ninth hold-out's header (definitions, calls,
 * types) and the harness's types, while round 10 was being made on the ninth; measured with the
 * coach before round 9 (commit 2cfe06d), before round 10 (aad916e) and after it, the table only
 * (README, "Accuracy"). These are today's honest figures for plans nobody tuned for; the floors are
 * the last measurement rounded down by 0.01–0.02, so that no later change quietly loses what the
 * coach catches on unseen text. Measured before round 9 → before round 10 → after round 10
 * (precision / recall): number-title 0.90/0.87 → 0.94/0.91 → 0.94/0.92, generic-container
 * 0.96/0.95 throughout, task-listing 0.80/0.48 → 0.75/0.54 → 0.81/0.70, job-requirement 0.77/0.45
 * → 0.79/0.52 → 0.79/0.57, compliance 0.92/0.58 → 0.93/0.71 → 0.94/0.76, goal-clone 1.00/0.42 (13
 * of 29 clone groups named exactly) → 1.00/0.51 (15) → 1.00/0.51 (16), kr-not-measurable
 * 1.00/1.00, no-key-results 0.96/1.00, sound objectives quiet 218 → 221 → 220 of 232 (94.0% →
 * 95.3% → 94.8%).
 *
 * In round 11 (the same day) its misses were read and the rules generalised from them by sentence
 * shape (two plain jobs on things in hand; a clause naming a moment that comes round; the role's
 * own patch; kept against a threat is an outcome; an occasion or a piece of work named a word or two
 * on, or before "of"; job titles in capitals; times of day, numbers rung, specs, eighths;
 * e-learning for the whole workforce, checks in date, a named scheme renewed or passed; rising verbs
 * out of a measure's name; a few synonym classes), never by listing its sentences, so it is now
 * IN-SAMPLE tuning material: only the eleventh hold-out, written blind meanwhile, says anything
 * about unseen plans. After round 11 (precision / recall): number-title 0.97/0.94,
 * generic-container 0.98/0.98, task-listing 0.86/0.86, job-requirement 0.98/0.73, compliance
 * 0.96/0.92, goal-clone 1.00/0.60 (20 of 29), quiet 98.3%. Both floors are kept.
 * With the shelf model (2026-12-07; README, "The shelf model") its in-sample floors were lowered where
 * the model, fitted to all tuning sets, reads this set's titles otherwise: job-requirement precision 0.96 → 0.94.
 * With the refit on 65 sets (2026-12-08) one more line reads as a duty ("Reoffending within 12 months
 * of release", a measure's name): job-requirement precision 0.94 → 0.93.
 */
const BLIND: Floors = {
  'number-title': [0.92, 0.9],
  'generic-container': [0.94, 0.93],
  'task-listing': [0.79, 0.68],
  'job-requirement': [0.77, 0.55],
  compliance: [0.92, 0.74],
  'goal-clone': [0.98, 0.49],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.94, 0.98],
};

/** After looking at it (round 11), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.95, 0.92],
  'generic-container': [0.96, 0.96],
  'task-listing': [0.84, 0.84],
  'job-requirement': [0.93, 0.71],
  compliance: [0.94, 0.9],
  'goal-clone': [0.98, 0.58],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.94, 0.98],
};

describeHoldout({
  name: 'coach, tenth hold-out (measured blind, then looked at in round 11: now in-sample tuning material)',
  heading: 'Trap coach over the tenth hold-out (in-sample since round 11)',
  entries: HOLDOUT_10,
  plans: HOLDOUT_10_PLANS,
  size: { entries: 300, plans: 8 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.97,
  exactGroups: 19,
  printMisses: true,
});
