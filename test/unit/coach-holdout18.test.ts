import { HOLDOUT_18, HOLDOUT_18_PLANS } from '../coach/holdout18';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The eighteenth hold-out (test/coach/holdout18.ts), written blind to the rules on 2026-12-06 by a
 * helper that read only the article, issue 10, the seventeenth hold-out's header (definitions,
 * calls, types) and the harness's types, while round 18 was being made on the seventeenth; measured
 * with the coach before round 9 (commit 2cfe06d), before round 18 (42b08c1) and after it
 * (27a3e14), the table only (README, "Accuracy"). It is the newest set nobody has read: these are
 * today's honest figures for plans nobody tuned for. The floors are the last measurement rounded
 * down by 0.01–0.02, so that no later change quietly loses what the coach catches on unseen text.
 * Measured before round 9 → before round 18 → after round 18 (precision / recall): number-title
 * 0.92/0.88 → 0.95/0.95 → 0.95/0.95, generic-container 1.00/0.76 → 1.00/0.86 → 1.00/0.88,
 * task-listing 0.74/0.42 → 0.90/0.73 → 0.90/0.75, job-requirement 0.80/0.55 → 0.81/0.66 →
 * 0.86/0.66, compliance 0.91/0.75 → 0.91/0.88 → 0.91/0.88, goal-clone 1.00/0.32 (9 of 27 clone
 * groups named exactly) → 1.00/0.47 (14) → 1.00/0.47 (14), kr-not-measurable 1.00/1.00,
 * no-key-results 0.88/1.00 → 0.92/1.00 → 0.92/1.00, sound objectives quiet 223 → 224 → 224 of 229
 * (97.4% → 97.8%). These were the honest figures for plans nobody tuned for.
 *
 * In round 19 (the same day) its misses were read and the rules generalised from them by sentence
 * shape (each arriving one, newcomers, those who miss, vehicles driven, a manner word before a verb;
 * "so" over any beat; numbered standards met, requalification, "mandatory" closing a bracket, a
 * hazard's kit examined; ages mid-sentence, a day's hours, a version range, a price that describes,
 * a fraction against last year, "% of" and "monthly active" names; "&" headings, a heading with its
 * parts in brackets, dated seasons and goals; a sum or rate named first, irregular participles in
 * a count's name), never by listing its sentences, so it is now IN-SAMPLE tuning material: only the
 * nineteenth hold-out, written blind meanwhile, says anything about unseen plans. After round 19
 * (precision / recall): number-title 1.00/0.98, generic-container 1.00/0.94, task-listing
 * 0.95/0.79, job-requirement 0.93/0.81, compliance 0.93/0.96, goal-clone 1.00/0.53 (17 of 27),
 * no-key-results 0.96/1.00, quiet 229 of 229. Both floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.93, 0.93],
  'generic-container': [0.98, 0.86],
  'task-listing': [0.88, 0.73],
  'job-requirement': [0.84, 0.64],
  compliance: [0.89, 0.86],
  'goal-clone': [0.98, 0.45],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.9, 0.98],
};

/** After looking at it (round 19), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  // Round 54 reads a duty's beat ("twice a day", "every 28 days") as no number, as the calls
  // every set from the twenty-second is labelled by say; this set, labelled before them, names
  // such titles number-title, so the rule's recall here is held at its figure after round 54.
  'number-title': [0.98, 0.94],
  'generic-container': [0.98, 0.92],
  'task-listing': [0.93, 0.77],
  'job-requirement': [0.91, 0.79],
  compliance: [0.91, 0.94],
  'goal-clone': [0.98, 0.51],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.94, 0.98],
};

describeHoldout({
  name: 'coach, eighteenth hold-out (measured blind, then looked at in round 19: now in-sample tuning material)',
  heading: 'Trap coach over the eighteenth hold-out (in-sample since round 19)',
  entries: HOLDOUT_18,
  plans: HOLDOUT_18_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.98,
  exactGroups: 16,
  printMisses: true,
});
