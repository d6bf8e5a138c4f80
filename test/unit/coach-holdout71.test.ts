import { HOLDOUT_71, HOLDOUT_71_PLANS } from '../coach/holdout71';
import type { Floors } from '../coach/report';
import { MEETS_TARGET, describeHoldout } from '../coach/suite';

/**
 * The seventy-first hold-out (test/coach/holdout71.ts), written blind to the rules on the evening of
 * 2026-12-07 (second session) by a helper that read only the article, issue 10, the twenty-second
 * hold-out's header (definitions, calls, types), the harness's types and the list of earlier
 * domains, from the forty-third's brief (each trade's titles as its managers write them, sectors of
 * its own choosing, sentence shapes varied on purpose). Its domain names begin with a to l. Measured
 * once for each of two versions, the table only (README, "Accuracy"): the coach as the session
 * began (0fbd6f8) → after its three copy rounds (d4a300f). The floors are the last measurement
 * rounded down by 0.01–0.02. Precision / recall: number-title 0.955/0.946, generic-container
 * 0.974/0.950, task-listing 0.900/0.837, job-requirement 1.000/0.866, compliance 0.977/0.955,
 * kr-not-measurable and no-key-results 1.00/1.00, all unchanged; goal-clone 0.981/0.864 →
 * 0.980/0.847 (31 of 32 clone groups named exactly both times: an entry's copy lost); sound
 * objectives quiet 224 of 225. Its misses are not printed while it is blind.
 * After the third evening's first round (the fifty-ninth and sixtieth sets read, the shelf model
 * refitted with them; README, "Two more sets read"), the table only: task-listing 0.900/0.837 →
 * 0.925/0.860, compliance 0.977/0.955 → 0.955/0.955 (one more flag), goal-clone 0.980/0.847 →
 * 0.981/0.864; every other rule and quiet unchanged. After its second round (a parent, its restating
 * child and copies elsewhere as one group; "get … sorted"; "move … out of … into"; refit again):
 * task-listing 0.923/0.837, the rest the same. After its third round the same. After its fourth
 * (the sixty-first and sixty-second sets read and fitted): task-listing 0.878/0.837 (five wrong
 * flags, was three), job-requirement 1.000/0.856, compliance 0.977/0.955; the rest the same.
 * After the first round of 2026-12-08 (the sixty-third and sixty-fourth sets read, the shelf model
 * refitted on 65 sets): job-requirement 1.000/0.856 → 1.000/0.835, compliance 0.977/0.955 →
 * 0.955/0.955; the rest the same. The duties lost are the refit's: the same rules with the model
 * fitted on the 63 sets before leave this set's figures as they were.
 * After the second round of 2026-12-08 (a line under a team's label that says the goal above it in
 * other words is its copy), the table only: goal-clone 0.981/0.864 → 0.982/0.915; the rest the same.
 * After the third round of 2026-12-08 (titles of three words the vectors know compared by meaning,
 * as those of four were; opposite ways never a copy), the table only: goal-clone 0.982/0.915 →
 * 0.982/0.932; the rest the same.
 * After the fifth round of 2026-12-08 (the sixty-fifth and sixty-sixth sets read, the shelf model
 * refitted on 67 sets, which flags more duties), the table only: task-listing precision 0.878 →
 * 0.923, job-requirement recall 0.835 → 0.866, over 0.85 again; the rest the same.
 */
const BLIND: Floors = {
  'number-title': [0.94, 0.93],
  'generic-container': [0.96, 0.94],
  'task-listing': [0.86, 0.82],
  'job-requirement': [0.98, 0.82],
  compliance: [0.94, 0.94],
  'goal-clone': [0.96, 0.85],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, seventy-first hold-out (blind)',
  heading: 'Trap coach over the seventy-first hold-out (blind)',
  entries: HOLDOUT_71,
  plans: HOLDOUT_71_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND],
  quiet: 0.98,
  exactGroups: 31,
  printMisses: false,
  // Activities' recall (0.837) misses 0.85 here (0.860 after the third evening's first round, one
  // activity more); every other rule meets it, copies too. (Duties' recall missed it, 0.835, between
  // the refits on 65 and 67 sets.)
  target: [...MEETS_TARGET.filter((code) => code !== 'task-listing'), 'goal-clone'],
});
