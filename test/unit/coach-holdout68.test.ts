import { HOLDOUT_68, HOLDOUT_68_PLANS } from '../coach/holdout68';
import type { Floors } from '../coach/report';
import { MEETS_TARGET, describeHoldout } from '../coach/suite';

/**
 * The sixty-eighth hold-out (test/coach/holdout68.ts), written blind to the rules on 2026-12-07 by a
 * helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types, while the shelf model was being made and after its
 * configuration was settled; it was given the forty-third's brief (each trade's titles as its
 * managers write them, sectors of its own choosing, sentence shapes varied on purpose). Its domain
 * names begin with m to z. Measured with the coach before round 9 (commit 2cfe06d), before round 29
 * (07a2f75), after round 43 (6f8a79e), with the word rules alone after round 60 (b80a1e0) and with the
 * shelf model (dd98044), the table only (README, "Accuracy"): the first figures of the shipped model
 * on text nobody had read while choosing it. The floors are the last measurement rounded down by
 * 0.02. Before round 9 → before 29 → after 43 → word rules after 60 → shelf model (precision /
 * recall): number-title 0.87/0.80 → 0.91/0.90 → 0.92/0.92 → 0.93/0.93 → 0.93/0.93, generic-container
 * 0.92/0.54 → 0.97/0.90 → 0.97/0.94 → 0.98/0.96 → 0.98/0.96, task-listing 0.64/0.39 → 0.77/0.80 →
 * 0.77/0.80 → 0.80/0.87 → 0.839/0.87, job-requirement 0.84/0.58 → 1.00/0.73 → 0.98/0.80 → 1.00/0.82
 * → 1.00/0.91, compliance 0.89/0.70 → 0.94/0.91 → 0.94/0.91 → 0.94/0.91 → 0.98/0.96, goal-clone
 * 1.00/0.35 (12 of 31 clone groups named exactly) → 1.00/0.61 (18) → 1.00/0.68 (21) → 1.00/0.72 (22) →
 * 1.00/0.72 (22), kr-not-measurable 1.00/1.00 throughout, no-key-results 0.96/1.00 → 1.00/0.95 →
 * 1.00/0.95 → 1.00/1.00 → 1.00/1.00, sound objectives quiet 217 → 216 → 215 → 216 → 220 of 225. Its
 * misses are not printed while it is blind.
 * After the second evening's three copy rounds (a3e3d13, d83cfc2, 02b307a; README, "Measures of one
 * word, and copies' words read as one"), before → after each, the table only: goal-clone 1.000/0.719 →
 * the same → 0.976/0.719 → the same (22 of 31 clone groups named exactly), sound objectives quiet 220 →
 * 219 of 225 (a sound objective called a copy in the second round); every other rule's figures
 * unchanged.
 * After the third round of 2026-12-08 (titles of three words the vectors know compared by meaning,
 * as those of four were; opposite ways never a copy), the table only: goal-clone recall 0.74 → 0.77
 * (clone groups 22 → 23 of 31); the rest the same.
 */
const BLIND: Floors = {
  'number-title': [0.91, 0.91],
  'generic-container': [0.95, 0.94],
  'task-listing': [0.82, 0.85],
  'job-requirement': [0.98, 0.89],
  compliance: [0.96, 0.94],
  'goal-clone': [0.96, 0.7],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, sixty-eighth hold-out (blind)',
  heading: 'Trap coach over the sixty-eighth hold-out (blind)',
  entries: HOLDOUT_68,
  plans: HOLDOUT_68_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND],
  quiet: 0.96,
  exactGroups: 21,
  printMisses: false,
  // Activities miss 0.85 here (precision 0.839): the rest of what meets it on the sixty-sixth and before.
  target: MEETS_TARGET.filter((code) => code !== 'task-listing'),
});
