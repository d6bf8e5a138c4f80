import { HOLDOUT_80, HOLDOUT_80_PLANS } from '../coach/holdout80';
import type { Floors } from '../coach/report';
import { MEETS_TARGET, describeHoldout } from '../coach/suite';

/**
 * The eightieth hold-out (test/coach/holdout80.ts), written blind to the rules on 2026-12-08 by a
 * helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types), the harness's types and the list of earlier domains, from the forty-third's brief
 * (each trade's titles as its managers write them, sectors of its own choosing, sentence shapes
 * varied on purpose), while the morning's fourth round was made. (It also saw the first lines of
 * package.json, its header says: nothing of the coach.) Its domain names begin with m to z. Measured
 * once for each version, the table only (README, "Accuracy"): the coach as the helper began (89ed213,
 * after the third round) → after the fourth round. The floors are the last measurement rounded down
 * by 0.01–0.02. Precision / recall: number-title 0.957/0.957, generic-container 0.966/0.944,
 * job-requirement 0.955/0.840, compliance 0.963/0.981, goal-clone 0.982/0.931 (32 of 33 clone groups
 * named exactly), kr-not-measurable and no-key-results 1.00/1.00 both times; task-listing 0.864/0.844
 * → 0.867/0.867; sound objectives quiet 225 of 229 both times. Its misses are not printed while it is
 * blind.
 * After the fifth round of 2026-12-08 (the sixty-fifth and sixty-sixth sets read, the shelf model
 * refitted on 67 sets, which flags more duties), the table only: job-requirement recall 0.840 →
 * 0.853, over 0.85; the rest the same.
 */
const BLIND: Floors = {
  'number-title': [0.94, 0.94],
  'generic-container': [0.95, 0.93],
  'task-listing': [0.85, 0.85],
  'job-requirement': [0.94, 0.82],
  compliance: [0.95, 0.96],
  'goal-clone': [0.97, 0.92],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, eightieth hold-out (blind)',
  heading: 'Trap coach over the eightieth hold-out (blind)',
  entries: HOLDOUT_80,
  plans: HOLDOUT_80_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND],
  quiet: 0.97,
  exactGroups: 32,
  printMisses: false,
  // Every rule meets 0.85 here, copies too (duties' recall since the fifth round of 2026-12-08:
  // 0.840 → 0.853).
  target: [...MEETS_TARGET, 'goal-clone'],
});
