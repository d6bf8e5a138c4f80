import { HOLDOUT_5, HOLDOUT_5_PLANS } from '../coach/holdout5';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The fifth hold-out (test/coach/holdout5.ts), written blind to the rules on 2026-12-05 (third
 * session) while round 5 was being made on the fourth, and measured ONCE, after round 5 was
 * merged (README, "Accuracy"). These are the honest figures for plans nobody tuned for; the floors
 * are those figures rounded down by 0.01–0.02, so that no later change quietly loses what the
 * coach already catches on unseen text. Measured: number-title 0.93/0.92, generic-container
 * 0.96/0.83, task-listing 0.73/0.37, job-requirement 0.79/0.72, compliance 0.96/0.53, goal-clone
 * 1.00/0.70 (20 of 25 clone groups named exactly), kr-not-measurable 1.00/1.00, no-key-results
 * 0.88/1.00, sound objectives quiet 226 of 232 (97.4%).
 *
 * In round 6 (branch coach-round6) its misses were read and the rules generalised from them by
 * meaning (filings owed to an authority, checks named by a scheme, papers kept in date, documents
 * and screens made, tools swapped or put in service, records kept filled in), never by listing its
 * sentences, so it is now IN-SAMPLE tuning material like the four before it: IN_SAMPLE below says
 * nothing about unseen plans, only the sixth hold-out can. Before → after that round (precision /
 * recall): task-listing 0.73/0.37 → 0.90/1.00, job-requirement 0.79/0.72 → 1.00/0.86, compliance
 * 0.96/0.53 → 1.00/0.98, goal-clone 1.00/0.70 (20 of 25 groups) → 1.00/0.79 (21 of 25),
 * no-key-results 0.88/1.00 → 1.00/1.00; number-title, generic-container and quiet (97.4%)
 * unchanged. Both floors are kept: BLIND as the record of the blind measurement, IN_SAMPLE (the
 * round's figures less about 0.02) so that the generalisations are not lost again.
 * With the shelf model (2026-12-07; README, "The shelf model") its in-sample floors were lowered where
 * the model, fitted to all tuning sets, reads this set's titles otherwise: job-requirement precision 0.98 → 0.94.
 */
const BLIND: Floors = {
  'number-title': [0.91, 0.9],
  'generic-container': [0.94, 0.81],
  'task-listing': [0.71, 0.35],
  'job-requirement': [0.77, 0.7],
  compliance: [0.94, 0.51],
  'goal-clone': [0.98, 0.68],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.86, 0.98],
};

/** After looking at it (round 6), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.91, 0.9],
  'generic-container': [0.94, 0.81],
  'task-listing': [0.88, 0.98],
  'job-requirement': [0.94, 0.84],
  compliance: [0.98, 0.96],
  'goal-clone': [0.98, 0.77],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, fifth hold-out (measured blind once, then looked at in round 6: now in-sample tuning material)',
  heading: 'Trap coach over the fifth hold-out (in-sample since round 6)',
  entries: HOLDOUT_5,
  plans: HOLDOUT_5_PLANS,
  size: { entries: 300, plans: 8 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.96,
  exactGroups: 21,
  printMisses: true,
});
