import { HOLDOUT_34, HOLDOUT_34_PLANS } from '../coach/holdout34';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The thirty-fourth hold-out (test/coach/holdout34.ts), written blind to the rules on 2026-12-07 by
 * a helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types (and, by slip, the first lines of package.json), while
 * round 35 was being made on the thirty-third set; it was asked to write each trade's titles as its
 * managers would, in sectors of its own choosing. Measured with the coach before round 9 (commit
 * 2cfe06d), before round 20 (a8e65f2), before round 24 (71ce39c), before round 29 (07a2f75), after
 * round 34 (e4a01d2) and after round 35 (the commit that added this file), the table only (README,
 * "Accuracy"). The floors are the last measurement rounded down by 0.01–0.02. Before round 9 → before
 * 20 → before 24 → before 29 → after 34 → after 35 (precision / recall): number-title 0.89/0.80 →
 * 0.93/0.92 → 0.93/0.92 → 0.94/0.93 → 0.95/0.94 → 0.95/0.94, generic-container 1.00/0.60 → 1.00/0.78
 * → 1.00/0.91 → 1.00/0.94 → 1.00/0.94 → 1.00/0.96, task-listing 0.65/0.44 → 0.76/0.78 → 0.80/0.78 →
 * 0.83/0.78 → 0.84/0.80 → 0.84/0.80, job-requirement 0.90/0.64 → 0.95/0.80 → 0.96/0.81 → 0.96/0.84 →
 * 0.95/0.90 → 0.95/0.90, compliance 0.98/0.85 → 0.98/0.96 → 1.00/0.96 since, goal-clone 1.00/0.42 (15
 * of 29 clone groups named exactly) → 1.00/0.69 (20) → 0.97/0.73 (20) → 0.98/0.81 (22) → 0.96/0.85
 * (23) → 0.96/0.85 (23), kr-not-measurable 1.00/1.00, no-key-results 0.96/1.00 → … → 0.96/0.96 after
 * round 34 (rounds 29–34 shelved one title the set expects no-key-results of), sound objectives quiet
 * 216 → 220 → 219 → 220 → 220 → 220 of 223. Its misses were not printed while it was blind.
 *
 * In round 36 (2026-12-07) its misses were read and the rules generalised from them by sentence
 * shape (one more of a thing built or put up; a count made every week; a size that picks which
 * ones; depth as a measure; everyone doing the work needing the credential; the schedule and the
 * day it happens; a reply's time; hurried words; two areas and their owner), never by listing its
 * sentences, so it is now IN-SAMPLE tuning material: only the thirty-fifth hold-out (and later ones)
 * say anything about unseen plans. After round 36 (precision / recall): number-title 0.98/0.97,
 * generic-container 1.00/0.98, task-listing 0.91/0.87, job-requirement 0.96/0.93, compliance
 * 1.00/0.98, goal-clone 0.96/0.85 (23 of 29), quiet 220 of 223. Both floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.93, 0.92],
  'generic-container': [0.98, 0.94],
  'task-listing': [0.82, 0.78],
  'job-requirement': [0.93, 0.88],
  compliance: [0.98, 0.94],
  'goal-clone': [0.94, 0.83],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.94, 0.94],
};

/** After looking at it (round 36), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.96, 0.95],
  'generic-container': [0.98, 0.96],
  'task-listing': [0.89, 0.85],
  'job-requirement': [0.94, 0.91],
  compliance: [0.98, 0.96],
  'goal-clone': [0.94, 0.83],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.94, 0.94],
};

describeHoldout({
  name: 'coach, thirty-fourth hold-out (measured blind, then looked at in round 36: now in-sample tuning material)',
  heading: 'Trap coach over the thirty-fourth hold-out (in-sample since round 36)',
  entries: HOLDOUT_34,
  plans: HOLDOUT_34_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.97,
  exactGroups: 22,
  printMisses: true,
});
