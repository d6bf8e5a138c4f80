import { HOLDOUT_9, HOLDOUT_9_PLANS } from '../coach/holdout9';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The ninth hold-out (test/coach/holdout9.ts), written blind to the rules on 2026-12-06 by a
 * helper that read only the article, issue 10, the eighth hold-out's header (definitions, calls,
 * types) and the harness's types, while round 9 was being made on the eighth; measured ONCE with
 * the coach before round 9 (commit 2cfe06d) and once after it, the table only (README, "Accuracy").
 * These are today's honest figures for plans nobody tuned for; the floors are the second
 * measurement rounded down by 0.01–0.02, so that no later change quietly loses what the coach
 * catches on unseen text. Measured before → after round 9 (precision / recall): number-title
 * 0.79/0.92 → 0.83/0.95, generic-container 0.96/0.91 (unchanged), task-listing 0.77/0.39 →
 * 0.70/0.51, job-requirement 0.83/0.62 → 0.82/0.65, compliance 0.91/0.65 → 0.92/0.75, goal-clone
 * 1.00/0.56 (16 of 26 clone groups named exactly) → 1.00/0.58 (16 of 26), kr-not-measurable
 * 1.00/1.00, no-key-results 0.95/0.95, sound objectives quiet 202 → 205 of 224 (90.2% → 91.5%).
 * Its misses are not printed: reading them would make it tuning material.
 */
const BLIND: Floors = {
  'number-title': [0.81, 0.93],
  'generic-container': [0.94, 0.89],
  'task-listing': [0.68, 0.49],
  'job-requirement': [0.8, 0.63],
  compliance: [0.9, 0.73],
  'goal-clone': [0.98, 0.56],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.93, 0.93],
};

describeHoldout({
  name: 'coach, ninth hold-out (blind, measured once)',
  heading: 'Trap coach over the ninth hold-out (blind)',
  entries: HOLDOUT_9,
  plans: HOLDOUT_9_PLANS,
  size: { entries: 300, plans: 8 },
  floors: [BLIND],
  quiet: 0.9,
  exactGroups: 15,
  printMisses: false,
});
