import { HOLDOUT_12, HOLDOUT_12_PLANS } from '../coach/holdout12';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The twelfth hold-out (test/coach/holdout12.ts), written blind to the rules on 2026-12-06 by a
 * helper that read only the article, issue 10, the eleventh hold-out's header (definitions, calls,
 * types) and the harness's types, while round 12 was being made on the eleventh; measured with the
 * coach before round 9 (commit 2cfe06d), before round 12 (d149021) and after it, the table only
 * (README, "Accuracy"). These are today's honest figures for plans nobody tuned for; the floors are
 * the last measurement rounded down by 0.01–0.02, so that no later change quietly loses what the
 * coach catches on unseen text. Measured before round 9 → before round 12 → after round 12
 * (precision / recall): number-title 0.90/0.86 → 0.91/0.89 → 0.91/0.90, generic-container
 * 1.00/0.83 throughout, task-listing 0.59/0.40 → 0.80/0.74 → 0.80/0.74, job-requirement 0.70/0.51
 * → 0.90/0.68 → 0.90/0.68, compliance 0.86/0.74 → 0.88/0.91 → 0.88/0.93, goal-clone 1.00/0.30 (13
 * of 30 clone groups named exactly) → 1.00/0.42 (18) → 1.00/0.42 (18), kr-not-measurable 1.00/1.00,
 * no-key-results 0.96/1.00 → 1.00/1.00, sound objectives quiet 204 → 214 → 214 of 230 (88.7% →
 * 93.0%).
 *
 * In round 13 (the same day) its misses were read and the rules generalised from them by sentence
 * shape (goods delivered on a round; before any job; once a thing is done; the next day's work; the
 * statutory period; "staff" and "audit" as verbs only before what they act on; our own audit acted
 * on; offices and year plans as headings; counts of results as metrics; phone prefixes,
 * capacities, possessions and things' numbers as no amounts; launches, conventions, stands at
 * shows, refurbs and series as work; cousins sharing four words or more at half their words),
 * never by listing its sentences, so it is now IN-SAMPLE tuning material: only the thirteenth
 * hold-out, written blind meanwhile, says anything about unseen plans. After round 14 (precision /
 * recall): number-title 0.97/0.96, generic-container 1.00/0.92, task-listing 0.87/0.94,
 * job-requirement 0.93/0.79, compliance 0.95/0.95, goal-clone 1.00/0.51 (20 of 30), quiet 97.0%.
 * Both floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.89, 0.88],
  'generic-container': [0.98, 0.81],
  'task-listing': [0.78, 0.72],
  'job-requirement': [0.88, 0.66],
  compliance: [0.86, 0.91],
  // Round 20 (copies found by meaning, README "Accuracy") names one sound objective here a copy
  // and finds more copies in every set: precision's floor is the figure after it.
  'goal-clone': [0.97, 0.4],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

/** After looking at it (rounds 13–14), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  // Round 54 reads a duty's beat ("twice a day", "every 28 days") as no number, as the calls
  // every set from the twenty-second is labelled by say; this set, labelled before them, names
  // such titles number-title, so the rule's recall here is held at its figure after round 54.
  'number-title': [0.95, 0.92],
  'generic-container': [0.98, 0.9],
  'task-listing': [0.85, 0.92],
  'job-requirement': [0.91, 0.77],
  compliance: [0.93, 0.93],
  // Round 20 (copies found by meaning, README "Accuracy") names one sound objective here a copy
  // and finds more copies in every set: precision's floor is the figure after it.
  'goal-clone': [0.97, 0.49],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, twelfth hold-out (measured blind, then looked at in round 13: now in-sample tuning material)',
  heading: 'Trap coach over the twelfth hold-out (in-sample since round 13)',
  entries: HOLDOUT_12,
  plans: HOLDOUT_12_PLANS,
  size: { entries: 300, plans: 8 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.96,
  exactGroups: 19,
  printMisses: true,
});
