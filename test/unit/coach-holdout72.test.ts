import { HOLDOUT_72, HOLDOUT_72_PLANS } from '../coach/holdout72';
import type { Floors } from '../coach/report';
import { MEETS_TARGET, describeHoldout } from '../coach/suite';

/**
 * The seventy-second hold-out (test/coach/holdout72.ts), written blind to the rules on the evening
 * of 2026-12-07 (second session) by a helper that read only the article, issue 10, the
 * twenty-second hold-out's header (definitions, calls, types), the harness's types and the list of
 * earlier domains, from the forty-third's brief (each trade's titles as its managers write them,
 * sectors of its own choosing, sentence shapes varied on purpose). Its domain names begin with m to
 * z. Measured once for each of two versions, the table only (README, "Accuracy"): the coach as the
 * session began (0fbd6f8) → after its three copy rounds (d4a300f). The floors are the last
 * measurement rounded down by 0.01–0.02. Precision / recall: number-title 0.981/0.981,
 * generic-container 0.988/0.940, task-listing 0.977/0.808, job-requirement 0.923/0.911, compliance
 * 0.943/0.877, kr-not-measurable and no-key-results 1.00/1.00, all unchanged; goal-clone
 * 0.963/0.912 → 0.964/0.930 (29 of 30 clone groups named exactly both times); sound objectives
 * quiet 215 of 219. Its misses are not printed while it is blind.
 * After the third evening's round (the fifty-ninth and sixtieth sets read, the shelf model refitted
 * with them), the table only: task-listing 0.977/0.808 → 0.976/0.788 (one activity fewer found),
 * compliance 0.943/0.877 → 0.942/0.860; every other rule, the groups and quiet unchanged.
 * After the first round of 2026-12-08 (the sixty-third and sixty-fourth sets read, the shelf model
 * refitted on 65 sets), against the last table of the evening before: task-listing 0.977/0.808 →
 * 0.955/0.808 (one wrong flag more), generic-container 0.988/0.940 → 0.988/0.952, job-requirement
 * 0.936/0.924 → 0.935/0.911; the rest the same.
 * After the second round of 2026-12-08 (a line under a team's label that says the goal above it in
 * other words is its copy), the table only: goal-clone 0.964/0.930 → 0.964/0.947; the rest the same.
 * After the third round of 2026-12-08 (titles of three words the vectors know compared by meaning,
 * as those of four were; opposite ways never a copy), the table only: goal-clone 0.964/0.947 →
 * 0.965/0.965 (clone groups 29 → 30 of 30); the rest the same.
 * After the fifth round of 2026-12-08 (the sixty-fifth and sixty-sixth sets read, the shelf model
 * refitted on 67 sets, which flags more duties), the table only: job-requirement 0.935/0.911 →
 * 0.924/0.924, task-listing precision 0.955 → 0.977, quiet 216 → 215 of 219; the rest the same.
 * After the sixth round of 2026-12-08 (a record kept right is upkeep; refitted), the table only:
 * job-requirement 0.924/0.924 → 0.923/0.911; the rest the same.
 * After the seventh round of 2026-12-08 ("instead of" and "rather than" read as "not" in copies'
 * words), the table only: goal-clone 0.965/0.965 → 0.948/0.965 (one wrong copy), quiet 215 → 214 of
 * 219; the rest the same.
 */
const BLIND: Floors = {
  'number-title': [0.96, 0.96],
  'generic-container': [0.97, 0.92],
  'task-listing': [0.94, 0.77],
  'job-requirement': [0.9, 0.89],
  compliance: [0.92, 0.84],
  'goal-clone': [0.94, 0.91],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, seventy-second hold-out (blind)',
  heading: 'Trap coach over the seventy-second hold-out (blind)',
  entries: HOLDOUT_72,
  plans: HOLDOUT_72_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND],
  quiet: 0.97,
  exactGroups: 29,
  printMisses: false,
  // Activities' recall (0.788) misses 0.85 here; every other rule meets it, copies too.
  target: [...MEETS_TARGET.filter((code) => code !== 'task-listing'), 'goal-clone'],
});
