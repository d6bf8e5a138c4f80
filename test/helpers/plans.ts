import { EXAMPLE_CASCADE, flattenSeed } from '../../shared/example';
import { generatePlan, type PlanShape } from './generate';
import type { KeyResult, Objective, PlanSnapshot } from '../../shared/model';

/** A fixed timestamp, so exports and findings are reproducible. */
export const STAMP = '2026-03-01T00:00:00.000Z';

export function planFrom(objectives: Objective[], keyResults: KeyResult[], name = 'Test plan'): PlanSnapshot {
  return { meta: { name, path: `/tmp/${name}.cascade`, schemaVersion: 2 }, objectives, keyResults, dismissals: [] };
}

/** The method's worked example with stable ids (ex0, ex1…). */
export function examplePlan(): PlanSnapshot {
  const { objectives, keyResults } = flattenSeed(EXAMPLE_CASCADE, { objective: (n) => `ex${n}`, keyResult: (id, i) => `${id}k${i}` }, STAMP);
  return planFrom(objectives, keyResults, 'Strategic Advisory 2026');
}

export function generated(n: number, seed = 3, shape: PlanShape = 'org'): PlanSnapshot {
  const g = generatePlan({ n, seed, shape, chainLength: n });
  return planFrom(g.objectives, g.keyResults, `Generated ${n}`);
}
