import { HOLDOUT_61, HOLDOUT_61_PLANS } from '../coach/holdout61';
import type { Floors } from '../coach/report';
import { MEETS_TARGET, describeHoldout } from '../coach/suite';

/**
 * The sixty-first hold-out (test/coach/holdout61.ts), written blind to the rules on 2026-12-07 by
 * a helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types, while round 57 was being made; it was given the
 * forty-third's brief (each trade's titles as its managers write them, sectors of its own choosing,
 * sentence shapes varied on purpose). Its domain names begin with a to l. Measured with the coach
 * before round 9 (commit 2cfe06d), before round 29 (07a2f75), after rounds 43 (6f8a79e), 56
 * (acc4364) and 57, the table only (README, "Accuracy"). The floors are the last measurement
 * rounded down by 0.01–0.02. Before round 9 → before 29 → after 43 → 56 → 57 (precision / recall):
 * number-title 0.92/0.85 → 0.90/0.95 → 0.90/0.95 → 0.95/0.95 → 0.95/0.95, generic-container
 * 1.00/0.63 → 1.00/0.94 → 1.00/0.97 → 1.00/0.99 → 1.00/0.99, task-listing 0.70/0.37 → 0.90/0.88 →
 * 0.92/0.88 → 0.92/0.90 → 0.92/0.90, job-requirement 0.82/0.68 → 0.94/0.85 → 0.93/0.91 → 0.94/0.91
 * → 0.94/0.91, compliance 0.82/0.70 → 0.84/0.92 → 0.91/0.92 → 0.91/0.92 → 0.91/0.92, goal-clone
 * 1.00/0.47 (17 of 31 clone groups named exactly) → 0.98/0.88 (29) → 0.98/0.93 (31) → 0.98/0.93
 * (31) → 0.98/0.93 (31), kr-not-measurable 1.00/1.00 throughout, no-key-results 0.95/0.95 →
 * 1.00/0.95 → … → 1.00/0.95, sound objectives quiet 219 → 221 → 224 → 225 → 225 of 230. Round 57
 * changed nothing here; of the last thirteen blind sets, the only one on which every rule meets
 * 0.85.
 * A rule tried in round 58 (a repair's participle read past to what follows, "Get the new labels
 * sorted for crunchy and smooth") cost this set task-listing precision 0.92 → 0.90, seen from this
 * table alone with the rule switched off; it was dropped before round 58 was committed. After round
 * 58: compliance precision 0.92, the rest the same. After round 59 the same. After round 60 the
 * same.
 * With the shelf model (2026-12-07; README, "The shelf model"), which was fitted to the tuning sets
 * only: task-listing 0.92/0.90 → 0.98/0.98, job-requirement 0.94/0.91 → 0.96/0.96, compliance 0.92/0.92
 * → 0.96/0.96, no-key-results 1.00/0.95 → 1.00/1.00, sound objectives quiet 225 → 227 of 230. Its
 * misses are not printed while it is blind.
 *
 * Late on the third evening of 2026-12-07 its misses were read with the sixty-second's and the rules
 * generalised from them by sentence shape (a heading with its shift in brackets; "couldn't" as
 * "can't"; "wipe out" as "stop", spreading as transmission; good causes as charities; the doubled
 * "l" of "cancellations"; an upgrade named as a noun before its version), never by listing its
 * sentences, and the shelf model was refitted with both, so it is now IN-SAMPLE tuning material.
 * After that round (precision / recall): number-title 0.95/0.95, generic-container 1.00/1.00,
 * task-listing 1.00/0.98, job-requirement 0.97/0.97, compliance 0.98/0.98, goal-clone 0.98/0.97
 * (31 of 31), quiet 228 of 230. The blind floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.93, 0.93],
  'generic-container': [0.98, 0.97],
  'task-listing': [0.96, 0.96],
  'job-requirement': [0.94, 0.94],
  compliance: [0.94, 0.94],
  'goal-clone': [0.96, 0.91],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

/** After looking at it (third evening of 2026-12-07), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.93, 0.93],
  'generic-container': [0.98, 0.98],
  'task-listing': [0.98, 0.96],
  'job-requirement': [0.95, 0.95],
  compliance: [0.96, 0.96],
  'goal-clone': [0.96, 0.95],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, sixty-first hold-out (measured blind, then looked at on the third evening of 2026-12-07: now in-sample tuning material)',
  heading: 'Trap coach over the sixty-first hold-out (in-sample since the third evening of 2026-12-07)',
  entries: HOLDOUT_61,
  plans: HOLDOUT_61_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.97,
  exactGroups: 31,
  printMisses: true,
  target: MEETS_TARGET,
});
