import { makeKeyResult, makeObjective } from './defaults';
import type { KeyResult, KrKind, Level, Objective, OwnerKind } from './model';
import { parsePeriodLabel } from './period';

export interface SeedKeyResult {
  title: string;
  unit: string;
  start: number;
  target: number;
  current: number;
  kind: KrKind;
}

export interface SeedObjective {
  level: Level;
  title: string;
  description: string;
  owner: string;
  ownerKind: OwnerKind;
  period: string;
  keyResults: SeedKeyResult[];
  children: SeedObjective[];
}

/** The worked example of the method's source article, so a first launch shows a real cascade. */
export const EXAMPLE_CASCADE: SeedObjective = {
  level: 'north_star',
  title: 'Grow Strategic Advisory Revenue',
  description: 'Our compass for the year: advisory work that clients renew because it changes how they operate.',
  owner: 'Leadership team',
  ownerKind: 'team',
  period: '2026',
  keyResults: [
    { title: 'Achieve $200k in initial training sales', unit: '$', start: 0, target: 200_000, current: 85_000, kind: 'increase' },
    { title: 'Secure $100k in retraining contracts', unit: '$', start: 0, target: 100_000, current: 30_000, kind: 'increase' },
    { title: 'Maintain a Customer Satisfaction Score of over 90%', unit: '%', start: 84, target: 90, current: 92, kind: 'stay_above' },
  ],
  children: [
    {
      level: 'bridge',
      title: 'Deepen Client Relationships via Continuous Learning Programs',
      description: 'Account Management adopts the retraining piece of the North Star.',
      owner: 'Account Management',
      ownerKind: 'team',
      period: '2026',
      keyResults: [
        { title: 'Enrol 12 Tier-1 accounts in a continuous learning program', unit: 'accounts', start: 0, target: 12, current: 5, kind: 'increase' },
      ],
      children: [
        {
          level: 'contribution',
          title: 'Pilot a Knowledge Gap Audit for Tier-1 accounts to drive organic retraining growth',
          description: '',
          owner: 'Dana',
          ownerKind: 'person',
          period: 'Q2 2026',
          keyResults: [
            { title: 'Secure $20k in new retraining contracts from gaps identified during the pilot', unit: '$', start: 0, target: 20_000, current: 4_000, kind: 'increase' },
          ],
          children: [],
        },
      ],
    },
  ],
};

/**
 * A seed tree as records, parents first, with ids from `ids` (UUIDs in the app, stable names in
 * tests). Every seeded objective has passed the "So What?" questions: it is strategic.
 */
export function flattenSeed(
  root: SeedObjective,
  ids: { objective(n: number): string; keyResult(objectiveId: string, i: number): string },
  stamp: string,
  firstOrder = 0,
) {
  const objectives: Objective[] = [];
  const keyResults: KeyResult[] = [];
  const stack: Array<[SeedObjective, string | null, number]> = [[root, null, firstOrder]];
  while (stack.length) {
    const [node, parentId, order] = stack.pop()!;
    const { keyResults: krs, children, ...fields } = node;
    const id = ids.objective(objectives.length);
    const p = parsePeriodLabel(node.period);
    objectives.push(
      makeObjective({ ...fields, id, parentId, periodKind: p.kind, periodStart: p.start, periodEnd: p.end, gate: 'strategic', sortOrder: order }, stamp),
    );
    krs.forEach((kr, i) => keyResults.push(makeKeyResult({ ...kr, id: ids.keyResult(id, i), objectiveId: id, sortOrder: i }, stamp)));
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, id, i]);
  }
  return { objectives, keyResults };
}
