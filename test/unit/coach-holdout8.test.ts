import { HOLDOUT_8, HOLDOUT_8_PLANS } from '../coach/holdout8';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The eighth hold-out (test/coach/holdout8.ts), written blind to the rules on 2026-12-06 by a
 * helper that read only the article, issue 10, the seventh hold-out's header (definitions, calls,
 * types) and the harness's types, while round 8 was being made on the seventh; measured ONCE with
 * the coach before round 8 and once after it, the table only (README, "Accuracy"). These are
 * today's honest figures for plans nobody tuned for; the floors are the second measurement rounded
 * down by 0.01–0.02, so that no later change quietly loses what the coach catches on unseen text.
 * Measured before → after round 8 (precision / recall): number-title 0.94/0.95 and
 * generic-container 0.96/0.94 (unchanged), task-listing 0.76/0.43 → 0.72/0.51, job-requirement
 * 0.86/0.51 → 0.86/0.53, compliance 0.93/0.48 → 0.95/0.66, goal-clone 1.00/0.55 (17 of 27 clone
 * groups named exactly) → 1.00/0.55 (16 of 27), kr-not-measurable 1.00/1.00, no-key-results
 * 1.00/0.95 → 1.00/0.91, sound objectives quiet 234 of 237 (98.7%) both times.
 *
 * In round 9 (the same day) its misses were read and the rules generalised from them by sentence
 * shape (a measure's name before its amount, or what a verb counts after it, handed on with another
 * number and scope; siblings one word apart; participles and "each" read as no verbs; credentials
 * kept, checked or in date, and examinations or surveillance named; standing work on any verb done
 * each time something comes round or through the day; deliverables and occasions named by their
 * noun; work done again ("re-"); a department's name alone; a duty's counted beat or service level
 * as a number too), never by listing its sentences, so it is now IN-SAMPLE tuning material: only
 * the ninth hold-out, written blind meanwhile, says anything about unseen plans. Before → after
 * (precision / recall): number-title 0.94/0.95 → 0.98/0.98, generic-container 0.96/0.94 →
 * 0.96/0.96, task-listing 0.72/0.51 → 0.88/0.75, job-requirement 0.86/0.53 → 0.98/0.81, compliance
 * 0.95/0.66 → 0.96/0.95, goal-clone 1.00/0.55 (16 of 27 groups) → 1.00/0.90 (27 of 27), quiet 98.7%
 * unchanged. Both floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.92, 0.93],
  'generic-container': [0.94, 0.92],
  'task-listing': [0.7, 0.49],
  'job-requirement': [0.84, 0.51],
  compliance: [0.93, 0.64],
  'goal-clone': [0.98, 0.53],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.89],
};

/** After looking at it (round 9), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.96, 0.96],
  'generic-container': [0.94, 0.94],
  'task-listing': [0.86, 0.73],
  'job-requirement': [0.96, 0.79],
  compliance: [0.94, 0.93],
  'goal-clone': [0.98, 0.88],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.89],
};

describeHoldout({
  name: 'coach, eighth hold-out (measured blind once, then looked at in round 9: now in-sample tuning material)',
  heading: 'Trap coach over the eighth hold-out (in-sample since round 9)',
  entries: HOLDOUT_8,
  plans: HOLDOUT_8_PLANS,
  size: { entries: 300, plans: 8 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.97,
  exactGroups: 26,
  printMisses: true,
});
