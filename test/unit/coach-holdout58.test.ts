import { HOLDOUT_58, HOLDOUT_58_PLANS } from '../coach/holdout58';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The fifty-eighth hold-out (test/coach/holdout58.ts), written blind to the rules on 2026-12-07 by
 * a helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types, while round 55 was being made; it was given the
 * forty-third's brief (each trade's titles as its managers write them, sectors of its own choosing,
 * sentence shapes varied on purpose). Its domain names begin with m to z. Measured with the coach
 * before round 9 (commit 2cfe06d), before round 29 (07a2f75), after rounds 43 (6f8a79e), 54
 * (dfc6c2d) and 55 (f9d8d9d), the table only (README, "Accuracy"). The floors are the last
 * measurement rounded down by 0.01–0.02. Before round 9 → before 29 → after 43 → 54 → 55 (precision
 * / recall): number-title 0.87/0.85 → 0.92/0.94 → 0.93/0.96 → 0.95/0.98 → 0.95/0.98,
 * generic-container 1.00/0.53 → 1.00/0.84 → 1.00/0.91 → 1.00/0.93 → 1.00/0.94, task-listing
 * 0.50/0.27 → 0.71/0.71 → 0.76/0.75 → 0.77/0.79 → 0.77/0.79, job-requirement 0.91/0.62 → 0.95/0.73
 * → 0.94/0.84 → 0.94/0.86 → 0.94/0.86, compliance 0.83/0.64 → 0.89/0.91 → 0.93/0.95 → 0.93/0.95 →
 * 0.93/0.95, goal-clone 1.00/0.41 (19 of 32 clone groups named exactly) → 0.98/0.76 (27) →
 * 0.98/0.85 (30) → 0.98/0.85 (30) → 0.98/0.85 (30), kr-not-measurable 1.00/1.00 throughout,
 * no-key-results 1.00/1.00 → 1.00/0.95 → … → 1.00/0.95, sound objectives quiet 210 → 212 → 213 →
 * 212 → 212 of 225. After round 56 the same.
 * After round 57: task-listing 0.78/0.81, the rest the same. After round 58: task-listing
 * 0.78/0.83, the rest the same. After round 59: number-title precision 0.96, the rest the same. Its
 * misses were not printed while it was blind.
 *
 * In round 60 (2026-12-07, a short round) a few of its misses were read and the rules generalised
 * from them by sentence shape (a golf hole's number; a span counted in a word, "within one working
 * day"; a paper to every client on a beat), never by listing its sentences, so it is now IN-SAMPLE
 * tuning material: only the fifty-ninth hold-out (and later ones) say anything about unseen plans.
 * After round 60 (precision / recall): number-title 0.98/0.99, generic-container 1.00/0.94, task-
 * listing 0.81/0.83, job-requirement 0.95/0.89, compliance 0.93/0.95, goal-clone 0.98/0.85 (30 of
 * 32), quiet 214 of 225. Most of its misses were not worked on. Both floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.93, 0.96],
  'generic-container': [0.98, 0.92],
  'task-listing': [0.75, 0.77],
  'job-requirement': [0.92, 0.84],
  compliance: [0.91, 0.93],
  'goal-clone': [0.96, 0.83],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.93],
};

/** After looking at it (round 60), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.96, 0.97],
  'generic-container': [0.98, 0.92],
  'task-listing': [0.79, 0.81],
  'job-requirement': [0.93, 0.87],
  compliance: [0.91, 0.93],
  'goal-clone': [0.96, 0.83],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.93],
};

describeHoldout({
  name: 'coach, fifty-eighth hold-out (measured blind, then looked at in round 60: now in-sample tuning material)',
  heading: 'Trap coach over the fifty-eighth hold-out (in-sample since round 60)',
  entries: HOLDOUT_58,
  plans: HOLDOUT_58_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.93,
  exactGroups: 29,
  printMisses: true,
});
