import { HOLDOUT_54, HOLDOUT_54_PLANS } from '../coach/holdout54';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The fifty-fourth hold-out (test/coach/holdout54.ts), written blind to the rules on 2026-12-07 by a
 * helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types, while rounds 52 and 53 were being made; it was given the
 * forty-third's brief (each trade's titles as its managers write them, sectors of its own choosing,
 * sentence shapes varied on purpose). Its domain names begin with m to z. Measured with the coach
 * before round 9 (commit 2cfe06d), before round 29 (07a2f75), after rounds 43 (6f8a79e), 45
 * (5cb3981), 47 (9daec8a), 50 (d0f1765), 51 (648baeb), 52 (dc475b0) and 53 (2539f8e), the table
 * only (README, "Accuracy"). The floors are the last measurement rounded down by 0.01–0.02. Before
 * round 9 → before 29 → after 43 → 45 → 47 → 50 → 51 → 52 → 53 (precision / recall): number-title
 * 0.93/0.91 → 0.94/0.98 → 0.95/0.98 → 0.95/0.98 → 0.96/0.98 → … → 0.96/0.98, generic-container
 * 1.00/0.51 → 0.99/0.93 → 0.99/0.98 → … → 0.99/0.98, task-listing 0.62/0.31 → 0.77/0.69 →
 * 0.83/0.77 → … → 0.83/0.77 (after 52) → 0.85/0.77, job-requirement 0.85/0.52 → 0.91/0.52 →
 * 0.91/0.68 → 0.91/0.68 → 0.92/0.73 → … → 0.92/0.73 (after 52) → 0.92/0.75, compliance 0.84/0.57 →
 * 0.89/0.87 → 0.91/0.89 → … → 0.91/0.89, goal-clone 1.00/0.52 (18 of 33 clone groups named exactly)
 * → 0.98/0.74 (23) → 0.98/0.80 (26) → 0.98/0.82 (27) → … → 0.98/0.82 (27), kr-not-measurable
 * 1.00/1.00 throughout, no-key-results 0.96/1.00 → 1.00/1.00 → … → 1.00/1.00, sound objectives
 * quiet 204 → 206 → 207 → … → 207 of 215. After round 54 the same but number-title precision
 * 0.98 (a duty's beat no longer read as a number). After round 55 the same. Its misses were not
 * printed while it was blind.
 *
 * In round 56 (2026-12-07) its misses were read and the rules generalised from them by sentence
 * shape (the first of every batch; the hour on a day named; a size glued on; who does a round, in
 * brackets; a piece of work and its phase; a new thing and what it will hold; a paper or a talk
 * before every occasion; everyone who had something; an obligation spared; a measure said to move;
 * a body's fee paid; a consent from a body; what is mandatory for all; more of what the verb works
 * on; kept so for what it brings), never by listing its sentences, so it is now IN-SAMPLE tuning
 * material: only the fifty-fifth hold-out (and later ones) say anything about unseen plans. After
 * round 56 (precision / recall): number-title 1.00/0.98, generic-container 1.00/0.98, task-listing
 * 0.91/0.83, job-requirement 0.95/0.84, compliance 0.96/0.98, goal-clone 0.98/0.84 (28 of 33),
 * quiet 212 of 215. Both floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.94, 0.96],
  'generic-container': [0.97, 0.96],
  'task-listing': [0.83, 0.75],
  'job-requirement': [0.9, 0.73],
  compliance: [0.89, 0.87],
  'goal-clone': [0.96, 0.8],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

/** After looking at it (round 56), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.98, 0.96],
  'generic-container': [0.98, 0.96],
  'task-listing': [0.89, 0.81],
  'job-requirement': [0.93, 0.82],
  compliance: [0.94, 0.96],
  'goal-clone': [0.96, 0.82],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, fifty-fourth hold-out (measured blind, then looked at in round 56: now in-sample tuning material)',
  heading: 'Trap coach over the fifty-fourth hold-out (in-sample since round 56)',
  entries: HOLDOUT_54,
  plans: HOLDOUT_54_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.97,
  exactGroups: 27,
  printMisses: true,
});
