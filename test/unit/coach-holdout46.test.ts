import { HOLDOUT_46, HOLDOUT_46_PLANS } from '../coach/holdout46';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The forty-sixth hold-out (test/coach/holdout46.ts), written blind to the rules on 2026-12-07 by a
 * helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types, while rounds 45 and 46 were being made; it was given the
 * forty-third's brief (each trade's titles as its managers write them, sectors of its own choosing,
 * sentence shapes varied on purpose). Measured with the coach before round 9 (commit 2cfe06d),
 * before round 20 (a8e65f2), before round 24 (71ce39c), before round 29 (07a2f75), after rounds 37
 * (e29038c), 43 (6f8a79e), 44 (49a4882), 45 (5cb3981) and 46 (fe04985), the table only (README,
 * "Accuracy"). The floors are the last measurement rounded down by 0.01–0.02. Before round 9 →
 * before 20 → before 24 → before 29 → after 37 → 43 → 44 → 45 → 46 (precision / recall):
 * number-title 0.92/0.88 → 0.94/0.95 → 0.94/0.95 → 0.95/0.95 → 0.95/0.97 → 0.96/0.97 → … →
 * 0.96/0.97, generic-container 0.97/0.41 → 0.95/0.70 → 0.96/0.89 → 0.96/0.94 → 0.96/0.94 → … →
 * 0.96/0.94 → 0.98/0.95 → 0.98/0.95, task-listing 0.57/0.24 → 0.79/0.67 → 0.79/0.67 → 0.82/0.67 →
 * 0.87/0.71 → 0.87/0.73 → 0.88/0.76 → 0.88/0.78 → 0.88/0.78, job-requirement 0.86/0.48 →
 * 0.96/0.60 → 0.96/0.61 → 0.96/0.62 → 0.95/0.68 → 0.96/0.70 → … → 0.96/0.70, compliance 0.72/0.60
 * → 0.79/0.85 → 0.79/0.85 → 0.78/0.88 → 0.79/0.88 → 0.80/0.90 → 0.80/0.90 → 0.80/0.92 →
 * 0.80/0.92, goal-clone 1.00/0.38 (15 of 31 clone groups named exactly) → 1.00/0.47 (18) →
 * 1.00/0.50 (19) → 1.00/0.64 (23) → 1.00/0.74 (27) → 1.00/0.78 (28) → … → 1.00/0.78 (28),
 * kr-not-measurable 1.00/1.00 throughout, no-key-results 1.00/0.92 → 1.00/0.88 → … → 1.00/0.88,
 * sound objectives quiet 214 → 214 → 214 → 215 → 215 → 217 → 217 → 217 → 217 of 221. After round
 * 47 (9daec8a): job-requirement 0.96/0.71, the rest the same. Its misses were not printed while it
 * was blind.
 *
 * In round 48 (2026-12-07) its misses were read and the rules generalised from them by sentence
 * shape (a procedure by its initials done to each one; plurals as they come in; notes written up
 * before handover; income as a measure; scores out of five; none as the value; things made named
 * after a verb's form; integrations and scorecards; things reprinted; gardens for a place; papers
 * sent for each job, others' requests and customers' own papers as no obligation of ours), never by
 * listing its sentences, so it is now IN-SAMPLE tuning material: only the forty-seventh and
 * forty-eighth hold-outs (and later ones) say anything about unseen plans. After round 48
 * (precision / recall): number-title 0.96/0.99, generic-container 0.99/0.95, task-listing
 * 0.91/0.87, job-requirement 0.97/0.78, compliance 0.85/0.92, goal-clone 1.00/0.78 (28 of 31),
 * quiet 217 of 221. Both floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.94, 0.95],
  'generic-container': [0.96, 0.93],
  'task-listing': [0.86, 0.76],
  'job-requirement': [0.94, 0.69],
  compliance: [0.78, 0.9],
  'goal-clone': [0.98, 0.76],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.86],
};

/** After looking at it (round 48), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.94, 0.97],
  'generic-container': [0.97, 0.93],
  'task-listing': [0.89, 0.85],
  'job-requirement': [0.95, 0.76],
  compliance: [0.83, 0.9],
  'goal-clone': [0.98, 0.76],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.9],
};

describeHoldout({
  name: 'coach, forty-sixth hold-out (measured blind, then looked at in round 48: now in-sample tuning material)',
  heading: 'Trap coach over the forty-sixth hold-out (in-sample since round 48)',
  entries: HOLDOUT_46,
  plans: HOLDOUT_46_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.97,
  exactGroups: 27,
  printMisses: true,
});
