import { HOLDOUT_47, HOLDOUT_47_PLANS } from '../coach/holdout47';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The forty-seventh hold-out (test/coach/holdout47.ts), written blind to the rules on 2026-12-07 by a
 * helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types, while rounds 47 and 48 were being made; it was given the
 * forty-third's brief (each trade's titles as its managers write them, sectors of its own choosing,
 * sentence shapes varied on purpose). Its domain names begin with a to l, the forty-eighth's, written at the same time by another helper, with m to z. Measured with the coach
 * before round 9 (commit 2cfe06d), before round 20 (a8e65f2), before round 24 (71ce39c), before
 * round 29 (07a2f75), after rounds 37 (e29038c), 43 (6f8a79e), 44 (49a4882), 45 (5cb3981), 46
 * (6b1ecc5), 47 (9daec8a) and 48 (3aee7dd), the table only (README, "Accuracy"). The floors are the
 * last measurement rounded down by 0.01–0.02. Before round 9 → before 20 → before 24 → before 29 →
 * after 37 → 43 → 44 → 45 → 46 → 47 → 48 (precision / recall):
 * number-title 0.84/0.81 → 0.87/0.88 → 0.87/0.88 → 0.91/0.87 → 0.92/0.94 → 0.93/0.94 → … →
 * 0.93/0.95 (after 46) → 0.93/0.95, generic-container 1.00/0.34 → 1.00/0.57 → 1.00/0.84 →
 * 1.00/0.85 → 1.00/0.90 → … → 1.00/0.91 (after 47), task-listing 0.67/0.38 → 0.70/0.81 → 0.72/0.81
 * → 0.75/0.83 → 0.77/0.87 → 0.79/0.87 → … → 0.79/0.87, job-requirement 0.84/0.63 → 0.96/0.66 →
 * 0.97/0.67 → 0.95/0.67 → 0.96/0.80 → 0.96/0.80 → 0.96/0.80 → 0.96/0.81 → 0.96/0.82 → … →
 * 0.96/0.82, compliance 0.81/0.64 → 0.85/0.87 → 0.85/0.87 → 0.87/0.89 → 0.93/0.89 → … → 0.93/0.89,
 * goal-clone 1.00/0.44 (12 of 30 clone groups named exactly) → 1.00/0.58 (18) → 0.97/0.67 (19) →
 * 0.98/0.72 (21) → 0.98/0.75 (23) → 0.98/0.81 (24) → … → 0.98/0.81 (24), kr-not-measurable
 * 1.00/1.00 throughout, no-key-results 1.00/1.00 → 1.00/0.96 → … → 1.00/0.96, sound objectives
 * quiet 225 → 222 → 221 → 224 → 224 → 226 → … → 226 of 234.
 * Its misses were not printed while it was blind.
 *
 * In round 49 (2026-12-07) its misses were read and the rules generalised from them by sentence
 * shape (people and how things are for them; a standing held; two verbs joined by "&"; readings in
 * the record kept, on a beat; customers after a department's dash; depts; numbered units in the
 * plural; a body's investigation passed; a body's visit, then the grade kept; registers named in
 * capitals; a measure's time; milliseconds; a piece of work and another joined on; "shorter",
 * "omitted", "rebid"), never by listing its sentences, so it is now IN-SAMPLE tuning material: only
 * the forty-eighth hold-out (and later ones) say anything about unseen plans. After round 49
 * (precision / recall): number-title 0.93/0.97, generic-container 1.00/0.97, task-listing
 * 0.88/0.89, job-requirement 0.96/0.88, compliance 0.94/0.98, goal-clone 0.98/0.86 (25 of 30),
 * quiet 228 of 234. Both floors are kept.
 * With the shelf model (2026-12-07; README, "The shelf model") its in-sample floors were lowered where
 * the model, fitted to all tuning sets, reads this set's titles otherwise: no-key-results recall 0.98 → 0.95.
 */
const BLIND: Floors = {
  'number-title': [0.91, 0.93],
  'generic-container': [0.98, 0.89],
  'task-listing': [0.77, 0.85],
  'job-requirement': [0.94, 0.8],
  compliance: [0.91, 0.87],
  'goal-clone': [0.96, 0.79],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.94],
};

/** After looking at it (round 49), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.91, 0.95],
  'generic-container': [0.98, 0.95],
  'task-listing': [0.86, 0.87],
  'job-requirement': [0.94, 0.86],
  compliance: [0.92, 0.96],
  'goal-clone': [0.96, 0.84],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.95],
};

describeHoldout({
  name: 'coach, forty-seventh hold-out (measured blind, then looked at in round 49: now in-sample tuning material)',
  heading: 'Trap coach over the forty-seventh hold-out (in-sample since round 49)',
  entries: HOLDOUT_47,
  plans: HOLDOUT_47_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.96,
  exactGroups: 24,
  printMisses: true,
});
