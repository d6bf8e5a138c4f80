import { HOLDOUT_25, HOLDOUT_25_PLANS } from '../coach/holdout25';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The twenty-fifth hold-out (test/coach/holdout25.ts), written blind to the rules on 2026-12-06 by a
 * helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types, while round 26 was being made on the twenty-fourth set;
 * measured with the coach before round 9 (commit 2cfe06d), before round 20 (a8e65f2), before round
 * 24 (71ce39c), before round 26 (f90b4cc) and after it (f117cb4), the table only (README,
 * "Accuracy"). It is the only set nobody has read. The floors are the last measurement rounded down
 * by 0.01–0.02. Measured before round 9 → before round 20 → before round 24 → before round 26 →
 * after round 26 (precision / recall): number-title 0.92/0.88 → 0.93/0.95 → 0.93/0.95 → 0.93/0.95 →
 * 0.94/0.95, generic-container 0.98/0.52 → 0.98/0.77 → 0.99/0.88 → 0.99/0.92 → 0.99/0.93,
 * task-listing 0.56/0.41 → 0.75/0.87 → 0.76/0.89 → 0.77/0.89 → 0.77/0.89, job-requirement 0.78/0.59
 * → 0.87/0.71 → 0.87/0.71 → 0.89/0.72 → 0.89/0.72, compliance 1.00/0.67 → 1.00/0.92 throughout,
 * goal-clone 1.00/0.44 (13 of 27 clone groups named exactly) → 1.00/0.55 (18) → 1.00/0.58 (19) →
 * 1.00/0.64 (22) → 1.00/0.64 (22), kr-not-measurable 1.00/1.00, no-key-results 0.96/1.00, sound
 * objectives quiet 215 → 216 → 216 → 218 → 219 of 229. Its misses were not printed while it was
 * blind.
 *
 * In round 27 (2026-12-06, night) its misses were read and the rules generalised from them by
 * sentence shape (records kept on a beat, readings and supervision, things that come and go, next
 * month's builds, opening up and locking down; capacity filled and horizons kept are outcomes;
 * registrations maintained, checks done before they fall due, insurance renewed; units and their
 * owners in brackets), never by listing its sentences, so it is now IN-SAMPLE tuning material: only
 * the twenty-sixth hold-out says anything about unseen plans. After round 27 (precision / recall):
 * number-title 0.94/0.98, generic-container 1.00/0.98, task-listing 0.88/0.91, job-requirement
 * 0.97/0.91, compliance 1.00/0.98, goal-clone 1.00/0.65 (23 of 27), quiet 225 of 229. Both floors
 * are kept.
 */
const BLIND: Floors = {
  'number-title': [0.92, 0.93],
  'generic-container': [0.97, 0.91],
  'task-listing': [0.75, 0.87],
  'job-requirement': [0.87, 0.7],
  compliance: [0.98, 0.9],
  'goal-clone': [0.98, 0.62],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.94, 0.98],
};

/** After looking at it (round 27), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.92, 0.96],
  'generic-container': [0.98, 0.96],
  'task-listing': [0.86, 0.89],
  'job-requirement': [0.95, 0.89],
  compliance: [0.98, 0.96],
  'goal-clone': [0.98, 0.63],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.94, 0.98],
};

describeHoldout({
  name: 'coach, twenty-fifth hold-out (measured blind, then looked at in round 27: now in-sample tuning material)',
  heading: 'Trap coach over the twenty-fifth hold-out (in-sample since round 27)',
  entries: HOLDOUT_25,
  plans: HOLDOUT_25_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.96,
  exactGroups: 21,
  printMisses: true,
});
