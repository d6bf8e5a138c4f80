import { HOLDOUT_60, HOLDOUT_60_PLANS } from '../coach/holdout60';
import type { Floors } from '../coach/report';
import { MEETS_TARGET, describeHoldout } from '../coach/suite';

/**
 * The sixtieth hold-out (test/coach/holdout60.ts), written blind to the rules on 2026-12-07 by
 * a helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types, while round 56 was being made; it was given the
 * forty-third's brief (each trade's titles as its managers write them, sectors of its own choosing,
 * sentence shapes varied on purpose). Its domain names begin with m to z. Measured with the coach
 * before round 9 (commit 2cfe06d), before round 29 (07a2f75), after rounds 43 (6f8a79e), 55
 * (823e6d0) and 56, the table only (README, "Accuracy"). The floors are the last measurement
 * rounded down by 0.01–0.02. Before round 9 → before 29 → after 43 → 55 → 56 (precision / recall):
 * number-title 0.96/0.82 → 0.96/0.90 → 0.96/0.91 → 0.98/0.91 → 0.98/0.91, generic-container
 * 0.98/0.60 → 0.99/0.91 → 0.99/0.94 → 0.99/0.94 → 0.99/0.94, task-listing 0.66/0.37 → 0.76/0.75 →
 * 0.78/0.83 → 0.79/0.85 → 0.79/0.85, job-requirement 0.86/0.60 → 0.96/0.76 → 0.98/0.77 → 0.98/0.77
 * → 0.98/0.77, compliance 0.90/0.56 → 0.92/0.94 → 0.95/0.95 → 0.95/0.95 → 0.95/0.95, goal-clone
 * 1.00/0.50 (20 of 30 clone groups named exactly) → 1.00/0.78 (27) → 1.00/0.82 (28) → 1.00/0.82
 * (28) → 1.00/0.82 (28), kr-not-measurable 1.00/1.00 throughout, no-key-results 0.96/1.00 →
 * 1.00/1.00 → … → 1.00/1.00, sound objectives quiet 221 → 222 → 223 → 222 → 222 of 227. Round 56
 * changed nothing here.
 * After round 57: task-listing recall 0.87, compliance recall 0.97, the rest the same. After round
 * 58 the same. After round 59 the same. After round 60: number-title recall 0.92, task-listing
 * precision 0.82, job-requirement recall 0.80, the rest the same.
 * With the shelf model (2026-12-07; README, "The shelf model"), which was fitted to the tuning sets
 * only: task-listing 0.82/0.87 → 0.88/0.87, job-requirement 0.98/0.80 → 0.96/0.96, compliance 0.95/0.97
 * → 0.97/0.98, sound objectives quiet 222 → 223 of 227. Its misses are not printed while it is blind.
 * After the second evening's three copy rounds (a3e3d13, d83cfc2, 02b307a; README, "Measures of one
 * word, and copies' words read as one"), before → after each, the table only: goal-clone 1.000/0.833 →
 * the same → 1.000/0.850 → the same, clone groups named exactly 28 → 29 of 30; sound objectives quiet
 * 223 of 227 throughout; every other rule's figures unchanged.
 *
 * On the third evening of 2026-12-07 its misses were read and the rules generalised from them by
 * sentence shape (siblings sharing six key words, each wording a detail its own way; a heading
 * with its lead in brackets or its shift after a dash), never by listing its sentences, and the
 * shelf model was refitted with it, so it is now IN-SAMPLE tuning material. After that round
 * (precision / recall): number-title 0.98/0.92, generic-container 0.99/0.98, task-listing 0.92/0.92,
 * job-requirement 0.97/0.97, compliance 0.98/1.00, goal-clone 1.00/0.88 (30 of 30), quiet 223 of
 * 227. The blind floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.96, 0.9],
  'generic-container': [0.97, 0.92],
  'task-listing': [0.86, 0.85],
  'job-requirement': [0.96, 0.94],
  compliance: [0.95, 0.96],
  'goal-clone': [0.98, 0.84],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

/** After looking at it (third evening of 2026-12-07), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.96, 0.9],
  'generic-container': [0.97, 0.96],
  'task-listing': [0.9, 0.9],
  'job-requirement': [0.95, 0.95],
  compliance: [0.96, 0.98],
  'goal-clone': [0.98, 0.86],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, sixtieth hold-out (measured blind, then looked at on the third evening of 2026-12-07: now in-sample tuning material)',
  heading: 'Trap coach over the sixtieth hold-out (in-sample since the third evening of 2026-12-07)',
  entries: HOLDOUT_60,
  plans: HOLDOUT_60_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.97,
  exactGroups: 30,
  printMisses: true,
  target: [...MEETS_TARGET, 'goal-clone'],
});
