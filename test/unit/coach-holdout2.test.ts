import { HOLDOUT_2, HOLDOUT_2_PLANS } from '../coach/holdout2';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The second hold-out (test/coach/holdout2.ts), written blind to the rules after the first hold-out
 * had been looked at, and measured once on 2026-12-04 (FIRST below, the honest figure it gave).
 *
 * On 2026-12-05 its misses were read and the rules generalised from them (README, "Second
 * hold-out, after looking at it"), so it is now TUNING MATERIAL, like the first hold-out: its
 * figures today (IN_SAMPLE) are in-sample and say nothing about unseen plans. The honest measure
 * is the third hold-out (test/coach/holdout3.ts), written blind and measured once, afterwards, by
 * someone else. Both floors are kept: FIRST as the record of the blind measurement, IN_SAMPLE so
 * that the generalisations are not lost again.
 *
 * Round 30 (2026-12-07) read "within 48h" as "within 48 hours", a duty's counted turnaround and so a
 * number the title is named after, as the twenty-sixth to twenty-eighth sets label five such titles;
 * this set's two ("Answer all customer emails within 24h") are labelled otherwise, so its
 * number-title precision went 1.00 → 0.97 and that floor was lowered to 0.96 then.
 */
const FIRST: Floors = {
  'number-title': [0.85, 0.95],
  'generic-container': [1.0, 0.8],
  'task-listing': [0.71, 0.45],
  'job-requirement': [0.78, 0.83],
  compliance: [1.0, 0.75],
  'goal-clone': [1.0, 0.67],
  'kr-not-measurable': [1.0, 1.0],
  'no-key-results': [1.0, 1.0],
};
/** After looking at it (2026-12-05), in-sample. */
const IN_SAMPLE: Floors = {
  'number-title': [0.96, 1.0],
  'generic-container': [1.0, 1.0],
  'task-listing': [0.96, 0.96],
  'job-requirement': [1.0, 0.96],
  compliance: [1.0, 1.0],
  'goal-clone': [1.0, 1.0],
  'kr-not-measurable': [1.0, 1.0],
  'no-key-results': [1.0, 1.0],
};

describeHoldout({
  name: 'coach, second hold-out (measured once, then looked at: now tuning material)',
  heading: 'Trap coach over the second hold-out (in-sample since 2026-12-05)',
  entries: HOLDOUT_2,
  plans: HOLDOUT_2_PLANS,
  size: { entries: 200, plans: 8 },
  floors: [FIRST, IN_SAMPLE],
  quiet: 0.99,
  exactGroups: 19,
  printMisses: true,
});
