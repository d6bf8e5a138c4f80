import { HOLDOUT_70, HOLDOUT_70_PLANS } from '../coach/holdout70';
import type { Floors } from '../coach/report';
import { MEETS_TARGET, describeHoldout } from '../coach/suite';

/**
 * The seventieth hold-out (test/coach/holdout70.ts), written blind to the rules on the evening of
 * 2026-12-07 by a helper that read only the article, issue 10, the twenty-second hold-out's header
 * (definitions, calls, types), the harness's types and the list of earlier domains, from the
 * forty-third's brief (each trade's titles as its managers write them, sectors of its own choosing,
 * sentence shapes varied on purpose). Its domain names begin with m to z. (Its type check printed
 * two errors naming lines of the coach's modules, with no source text, before it typed the binary
 * imports; it opened none of them.) Measured once, the table only (README, "Accuracy"), with the
 * word rules alone after round 60 (commit b80a1e0) → with the shelf model (4e99a22) → with the
 * evening's clone rules (07f9d62). The floors are the last measurement rounded down by 0.02.
 * Precision / recall: number-title 0.981/0.991 throughout, generic-container 0.975/0.940
 * throughout, task-listing 0.918/0.833 → 0.922/0.870 → 0.922/0.870, job-requirement 0.968/0.792 →
 * 0.985/0.857 → 0.985/0.857, compliance 0.870/0.887 → 0.891/0.925 → 0.891/0.925, goal-clone
 * 1.000/0.887 (24 of 33 clone groups named exactly) → the same → 1.000/0.919 (26),
 * kr-not-measurable and no-key-results 1.00/1.00, sound objectives quiet 222 of 223 throughout. Its
 * misses are not printed while it is blind.
 * After the second evening's three copy rounds (a3e3d13, d83cfc2, 02b307a; README, "Measures of one
 * word, and copies' words read as one"), before → after each, the table only: goal-clone 1.000/0.919 →
 * the same → 1.000/0.935 → the same (26 of 33 clone groups named exactly); every other rule's figures
 * unchanged.
 * After the third evening's two rounds (README, "Two more sets read"), the table only: clone groups
 * named exactly 26 → 32 of 33 (a parent, its restating child and their copies as one group),
 * task-listing precision 0.92 → 0.94 → 0.92, job-requirement recall 0.86 → 0.90, compliance
 * precision 0.89 → 0.91; the rest the same.
 * After the second round of 2026-12-08 (a line under a team's label that says the goal above it in
 * other words is its copy), the table only: goal-clone recall 0.94 → 0.95; the rest the same.
 * After the fifth round of 2026-12-08 (the sixty-fifth and sixty-sixth sets read, the shelf model
 * refitted on 67 sets, which flags more duties), the table only: task-listing 0.91/0.89 →
 * 0.92/0.87, job-requirement recall 0.91 → 0.92; the rest the same.
 */
const BLIND: Floors = {
  'number-title': [0.96, 0.97],
  'generic-container': [0.95, 0.92],
  'task-listing': [0.9, 0.85],
  'job-requirement': [0.96, 0.83],
  compliance: [0.87, 0.9],
  'goal-clone': [0.98, 0.92],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, seventieth hold-out (blind)',
  heading: 'Trap coach over the seventieth hold-out (blind)',
  entries: HOLDOUT_70,
  plans: HOLDOUT_70_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND],
  quiet: 0.98,
  exactGroups: 32,
  printMisses: false,
  // Every rule meets 0.85 here, copies too.
  target: [...MEETS_TARGET, 'goal-clone'],
});
