import { HOLDOUT_53, HOLDOUT_53_PLANS } from '../coach/holdout53';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The fifty-third hold-out (test/coach/holdout53.ts), written blind to the rules on 2026-12-07 by a
 * helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types, while rounds 52 and 53 were being made; it was given the
 * forty-third's brief (each trade's titles as its managers write them, sectors of its own choosing,
 * sentence shapes varied on purpose). Its domain names begin with a to l. Measured with the coach
 * before round 9 (commit 2cfe06d), before round 29 (07a2f75), after rounds 43 (6f8a79e), 45
 * (5cb3981), 47 (9daec8a), 50 (d0f1765), 51 (648baeb), 52 (dc475b0) and 53 (37bf066), the table
 * only (README, "Accuracy"). The floors are the last measurement rounded down by 0.01–0.02. Before
 * round 9 → before 29 → after 43 → 45 → 47 → 50 → 51 → 52 → 53 (precision / recall): number-title
 * 0.88/0.78 → 0.95/0.93 → 0.96/0.97 → … → 0.96/0.97, generic-container 0.90/0.40 → 0.95/0.89 →
 * 0.94/0.92 → 0.94/0.93 → … → 0.94/0.93, task-listing 0.64/0.38 → 0.91/0.83 → 0.91/0.87 → 0.91/0.89
 * → 0.93/0.91 → … → 0.93/0.91, job-requirement 0.82/0.58 → 0.92/0.67 → 0.95/0.79 → 0.97/0.79 →
 * 0.95/0.81 → 0.95/0.82 → … → 0.95/0.82, compliance 0.75/0.61 → 0.79/0.84 → 0.79/0.84 → 0.79/0.84 →
 * 0.79/0.86 → … → 0.79/0.86, goal-clone 1.00/0.54 (18 of 29 clone groups named exactly) → 1.00/0.78
 * (24) → 0.98/0.89 (27) → … → 0.98/0.89 (27), kr-not-measurable 1.00/1.00 throughout,
 * no-key-results 0.96/1.00 → 1.00/0.96 → 1.00/1.00 → … → 1.00/1.00, sound objectives quiet 220 →
 * 222 → 223 → … → 223 of 229. After round 54 the same. Its misses were not printed while it was
 * blind.
 *
 * In round 55 (2026-12-07) its misses were read and the rules generalised from them by sentence
 * shape (our own weekly inspections; a paper about a rule, for whom it is; a measure's initials set
 * for everyone; two verbs on one round; a paper out on its beat; back by the following day; the day
 * they come in; a regulator's notification updated; an audit with no non-conformances; a
 * standard's test named first; a lead's role in brackets; a share, a sum or a rate as no bucket; a
 * business and its year; the share named first; things that feel so; the people we serve and what
 * they do; a beat in minutes; synonyms that clone), never by listing its sentences, so it is now
 * IN-SAMPLE tuning material: only the fifty-fourth hold-out (and later ones) say anything about
 * unseen plans. After round 55 (precision / recall): number-title 0.98/0.97, generic-container
 * 0.97/0.95, task-listing 0.98/0.91, job-requirement 0.97/0.92, compliance 0.91/0.93, goal-clone
 * 0.98/0.96 (28 of 29), quiet 227 of 229. Both floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.94, 0.95],
  'generic-container': [0.92, 0.91],
  'task-listing': [0.91, 0.89],
  'job-requirement': [0.93, 0.8],
  compliance: [0.77, 0.84],
  'goal-clone': [0.96, 0.87],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

/** After looking at it (round 55), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.96, 0.95],
  'generic-container': [0.95, 0.93],
  'task-listing': [0.96, 0.89],
  'job-requirement': [0.95, 0.9],
  compliance: [0.89, 0.91],
  'goal-clone': [0.96, 0.94],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, fifty-third hold-out (measured blind, then looked at in round 55: now in-sample tuning material)',
  heading: 'Trap coach over the fifty-third hold-out (in-sample since round 55)',
  entries: HOLDOUT_53,
  plans: HOLDOUT_53_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.98,
  exactGroups: 27,
  printMisses: true,
});
