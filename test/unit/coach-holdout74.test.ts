import { HOLDOUT_74, HOLDOUT_74_PLANS } from '../coach/holdout74';
import type { Floors } from '../coach/report';
import { MEETS_TARGET, describeHoldout } from '../coach/suite';

/**
 * The seventy-fourth hold-out (test/coach/holdout74.ts), written blind to the rules on the evening of
 * 2026-12-07 (third session) by a helper that read only the article, issue 10, the twenty-second
 * hold-out's header (definitions, calls, types), the harness's types and the list of earlier
 * domains, from the forty-third's brief (each trade's titles as its managers write them, sectors of
 * its own choosing, sentence shapes varied on purpose). Its domain names begin with m to z.
 * Measured once for each of four versions, the table only (README, "Accuracy"): the coach as the
 * session began (1ee14f9) → after the session's first round (the fifty-ninth and sixtieth sets
 * read, the shelf model refitted with them); its second and third rounds left this table as it
 * was. The floors are the last measurement rounded down by 0.01–0.02.
 * Precision / recall: number-title 0.941/1.000,
 * generic-container 1.000/0.866, task-listing 0.880/0.917, kr-not-measurable and no-key-results
 * 1.00/1.00 and goal-clone 0.978/0.846 (28 of 30 clone groups named exactly) both times;
 * job-requirement 0.914/0.877 → 0.928/0.877, compliance 0.953/0.804 → 0.955/0.824; sound objectives
 * quiet 226 of 233 both times. Its misses are not printed while it is blind.
 * After the first round of 2026-12-08 (the sixty-third and sixty-fourth sets read, the shelf model
 * refitted on 65 sets), the table only: goal-clone 0.978/0.846 → 0.977/0.827; the rest the same.
 * After the second round of 2026-12-08 (a line under a team's label that says the goal above it in
 * other words is its copy), the table only: goal-clone 0.977/0.827 → 0.978/0.846; the rest the same.
 * After the third round of 2026-12-08 (titles of three words the vectors know compared by meaning,
 * as those of four were; opposite ways never a copy), the table only: goal-clone 0.978/0.846 →
 * 0.978/0.865, now over 0.85; the rest the same.
 * After the fifth round of 2026-12-08 (the sixty-fifth and sixty-sixth sets read, the shelf model
 * refitted on 67 sets, which flags more duties), the table only: job-requirement precision 0.928 →
 * 0.901; the rest the same.
 */
const BLIND: Floors = {
  'number-title': [0.92, 0.98],
  'generic-container': [0.98, 0.85],
  'task-listing': [0.86, 0.9],
  'job-requirement': [0.89, 0.86],
  compliance: [0.94, 0.81],
  'goal-clone': [0.96, 0.83],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, seventy-fourth hold-out (blind)',
  heading: 'Trap coach over the seventy-fourth hold-out (blind)',
  entries: HOLDOUT_74,
  plans: HOLDOUT_74_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND],
  quiet: 0.96,
  exactGroups: 28,
  printMisses: false,
  // Compliance recall (0.843) misses 0.85 here; copies' did (0.846) until the third round of
  // 2026-12-08; every other rule meets it.
  target: [...MEETS_TARGET.filter((code) => code !== 'compliance'), 'goal-clone'],
});
