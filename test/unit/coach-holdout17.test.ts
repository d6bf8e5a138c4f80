import { HOLDOUT_17, HOLDOUT_17_PLANS } from '../coach/holdout17';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The seventeenth hold-out (test/coach/holdout17.ts), written blind to the rules on 2026-12-06 by a
 * helper that read only the article, issue 10, the sixteenth hold-out's header (definitions, calls,
 * types) and the harness's types, while round 17 was being made on the sixteenth; measured with the
 * coach before round 9 (commit 2cfe06d), before round 17 (364dc97) and after it (db1c0b8), the
 * table only (README, "Accuracy"). It is the newest set nobody has read: these are today's honest
 * figures for plans nobody tuned for. The floors are the last measurement rounded down by
 * 0.01–0.02, so that no later change quietly loses what the coach catches on unseen text. Measured
 * before round 9 → before round 17 → after round 17 (precision / recall): number-title 0.91/0.88 →
 * 0.93/0.96 → 0.93/0.96, generic-container 0.99/0.79 → 0.99/0.86 → 0.99/0.88, task-listing
 * 0.50/0.39 → 0.77/0.80 → 0.80/0.80, job-requirement 0.76/0.63 → 0.82/0.75 → 0.82/0.78,
 * compliance 0.95/0.65 → 0.96/0.93 → 0.96/0.95, goal-clone 1.00/0.28 (10 of 27 clone groups named
 * exactly) → 1.00/0.45 (15) → 1.00/0.45 (15), kr-not-measurable 1.00/1.00, no-key-results
 * 0.91/0.95 → 0.92/1.00 → 0.92/1.00, sound objectives quiet 215 → 220 → 220 of 227 (94.7% →
 * 96.9%). These were the honest figures for plans nobody tuned for.
 *
 * In round 18 (the same day) its misses were read and the rules generalised from them by sentence
 * shape (ages, thresholds and a product's decimal version are no amounts; a share to reach is no
 * round; a unit after work in -ing or a verb's form, and two nouns joined by "&", are headings; a
 * thing named and dated to a month is an occasion; a hazard's check, a condition report, kit
 * inspected for the insurer and a scheme's assessment are compliance; each one as it comes, when
 * one is missed, each season, every one to a response time, signed off on a beat are duties; a
 * rate or a sum handed to each team by its name is a copy), never by listing its sentences, so it
 * is now IN-SAMPLE tuning material: only the eighteenth hold-out, written blind meanwhile, says
 * anything about unseen plans. After round 18 (precision / recall): number-title 0.99/0.97,
 * generic-container 0.99/0.94, task-listing 0.93/0.87, job-requirement 0.95/0.91, compliance
 * 0.98/1.00, goal-clone 1.00/0.49 (17 of 27), no-key-results 1.00/1.00, quiet 225 of 227 (99.1%).
 * The clones it still misses are paraphrases handed to a team ("Renewables team: be who Sheffield
 * rings to come off gas…"). Both floors are kept.
 */
const BLIND: Floors = {
  // Round 54 reads a duty's beat ("twice a day", "every 28 days") as no number, as the calls
  // every set from the twenty-second is labelled by say; this set, labelled before them, names
  // such titles number-title, so the rule's recall here is held at its figure after round 54.
  'number-title': [0.91, 0.91],
  'generic-container': [0.97, 0.86],
  'task-listing': [0.78, 0.78],
  'job-requirement': [0.8, 0.76],
  compliance: [0.94, 0.93],
  // Round 20 (copies found by meaning, README "Accuracy") names one sound objective here a copy
  // and finds more copies in every set: precision's floor is the figure after it.
  'goal-clone': [0.97, 0.43],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.9, 0.98],
};

/** After looking at it (round 18), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  // Round 54 reads a duty's beat ("twice a day", "every 28 days") as no number, as the calls
  // every set from the twenty-second is labelled by say; this set, labelled before them, names
  // such titles number-title, so the rule's recall here is held at its figure after round 54.
  'number-title': [0.97, 0.91],
  'generic-container': [0.97, 0.92],
  'task-listing': [0.91, 0.85],
  'job-requirement': [0.93, 0.89],
  compliance: [0.96, 0.98],
  // Round 20 (copies found by meaning, README "Accuracy") names one sound objective here a copy
  // and finds more copies in every set: precision's floor is the figure after it.
  'goal-clone': [0.97, 0.47],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, seventeenth hold-out (measured blind, then looked at in round 18: now in-sample tuning material)',
  heading: 'Trap coach over the seventeenth hold-out (in-sample since round 18)',
  entries: HOLDOUT_17,
  plans: HOLDOUT_17_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.98,
  exactGroups: 16,
  printMisses: true,
});
