import { HOLDOUT_48, HOLDOUT_48_PLANS } from '../coach/holdout48';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The forty-eighth hold-out (test/coach/holdout48.ts), written blind to the rules on 2026-12-07 by a
 * helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types, while rounds 47 and 48 were being made; it was given the
 * forty-third's brief (each trade's titles as its managers write them, sectors of its own choosing,
 * sentence shapes varied on purpose). Its domain names begin with m to z, the forty-seventh's, written at the same time by another helper, with a to l. Measured with the coach
 * before round 9 (commit 2cfe06d), before round 20 (a8e65f2), before round 24 (71ce39c), before
 * round 29 (07a2f75), after rounds 37 (e29038c), 43 (6f8a79e), 44 (49a4882), 45 (5cb3981), 46
 * (6b1ecc5), 47 (9daec8a) and 48 (3aee7dd), the table only (README, "Accuracy"). The floors are the
 * last measurement rounded down by 0.01–0.02. Before round 9 → before 20 → before 24 → before 29 →
 * after 37 → 43 → 44 → 45 → 46 → 47 → 48 (precision / recall):
 * number-title 0.91/0.87 → 0.91/0.96 → 0.91/0.96 → 0.91/0.96 → 0.91/0.97 → 0.92/0.97 → … →
 * 0.92/0.98 (after 47) → 0.92/0.98, generic-container 0.98/0.51 → 1.00/0.78 → 1.00/0.89 →
 * 1.00/0.93 → 1.00/0.94 → … → 1.00/0.94, task-listing 0.67/0.29 → 0.80/0.77 → 0.82/0.77 →
 * 0.83/0.79 → 0.85/0.85 → … → 0.85/0.85, job-requirement 0.89/0.72 → 0.92/0.77 → 0.92/0.77 →
 * 0.92/0.77 → 0.90/0.81 → 0.90/0.84 → … → 0.90/0.84, compliance 0.85/0.64 → 0.89/0.77 → 0.89/0.77
 * → 0.90/0.80 → 0.95/0.80 → … → 0.95/0.80, goal-clone 1.00/0.42 (14 of 33 clone groups named
 * exactly) → 1.00/0.52 (19) → 1.00/0.58 (20) → 0.97/0.62 (21) → 0.98/0.68 (23) → 0.98/0.73 (26) →
 * … → 0.98/0.75 (26, after 47) → 0.98/0.75, kr-not-measurable 1.00/1.00 throughout,
 * no-key-results 0.92/0.92 → 1.00/0.92 → 1.00/0.92 → 1.00/0.96 → 1.00/1.00 → … → 1.00/1.00, sound
 * objectives quiet 215 → 215 → 216 → 216 → 214 → 216 → … → 216 of 229. After round 49
 * (ae0c0a4): task-listing 0.87/0.85, job-requirement 0.91/0.85, the rest the same. Its misses were
 * not printed while it was blind.
 *
 * In round 50 (2026-12-07) its misses were read and the rules generalised from them by sentence
 * shape (fees and affiliations paid; a standard's attestation; years in two digits; virtual wards;
 * numbered halls; records kept up to date; papers to a body by the day they are due; each time
 * things sell; recons; "to schedule"; paths with spaces in their folders), never by listing its
 * sentences, so it is now IN-SAMPLE tuning material: only the forty-ninth and fiftieth hold-outs
 * (and later ones) say anything about unseen plans. After round 50 (precision / recall):
 * number-title 0.92/0.98, generic-container 1.00/0.98, task-listing 0.87/0.85, job-requirement
 * 0.91/0.90, compliance 0.95/0.89, goal-clone 0.98/0.75 (26 of 33), quiet 216 of 229. Both floors
 * are kept.
 */
const BLIND: Floors = {
  'number-title': [0.9, 0.96],
  'generic-container': [0.98, 0.92],
  'task-listing': [0.85, 0.83],
  'job-requirement': [0.89, 0.83],
  compliance: [0.93, 0.78],
  'goal-clone': [0.96, 0.73],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

/** After looking at it (round 50), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.9, 0.96],
  'generic-container': [0.98, 0.96],
  'task-listing': [0.85, 0.83],
  'job-requirement': [0.89, 0.88],
  compliance: [0.93, 0.87],
  'goal-clone': [0.96, 0.73],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, forty-eighth hold-out (measured blind, then looked at in round 50: now in-sample tuning material)',
  heading: 'Trap coach over the forty-eighth hold-out (in-sample since round 50)',
  entries: HOLDOUT_48,
  plans: HOLDOUT_48_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.93,
  exactGroups: 25,
  printMisses: true,
});
