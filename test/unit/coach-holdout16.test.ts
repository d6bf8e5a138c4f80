import { HOLDOUT_16, HOLDOUT_16_PLANS } from '../coach/holdout16';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The sixteenth hold-out (test/coach/holdout16.ts), written blind to the rules on 2026-12-06 by a
 * helper that read only the article, issue 10, the fifteenth hold-out's header (definitions,
 * calls, types) and the harness's types, while round 16 was being made on the fifteenth; measured
 * with the coach before round 9 (commit 2cfe06d), before round 16 (9c80e0b) and after it
 * (67b10cd), the table only (README, "Accuracy"). It is the newest set nobody has read: these are
 * today's honest figures for plans nobody tuned for. The floors are the last measurement rounded
 * down by 0.01–0.02, so that no later change quietly loses what the coach catches on unseen text.
 * Measured before round 9 → before round 16 → after round 16 (precision / recall): number-title
 * 0.99/0.94 → 1.00/0.98 → 1.00/0.98, generic-container 1.00/0.83 → 1.00/0.84 → 1.00/0.90,
 * task-listing 0.50/0.38 → 0.75/0.84 → 0.76/0.84, job-requirement 0.81/0.60 → 0.92/0.67 →
 * 0.94/0.67, compliance 0.97/0.58 → 0.98/0.83 → 0.98/0.83, goal-clone 0.95/0.38 (9 of 27 clone
 * groups named exactly) → 0.97/0.53 (16) → 0.97/0.53 (16), kr-not-measurable 1.00/1.00,
 * no-key-results 0.95/0.95 → 1.00/0.95 → 1.00/0.95, sound objectives quiet 218 → 223 → 224 of 227
 * (96.0% → 98.7%). These were the honest figures for plans nobody tuned for.
 *
 * In round 17 (the same day) its misses were read and the rules generalised from them by sentence
 * shape (a verb's form before only a date is a dated plan; a unit before a place, and a plural or a
 * word in -ing before a unit, name a branch; an unknown verb with its particle paired with a second
 * verb; the day of each one, "in the order they come in", "whenever", records written up within the
 * week; a result halved after what it counts; events and zines named by their noun; papers laid
 * before a legislature, displayed or named first; a check with its regime's initials, the year's
 * check, a regime after "the"; a rate handed to each team by its name; headings over objectives
 * never grouped as copies; "in a day" and "automatically" state a change), never by listing its
 * sentences, so it is now IN-SAMPLE tuning material: only the seventeenth hold-out, written blind
 * meanwhile, says anything about unseen plans. After round 17 (precision / recall): number-title
 * 1.00/1.00, generic-container 1.00/0.98, task-listing 0.93/0.96, job-requirement 0.98/0.89,
 * compliance 0.98/0.97, goal-clone 1.00/0.60 (17 of 27), quiet 226 of 227 (99.6%). The clones it
 * still misses are paraphrases ("keep kids in the saddle after the pony-mad years" under "Keep
 * children riding once the pony-mad years are over"), which no word-level rule reads as one.
 * Both floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.98, 0.96],
  'generic-container': [0.98, 0.88],
  'task-listing': [0.74, 0.82],
  'job-requirement': [0.92, 0.65],
  compliance: [0.96, 0.81],
  'goal-clone': [0.95, 0.51],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.93],
};

/** After looking at it (round 17), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.98, 0.98],
  'generic-container': [0.98, 0.96],
  'task-listing': [0.91, 0.94],
  'job-requirement': [0.96, 0.87],
  compliance: [0.96, 0.95],
  'goal-clone': [0.98, 0.58],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.93],
};

describeHoldout({
  name: 'coach, sixteenth hold-out (measured blind, then looked at in round 17: now in-sample tuning material)',
  heading: 'Trap coach over the sixteenth hold-out (in-sample since round 17)',
  entries: HOLDOUT_16,
  plans: HOLDOUT_16_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.98,
  exactGroups: 16,
  printMisses: true,
});
