import { HOLDOUT_66, HOLDOUT_66_PLANS } from '../coach/holdout66';
import type { Floors } from '../coach/report';
import { MEETS_TARGET, describeHoldout } from '../coach/suite';

/**
 * The sixty-sixth hold-out (test/coach/holdout66.ts), written blind to the rules on 2026-12-07 by
 * a helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types, while round 59 was being made; it was given the
 * forty-third's brief (each trade's titles as its managers write them, sectors of its own choosing,
 * sentence shapes varied on purpose). Its domain names begin with m to z. Measured with the coach
 * before round 9 (commit 2cfe06d), before round 29 (07a2f75), after rounds 43 (6f8a79e), 58
 * (80dbe4a) and 59 (4cb70b3), the table only (README, "Accuracy"). The floors are the last
 * measurement rounded down by 0.01–0.02. Before round 9 → before 29 → after 43 → 58 → 59
 * (precision / recall):
 * number-title 0.90/0.81 → 0.96/0.95 → 0.97/0.95 → 0.98/0.96 → 0.98/0.96, generic-container
 * 0.97/0.55 → 0.98/0.91 → 0.98/0.91 → 0.98/0.92 → 0.98/0.92, task-listing 0.72/0.51 → 0.82/0.82 →
 * 0.82/0.88 → 0.83/0.88 → 0.83/0.88, job-requirement 0.87/0.66 → 0.93/0.79 → 0.94/0.83 → 0.94/0.84
 * → 0.94/0.86, compliance 0.86/0.69 → 0.89/0.90 → 0.96/0.90 → 0.96/0.92 → 0.96/0.92, goal-clone
 * 1.00/0.50 (17 of 34 clone groups named exactly) → 1.00/0.67 (24) → 1.00/0.72 (26) → 1.00/0.74
 * (26) → 1.00/0.74 (26), kr-not-measurable 1.00/1.00 throughout, no-key-results 0.96/1.00 →
 * 1.00/1.00 → … → 1.00/1.00, sound objectives quiet 235 → 233 → 233 → 233 → 233 of 240.
 * After round 60 the same.
 * With the shelf model (2026-12-07; README, "The shelf model"), which was fitted to the tuning sets
 * only: task-listing 0.83/0.88 → 0.91/0.93, job-requirement 0.94/0.86 → 0.94/0.94, compliance 0.96/0.92
 * → 0.96/0.96, goal-clone 1.00/0.74 → 1.00/0.76, clone groups named exactly 26 → 27 of 34, sound
 * objectives quiet 233 → 234 of 240. Its misses are not printed while it is blind.
 * After the second evening's three copy rounds (a3e3d13, d83cfc2, 02b307a; README, "Measures of one
 * word, and copies' words read as one"), before → after each, the table only: goal-clone 0.978/0.776 →
 * the same → 0.980/0.862 → the same, clone groups named exactly 27 → 28 of 34; every other rule's
 * figures unchanged.
 * After the third evening's two rounds (README, "Two more sets read"), the table only: clone groups
 * named exactly 28 → 30 of 34 (a parent, its restating child and their copies as one group); the
 * rest the same.
 * After the third round of 2026-12-08 (titles of three words the vectors know compared by meaning,
 * as those of four were; opposite ways never a copy), the table only: goal-clone recall 0.86 → 0.88
 * (clone groups named exactly 30 → 31 of 34); the rest the same.
 * After the fourth round of 2026-12-08 (kinds of event in the plural are headings; a repaint, a
 * rewire or a resurfacing named by its noun is work; the shelf model refitted), the table only:
 * task-listing precision 0.93 → 0.95, generic-container recall 0.94 → 0.95; the rest the same.
 *
 * On 2026-12-08 (fifth round) its misses were read with the sixty-fifth's and the rules generalised
 * from them by sentence shape (a place or a phase after a dash, a unit's letter or a department
 * before its lead in brackets are headings; "Call waiting time", "Lead time (order to handover)"
 * and "Match fees collected" name measures; a works' plant replaced is a job), never by listing its
 * sentences, and the shelf model was refitted with both, so it is now IN-SAMPLE tuning material.
 * After that round (precision / recall): number-title 0.99/0.98, generic-container 0.99/1.00,
 * task-listing 0.96/0.96, job-requirement 0.96/0.96, compliance 0.96/0.96, goal-clone 0.98/0.88 (31
 * of 34), quiet 236 of 240. The blind floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.96, 0.94],
  'generic-container': [0.96, 0.9],
  'task-listing': [0.89, 0.91],
  'job-requirement': [0.92, 0.92],
  compliance: [0.94, 0.94],
  'goal-clone': [0.96, 0.84],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

/** After looking at it (2026-12-08), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.97, 0.96],
  'generic-container': [0.97, 0.98],
  'task-listing': [0.94, 0.94],
  'job-requirement': [0.94, 0.94],
  compliance: [0.94, 0.94],
  'goal-clone': [0.96, 0.86],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, sixty-sixth hold-out (measured blind, then looked at on 2026-12-08: now in-sample tuning material)',
  heading: 'Trap coach over the sixty-sixth hold-out (in-sample since 2026-12-08)',
  entries: HOLDOUT_66,
  plans: HOLDOUT_66_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.96,
  exactGroups: 31,
  printMisses: true,
  target: [...MEETS_TARGET, 'goal-clone'],
});
