import path from 'node:path';
import { openPlanDb } from '../../electron/db/open';
import { PlanRepo } from '../../electron/db/repo';
import { flattenSeed, type SeedKeyResult, type SeedObjective } from '../../shared/example';
import type { Objective } from '../../shared/model';

/**
 * A quarter of OKRs shaped like a company handbook page: three CEO objectives, executives under
 * them, and many teams under those (wide and shallow), with owners, a typo or two and a link in a
 * description. The traps are the ones real published cascades hold: the same objective handed to
 * several teams under different executives, hiring goals that differ only in their numbers, an
 * activity, a duty, an audit, and a role-only heading. Written for the coach's tests and the
 * coach panel's screenshot; ids are stable (`hb0`, `hb1`…) in tree order.
 */

const kr = (title: string, target: number, unit = '', current = Math.round(target / 3)): SeedKeyResult => ({
  title,
  unit,
  start: 0,
  target,
  current,
  kind: 'increase',
});

type Node = [title: string, owner: string, children?: Node[]];

const DELIVER = 'Deliver 100% of committed issues per release';

const PLAN: Node[] = [
  [
    'Make our product the obvious choice for mid-size engineering teams',
    'CEO',
    [
      [
        'Ship the features our largest prospects keep asking for',
        'VP Product',
        [
          ['Let admins manage permissions without filing a ticket', 'Plan team'],
          ['Make search feel instant on repositories with a million files', 'Search team'],
          [DELIVER, 'Create team'],
          ['Source 60 candidates and hire 2 engineers', 'Create team'],
          ['Make GitLab a Rails 5 app', 'Platform team'],
          ['Cut time to first green pipeline for new projects to under 10 minutes', 'Verify team'],
        ],
      ],
      [
        'VP Engineering',
        'Engineering',
        [
          [DELIVER, 'Gitaly team'],
          ['Deliver 90% of committed issues per release', 'Database team'],
          ['Source 150 candidates and hire 5 engineers', 'Database team'],
          ['Migrate CI runners to Kubernetes', 'Infrastructure team'],
          ['Stop paging on-call for alerts nobody acts on', 'Reliability team'],
        ],
      ],
    ],
  ],
  [
    'Grow net revenue retention among enterprise customers',
    'CEO',
    [
      [
        'Turn every renewal into an expansion conversation',
        'CRO',
        [
          ['Do a quarterly business review for all eligible customers', 'Customer Success'],
          ['Win back accounts we lost to a competitor last year', 'Account Management'],
          [DELIVER, 'Fulfillment team'],
          ['Increase double diverse candidates in the sales hiring pipeline', 'Sales recruiting'],
        ],
      ],
      [
        'Make billing something customers never have to think about',
        'CFO',
        [
          ["Add cash collection to the billing specialist's job responsibilities", 'Billing'],
          ['Audit fieldwork completed with no material weaknesses', 'Controller'],
          ['Hire a Compliance Analyst to own SOX readiness', 'Finance'],
        ],
      ],
    ],
  ],
  ['Become a place people are proud to work', 'CEO', [['Give every manager a coach for thier first year', 'People team']]],
];

/** The plan as a seed tree under one company objective, so it cascades as real plans do. */
export function handbookSeed(): SeedObjective {
  const toSeed = ([title, owner, children = []]: Node, depth: number): SeedObjective => ({
    level: depth === 0 ? 'north_star' : depth === 1 ? 'bridge' : 'contribution',
    title,
    description: depth === 0 ? 'From the CEO’s page of the [handbook](https://handbook.example.com/okrs).' : '',
    owner,
    ownerKind: owner.includes('team') || !/^[A-Z]{2,4}$|^VP /.test(owner) ? 'team' : 'person',
    period: 'Q3 2026',
    keyResults: [kr(`Meet ${10 + depth * 5} of the quarter's agreed milestones`, 10 + depth * 5, 'milestones')],
    children: children.map((c) => toSeed(c, depth + 1)),
  });
  return {
    level: 'north_star',
    title: 'Help every team ship software faster',
    description: 'Our mission, as the handbook states it.',
    owner: 'Leadership team',
    ownerKind: 'team',
    period: '2026',
    keyResults: [kr('Reach 50,000 paying teams', 50_000, 'teams')],
    children: PLAN.map((n) => toSeed(n, 1)),
  };
}

/** The copies a user would call "the same objective handed to several teams", by title. */
export const HANDBOOK_CLONES = {
  deliver: [DELIVER, DELIVER, 'Deliver 90% of committed issues per release', DELIVER],
  hiring: ['Source 60 candidates and hire 2 engineers', 'Source 150 candidates and hire 5 engineers'],
};

/**
 * The handbook plan in a real plan file `Handbook Q3.cascade` in `dir`, ids hb0, hb1… in tree
 * order. Stamped now, so that no key result is stale: this plan is about its titles.
 */
export function writeHandbookPlan(dir: string): { file: string; objectives: Objective[] } {
  const { objectives, keyResults } = flattenSeed(handbookSeed(), { objective: (n) => `hb${n}`, keyResult: (id, i) => `${id}k${i}` }, new Date().toISOString());
  const file = path.join(dir, 'Handbook Q3.cascade');
  const db = openPlanDb(file, { create: true });
  try {
    new PlanRepo(db).importPlan(null, objectives, keyResults, []);
  } finally {
    db.close();
  }
  return { file, objectives };
}
