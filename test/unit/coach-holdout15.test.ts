import { HOLDOUT_15, HOLDOUT_15_PLANS } from '../coach/holdout15';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The fifteenth hold-out (test/coach/holdout15.ts), written blind to the rules on 2026-12-06 by a
 * helper that read only the article, issue 10, the fourteenth hold-out's header (definitions,
 * calls, types) and the harness's types, while round 15 was being made on the fourteenth; measured
 * with the coach before round 9 (commit 2cfe06d), before round 15 (6b655a6) and after it, the
 * table only (README, "Accuracy"). It is the newest set nobody has read: these are today's honest
 * figures for plans nobody tuned for. The floors are the last measurement rounded down by
 * 0.01–0.02, so that no later change quietly loses what the coach catches on unseen text. Measured
 * before round 9 → before round 15 → after round 15 (precision / recall): number-title 0.88/0.94 →
 * 0.89/0.95 → 0.89/0.95, generic-container 1.00/0.81 → 1.00/0.86 → 1.00/0.88, task-listing
 * 0.44/0.36 → 0.79/0.93 → 0.83/0.96, job-requirement 0.67/0.46 → 0.85/0.85 → 0.85/0.85, compliance
 * 0.98/0.74 → 0.98/0.80 → 0.98/0.80, goal-clone 1.00/0.34 (13 of 27 clone groups named exactly) →
 * 0.96/0.49 (15) → 0.96/0.49 (15), kr-not-measurable and no-key-results 1.00/1.00, sound
 * objectives quiet 213 → 217 → 218 of 229 (93.0% → 95.2%). These were the honest figures for
 * plans nobody tuned for.
 *
 * In round 16 (the same day) its misses were read and the rules generalised from them by sentence
 * shape (a team's share of a count near it in the tree is a copy; work done under a regime, a line
 * marked mandatory and a credential renewed are compliance; a short verbless line over objectives
 * of its own is a heading; a thing's number, a distance that scopes and a verb in -est are no
 * amounts; "whenever", the weather and every item logged make a duty; a year's volume and
 * "instead" make none), never by listing its sentences, so it is now IN-SAMPLE tuning material:
 * only the sixteenth hold-out, written blind meanwhile, says anything about unseen plans. The share
 * rule was written from the fourteenth set's misses before this one was read, and alone took its
 * copies from 0.49 to 0.60 (18 of 27 groups): a blind gain. After round 16 (precision / recall):
 * number-title 0.99/0.99, generic-container 1.00/0.93, task-listing 0.86/0.96, job-requirement
 * 0.94/0.88, compliance 0.98/0.97, goal-clone 0.97/0.62 (19 of 27), quiet 224 of 229 (97.8%).
 * Both floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.87, 0.93],
  'generic-container': [0.98, 0.86],
  'task-listing': [0.81, 0.94],
  'job-requirement': [0.83, 0.83],
  compliance: [0.96, 0.78],
  'goal-clone': [0.94, 0.47],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

/** After looking at it (round 16), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  // Round 54 reads a duty's beat ("twice a day", "every 28 days") as no number, as the calls
  // every set from the twenty-second is labelled by say; this set, labelled before them, names
  // such titles number-title, so the rule's recall here is held at its figure after round 54.
  'number-title': [0.97, 0.94],
  'generic-container': [0.98, 0.91],
  'task-listing': [0.84, 0.94],
  'job-requirement': [0.92, 0.86],
  compliance: [0.96, 0.95],
  'goal-clone': [0.95, 0.6],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, fifteenth hold-out (measured blind, then looked at in round 16: now in-sample tuning material)',
  heading: 'Trap coach over the fifteenth hold-out (in-sample since round 16)',
  entries: HOLDOUT_15,
  plans: HOLDOUT_15_PLANS,
  size: { entries: 300, plans: 8 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.96,
  exactGroups: 18,
  printMisses: true,
});
