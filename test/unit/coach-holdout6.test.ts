import { HOLDOUT_6, HOLDOUT_6_PLANS } from '../coach/holdout6';
import type { Floors } from '../coach/report';
import { describeHoldout } from '../coach/suite';

/**
 * The sixth hold-out (test/coach/holdout6.ts), written blind to the rules on 2026-12-05 (third
 * session) by someone who read only the article, issue 10, the fifth hold-out's labelling header
 * and the harness's types, while round 6 was being made on the fifth, and measured ONCE, after
 * round 6 was merged (README, "Accuracy"). These are today's honest figures for plans nobody tuned
 * for; the floors are those figures rounded down by 0.01–0.02, so that no later change quietly
 * loses what the coach already catches on unseen text. Measured: number-title 0.91/0.93,
 * generic-container 1.00/0.83, task-listing 0.74/0.43, job-requirement 0.86/0.61, compliance
 * 0.84/0.24, goal-clone 1.00/0.47 (12 of 24 clone groups named exactly), kr-not-measurable
 * 1.00/1.00, no-key-results 0.95/0.95, sound objectives quiet 218 of 225 (96.9%).
 *
 * In round 7 (2026-12-06) its misses were read and the rules generalised from them by sentence
 * shape (an obligation named as a bare noun phrase: "ISO 17100 surveillance audit", "Allergen
 * training for bar staff"; a filing to a regulator named by its initials; a project named by its
 * noun: "Weighbridge software upgrade"; work on a fixed beat or turnaround; a thing reported done
 * each time it comes round; two plain words naming an area; copies across branches at 60% of words
 * in common), never by listing its sentences, so it is now IN-SAMPLE tuning material: only the
 * seventh hold-out, written blind meanwhile, says anything about unseen plans. Before → after
 * (precision / recall): generic-container 1.00/0.83 → 1.00/0.94, task-listing 0.74/0.43 →
 * 0.83/0.73, job-requirement 0.86/0.61 → 0.88/0.70, compliance 0.84/0.24 → 0.98/0.91, goal-clone
 * 1.00/0.47 (12 of 24 groups) → 1.00/0.63 (20 of 24), no-key-results 0.95/0.95 → 1.00/0.95;
 * number-title and quiet (96.9%) unchanged. Both floors are kept.
 *
 * Round 30 (2026-12-07) joined copies reworded more freely across branches (three key words in
 * common and close in meaning, see paraphrase.ts; over the labelled plans of hold-outs 1–28, groups
 * named exactly went 612 → 626 of 747 and sound objectives raising nothing stayed at 6,557). Here
 * it also joined "Get our single origins onto menus at the best indie cafés" to a goal about the
 * coffee's taste, so goal-clone went 0.98/0.86 (22 of 24 groups) → 0.95/0.86 (21) and one more
 * sound objective raised a finding; both its goal-clone precision floors were lowered from 0.98 to
 * 0.95 then (its exact-groups floor, 20, holds).
 */
const BLIND: Floors = {
  'number-title': [0.89, 0.91],
  'generic-container': [0.98, 0.81],
  'task-listing': [0.72, 0.41],
  'job-requirement': [0.84, 0.59],
  compliance: [0.82, 0.22],
  'goal-clone': [0.95, 0.45],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.93, 0.93],
};

/** After looking at it (round 7), in-sample, rounded down by about 0.02. */
const IN_SAMPLE: Floors = {
  'number-title': [0.89, 0.91],
  'generic-container': [0.98, 0.92],
  'task-listing': [0.81, 0.71],
  'job-requirement': [0.86, 0.68],
  compliance: [0.96, 0.89],
  'goal-clone': [0.95, 0.61],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.98, 0.93],
};

describeHoldout({
  name: 'coach, sixth hold-out (measured blind once, then looked at in round 7: now in-sample tuning material)',
  heading: 'Trap coach over the sixth hold-out (in-sample since round 7)',
  entries: HOLDOUT_6,
  plans: HOLDOUT_6_PLANS,
  size: { entries: 300, plans: 8 },
  floors: [BLIND, IN_SAMPLE],
  quiet: 0.96,
  exactGroups: 20,
  printMisses: true,
});
