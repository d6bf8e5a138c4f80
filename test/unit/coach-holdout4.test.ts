import { HOLDOUT_4, HOLDOUT_4_PLANS } from '../coach/holdout4';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The fourth hold-out (test/coach/holdout4.ts), written blind to the rules on 2026-12-05 (second
 * session) while the rules were being changed on the third, and measured once with the coach before
 * that round and once after it (README, "Accuracy"). BLIND below is the second of those: the honest
 * figure for unseen plans that it gave.
 *
 * In round 5 (branch coach-round5) its misses were read and the rules generalised from them by word
 * classes and sentence shapes, never by listing its sentences, so it is now IN-SAMPLE tuning
 * material like the three before it: IN_SAMPLE below says nothing about unseen plans, only the
 * next blind hold-out can. Before → after that round (precision / recall): number-title 0.89/0.90 →
 * 1.00/1.00, generic-container 0.98/0.91 → 0.98/0.91, task-listing 0.97/0.68 → 1.00/0.94,
 * job-requirement 0.89/0.82 → 0.98/1.00, compliance 0.98/0.87 → 1.00/1.00, goal-clone 1.00/0.68
 * (14 of 24 groups) → 1.00/0.95 (23 of 24), sound objectives quiet 97.3% → 99.6%. Both floors are
 * kept: BLIND as the record of the blind measurement, IN_SAMPLE (the round's figures less about
 * 0.02) so that the generalisations are not lost again.
 *
 * One floor was lowered, on purpose, in round 7: goal-clone precision 1.00 → 0.98. Round 7 groups
 * titles in different branches that share 60% of their words (the same goal handed to two teams,
 * reworded), which this set's labeller called no copy in one case ("Settle simple home claims …"
 * beside "… motor claims …": a parallel objective for another product line) while the fifth and
 * sixth sets' labellers call the same goal under another scope a copy. The change found 8 more of
 * the sixth set's 24 groups and, measured blind on the seventh, 16 of 28 groups instead of 8.
 *
 * And one in round 9: number-title precision 0.98 → 0.96. A duty's counted beat or service level
 * ("twice a day", "within 48 hours", "every six months") now makes a number title too, as the
 * labellers of the fifth to eighth sets write it; this set's labeller gave "Milk the herd twice a
 * day…" the duty alone.
 */
const BLIND: Floors = {
  'number-title': [0.89, 0.9],
  'generic-container': [0.98, 0.91],
  'task-listing': [0.97, 0.68],
  'job-requirement': [0.89, 0.82],
  compliance: [0.98, 0.87],
  'goal-clone': [0.98, 0.68],
  'kr-not-measurable': [0.95, 1.0],
  'no-key-results': [1.0, 1.0],
};
/** After looking at it (round 5), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.96, 0.98],
  'generic-container': [0.96, 0.89],
  'task-listing': [0.98, 0.92],
  'job-requirement': [0.96, 0.98],
  compliance: [0.98, 0.98],
  'goal-clone': [0.98, 0.93],
  'kr-not-measurable': [0.93, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, fourth hold-out (measured blind, then looked at in round 5: now in-sample tuning material)',
  heading: 'Trap coach over the fourth hold-out (in-sample since round 5)',
  entries: HOLDOUT_4,
  plans: HOLDOUT_4_PLANS,
  size: { entries: 300, plans: 8 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.98,
  exactGroups: 22,
  printMisses: true,
});
