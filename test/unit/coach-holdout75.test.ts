import { HOLDOUT_75, HOLDOUT_75_PLANS } from '../coach/holdout75';
import type { Floors } from '../coach/report';
import { MEETS_TARGET, describeHoldout } from '../coach/suite';

/**
 * The seventy-fifth hold-out (test/coach/holdout75.ts), written blind to the rules late on the evening
 * of 2026-12-07 (third session) by a helper that read only the article, issue 10, the
 * twenty-second hold-out's header (definitions, calls, types), the harness's types and the list of
 * earlier domains, from the forty-third's brief (each trade's titles as its managers write them,
 * sectors of its own choosing, sentence shapes varied on purpose). Its domain names begin with
 * a to l. Measured once for each of two versions, the table only (README, "Accuracy"): the coach
 * before the session's fourth round (be80ee0) → after it (the sixty-first and sixty-second sets read,
 * the shelf model refitted on 63 sets). The floors are the last measurement rounded down by
 * 0.01–0.02. Precision / recall: number-title 0.962/0.990,
 * generic-container 1.000/1.000, goal-clone 0.965/0.917 (28 of 30 clone groups named exactly),
 * kr-not-measurable 1.00/1.00 and no-key-results 1.000/0.913 both times; task-listing 0.977/0.894 →
 * 1.000/0.894, job-requirement 0.971/0.958 → 0.972/0.972, compliance 0.958/0.939 → 0.959/0.959;
 * sound objectives quiet 226 of 229 both times. Its misses are not printed while it is blind.
 * After the first round of 2026-12-08 (the sixty-third and sixty-fourth sets read, the shelf model
 * refitted on 65 sets), the table only: task-listing 1.000/0.894 → 0.977/0.894, quiet 226 → 227 of
 * 229; the rest the same.
 * After the second round of 2026-12-08 (a line under a team's label that says the goal above it in
 * other words is its copy), the table only: goal-clone 0.965/0.917 → 0.966/0.933; the rest the same.
 * After the fourth round of 2026-12-08 (kinds of event in the plural are headings; a repaint, a
 * rewire or a resurfacing named by its noun is work; the shelf model refitted), the table only:
 * task-listing 0.977/0.894 → 1.000/0.894; the rest the same.
 * After the fifth round of 2026-12-08 (the sixty-fifth and sixty-sixth sets read, the shelf model
 * refitted on 67 sets, which flags more duties), the table only: task-listing precision 1.000 →
 * 0.977; the rest the same.
 */
const BLIND: Floors = {
  'number-title': [0.94, 0.97],
  'generic-container': [0.98, 0.98],
  'task-listing': [0.98, 0.88],
  'job-requirement': [0.95, 0.95],
  compliance: [0.94, 0.94],
  'goal-clone': [0.95, 0.9],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.9],
};

describeHoldout({
  name: 'coach, seventy-fifth hold-out (blind)',
  heading: 'Trap coach over the seventy-fifth hold-out (blind)',
  entries: HOLDOUT_75,
  plans: HOLDOUT_75_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND],
  quiet: 0.97,
  exactGroups: 28,
  printMisses: false,
  // Every rule meets 0.85 here, copies too.
  target: [...MEETS_TARGET, 'goal-clone'],
});
