import { describe, expect, it } from 'vitest';
import { HOLDOUT, HOLDOUT_PLANS } from '../coach/holdout';
import { evaluate, evaluatePlans, floorOf, holdoutReport, quietOnSound, scoreRules, type Floors } from '../coach/report';

/**
 * The frozen hold-out (test/coach/holdout.ts): written by someone else, from domains the tuning
 * corpus lacks, blind to the rules. The README gives its first measurement and says how often it
 * has been looked at since; these are the figures the coach must keep on it.
 */
/**
 * Its figures today (in-sample: it has been looked at, see the README), kept as floors so that the
 * generalisations made since are not lost. Last raised on 2026-12-05, after the third hold-out's
 * round.
 */
const TODAY: Floors = {
  'number-title': [1.0, 1.0],
  'generic-container': [1.0, 1.0],
  'task-listing': [1.0, 0.95],
  'job-requirement': [0.95, 1.0],
  compliance: [1.0, 0.97],
  'goal-clone': [1.0, 0.93],
  'kr-not-measurable': [1.0, 1.0],
  'no-key-results': [1.0, 1.0],
};

describe('coach hold-out', () => {
  const entries = evaluate(HOLDOUT);
  const plans = evaluatePlans(HOLDOUT_PLANS);
  const results = [...entries, ...plans.results];

  it('is at least 200 objectives, with clone groups across plans', () => {
    expect(HOLDOUT.length).toBeGreaterThanOrEqual(200);
    expect(plans.groups.labelled).toBeGreaterThan(0);
  });

  it('scores at least 0.85 precision and recall on every rule', () => {
    console.log(holdoutReport('Trap coach over the hold-out', results, plans.groups));
    for (const s of scoreRules(results)) {
      const [p, r] = floorOf(s.code, TODAY);
      expect(s.precision, `${s.code} precision`).toBeGreaterThanOrEqual(Math.max(0.85, p));
      expect(s.recall, `${s.code} recall`).toBeGreaterThanOrEqual(Math.max(0.85, r));
    }
  });

  it('raises nothing on at least 90% of the sound objectives', () => {
    expect(quietOnSound(results).share).toBeGreaterThanOrEqual(0.9);
  });

  it('names every labelled clone group in one finding, exactly', () => {
    expect(plans.groups.precision, 'groups found that are labelled').toBeGreaterThanOrEqual(0.85);
    expect(plans.groups.recall, 'labelled groups found').toBeGreaterThanOrEqual(0.85);
    expect(plans.groups.exact, 'labelled groups named exactly, today').toBeGreaterThanOrEqual(19);
  });
});
