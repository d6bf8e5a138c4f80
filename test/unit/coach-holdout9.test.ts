import { HOLDOUT_9, HOLDOUT_9_PLANS } from '../coach/holdout9';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The ninth hold-out (test/coach/holdout9.ts), written blind to the rules on 2026-12-06 by a
 * helper that read only the article, issue 10, the eighth hold-out's header (definitions, calls,
 * types) and the harness's types, while round 9 was being made on the eighth; measured ONCE with
 * the coach before round 9 (commit 2cfe06d) and once after it, the table only (README, "Accuracy").
 * These are today's honest figures for plans nobody tuned for; the floors are the second
 * measurement rounded down by 0.01–0.02, so that no later change quietly loses what the coach
 * catches on unseen text. Measured before → after round 9 (precision / recall): number-title
 * 0.79/0.92 → 0.83/0.95, generic-container 0.96/0.91 (unchanged), task-listing 0.77/0.39 →
 * 0.70/0.51, job-requirement 0.83/0.62 → 0.82/0.65, compliance 0.91/0.65 → 0.92/0.75, goal-clone
 * 1.00/0.56 (16 of 26 clone groups named exactly) → 1.00/0.58 (16 of 26), kr-not-measurable
 * 1.00/1.00, no-key-results 0.95/0.95, sound objectives quiet 202 → 205 of 224 (90.2% → 91.5%).
 *
 * In round 10 (the same day) its misses were read and the rules generalised from them by sentence
 * shape (work tracked as a ticket; years of history, emergency lines, points and gaps in time,
 * "already", a product named by its share and a thing's number before a preposition are no
 * amounts; the week's fixed event, a fixed point beside each occasion, a stream others fill, work
 * redone as things lapse or change, calls taken: standing work; credentials refreshed or signed,
 * sign-offs for everyone, paperwork reported signed; an acronym in capitals is no verb; a measure
 * named by what its amount is of or counts; a new thing named; a paper put in place), never by
 * listing its sentences, so it is now IN-SAMPLE tuning material: only the tenth hold-out, written
 * blind meanwhile, says anything about unseen plans. Before → after (precision / recall):
 * number-title 0.83/0.95 → 0.92/0.97, task-listing 0.70/0.51 → 0.87/0.88, job-requirement
 * 0.82/0.65 → 0.87/0.80, compliance 0.92/0.75 → 0.96/0.90, goal-clone 1.00/0.58 (16 of 26) →
 * 1.00/0.67 (20 of 26), quiet 91.5% → 97.3%; the others unchanged. Both floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.81, 0.93],
  'generic-container': [0.94, 0.89],
  'task-listing': [0.68, 0.49],
  'job-requirement': [0.8, 0.63],
  compliance: [0.9, 0.73],
  'goal-clone': [0.98, 0.56],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.93, 0.93],
};

/** After looking at it (round 10), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.9, 0.95],
  'generic-container': [0.94, 0.89],
  'task-listing': [0.85, 0.86],
  'job-requirement': [0.85, 0.78],
  compliance: [0.94, 0.88],
  'goal-clone': [0.98, 0.65],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.93, 0.93],
};

describeHoldout({
  name: 'coach, ninth hold-out (measured blind once, then looked at in round 10: now in-sample tuning material)',
  heading: 'Trap coach over the ninth hold-out (in-sample since round 10)',
  entries: HOLDOUT_9,
  plans: HOLDOUT_9_PLANS,
  size: { entries: 300, plans: 8 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.96,
  exactGroups: 19,
  printMisses: true,
});
