import { HOLDOUT_43, HOLDOUT_43_PLANS } from '../coach/holdout43';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The forty-third hold-out (test/coach/holdout43.ts), written blind to the rules on 2026-12-07 by a
 * helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types, while round 44 was being made on the forty-second set; it
 * was asked to write each trade's titles as its managers would, in sectors of its own choosing, and
 * to vary the sentence shapes of duties, activities and obligations on purpose (nouns, "make sure",
 * passives, "keep on top of"). Its domain names begin with a to l, the forty-fourth's, written at the same time by another helper, with m to z.
 * Measured with the coach before round 9 (commit 2cfe06d), before round 20 (a8e65f2), before round
 * 24 (71ce39c), before round 29 (07a2f75), after rounds 37 (e29038c), 43 (6f8a79e) and 44 (9342739),
 * the table only (README, "Accuracy"). The floors are the last measurement rounded down by
 * 0.01–0.02. Before round 9 → before 20 → before 24 → before 29 → after 37 → after 43 → after 44
 * (precision / recall):
 * number-title 0.82/0.89 → 0.85/0.97 → 0.85/0.97 → 0.86/0.98 → 0.87/0.98 → 0.88/0.98 → 0.87/0.98,
 * generic-container 1.00/0.55 → 0.97/0.71 → 0.96/0.83 → 0.96/0.86 → 0.96/0.89 → 0.96/0.89 →
 * 0.96/0.90, task-listing 0.65/0.28 → 0.67/0.60 → 0.68/0.60 → 0.72/0.60 → 0.74/0.62 → 0.75/0.64 →
 * 0.75/0.64, job-requirement 0.89/0.44 → 0.85/0.51 → 0.85/0.51 → 0.85/0.61 → 0.88/0.73 → 0.89/0.74
 * → 0.89/0.74, compliance 0.78/0.56 → 0.83/0.78 → 0.83/0.78 → 0.83/0.78 → 0.90/0.86 → 0.90/0.86 →
 * 0.90/0.86, goal-clone 1.00/0.37 (15 of 30 clone groups named exactly) → 1.00/0.47 (18) →
 * 1.00/0.60 (19) → 1.00/0.63 (20) → 1.00/0.72 (22) → 1.00/0.72 (22) → 1.00/0.72 (22),
 * kr-not-measurable 1.00/1.00 throughout, no-key-results 0.96/1.00 → 1.00/1.00 → … → 1.00/1.00,
 * sound objectives quiet 207 → 204 → 204 → 205 → 204 → 206 → 206 of 221.
 * Its misses were not printed while it was blind.
 *
 * In round 45 (2026-12-07) its misses were read and the rules generalised from them by sentence
 * shape (occasions and papers named before a dash or after a place; work moved off the old one or
 * onto a new system; things done again; things kept in a state; papers out on a beat; walkrounds;
 * a body's mark; audits passed; registrations paid; branches with codes, letters, compounds and
 * markets; a measure's word inside a name; right first time; which sales; when in weeks; add-ins
 * and launch webinars; temps, fortnights, days, jobs, registers, sooner and complicated read as
 * their synonyms), never by listing its sentences, so it is now IN-SAMPLE tuning material: only
 * the forty-fourth hold-out (and later ones) say anything about unseen plans. After round 45
 * (precision / recall): number-title 0.95/0.98, generic-container 0.99/0.98, task-listing
 * 0.80/0.85, job-requirement 0.91/0.82, compliance 0.90/0.92, goal-clone 1.00/0.84 (26 of 30),
 * quiet 212 of 221. Both floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.85, 0.96],
  'generic-container': [0.94, 0.88],
  'task-listing': [0.73, 0.62],
  'job-requirement': [0.87, 0.72],
  compliance: [0.88, 0.84],
  'goal-clone': [0.98, 0.7],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

/** After looking at it (round 45), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.93, 0.96],
  'generic-container': [0.97, 0.96],
  'task-listing': [0.78, 0.83],
  'job-requirement': [0.89, 0.8],
  compliance: [0.88, 0.9],
  'goal-clone': [0.98, 0.82],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, forty-third hold-out (measured blind, then looked at in round 45: now in-sample tuning material)',
  heading: 'Trap coach over the forty-third hold-out (in-sample since round 45)',
  entries: HOLDOUT_43,
  plans: HOLDOUT_43_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.95,
  exactGroups: 25,
  printMisses: true,
});
