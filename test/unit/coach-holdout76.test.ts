import { HOLDOUT_76, HOLDOUT_76_PLANS } from '../coach/holdout76';
import type { Floors } from '../coach/report';
import { MEETS_TARGET, describeHoldout } from '../coach/suite';

/**
 * The seventy-sixth hold-out (test/coach/holdout76.ts), written blind to the rules late on the evening
 * of 2026-12-07 (third session) by a helper that read only the article, issue 10, the
 * twenty-second hold-out's header (definitions, calls, types), the harness's types and the list of
 * earlier domains, from the forty-third's brief (each trade's titles as its managers write them,
 * sectors of its own choosing, sentence shapes varied on purpose). Its domain names begin with
 * m to z. Measured once for each of two versions, the table only (README, "Accuracy"): the coach
 * before the session's fourth round (be80ee0) → after it (the sixty-first and sixty-second sets read,
 * the shelf model refitted on 63 sets). The floors are the last measurement rounded down by
 * 0.01–0.02. Precision / recall: number-title 0.971/0.971,
 * generic-container 1.000/0.954, compliance 0.964/0.931, goal-clone 0.966/0.950 (29 of 32 clone
 * groups named exactly), kr-not-measurable and no-key-results 1.00/1.00 both times; task-listing
 * 0.920/0.852 → 0.922/0.870, job-requirement 0.903/0.929 → 0.918/0.957; sound objectives quiet 215
 * of 220 both times. Its misses are not printed while it is blind.
 * After the first round of 2026-12-08 (the sixty-third and sixty-fourth sets read, the shelf model
 * refitted on 65 sets), the table only: job-requirement 0.918/0.957 → 0.943/0.943, quiet 215 → 216
 * of 220; the rest the same.
 * After the fourth round of 2026-12-08 (kinds of event in the plural are headings; a repaint, a
 * rewire or a resurfacing named by its noun is work; the shelf model refitted), the table only:
 * task-listing 0.922/0.870 → 0.940/0.870, generic-container 1.000/0.954 → 0.988/0.954 (one wrong
 * container); the rest the same.
 * After the fifth round of 2026-12-08 (the sixty-fifth and sixty-sixth sets read, the shelf model
 * refitted on 67 sets, which flags more duties), the table only: job-requirement precision 0.943 →
 * 0.904, quiet 216 → 215 of 220; the rest the same.
 */
const BLIND: Floors = {
  'number-title': [0.95, 0.95],
  'generic-container': [0.98, 0.94],
  'task-listing': [0.9, 0.85],
  'job-requirement': [0.89, 0.94],
  compliance: [0.95, 0.92],
  'goal-clone': [0.95, 0.93],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, seventy-sixth hold-out (blind)',
  heading: 'Trap coach over the seventy-sixth hold-out (blind)',
  entries: HOLDOUT_76,
  plans: HOLDOUT_76_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND],
  quiet: 0.96,
  exactGroups: 29,
  printMisses: false,
  // Every rule meets 0.85 here, copies too.
  target: [...MEETS_TARGET, 'goal-clone'],
});
