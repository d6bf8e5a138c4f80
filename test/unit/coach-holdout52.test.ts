import { HOLDOUT_52, HOLDOUT_52_PLANS } from '../coach/holdout52';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The fifty-second hold-out (test/coach/holdout52.ts), written blind to the rules on 2026-12-07 by
 * a helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types, while round 51 was being made; it was given the
 * forty-third's brief (each trade's titles as its managers write them, sectors of its own choosing,
 * sentence shapes varied on purpose). Its domain names begin with m to z. Measured with the coach
 * before round 9 (commit 2cfe06d), before round 29 (07a2f75), after rounds 37 (e29038c), 43
 * (6f8a79e), 44 (49a4882), 45 (5cb3981), 46 (6b1ecc5), 47 (9daec8a), 48 (3aee7dd), 49 (9c6f5f0), 50
 * (d0f1765) and 51 (3a031b1), the table only (README, "Accuracy"). The floors are the last
 * measurement rounded down by 0.01–0.02. Before round 9 → before 29 → after 37 → 43 → 44 → … → 46
 * → 47 → 48 → 49 → 50 → 51 (precision / recall): number-title 0.86/0.90 → 0.89/0.96 → 0.89/0.97 →
 * … → 0.89/0.97, generic-container 0.93/0.49 → 0.96/0.94 → 0.96/0.94 → 0.96/0.94 → 0.96/0.95 → … →
 * 0.96/0.96 (after 47) → 0.96/0.96 → 0.95/0.96 → 0.95/0.96 → 0.95/0.96, task-listing 0.67/0.35 →
 * 0.88/0.67 → 0.91/0.75 → 0.93/0.77 → … → 0.93/0.77, job-requirement 0.83/0.58 → 0.95/0.73 →
 * 0.94/0.81 → 0.95/0.88 → … → 0.95/0.88 (after 46) → 0.92/0.88 → 0.92/0.88 → 0.92/0.88 → 0.92/0.90
 * → 0.92/0.90, compliance 0.97/0.66 → 0.98/0.94 → … → 0.98/0.94 (after 48) → 0.98/0.92 → 0.98/0.92
 * → 0.98/0.92, goal-clone 1.00/0.28 (12 of 30 clone groups named exactly) → 1.00/0.58 (22) →
 * 1.00/0.67 (24) → 1.00/0.75 (27) → … → 1.00/0.75 (27, after 49) → 1.00/0.77 (28) → 1.00/0.77 (28),
 * kr-not-measurable and no-key-results 1.00/1.00 throughout, sound objectives quiet 206 → 209 → 208
 * → 208 → … → 208 (after 46) → 207 → … → 207 of 219. So rounds 44–51 carried it nothing on
 * activities and a point of duties' recall, a clone group and a point of containers' recall; round
 * 47 cost it duties' precision (0.95 → 0.92) and one sound objective, round 49 a point of
 * compliance recall and of containers' precision. Round 47's cost was traced, from this table
 * alone (rules switched off one at a time, the titles never printed), to its reading of things
 * handed back ("… back to suppliers each week"); the rule is left as it is until a round reads this
 * set's misses. After rounds 52 (b5fc1ff) and 53 (37bf066) the same. Its misses were not printed
 * while it was blind.
 *
 * In round 54 (2026-12-07) its misses were read and the rules generalised from them by sentence
 * shape (a duty's beat as no number; a thing made, then its own title after a colon; an occasion at
 * a named place; who is to present; an audit named, then how it went; a register's details updated
 * for something; "by end of day"; a visit where something is done; people choosing, feeling or
 * coming back; a name, a dash and a year; an app rolled out to our own people; "instead of" after a
 * verb of work; a numbered pathway), never by listing its sentences, so it is now IN-SAMPLE tuning
 * material: only the fifty-third hold-out (and later ones) say anything about unseen plans. The
 * sound objective round 47 cost it was a sentence about people coming back, now read as people
 * doing something. After round 54 (precision / recall): number-title 0.99/0.97, generic-container
 * 0.99/0.97, task-listing 0.98/0.88, job-requirement 0.94/0.92, compliance 0.98/0.96, goal-clone
 * 1.00/0.77 (28 of 30), quiet 216 of 219. Both floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.87, 0.95],
  'generic-container': [0.93, 0.94],
  'task-listing': [0.91, 0.75],
  'job-requirement': [0.9, 0.88],
  compliance: [0.96, 0.9],
  'goal-clone': [0.98, 0.75],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

/** After looking at it (round 54), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.97, 0.95],
  'generic-container': [0.97, 0.95],
  'task-listing': [0.96, 0.86],
  'job-requirement': [0.92, 0.9],
  compliance: [0.96, 0.94],
  'goal-clone': [0.98, 0.75],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, fifty-second hold-out (measured blind, then looked at in round 54: now in-sample tuning material)',
  heading: 'Trap coach over the fifty-second hold-out (in-sample since round 54)',
  entries: HOLDOUT_52,
  plans: HOLDOUT_52_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.97,
  exactGroups: 27,
  printMisses: true,
});
