import { describe, expect, it } from 'vitest';
import { WORD_VECTORS } from '../../shared/coach/wordVectorsData';
import { FindingsEngine, slices } from '../../renderer/worker/findingsEngine';
import { generated } from '../helpers/plans';

describe('the findings engine', () => {
  it('answers a large pass in slices that add up to the whole answer', () => {
    const plan = generated(3000, 7);
    const engine = new FindingsEngine(WORD_VECTORS);
    engine.apply({ reset: true, objectives: plan.objectives, krs: plan.keyResults, removedObjectives: [], removedKrs: [], run: true });
    const whole = engine.run(new Date('2026-06-01T00:00:00Z'));
    expect(whole.changed.length).toBeGreaterThan(1000);
    const parts = slices(whole, 500);
    expect(parts.length).toBe(Math.ceil(whole.changed.length / 500));
    expect(parts.flatMap((p) => p.changed)).toEqual(whole.changed);
    expect(parts.map((p) => p.more)).toEqual(parts.map((_, i) => i < parts.length - 1));
    // A pass that changed nothing is still one answer, marked complete.
    expect(slices({ changed: [] })).toEqual([{ changed: [] }]);
  });
});
