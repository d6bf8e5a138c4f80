import { describe, expect, it } from 'vitest';
import { HOLDOUT_6, HOLDOUT_6_PLANS } from '../coach/holdout6';
import { evaluate, evaluatePlans, floorOf, holdoutReport, quietOnSound, scoreRules, type Floors } from '../coach/report';

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
 */
const BLIND: Floors = {
  'number-title': [0.89, 0.91],
  'generic-container': [0.98, 0.81],
  'task-listing': [0.72, 0.41],
  'job-requirement': [0.84, 0.59],
  compliance: [0.82, 0.22],
  'goal-clone': [0.98, 0.45],
  'kr-not-measurable': [0.98, 0.98],
  'no-key-results': [0.93, 0.93],
};

describe('coach, sixth hold-out (blind, measured once)', () => {
  const entries = evaluate(HOLDOUT_6 as unknown as Parameters<typeof evaluate>[0]);
  const plans = evaluatePlans(HOLDOUT_6_PLANS as unknown as Parameters<typeof evaluatePlans>[0]);
  const results = [...entries, ...plans.results];

  it('is at least 300 objectives and 8 plans from domains no other hold-out has', () => {
    expect(HOLDOUT_6.length).toBeGreaterThanOrEqual(300);
    expect(HOLDOUT_6_PLANS.length).toBeGreaterThanOrEqual(8);
  });

  it('does no worse than its blind measurement', () => {
    // The table only: its misses are not printed, so that reading CI's log does not turn it into tuning material.
    console.log(holdoutReport('Trap coach over the sixth hold-out (blind)', results, plans.groups).split('\nEntries the coach gets wrong')[0]);
    for (const s of scoreRules(results)) {
      const [p, r] = floorOf(s.code, BLIND);
      expect(s.precision, `${s.code} precision`).toBeGreaterThanOrEqual(p);
      expect(s.recall, `${s.code} recall`).toBeGreaterThanOrEqual(r);
    }
    expect(quietOnSound(results).share).toBeGreaterThanOrEqual(0.96);
    expect(plans.groups.exact, 'labelled clone groups named exactly').toBeGreaterThanOrEqual(11);
  });
});
