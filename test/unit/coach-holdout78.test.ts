import { HOLDOUT_78, HOLDOUT_78_PLANS } from '../coach/holdout78';
import type { Floors } from '../coach/report';
import { MEETS_TARGET, describeHoldout } from '../coach/suite';

/**
 * The seventy-eighth hold-out (test/coach/holdout78.ts), written blind to the rules on 2026-12-08 by
 * a helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types), the harness's types and the list of earlier domains, from the forty-third's brief
 * (each trade's titles as its managers write them, sectors of its own choosing, sentence shapes
 * varied on purpose). Its domain names begin with m to z. Measured once for each version, the table
 * only (README, "Accuracy"): the coach as the session began (ce20140) → after its first round (the
 * sixty-third and sixty-fourth sets read, the shelf model refitted on 65 sets), the same both times.
 * The floors are that measurement rounded down by 0.01–0.02. Precision / recall: number-title
 * 0.953/0.981, generic-container 0.976/0.953, task-listing 0.873/0.906, job-requirement 0.899/0.765,
 * compliance 0.898/0.863, goal-clone 1.000/0.895 (25 of 30 clone groups named exactly),
 * kr-not-measurable 1.00/1.00, no-key-results 1.000/0.952; sound objectives quiet 214 of 221. Its
 * misses are not printed while it is blind.
 */
const BLIND: Floors = {
  'number-title': [0.94, 0.96],
  'generic-container': [0.96, 0.94],
  'task-listing': [0.86, 0.89],
  'job-requirement': [0.88, 0.75],
  compliance: [0.88, 0.85],
  'goal-clone': [0.98, 0.88],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.94],
};

describeHoldout({
  name: 'coach, seventy-eighth hold-out (blind)',
  heading: 'Trap coach over the seventy-eighth hold-out (blind)',
  entries: HOLDOUT_78,
  plans: HOLDOUT_78_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND],
  quiet: 0.96,
  exactGroups: 25,
  printMisses: false,
  // Duties' recall (0.765) misses 0.85 here; every other rule meets it, copies too.
  target: [...MEETS_TARGET.filter((code) => code !== 'job-requirement'), 'goal-clone'],
});
