import { HOLDOUT_27, HOLDOUT_27_PLANS } from '../coach/holdout27';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The twenty-seventh hold-out (test/coach/holdout27.ts), written blind to the rules on 2026-12-06 by
 * a helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types (and, by slip, a grep of the Prettier settings that printed
 * nothing), while round 28 was being made on the twenty-sixth set; measured with the coach before
 * round 9 (commit 2cfe06d), before round 20 (a8e65f2), before round 24 (71ce39c), before round 28
 * (daff9f3) and after it (bc3b30a), the table only (README, "Accuracy"). It is the only set nobody
 * has read. The floors are the last measurement rounded down by 0.01–0.02. Measured before round 9 →
 * before round 20 → before round 24 → before round 28 → after round 28 (precision / recall):
 * number-title 0.93/0.86 → 0.95/0.97 throughout, generic-container 0.98/0.55 → 1.00/0.81 → 1.00/0.90
 * → 1.00/0.94 → 1.00/0.94, task-listing 0.71/0.48 → 0.83/0.96 → 0.86/0.96 → 0.88/0.96 → 0.88/0.96,
 * job-requirement 0.87/0.64 → 0.91/0.75 → 0.92/0.78 → 0.94/0.80 → 0.94/0.80, compliance 0.97/0.60 →
 * 0.98/0.86 → 0.98/0.86 → 0.98/0.88 → 0.98/0.88, goal-clone 1.00/0.46 (17 of 28 clone groups named
 * exactly) → 1.00/0.57 (19) → 1.00/0.74 (22) → 1.00/0.78 (22) → 1.00/0.78 (22), kr-not-measurable
 * 1.00/1.00, no-key-results 0.96/1.00 → 1.00/1.00, sound objectives quiet 222 → 222 → 222 → 223 →
 * 223 of 227. Round 28 moved nothing here. Its misses were not printed while it was blind.
 *
 * In round 29 (2026-12-07) its misses were read and the rules generalised from them by sentence
 * shape (two jobs joined by "and", one of them a round alone; each one as it happens to one of them;
 * a glued unit's turnaround; checks signed off, safety papers done, numbered forms filed, credentials
 * kept as the reason, licence conditions met; dated headings; races and hires described; backlogs by
 * their age; a measure handed to teams found by the head of its name), never by listing its
 * sentences, so it is now IN-SAMPLE tuning material: only the twenty-eighth hold-out (and later ones)
 * say anything about unseen plans. After round 29 (precision / recall): number-title 0.99/0.99,
 * generic-container 1.00/0.99, task-listing 0.94/0.96, job-requirement 1.00/0.96, compliance
 * 1.00/1.00, goal-clone 1.00/0.87 (24 of 28), quiet 226 of 227. Both floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.93, 0.95],
  'generic-container': [0.98, 0.92],
  'task-listing': [0.86, 0.94],
  'job-requirement': [0.92, 0.78],
  compliance: [0.96, 0.86],
  'goal-clone': [0.98, 0.76],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

/** After looking at it (round 29), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.97, 0.97],
  'generic-container': [0.98, 0.97],
  'task-listing': [0.92, 0.94],
  'job-requirement': [0.98, 0.94],
  compliance: [0.98, 0.98],
  'goal-clone': [0.98, 0.85],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, twenty-seventh hold-out (measured blind, then looked at in round 29: now in-sample tuning material)',
  heading: 'Trap coach over the twenty-seventh hold-out (in-sample since round 29)',
  entries: HOLDOUT_27,
  plans: HOLDOUT_27_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.97,
  exactGroups: 23,
  printMisses: true,
});
