import { HOLDOUT_23, HOLDOUT_23_PLANS } from '../coach/holdout23';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The twenty-third hold-out (test/coach/holdout23.ts), written blind to the rules on 2026-12-06 by a
 * helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types, while round 24 was being made on the twenty-second set;
 * measured with the coach before round 9 (commit 2cfe06d), before round 20 (a8e65f2), before round
 * 24 (71ce39c) and after it (442cd79), the table only (README, "Accuracy"). It is the only set
 * nobody has read. The floors are the last measurement rounded down by 0.01–0.02. Measured before
 * round 9 → before round 20 → before round 24 → after round 24 (precision / recall): number-title
 * 0.92/0.83 → 0.96/0.94 throughout, generic-container 0.98/0.62 → 0.98/0.77 → 0.99/0.88 → 0.99/0.90,
 * task-listing 0.61/0.47 → 0.80/0.87 → 0.80/0.87 → 0.85/0.87, job-requirement 0.83/0.64 → 0.96/0.82 →
 * 0.94/0.82 → 0.96/0.82, compliance 0.87/0.68 → 0.92/0.96 → 0.94/0.94 → 0.94/0.94, goal-clone
 * 1.00/0.46 (18 of 30 clone groups named exactly) → 1.00/0.57 (21) → 1.00/0.67 (23) → 0.97/0.72
 * (23), kr-not-measurable and no-key-results 1.00/1.00 (no-key-results 0.96/1.00 before round 9),
 * sound objectives quiet 212 → 216 → 216 → 220 of 226. Its misses were not printed while it was
 * blind.
 *
 * In round 25 (2026-12-06, late evening) its misses were read and the rules generalised from them by
 * sentence shape (a rate named first, "a 3" a grade, "rated 1" a scope, "More …" a direction;
 * "programmed", "by the 10th", "per batch", "when their bike is ready" come round; booking in and
 * recording into a register are rounds; a customer's account kept is retention; statutory accounts
 * filed and a hazard's test signed off are compliance; services and pathways are branches; duties
 * reworded by two teams may differ more in length), never by listing its sentences, so it is now
 * IN-SAMPLE tuning material: only the twenty-fourth hold-out says anything about unseen plans.
 * After round 25 (precision / recall): number-title 0.98/0.98, generic-container 1.00/0.96,
 * task-listing 0.96/0.94, job-requirement 1.00/0.96, compliance 1.00/1.00, goal-clone 0.98/0.74 (23
 * of 30), quiet 225 of 226. Both floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.94, 0.92],
  'generic-container': [0.97, 0.88],
  'task-listing': [0.83, 0.85],
  'job-requirement': [0.94, 0.8],
  compliance: [0.92, 0.92],
  'goal-clone': [0.95, 0.7],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

/**
 * After looking at it (round 25), in-sample, rounded down by about 0.02. Compliance precision 0.96
 * since the shelf model's refit on the fifty-ninth and sixtieth sets (third evening of 2026-12-07):
 * "Reuse the rinse water for the crate washer" is read as compliance.
 */
const IN_SAMPLE: Floors = {
  'number-title': [0.96, 0.96],
  'generic-container': [0.98, 0.94],
  'task-listing': [0.94, 0.92],
  'job-requirement': [0.98, 0.94],
  compliance: [0.96, 0.98],
  'goal-clone': [0.96, 0.72],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, twenty-third hold-out (measured blind, then looked at in round 25: now in-sample tuning material)',
  heading: 'Trap coach over the twenty-third hold-out (in-sample since round 25)',
  entries: HOLDOUT_23,
  plans: HOLDOUT_23_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.98,
  exactGroups: 22,
  printMisses: true,
});
