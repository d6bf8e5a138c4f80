import { HOLDOUT_69, HOLDOUT_69_PLANS } from '../coach/holdout69';
import type { Floors } from '../coach/report';
import { MEETS_TARGET, describeHoldout } from '../coach/suite';

/**
 * The sixty-ninth hold-out (test/coach/holdout69.ts), written blind to the rules on the evening of
 * 2026-12-07 by a helper that read only the article, issue 10, the twenty-second hold-out's header
 * (definitions, calls, types), the harness's types and the list of earlier domains, from the
 * forty-third's brief (each trade's titles as its managers write them, sectors of its own choosing,
 * sentence shapes varied on purpose). Its domain names begin with a to l. (Its type check printed
 * three errors naming shared/coach/clone.ts, with no source text, when its throw-away tsconfig left
 * out Node's types; it opened no coach module.) Measured once, the table only (README,
 * "Accuracy"), with the word rules alone after round 60 (commit b80a1e0), with the shelf model
 * (4e99a22) and with the evening's clone rules (07f9d62): the three read it alike but for duties
 * (0.95/0.95 → 0.96/0.96 with the model). The floors are the last measurement rounded down by 0.02.
 * Precision / recall: number-title 0.946/0.972, generic-container 0.988/0.943, task-listing
 * 0.896/0.843, job-requirement 0.962/0.962, compliance 0.981/0.962, goal-clone 0.982/0.900 (28 of 31
 * clone groups named exactly), kr-not-measurable and no-key-results 1.00/1.00, sound objectives quiet
 * 216 of 222. Its misses are not printed while it is blind.
 * After the second evening's three copy rounds (a3e3d13, d83cfc2, 02b307a; README, "Measures of one
 * word, and copies' words read as one"), before → after each, the table only: goal-clone 0.982/0.900 →
 * the same → 0.982/0.917 → the same (28 of 31 clone groups named exactly); every other rule's figures
 * unchanged.
 * After the third round of 2026-12-08 (titles of three words the vectors know compared by meaning,
 * as those of four were; opposite ways never a copy), the table only: goal-clone recall 0.90 → 0.93
 * (clone groups 27 → 29 of 31); the rest the same.
 * After the fifth round of 2026-12-08 (the sixty-fifth and sixty-sixth sets read, the shelf model
 * refitted on 67 sets, which flags more duties), the table only: task-listing precision 0.90 →
 * 0.91; the rest the same.
 */
const BLIND: Floors = {
  'number-title': [0.92, 0.95],
  'generic-container': [0.96, 0.92],
  'task-listing': [0.87, 0.82],
  'job-requirement': [0.94, 0.94],
  compliance: [0.96, 0.94],
  'goal-clone': [0.96, 0.9],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, sixty-ninth hold-out (blind)',
  heading: 'Trap coach over the sixty-ninth hold-out (blind)',
  entries: HOLDOUT_69,
  plans: HOLDOUT_69_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND],
  quiet: 0.96,
  exactGroups: 27,
  printMisses: false,
  // Activities' recall misses 0.85 here (0.843); copies meet it.
  target: [...MEETS_TARGET.filter((code) => code !== 'task-listing'), 'goal-clone'],
});
