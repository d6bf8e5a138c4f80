import { HOLDOUT_50, HOLDOUT_50_PLANS } from '../coach/holdout50';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The fiftieth hold-out (test/coach/holdout50.ts), written blind to the rules on 2026-12-07 by a
 * helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types, while rounds 49 and 50 were being made; it was given the
 * forty-third's brief (each trade's titles as its managers write them, sectors of its own choosing,
 * sentence shapes varied on purpose). Its domain names begin with m to z, the forty-ninth's, written
 * at the same time by another helper, with a to l. Measured with the coach before round 9 (commit
 * 2cfe06d), before round 20 (a8e65f2), before round 24 (71ce39c), before round 29 (07a2f75), after
 * rounds 37 (e29038c), 43 (6f8a79e), 44 (49a4882), 45 (5cb3981), 46 (6b1ecc5), 47 (9daec8a), 48
 * (3aee7dd), 49 (9c6f5f0) and 50 (ee7c388), the table only (README, "Accuracy"). The floors are the
 * last measurement rounded down by 0.01–0.02. Before round 9 → before 20 → before 24 → before 29 →
 * after 37 → 43 → 44 → 45 → 46 → … → 49 → 50 (precision / recall): number-title 0.86/0.90 →
 * 0.94/0.93 → 0.94/0.93 → 0.96/0.95 → 0.97/0.94 → … → 0.97/0.95 (after 46) → 0.97/0.95,
 * generic-container 0.97/0.49 → 0.98/0.71 → 0.99/0.82 → 0.99/0.89 → 0.99/0.93 → … → 0.99/0.93,
 * task-listing 0.45/0.18 → 0.75/0.59 → 0.77/0.59 → 0.82/0.63 → 0.85/0.69 → 0.85/0.69 → 0.86/0.71
 * → 0.86/0.73 → 0.86/0.75 → … → 0.86/0.75, job-requirement 0.88/0.53 → 0.91/0.63 → 0.89/0.63 →
 * 0.89/0.70 → 0.91/0.76 → 0.91/0.77 → … → 0.91/0.77, compliance 0.84/0.76 → 0.88/0.88 → 0.88/0.88 →
 * 0.91/0.88 → 0.91/0.86 → 0.91/0.88 → … → 0.91/0.88 (after 49) → 0.92/0.90, goal-clone 1.00/0.49
 * (18 of 30 clone groups named exactly) → 1.00/0.63 (21) → 1.00/0.70 (24) → 1.00/0.81 (27) →
 * 1.00/0.86 (28) → 1.00/0.91 (29) → … → 1.00/0.91 (29), kr-not-measurable 1.00/1.00 throughout,
 * no-key-results 1.00/0.96 throughout, sound objectives quiet 208 → 214 → 214 → 215 → 215 → 215 →
 * 215 → 216 → … → 216 of 224. After round 51 (3a031b1) the same. Its misses were not printed while
 * it was blind.
 *
 * In round 52 (2026-12-07) its misses were read and the rules generalised from them by sentence
 * shape (a shift's papers; "upto"; packs out to people before each one; the first minutes of every
 * session; professional hours logged; a statutory text read and signed; a scheme's audit period with
 * no exceptions; numbered surgeries; management depts; a club with a guest in a month; storage and
 * archives moved), never by listing its sentences, so it is now IN-SAMPLE tuning material: only the
 * fifty-first and fifty-second hold-outs (and later ones) say anything about unseen plans. After
 * round 52 (precision / recall): number-title 0.98/0.97, generic-container 0.99/0.95, task-listing
 * 0.89/0.80, job-requirement 0.91/0.81, compliance 0.92/0.96, goal-clone 1.00/0.91 (29 of 30), quiet
 * 216 of 224. Both floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.95, 0.93],
  'generic-container': [0.97, 0.91],
  'task-listing': [0.84, 0.73],
  'job-requirement': [0.89, 0.75],
  compliance: [0.9, 0.88],
  'goal-clone': [0.98, 0.89],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.94],
};

/** After looking at it (round 52), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.96, 0.95],
  'generic-container': [0.97, 0.93],
  'task-listing': [0.87, 0.78],
  'job-requirement': [0.89, 0.79],
  compliance: [0.9, 0.94],
  'goal-clone': [0.98, 0.89],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.94],
};

describeHoldout({
  name: 'coach, fiftieth hold-out (measured blind, then looked at in round 52: now in-sample tuning material)',
  heading: 'Trap coach over the fiftieth hold-out (in-sample since round 52)',
  entries: HOLDOUT_50,
  plans: HOLDOUT_50_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.95,
  exactGroups: 28,
  printMisses: true,
});
