import { HOLDOUT_33, HOLDOUT_33_PLANS } from '../coach/holdout33';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The thirty-third hold-out (test/coach/holdout33.ts), written blind to the rules on 2026-12-07 by
 * a helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types, while round 34 was being made on the thirty-second set; it
 * was asked to write each trade's titles as its managers would, in sectors of its own choosing. Measured
 * with the coach before round 9 (commit 2cfe06d), before round 20 (a8e65f2), before round 24
 * (71ce39c), before round 29 (07a2f75), after round 30 (3890a7d), after round 31 (e8999ca), after
 * round 32 (a5fed59), after round 33 (b0a3fd2) and after round 34 (the commit that added this file),
 * the table only (README, "Accuracy"). The floors are the last measurement rounded down by 0.01–0.02.
 * Before round 9 → before 20 → before 24 → before 29 → after 30 → after 31 → after 32 → after 33 →
 * after 34 (precision / recall): number-title 0.86/0.82 → 0.89/0.96 → 0.89/0.96 → 0.90/0.96 →
 * unchanged → 0.90/0.98, generic-container 1.00/0.36 → 1.00/0.64 → 1.00/0.73 → 0.99/0.81 →
 * 0.99/0.83 since, task-listing 0.46/0.33 → 0.64/0.53 → 0.64/0.53 → 0.76/0.51 → 0.78/0.55 →
 * 0.78/0.55 → 0.78/0.57 → 0.78/0.57 → 0.78/0.57, job-requirement 0.90/0.56 → 0.90/0.70 → 0.89/0.71 →
 * 0.90/0.78 → 0.90/0.80 → 0.91/0.84 → 0.93/0.84 → 0.93/0.84 → 0.93/0.85, compliance 0.79/0.56 →
 * 0.89/0.76 → 0.89/0.76 → 0.94/0.81 → 0.94/0.81 → 0.94/0.83 → 0.94/0.85 since, goal-clone 1.00/0.33
 * (13 of 26 clone groups named exactly) → 0.96/0.48 (17) → 0.92/0.67 (20) → 0.93/0.73 (20) →
 * 0.91/0.77 (21) → 0.91/0.77 (21) → 0.91/0.77 (21) → 0.91/0.77 (21) → 0.89/0.77 (20),
 * kr-not-measurable 1.00/1.00, no-key-results 1.00/1.00 → 1.00/0.96 since, sound objectives quiet
 * 218 → 220 → 217 → 217 since, of 224. Round 34 cost this set one exact clone group. Its misses were
 * not printed while it was blind.
 *
 * In round 35 (2026-12-07) its misses were read and the rules generalised from them by sentence
 * shape (one piece of kit ordered, fitted or built; units named by their number, before or after;
 * owners with a rank or a title in brackets; showreels, noticeboards and appeals made; a piece of
 * work with its tool in brackets), never by listing its sentences, so it is now IN-SAMPLE tuning
 * material: only the thirty-fourth hold-out (and later ones) say anything about unseen plans. After
 * round 35 (precision / recall): number-title 0.94/0.98, generic-container 1.00/0.89, task-listing
 * 0.82/0.71, job-requirement 0.93/0.85, compliance 0.94/0.85, goal-clone 0.93/0.75 (21 of 26), quiet
 * 218 of 224. Both floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.88, 0.96],
  'generic-container': [0.97, 0.81],
  'task-listing': [0.76, 0.55],
  'job-requirement': [0.91, 0.83],
  compliance: [0.92, 0.83],
  'goal-clone': [0.87, 0.75],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.94],
};

/** After looking at it (round 35), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.92, 0.96],
  'generic-container': [0.98, 0.87],
  'task-listing': [0.8, 0.69],
  'job-requirement': [0.91, 0.83],
  compliance: [0.92, 0.83],
  'goal-clone': [0.91, 0.73],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.94],
};

describeHoldout({
  name: 'coach, thirty-third hold-out (measured blind, then looked at in round 35: now in-sample tuning material)',
  heading: 'Trap coach over the thirty-third hold-out (in-sample since round 35)',
  entries: HOLDOUT_33,
  plans: HOLDOUT_33_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.96,
  exactGroups: 20,
  printMisses: true,
});
