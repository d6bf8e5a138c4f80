import { HOLDOUT_65, HOLDOUT_65_PLANS } from '../coach/holdout65';
import type { Floors } from '../coach/report';
import { MEETS_TARGET, describeHoldout } from '../coach/suite';

/**
 * The sixty-fifth hold-out (test/coach/holdout65.ts), written blind to the rules on 2026-12-07 by
 * a helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types, while round 59 was being made; it was given the
 * forty-third's brief (each trade's titles as its managers write them, sectors of its own choosing,
 * sentence shapes varied on purpose). Its domain names begin with a to l. Measured with the coach
 * before round 9 (commit 2cfe06d), before round 29 (07a2f75), after rounds 43 (6f8a79e), 58
 * (80dbe4a) and 59 (4cb70b3), the table only (README, "Accuracy"). The floors are the last
 * measurement rounded down by 0.01–0.02. Before round 9 → before 29 → after 43 → 58 → 59
 * (precision / recall):
 * number-title 0.90/0.81 → 0.96/0.92 → 0.97/0.93 → 0.98/0.97 → 0.99/0.97, generic-container
 * 0.95/0.50 → 0.97/0.90 → 0.97/0.93 → 0.99/0.93 → 0.99/0.93, task-listing 0.67/0.38 → 0.74/0.75 →
 * 0.82/0.79 → 0.82/0.87 → 0.82/0.87, job-requirement 0.83/0.58 → 0.93/0.70 → 0.89/0.76 → 0.91/0.78
 * → 0.91/0.78, compliance 0.82/0.50 → 0.92/0.85 → 0.93/0.93 → 0.91/0.93 → 0.91/0.93, goal-clone
 * 1.00/0.48 (17 of 33 clone groups named exactly) → 0.98/0.80 (27) → 0.98/0.86 (29) → 0.98/0.86
 * (29) → 0.98/0.86 (29), kr-not-measurable 1.00/1.00 throughout, no-key-results 0.95/0.95 →
 * 1.00/0.86 → … → 1.00/0.86, sound objectives quiet 217 → 219 → 218 → 219 → 219 of 227.
 * After round 60 the same.
 * With the shelf model (2026-12-07; README, "The shelf model"), which was fitted to the tuning sets
 * only: task-listing 0.82/0.87 → 0.86/0.91, job-requirement 0.91/0.78 → 0.98/0.85, compliance 0.91/0.93
 * → 0.93/0.94, goal-clone 0.98/0.86 → 0.98/0.88, no-key-results 1.00/0.86 → 1.00/0.91, clone groups
 * named exactly 29 → 30 of 33, sound objectives quiet 219 → 225 of 227. Its misses are not printed
 * while it is blind.
 * After the third evening's two rounds (README, "Two more sets read"), the table only: job-requirement
 * 0.98/0.85 → 1.00/0.88, task-listing 0.86/0.91 → 0.87/0.89, compliance 0.93/0.94 → 0.94/0.94,
 * goal-clone precision 0.98 → 0.96, clone groups named exactly 30 → 29 → 30 of 33 (the second round
 * names a parent, its restating child and their copies as one group); the rest the same. After its
 * third round (kit fitted to a place of ours, a post launched): task-listing precision 0.87 → 0.90.
 * After the third round of 2026-12-08 (titles of three words the vectors know compared by meaning,
 * as those of four were; opposite ways never a copy), the table only: goal-clone recall 0.89 →
 * 0.91; the rest the same.
 *
 * On 2026-12-08 (fifth round) its misses were read with the sixty-sixth's and the rules generalised
 * from them by sentence shape (a place or a phase after a dash, a unit's letter or a department
 * before its lead in brackets are headings; "Call waiting time", "Lead time (order to handover)"
 * and "Match fees collected" name measures; a works' plant replaced is a job), never by listing its
 * sentences, and the shelf model was refitted with both, so it is now IN-SAMPLE tuning material.
 * After that round (precision / recall): number-title 0.99/0.98, generic-container 0.99/0.95,
 * task-listing 0.94/0.92, job-requirement 1.00/0.96, compliance 0.96/0.96, goal-clone 0.96/0.91 (30
 * of 33 clone groups named exactly), no-key-results 1.00/0.91, quiet 225 of 227. The blind floors
 * are kept.
 */
const BLIND: Floors = {
  'number-title': [0.97, 0.95],
  'generic-container': [0.97, 0.91],
  'task-listing': [0.84, 0.89],
  'job-requirement': [0.96, 0.83],
  compliance: [0.91, 0.92],
  'goal-clone': [0.96, 0.86],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.89],
};

/** After looking at it (2026-12-08), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.97, 0.96],
  'generic-container': [0.97, 0.93],
  'task-listing': [0.92, 0.9],
  'job-requirement': [0.98, 0.94],
  compliance: [0.94, 0.94],
  'goal-clone': [0.94, 0.89],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.89],
};

describeHoldout({
  name: 'coach, sixty-fifth hold-out (measured blind, then looked at on 2026-12-08: now in-sample tuning material)',
  heading: 'Trap coach over the sixty-fifth hold-out (in-sample since 2026-12-08)',
  entries: HOLDOUT_65,
  plans: HOLDOUT_65_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.98,
  exactGroups: 30,
  printMisses: true,
  // (Copies too since the third round of 2026-12-08.)
  target: [...MEETS_TARGET, 'goal-clone'],
});
