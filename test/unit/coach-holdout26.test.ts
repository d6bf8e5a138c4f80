import { HOLDOUT_26, HOLDOUT_26_PLANS } from '../coach/holdout26';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The twenty-sixth hold-out (test/coach/holdout26.ts), written blind to the rules on 2026-12-06 by a
 * helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types, while round 27 was being made on the twenty-fifth set;
 * measured with the coach before round 9 (commit 2cfe06d), before round 20 (a8e65f2), before round
 * 24 (71ce39c), before round 27 (3807cda) and after it (fa9ec5d), the table only (README,
 * "Accuracy"). It is the only set nobody has read. The floors are the last measurement rounded down
 * by 0.01–0.02. Measured before round 9 → before round 20 → before round 24 → before round 27 →
 * after round 27 (precision / recall): number-title 0.92/0.84 → 0.90/0.94 → 0.90/0.94 → 0.90/0.94 →
 * 0.91/0.94, generic-container 0.92/0.40 → 0.95/0.64 → 0.96/0.80 → 0.96/0.85 → 0.96/0.87,
 * task-listing 0.44/0.33 → 0.66/0.85 → 0.68/0.85 throughout, job-requirement 0.85/0.60 → 0.92/0.69
 * → 0.92/0.69 → 0.93/0.73 → 0.93/0.73, compliance 0.85/0.57 → 0.90/0.88 → 0.92/0.88 throughout,
 * goal-clone 1.00/0.49 (13 of 27 clone groups named exactly) → 1.00/0.68 (18) → 1.00/0.75 (19) →
 * 0.93/0.77 (15) → 0.93/0.77 (15), kr-not-measurable 1.00/1.00, no-key-results 1.00/1.00 before
 * round 9 and 1.00/0.95 since, sound objectives quiet 215 → 217 → 217 → 217 → 218 of 225.
 *
 * Here rounds 24 and 25 named fewer clone groups exactly (19 → 17 at 442cd79, the measure join and
 * the duties' cosine; → 15 at 84e800c), where on the twenty-third to twenty-fifth sets they had named
 * as many or more; the README says so. Its misses were not printed while it was blind.
 *
 * In round 28 (2026-12-06, night) its misses were read and the rules generalised from them by
 * sentence shape (two duties' differing words may differ by two words more, not three, which had
 * merged two rounds on one desk; a measure's name that holds a job is no one's label before its
 * value; a team named for whom it sells to is a branch; calls attended to a response time, reviews on
 * a beat, each one off the queue are rounds), never by listing its sentences, so it is now IN-SAMPLE
 * tuning material: only the twenty-seventh hold-out says anything about unseen plans. After round 28
 * (precision / recall): number-title 0.92/0.96, generic-container 0.99/0.89, task-listing 0.75/0.85,
 * job-requirement 0.93/0.82, compliance 0.92/0.90, goal-clone 0.95/0.79 (18 of 27), quiet 218 of 225.
 * Both floors are kept.
 *
 * Round 30 (2026-12-07) joined copies reworded more freely across branches (three key words in
 * common and close in meaning, see paraphrase.ts; over the labelled plans of hold-outs 1–28, groups
 * named exactly went 612 → 626 of 747 and sound objectives raising nothing stayed at 6,557). Here
 * goal-clone went 0.96/0.83 → 0.94/0.85 (20 of 27 groups either way): it also joined a street food
 * market that keeps people in town to the goal of bringing people into town on a weekday, so both
 * its goal-clone precision floors were lowered to 0.90 then.
 */
const BLIND: Floors = {
  'number-title': [0.89, 0.92],
  'generic-container': [0.94, 0.85],
  'task-listing': [0.66, 0.83],
  'job-requirement': [0.91, 0.71],
  compliance: [0.9, 0.86],
  'goal-clone': [0.9, 0.75],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.93],
};

/** After looking at it (round 28), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.9, 0.94],
  'generic-container': [0.97, 0.87],
  'task-listing': [0.73, 0.83],
  'job-requirement': [0.91, 0.8],
  compliance: [0.9, 0.88],
  'goal-clone': [0.9, 0.77],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.93],
};

describeHoldout({
  name: 'coach, twenty-sixth hold-out (measured blind, then looked at in round 28: now in-sample tuning material)',
  heading: 'Trap coach over the twenty-sixth hold-out (in-sample since round 28)',
  entries: HOLDOUT_26,
  plans: HOLDOUT_26_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.95,
  exactGroups: 16,
  printMisses: true,
});
