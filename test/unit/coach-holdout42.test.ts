import { HOLDOUT_42, HOLDOUT_42_PLANS } from '../coach/holdout42';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The forty-second hold-out (test/coach/holdout42.ts), written blind to the rules on 2026-12-07 by a
 * helper that read only the article, issue 10, the twenty-second hold-out's header (definitions,
 * calls, types) and the harness's types, while round 43 was being made on the forty-first set; it
 * was asked to write each trade's titles as its managers would, in sectors of its own choosing.
 * Measured with the coach before round 9 (commit 2cfe06d), before round 20 (a8e65f2), before round
 * 24 (71ce39c), before round 29 (07a2f75), after rounds 37 (e29038c), 38 (ce7c002), 39 (8e555ec), 40
 * (52abd7f), 41 (cb53e38), 42 (1ab5be4) and 43 (1b01b75), the table only (README, "Accuracy"). The
 * floors are the last measurement rounded down by 0.01–0.02. Before round 9 → before 20 → before
 * 24 → before 29 → after 37 → 38 → 39 → 40 → 41 → 42 → 43 (precision / recall): number-title
 * 0.90/0.82 → 0.93/0.91 → 0.94/0.91 → 0.95/0.91 → 0.96/0.94 → 0.96/0.94 → 0.96/0.94 → 0.97/0.94 →
 * … → 0.97/0.94, generic-container 0.96/0.59 → 0.97/0.76 → 0.97/0.86 → 0.99/0.90 → … → 0.99/0.90,
 * task-listing 0.66/0.43 → 0.80/0.82 → 0.80/0.80 → 0.80/0.82 → 0.84/0.84 → 0.85/0.84 → 0.87/0.84 →
 * … → 0.87/0.84, job-requirement 0.88/0.72 → 0.98/0.79 → 0.98/0.79 → 0.98/0.79 → 0.97/0.85 →
 * 0.97/0.86 → 0.97/0.87 → … → 0.97/0.87, compliance 0.89/0.63 → 0.92/0.92 → 0.90/0.92 → 0.92/0.92 →
 * 0.92/0.96 → … → 0.92/0.96, goal-clone 1.00/0.33 (12 of 30 clone groups named exactly) → 1.00/0.47
 * (17) → 0.97/0.58 (19) → 0.97/0.62 (20) → 0.97/0.67 (20) → 0.98/0.75 (22) → 0.98/0.75 (22) → … →
 * 0.98/0.78 (24) after round 42 → 0.98/0.78 (24), kr-not-measurable and no-key-results 1.00/1.00
 * throughout, sound objectives quiet 216 → 220 → 219 → 219 → 219 → 219 → 219 → 220 → 220 → 220 →
 * 220 of 226. Its misses were not printed while it was blind.
 *
 * In round 44 (2026-12-07) its misses were read and the rules generalised from them by sentence
 * shape (things counted with two participles or by whom; a singular measure after a verb's form;
 * branches named by a programme, a market after a dash, a shift after a dash, a year's plan, a
 * place's house, two areas with a participle; a paper handed to customers on each job; occasions
 * of a season; things breaking down or running out; software built; kit put in; work moved off
 * paper or onto a form; a response time named as an SLA; takings of a line of business; the next
 * few sites; a threshold on what each one spends; "no more", "out in the sticks", "call on",
 * "write it up"), never by listing its sentences, so it is now IN-SAMPLE tuning material: only the
 * forty-third hold-out (and later ones) say anything about unseen plans. After round 44 (precision
 * / recall): number-title 1.00/0.99, generic-container 0.99/0.97, task-listing 0.92/0.98,
 * job-requirement 0.97/0.92, compliance 0.96/0.96, goal-clone 0.98/0.84 (26 of 30), quiet 222 of
 * 226. Both floors are kept.
 */
const BLIND: Floors = {
  'number-title': [0.95, 0.92],
  'generic-container': [0.97, 0.88],
  'task-listing': [0.85, 0.82],
  'job-requirement': [0.95, 0.85],
  compliance: [0.9, 0.94],
  'goal-clone': [0.96, 0.76],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

/** After looking at it (round 44), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.98, 0.97],
  'generic-container': [0.97, 0.95],
  'task-listing': [0.9, 0.96],
  'job-requirement': [0.95, 0.9],
  compliance: [0.94, 0.94],
  'goal-clone': [0.96, 0.82],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.98],
};

describeHoldout({
  name: 'coach, forty-second hold-out (measured blind, then looked at in round 44: now in-sample tuning material)',
  heading: 'Trap coach over the forty-second hold-out (in-sample since round 44)',
  entries: HOLDOUT_42,
  plans: HOLDOUT_42_PLANS,
  size: { entries: 500, plans: 10 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.97,
  exactGroups: 25,
  printMisses: true,
});
