import { HOLDOUT_14, HOLDOUT_14_PLANS } from '../coach/holdout14';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The fourteenth hold-out (test/coach/holdout14.ts), written blind to the rules on 2026-12-06 by a
 * helper that read only the article, issue 10, the thirteenth hold-out's header (definitions,
 * calls, types) and the harness's types, while round 14 was being made on the thirteenth; measured
 * with the coach before round 9 (commit 2cfe06d), before round 14 (25089bc) and after it, the
 * table only (README, "Accuracy"). These were the honest figures for plans nobody tuned for. The floors are the last measurement rounded down by
 * 0.01–0.02, so that no later change quietly loses what the coach catches on unseen text. Measured
 * before round 9 → before round 14 → after round 14 (precision / recall): number-title 0.94/0.92 →
 * 0.96/0.96 → 0.96/0.96, generic-container 0.98/0.84 → 0.98/0.85 → 0.98/0.85, task-listing
 * 0.54/0.43 → 0.70/0.81 → 0.70/0.81, job-requirement 0.83/0.65 → 0.90/0.84 → 0.90/0.84, compliance
 * 0.96/0.74 → 0.94/0.84 → 0.94/0.84, goal-clone 1.00/0.26 (10 of 28 clone groups named exactly) →
 * 1.00/0.35 (14) → 1.00/0.43 (15), kr-not-measurable 1.00/1.00, no-key-results 0.95/0.91 →
 * 1.00/0.95, sound objectives quiet 218 → 221 → 221 of 231 (94.4% → 95.7%).
 *
 * In round 15 (the same day) its misses were read and the rules generalised from them by sentence
 * shape (work brought in-house; a result verb's ticket; compound nouns and nouns before "per"; a
 * purpose makes an attended event an objective; things of ours done again; "registered" alone is
 * no credential; year plans; the week before; accounts filed with an authority; kit examined under
 * a regime), never by listing its sentences, so it is now IN-SAMPLE tuning material: only the
 * fifteenth hold-out, written blind meanwhile, says anything about unseen plans. After round 15
 * (precision / recall): number-title 0.96/0.97, generic-container 0.99/0.89, task-listing
 * 0.90/0.91, job-requirement 0.90/0.88, compliance 0.98/0.89, goal-clone 1.00/0.43 (15 of 28),
 * quiet 97.4%. Both floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.94, 0.94],
  'generic-container': [0.96, 0.83],
  'task-listing': [0.68, 0.79],
  'job-requirement': [0.88, 0.82],
  compliance: [0.92, 0.82],
  'goal-clone': [0.98, 0.41],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.93],
};

/** After looking at it (round 15), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.94, 0.95],
  'generic-container': [0.97, 0.87],
  'task-listing': [0.88, 0.89],
  'job-requirement': [0.88, 0.86],
  compliance: [0.96, 0.87],
  'goal-clone': [0.98, 0.41],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.93],
};

describeHoldout({
  name: 'coach, fourteenth hold-out (measured blind, then looked at in round 15: now in-sample tuning material)',
  heading: 'Trap coach over the fourteenth hold-out (in-sample since round 15)',
  entries: HOLDOUT_14,
  plans: HOLDOUT_14_PLANS,
  size: { entries: 300, plans: 8 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.96,
  exactGroups: 14,
  printMisses: true,
});
