/**
 * A small council plan with one goal reworded in another branch, which only the coach's word
 * vectors find (test/unit/paraphrase.test.ts shows words alone do not): written to a real plan file
 * for the command line and the browser.
 */
import path from 'node:path';
import { openPlanDb } from '../../electron/db/open';
import { PlanRepo } from '../../electron/db/repo';
import { flattenSeed, type SeedObjective } from '../../shared/example';
import type { Objective } from '../../shared/model';

export const REWORDED = ['Help older residents stay in their own homes for longer', 'Keep elderly residents living independently at home for longer'];

const seed = (title: string, children: SeedObjective[] = []): SeedObjective => ({
  level: children.length ? 'bridge' : 'contribution',
  title,
  description: '',
  owner: 'Team',
  ownerKind: 'team',
  period: '2027',
  keyResults: [{ title: 'Reach 12 of the agreed milestones', unit: 'milestones', start: 0, target: 12, current: 3, kind: 'increase' }],
  children,
});

export function writeRewordedPlan(dir: string): { file: string; objectives: Objective[] } {
  const root: SeedObjective = {
    ...seed('Be the council a whole town would choose to live under', [
      seed('Adult social care', [seed(REWORDED[0]!)]),
      seed('Housing', [seed(REWORDED[1]!), seed('Cut the time families spend in temporary accommodation')]),
    ]),
    level: 'north_star',
  };
  const { objectives, keyResults } = flattenSeed(root, { objective: (n) => `o${n}`, keyResult: (id, i) => `${id}k${i}` }, new Date().toISOString());
  const file = path.join(dir, 'Council.cascade');
  const db = openPlanDb(file, { create: true });
  try {
    new PlanRepo(db).importPlan(null, objectives, keyResults, []);
  } finally {
    db.close();
  }
  return { file, objectives };
}
