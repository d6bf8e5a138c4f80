import { HOLDOUT_51, HOLDOUT_51_PLANS } from '../coach/holdout51';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The fifty-first hold-out (test/coach/holdout51.ts), written blind to the rules on 2026-12-07 by a
 * helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types (and, once its titles were final, saw the names of a few
 * changed files under shared/coach/ in a listing, none opened; its header says so), while round 51
 * was being made; it was given the forty-third's brief (each trade's titles as its managers write
 * them, sectors of its own choosing, sentence shapes varied on purpose). Its domain names begin with
 * a to l. Measured with the coach before round 9 (commit 2cfe06d), before round 29 (07a2f75), after
 * rounds 37 (e29038c), 43 (6f8a79e), 44 (49a4882), 45 (5cb3981), 46 (6b1ecc5), 47 (9daec8a), 48
 * (3aee7dd), 49 (9c6f5f0), 50 (d0f1765) and 51 (648baeb), the table only (README, "Accuracy"). The
 * floors are the last measurement rounded down by 0.01–0.02. Before round 9 → before 29 → after 37
 * → 43 → 44 → 45 → 46 → 47 → … → 51 (precision / recall): number-title 0.83/0.85 → 0.88/0.90 →
 * 0.88/0.92 → … → 0.88/0.92 (after 44) → 0.89/0.92 → … → 0.89/0.92, generic-container 0.95/0.45 →
 * 0.96/0.95 → 0.96/0.96 → 0.96/0.96 → 0.97/0.98 → 0.98/0.98 → … → 0.98/0.98, task-listing
 * 0.56/0.29 → 0.81/0.71 → 0.86/0.73 → … → 0.86/0.73 (after 44) → 0.87/0.80 → … → 0.87/0.80,
 * job-requirement 0.81/0.58 → 0.95/0.78 → 0.95/0.83 → … → 0.95/0.83 (after 46) → 0.94/0.83 → … →
 * 0.94/0.83, compliance 0.88/0.61 → 1.00/0.88 → … → 1.00/0.88 (after 44) → 1.00/0.90 → … →
 * 1.00/0.90, goal-clone 1.00/0.34 (13 of 32 clone groups named exactly) → 1.00/0.62 (21) →
 * 1.00/0.67 (22) → 1.00/0.69 (23) → … → 1.00/0.69 (23), kr-not-measurable 1.00/1.00 throughout,
 * no-key-results 0.91/0.91 → 0.96/0.96 → 1.00/0.96 → … → 1.00/0.96, sound objectives quiet 207 → 210
 * → 210 → … → 210 (after 46) → 209 → … → 209 of 221. Round 47 cost it one sound objective and a
 * point of duties' precision, as it did the fifty-second set (on that set the cost was traced,
 * from its table alone, to round 47's reading of things handed back); the rule is left as it is
 * until a round reads these sets' misses. After round 52 (b5fc1ff) the same. Its misses were not
 * printed while it was blind.
 *
 * In round 53 (2026-12-07) its misses were read and the rules generalised from them by sentence
 * shape (membership and efficiency as measures; acknowledgement times; the length of stay; hours a
 * month; a measure with its value glued on after a two-word name; test purchases passed; a permit
 * renewed with a regulator; everyone on a register named in capitals; each repair raised; the
 * record kept on the day; a move to a new system; an app rolled out to a team), never by listing
 * its sentences, so it is now IN-SAMPLE tuning material: only the fifty-second hold-out (and later
 * ones) say anything about unseen plans. (The sound objective round 47 cost this set is not the
 * one its reading of things handed back costs the fifty-second: switching that reading off changes
 * nothing here.) After round 53 (precision / recall): number-title 0.90/0.97,
 * generic-container 0.99/0.98, task-listing 0.89/0.86, job-requirement 0.94/0.88, compliance
 * 1.00/0.98, goal-clone 1.00/0.74 (25 of 32), quiet 209 of 221. Both floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.87, 0.9],
  'generic-container': [0.96, 0.96],
  'task-listing': [0.85, 0.78],
  'job-requirement': [0.92, 0.81],
  compliance: [0.98, 0.88],
  'goal-clone': [0.98, 0.67],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.94],
};

/** After looking at it (round 53), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.88, 0.95],
  'generic-container': [0.97, 0.96],
  'task-listing': [0.87, 0.84],
  'job-requirement': [0.92, 0.86],
  compliance: [0.98, 0.96],
  'goal-clone': [0.98, 0.72],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.94],
};

describeHoldout({
  name: 'coach, fifty-first hold-out (measured blind, then looked at in round 53: now in-sample tuning material)',
  heading: 'Trap coach over the fifty-first hold-out (in-sample since round 53)',
  entries: HOLDOUT_51,
  plans: HOLDOUT_51_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.94,
  exactGroups: 24,
  printMisses: true,
});
