import { addDays, checkedInStamp, localDay } from './checkins';
import { makeKeyResult, makeObjective } from './defaults';
import type { CheckIn, KeyResult, KrKind, Level, Objective, OwnerKind } from './model';
import { parsePeriodLabel } from './period';

export interface SeedKeyResult {
  title: string;
  unit: string;
  start: number;
  target: number;
  current: number;
  kind: KrKind;
  /** Check-ins as [days before the seed's day, value], oldest first; the last is `current`. */
  history?: ReadonlyArray<readonly [number, number]>;
}

export interface SeedObjective {
  level: Level;
  title: string;
  description: string;
  owner: string;
  ownerKind: OwnerKind;
  period: string;
  /** Period dates when `period` is a name rather than a year or quarter. */
  periodStart?: string;
  periodEnd?: string;
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
  const checkIns: CheckIn[] = [];
  const day = localDay(new Date(stamp));
  const stack: Array<[SeedObjective, string | null, number]> = [[root, null, firstOrder]];
  while (stack.length) {
    const [node, parentId, order] = stack.pop()!;
    const { keyResults: krs, children, ...fields } = node;
    const id = ids.objective(objectives.length);
    const p = node.periodStart && node.periodEnd ? { kind: 'custom' as const, start: node.periodStart, end: node.periodEnd } : parsePeriodLabel(node.period);
    objectives.push(
      makeObjective({ ...fields, id, parentId, periodKind: p.kind, periodStart: p.start, periodEnd: p.end, gate: 'strategic', sortOrder: order }, stamp),
    );
    krs.forEach(({ history, ...kr }, i) => {
      const krId = ids.keyResult(id, i);
      const points = (history ?? [[0, kr.current]]).map(([ago, value], n) => ({
        id: `${krId}/c${n}`,
        keyResultId: krId,
        date: addDays(day, -ago),
        value,
        note: '',
        confidence: null,
        author: node.owner,
        createdAt: stamp,
      }));
      checkIns.push(...points);
      keyResults.push(makeKeyResult({ ...kr, id: krId, objectiveId: id, sortOrder: i, checkedInAt: checkedInStamp(points[points.length - 1]!) }, stamp));
    });
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, id, i]);
  }
  return { objectives, keyResults, checkIns };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthName = (day: string): string => `${MONTHS[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;

/** Weekly-ish check-ins of the example, [days ago, value], oldest first, by KR title's start. */
const HISTORY: Record<string, ReadonlyArray<readonly [number, number]>> = {
  'Achieve $200k': [[84, 20_000], [63, 38_000], [42, 52_000], [21, 70_000], [5, 85_000]],
  'Secure $100k': [[84, 5_000], [56, 12_000], [35, 18_000], [14, 30_000]],
  'Maintain a Customer': [[84, 86], [63, 88], [42, 87], [21, 91], [5, 92]],
  'Enrol 12 Tier-1': [[77, 1], [56, 2], [35, 3], [14, 5]],
  'Secure $20k': [[28, 0], [21, 2_500], [10, 4_000], [3, 7_000]],
};

/**
 * The example as a first launch shows it: its periods are placed around `today` (a planning year
 * that began three months ago; Dana's 90-day pilot a month in), the bridge inherits the North
 * Star's year, and every KR has a few weeks of check-ins, so it opens mid-flight — not solid red
 * from a quarter long gone.
 */
export function exampleCascade(today: Date = new Date()): SeedObjective {
  const day = localDay(today);
  const first = `${day.slice(0, 8)}01`;
  const yearStart = `${addDays(first, -85).slice(0, 8)}01`;
  const nextYear = `${Number(yearStart.slice(0, 4)) + 1}${yearStart.slice(4)}`;
  const yearEnd = addDays(nextYear, -1);
  const pilotStart = addDays(day, -30);
  const pilotEnd = addDays(day, 59);
  const relative = (node: SeedObjective, depth: number): SeedObjective => ({
    ...node,
    ...(depth === 0
      ? { period: `${monthName(yearStart)} – ${monthName(yearEnd)}`, periodStart: yearStart, periodEnd: yearEnd }
      : depth === 1
        ? { period: '' } // inherits the North Star's year
        : { period: '90-day pilot', periodStart: pilotStart, periodEnd: pilotEnd }),
    keyResults: node.keyResults.map((kr) => {
      const history = Object.entries(HISTORY).find(([k]) => kr.title.startsWith(k))?.[1];
      return history ? { ...kr, current: history[history.length - 1]![1], history } : kr;
    }),
    children: node.children.map((c) => relative(c, depth + 1)),
  });
  return relative(EXAMPLE_CASCADE, 0);
}
