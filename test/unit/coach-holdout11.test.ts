import { HOLDOUT_11, HOLDOUT_11_PLANS } from '../coach/holdout11';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The eleventh hold-out (test/coach/holdout11.ts), written blind to the rules on 2026-12-06 by a
 * helper that read only the article, issue 10, the tenth hold-out's header (definitions, calls,
 * types) and the harness's types, while round 11 was being made on the tenth; measured with the
 * coach before round 9 (commit 2cfe06d), before round 11 (b3731d6) and after it, the table only
 * (README, "Accuracy"). These are today's honest figures for plans nobody tuned for; the floors are
 * the last measurement rounded down by 0.01–0.02, so that no later change quietly loses what the
 * coach catches on unseen text. Measured before round 9 → before round 11 → after round 11
 * (precision / recall): number-title 0.96/0.89 → 0.96/0.94 → 0.96/0.94, generic-container
 * 1.00/0.91 → 1.00/0.92 → 1.00/0.94, task-listing 0.59/0.37 → 0.69/0.57 → 0.70/0.59,
 * job-requirement 0.72/0.45 → 0.74/0.50 → 0.83/0.59, compliance 0.90/0.61 → 0.92/0.80 → 0.93/0.84,
 * goal-clone 1.00/0.43 (15 of 30 clone groups named exactly) → 1.00/0.43 (15) → 1.00/0.49 (17),
 * kr-not-measurable and no-key-results 1.00/1.00, sound objectives quiet 221 → 220 → 223 of 232
 * (95.3% → 94.8% → 96.1%).
 *
 * In round 12 (the same day) its misses were read and the rules generalised from them by sentence
 * shape (a ticket is a task whatever its verb; a rota makes even papers a round; records written
 * each shift, work on contract, at intake, before every game, the queue others fill; two verbs on
 * one thing; each one who does something; statistics and rates with what they count; ages and
 * thresholds as scopes; exams, reaccreditation, returns submitted; others' audits and "take on"
 * hires stay sound; a sum raised however written), never by listing its sentences, so it is now
 * IN-SAMPLE tuning material: only the twelfth hold-out, written blind meanwhile, says anything
 * about unseen plans. After round 12 (precision / recall): number-title 0.98/0.99,
 * generic-container 1.00/0.94, task-listing 0.89/0.82, job-requirement 0.93/0.78, compliance
 * 0.98/0.95, goal-clone 1.00/0.55 (20 of 30), quiet 99.1%. Both floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.94, 0.92],
  'generic-container': [0.98, 0.92],
  'task-listing': [0.68, 0.57],
  'job-requirement': [0.81, 0.57],
  compliance: [0.91, 0.82],
  'goal-clone': [0.98, 0.47],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

/** After looking at it (round 12), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  // Round 54 reads a duty's beat ("twice a day", "every 28 days") as no number, as the calls
  // every set from the twenty-second is labelled by say; this set, labelled before them, names
  // such titles number-title, so the rule's recall here is held at its figure after round 54.
  'number-title': [0.96, 0.93],
  'generic-container': [0.98, 0.92],
  'task-listing': [0.87, 0.8],
  'job-requirement': [0.91, 0.76],
  compliance: [0.96, 0.93],
  'goal-clone': [0.98, 0.53],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, eleventh hold-out (measured blind, then looked at in round 12: now in-sample tuning material)',
  heading: 'Trap coach over the eleventh hold-out (in-sample since round 12)',
  entries: HOLDOUT_11,
  plans: HOLDOUT_11_PLANS,
  size: { entries: 300, plans: 8 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.98,
  exactGroups: 19,
  printMisses: true,
});
