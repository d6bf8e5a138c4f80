import type { GateAnswer, KeyResult, KrKind, Level, Objective, OwnerKind, PeriodKind, Status } from '../../shared/model';

/**
 * Deterministic plan generator for benchmarks, scale tests and end-to-end fixtures. The same
 * options always give the same plan, byte for byte, on every platform: a seeded PRNG drives every
 * choice, ids are numbered, and no clock is read. Pure (no Node imports), so the renderer, the
 * tests and the database seeding can all use it.
 *
 * Shapes (n objectives in all, each with 1–5 key results):
 * - `org`: one North Star, every objective has 1–8 children, filled breadth-first.
 * - `wide`: one North Star with 2,000 direct children (`wideFanout`); the rest hangs below them.
 * - `deep`: a chain 5,000 objectives long (`chainLength`) from the North Star down; the rest is an
 *   `org` tree beside the chain.
 * - `skewed`: one North Star, 8 departments; one of them holds 60% of all objectives (`skewShare`).
 */
export type PlanShape = 'org' | 'wide' | 'deep' | 'skewed';
export const PLAN_SHAPES: readonly PlanShape[] = ['org', 'wide', 'deep', 'skewed'];

export interface GenerateOptions {
  /** Number of objectives (≥ 0). */
  n: number;
  shape?: PlanShape | undefined;
  seed?: number | undefined;
  /** Prepended to every id, so that several generated plans can share one database. */
  idPrefix?: string | undefined;
  /** createdAt/updatedAt of every row (default 2026-01-05T09:00:00.000Z). */
  stamp?: string | undefined;
  /** Children per objective in the filled parts of the tree: uniform in [minChildren, maxChildren]. */
  minChildren?: number | undefined;
  maxChildren?: number | undefined;
  /** Key results per objective: uniform in [minKeyResults, maxKeyResults]. */
  minKeyResults?: number | undefined;
  maxKeyResults?: number | undefined;
  /** `wide`: children of the North Star. */
  wideFanout?: number | undefined;
  /** `deep`: objectives in the chain, the North Star included. */
  chainLength?: number | undefined;
  /** `skewed`: number of departments and the share of all objectives held by the biggest. */
  departments?: number | undefined;
  skewShare?: number | undefined;
}

export interface GeneratedPlan {
  /** Parents always come before their children; siblings are numbered 0.. by sortOrder. */
  objectives: Objective[];
  /** Grouped by objective, in objective order. */
  keyResults: KeyResult[];
}

// ---------------------------------------------------------------------------------------------
// PRNG

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [lo, hi] (both included). */
  int(lo: number, hi: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
}

/** mulberry32: tiny, fast, and good enough for test data; identical on every JS engine. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) | 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
    chance: (p) => next() < p,
  };
}

// ---------------------------------------------------------------------------------------------
// Word lists

const SEGMENTS = [
  'Tier-1', 'mid-market', 'enterprise', 'public-sector', 'healthcare', 'SMB', 'first-time', 'education',
  'retail', 'manufacturing', 'nonprofit', 'startup', 'EMEA', 'APAC', 'North American', 'self-serve',
];
const REGIONS = ['Europe', 'North America', 'Latin America', 'the Nordics', 'Southeast Asia', 'the DACH region', 'Japan', 'the UK'];
const PRODUCTS = ['Advisory', 'the Learning Platform', 'Analytics Cloud', 'Field Service', 'the Partner Network', 'Payroll', 'Insights'];
const DOMAINS = ['strategic advisory', 'learning', 'analytics', 'payments', 'workforce planning', 'compliance'];

const NORTH_STAR = [
  (r: Rng) => `Become the most trusted ${r.pick(DOMAINS)} partner for ${r.pick(SEGMENTS)} organisations`,
  (r: Rng) => `Grow ${r.pick(PRODUCTS)} revenue to $${r.int(5, 90)}M`,
  (r: Rng) => `Make ${r.pick(PRODUCTS)} the default choice in ${r.pick(REGIONS)}`,
  (r: Rng) => `Double the number of ${r.pick(SEGMENTS)} customers who renew`,
  (r: Rng) => `Be the fastest ${r.pick(DOMAINS)} provider to get value from`,
];

const DEPARTMENTS = [
  'Sales', 'Marketing', 'Customer Success', 'Account Management', 'Engineering', 'Product', 'Finance',
  'People', 'Operations', 'Support', 'Partnerships', 'Data', 'Legal', 'Security', 'Design', 'Research',
];
const BRIDGE_VERBS = [
  'Expand', 'Strengthen', 'Modernise', 'Scale', 'Simplify', 'Accelerate', 'Rebuild', 'Standardise',
  'Deepen', 'Streamline', 'Professionalise', 'Open up',
];
const BRIDGE_AREAS = [
  'the partner channel', 'self-serve onboarding', 'enterprise account coverage', 'the data platform',
  'customer support operations', 'pricing and packaging', 'the mobile experience', 'hiring in engineering',
  'renewal management', 'product analytics', 'client relationships via continuous learning programs',
  'the billing system', 'field enablement', 'our brand in new markets', 'release engineering',
  'the knowledge base', 'usage-based pricing', 'account planning',
];
const BRIDGE_PURPOSES = [
  (r: Rng) => `so that ${r.pick(SEGMENTS)} customers renew`,
  () => 'to lift net revenue retention',
  (r: Rng) => `ahead of the ${r.pick(REGIONS)} launch`,
  () => 'to cut time-to-value in half',
  () => 'without adding headcount',
  (r: Rng) => `for ${r.pick(SEGMENTS)} accounts`,
];

const INITIATIVES = [
  'a knowledge-gap audit', 'quarterly business reviews', 'a usage health score', 'guided onboarding',
  'a referral programme', 'in-app checklists', 'an executive sponsor programme', 'a customer advisory board',
  'success plans', 'peer-learning cohorts', 'a certification track', 'a renewal playbook',
];
const FEATURES = [
  'single sign-on', 'bulk import', 'the audit log', 'usage dashboards', 'offline mode', 'role-based access',
  'the public API v2', 'scheduled exports', 'smart reminders', 'team workspaces', 'dark mode', 'webhooks',
];
const PROCESSES = [
  'invoice approval', 'lead routing', 'contract review', 'onboarding', 'ticket triage', 'release sign-off',
  'expense reporting', 'account handover', 'security review', 'quote generation',
];
const SYSTEMS = ['the CRM', 'the data warehouse', 'the help desk', 'our CI pipeline', 'the billing engine', 'the HR system'];
const TARGETS = ['the cloud', 'a managed service', 'the new platform', 'a single tenant', 'the shared cluster'];
const ROLES = ['account manager', 'support agent', 'engineer', 'team lead', 'partner consultant', 'trainer'];
const TOPICS = ['consultative selling', 'incident response', 'the new pricing', 'data privacy', 'coaching', 'discovery calls'];
const EVENTS = ['roadshows', 'webinars', 'customer workshops', 'hackathons', 'lunch-and-learns', 'design sprints'];

const CONTRIBUTION = [
  (r: Rng) => `Pilot ${r.pick(INITIATIVES)} with ${r.int(3, 25)} ${r.pick(SEGMENTS)} accounts`,
  (r: Rng) => `Ship ${r.pick(FEATURES)} for ${r.pick(SEGMENTS)} customers`,
  (r: Rng) => `Automate ${r.pick(PROCESSES)}`,
  (r: Rng) => `Run ${r.int(2, 12)} ${r.pick(EVENTS)} in ${r.pick(REGIONS)}`,
  (r: Rng) => `Cut the time spent on ${r.pick(PROCESSES)} by ${r.int(2, 6) * 10}%`,
  (r: Rng) => `Migrate ${r.pick(SYSTEMS)} to ${r.pick(TARGETS)}`,
  (r: Rng) => `Train every ${r.pick(ROLES)} on ${r.pick(TOPICS)}`,
  (r: Rng) => `Launch ${r.pick(INITIATIVES)}`,
  (r: Rng) =>
    `Pilot ${r.pick(INITIATIVES)} for ${r.pick(SEGMENTS)} accounts to drive organic growth in ${r.pick(REGIONS)} and learn what to scale next year`,
  (r: Rng) => `Hire ${r.int(2, 9)} ${r.pick(ROLES)}s`,
];

const CONTRIBUTION_SUFFIXES = [
  (r: Rng) => `in ${r.pick(REGIONS)}`,
  (r: Rng) => `for ${r.pick(SEGMENTS)} accounts`,
  (r: Rng) => `before the Q${r.int(1, 4)} review`,
  (r: Rng) => `with the ${r.pick(DEPARTMENTS)} team`,
  () => 'without new tooling',
  (r: Rng) => `using ${r.pick(SYSTEMS)}`,
];

const FIRST = [
  'Dana', 'Amir', 'Lena', 'Kofi', 'Mei', 'Jonas', 'Priya', 'Tomás', 'Aiko', 'Sam', 'Olu', 'Ines', 'Raj',
  'Freya', 'Mateo', 'Noor', 'Elif', 'Kwame', 'Sofia', 'Hugo', 'Yara', 'Liam', 'Chen', 'Zara',
];
const LAST = [
  'Kim', 'Haddad', 'Novak', 'Mensah', 'Lin', 'Berg', 'Shah', 'García', 'Sato', 'Olsen', 'Adeyemi', 'Costa',
  'Iyer', 'Larsen', 'Rossi', 'Khan', 'Demir', 'Boateng', 'Silva', 'Moreau', 'Walsh', 'Tanaka',
];
const DESCRIPTIONS = [
  'Agreed at the planning offsite; revisit at the mid-quarter review.',
  'Depends on the platform team freeing capacity in the first month.',
  'Builds on last year’s pilot, which showed the demand is there.',
  'Owner reports progress in the weekly leadership sync.',
  'Scope deliberately small: prove it works before we scale it.',
];

interface KrTemplate {
  unit: string;
  /** Current values are rounded to this. */
  step: number;
  kind: KrKind;
  range(r: Rng): [start: number, target: number];
  title(r: Rng, start: number, target: number): string;
  /** Where the KR stands now; default: a share of the way from start to target (progressShare). */
  current?(r: Rng, start: number, target: number): number;
}
const money = (v: number) => (v >= 1000 ? `$${Math.round(v / 1000)}k` : `$${v}`);
const KR_TEMPLATES: readonly KrTemplate[] = [
  {
    unit: '%',
    step: 0.1,
    kind: 'increase',
    range: (r) => {
      const s = r.int(20, 80);
      return [s, Math.min(100, s + r.int(5, 20))];
    },
    title: (r, s, t) => `Raise ${r.pick(['activation', 'renewal rate', 'feature adoption', 'CSAT', 'trial conversion'])} from ${s}% to ${t}%`,
  },
  {
    unit: '$',
    step: 100,
    kind: 'increase',
    range: (r) => [0, r.int(2, 40) * 10_000],
    title: (r, _s, t) => `Secure ${money(t)} in ${r.pick(['new contracts', 'expansion revenue', 'retraining contracts', 'partner-sourced deals'])}`,
  },
  {
    unit: 'accounts',
    step: 1,
    kind: 'increase',
    range: (r) => [0, r.int(3, 40)],
    title: (r, _s, t) => `Enrol ${t} ${r.pick(SEGMENTS)} accounts in ${r.pick(INITIATIVES)}`,
  },
  {
    unit: 'days',
    step: 0.5,
    kind: 'decrease',
    range: (r) => {
      const s = r.int(10, 60);
      return [s, Math.max(1, Math.round(s * (0.3 + r.next() * 0.4)))];
    },
    title: (r, s, t) => `Cut average ${r.pick(PROCESSES)} time from ${s} to ${t} days`,
  },
  {
    unit: 'NPS',
    step: 1,
    kind: 'increase',
    range: (r) => {
      const s = r.int(-10, 40);
      return [s, s + r.int(5, 25)];
    },
    title: (r, s, t) => `Lift NPS among ${r.pick(SEGMENTS)} customers from ${s} to ${t}`,
  },
  {
    unit: 'tickets',
    step: 1,
    kind: 'decrease',
    range: (r) => {
      const s = r.int(50, 900);
      return [s, Math.round(s * (0.2 + r.next() * 0.5))];
    },
    title: (r, s, t) => `Reduce open ${r.pick(['billing', 'onboarding', 'login', 'integration'])} tickets from ${s} to ${t}`,
  },
  {
    unit: 'ms',
    step: 10,
    kind: 'decrease',
    range: (r) => {
      const s = r.int(8, 40) * 100;
      return [s, Math.round((s * (0.3 + r.next() * 0.4)) / 50) * 50];
    },
    title: (r, s, t) => `Bring p95 ${r.pick(['dashboard', 'search', 'checkout', 'report'])} load time from ${s} ms to ${t} ms`,
  },
  {
    unit: 'users',
    step: 1,
    kind: 'increase',
    range: (r) => {
      const s = r.int(1, 50) * 100;
      return [s, s * r.int(2, 4)];
    },
    title: (_r, _s, t) => `Reach ${t.toLocaleString('en-US')} weekly active users`,
  },
  {
    unit: '',
    step: 1,
    kind: 'increase',
    range: (r) => [0, r.int(2, 12)],
    title: (r, _s, t) => `Publish ${t} ${r.pick(['case studies', 'playbooks', 'how-to guides', 'reference architectures'])}`,
  },
  {
    // A floor to hold: the target is the threshold, start where we were, current wobbles around it.
    unit: '%',
    step: 0.01,
    kind: 'stay_above',
    range: (r) => {
      const t = r.pick([99, 99.5, 99.9, 95, 90]);
      return [Math.min(100, t + r.int(1, 5) / 20), t];
    },
    title: (r, _s, t) => `Keep ${r.pick(['API uptime', 'on-time delivery', 'first-contact resolution', 'SLA attainment'])} above ${t}%`,
    current: (r, _s, t) => Math.min(100, t + (r.next() - 0.2) * (100 - t) * 0.8),
  },
  {
    unit: '%',
    step: 0.1,
    kind: 'stay_below',
    range: (r) => {
      const t = r.int(2, 8);
      return [t - r.int(1, 15) / 10, t];
    },
    title: (r, _s, t) => `Keep ${r.pick(['monthly churn', 'the defect escape rate', 'unplanned downtime', 'budget overrun'])} below ${t}%`,
    current: (r, _s, t) => Math.max(0, t * (0.5 + r.next() * 0.65)),
  },
  {
    unit: 'milestones',
    step: 1,
    kind: 'milestone',
    range: (r) => [0, r.int(3, 8)],
    title: (r) => `${r.pick(['Deliver', 'Complete', 'Reach'])} the ${r.pick(['rollout', 'migration', 'launch', 'pilot', 'certification'])} milestones`,
    current: (r, _s, t) => Math.floor(r.next() * (t + 1)),
  },
  {
    unit: '',
    step: 1,
    kind: 'binary',
    range: () => [0, 1],
    title: (r) => `${r.pick(['Sign', 'Publish', 'Launch', 'Approve'])} the ${r.pick(['partner agreement', 'pricing page', 'security policy', 'hiring plan', 'data retention policy'])}`,
    current: (r) => (r.chance(0.35) ? 1 : 0),
  },
];

/** Where a KR stands: mostly in progress, some untouched, some done, a few overshot or slipping. */
function progressShare(r: Rng): number {
  const u = r.next();
  if (u < 0.1) return 0;
  if (u < 0.2) return 1;
  if (u < 0.24) return 1 + r.next() * 0.3; // overshot
  if (u < 0.28) return -r.next() * 0.2; // went backwards
  return (r.next() + r.next()) / 2; // in progress, centred on half way
}

// ---------------------------------------------------------------------------------------------
// Generator

const DEFAULT_STAMP = '2026-01-05T09:00:00.000Z';
const STATUSES: readonly Status[] = ['on_track', 'at_risk', 'off_track'];
const GROUPS = ['Growth', 'Pricing', 'Onboarding', 'Reliability', 'Retention', 'Launch'];

interface Period {
  label: string;
  kind: PeriodKind;
  start: string;
  end: string;
}

function periodTable(year: string) {
  const p = (label: string, kind: PeriodKind, start: string, end: string): Period => ({ label, kind, start: `${year}-${start}`, end: `${year}-${end}` });
  return {
    year: p(year, 'year', '01-01', '12-31'),
    halves: [p(`H1 ${year}`, 'custom', '01-01', '06-30'), p(`H2 ${year}`, 'custom', '07-01', '12-31')],
    quarters: [
      p(`Q1 ${year}`, 'quarter', '01-01', '03-31'),
      p(`Q2 ${year}`, 'quarter', '04-01', '06-30'),
      p(`Q3 ${year}`, 'quarter', '07-01', '09-30'),
      p(`Q4 ${year}`, 'quarter', '10-01', '12-31'),
    ],
  };
}

const levelAt = (depth: number): Level => (depth === 0 ? 'north_star' : depth === 1 ? 'bridge' : 'contribution');

export function generatePlan(options: GenerateOptions): GeneratedPlan {
  const {
    n,
    shape = 'org',
    seed = 1,
    idPrefix = '',
    stamp = DEFAULT_STAMP,
    minChildren = 1,
    maxChildren = 8,
    minKeyResults = 1,
    maxKeyResults = 5,
    wideFanout = 2000,
    chainLength = 5000,
    departments = 8,
    skewShare = 0.6,
  } = options;
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number ≥ 0 (got ${n})`);
  if (minChildren < 1 || maxChildren < minChildren) throw new RangeError('need 1 ≤ minChildren ≤ maxChildren');
  const r = createRng(seed);

  // Structure first, as parallel arrays: index i is objective number i, parents before children.
  const parent = new Int32Array(n);
  const depth = new Int32Array(n);
  const order = new Int32Array(n);
  const childCount = new Int32Array(n);
  let count = 0;
  const add = (p: number): number => {
    const i = count++;
    parent[i] = p;
    depth[i] = p < 0 ? 0 : depth[p]! + 1;
    order[i] = p < 0 ? 0 : childCount[p]!++;
    return i;
  };
  /** Breadth-first: each objective taken from the queue gets min..maxChildren children. */
  const fill = (queue: number[], budget: number): void => {
    for (let head = 0; budget > 0 && head < queue.length; head++) {
      const k = Math.min(budget, r.int(minChildren, maxChildren));
      for (let c = 0; c < k; c++) queue.push(add(queue[head]!));
      budget -= k;
    }
  };

  if (n > 0) {
    const root = add(-1);
    const rest = n - 1;
    switch (shape) {
      case 'org':
        fill([root], rest);
        break;
      case 'wide': {
        const fan = Math.min(rest, wideFanout);
        const level1: number[] = [];
        for (let c = 0; c < fan; c++) level1.push(add(root));
        fill(level1, rest - fan);
        break;
      }
      case 'deep': {
        const len = Math.min(n, Math.max(1, chainLength));
        let tip = root;
        for (let c = 1; c < len; c++) tip = add(tip);
        fill([root], n - len);
        break;
      }
      case 'skewed': {
        const d = Math.min(rest, Math.max(1, departments));
        const depts: number[] = [];
        for (let c = 0; c < d; c++) depts.push(add(root));
        const below = rest - d;
        if (d > 0) {
          const bigIndex = r.int(0, d - 1);
          const big = Math.min(below, Math.max(0, Math.round(n * skewShare) - 1));
          // The others share what is left, in random proportions.
          const weights = depts.map((_, i) => (i === bigIndex ? 0 : 0.5 + r.next()));
          const total = weights.reduce((a, b) => a + b, 0);
          const budgets = weights.map((w) => (total > 0 ? Math.floor(((below - big) * w) / total) : 0));
          budgets[bigIndex] = big;
          // Rounding leftovers go one each to the small departments (or the only one there is).
          let left = below - budgets.reduce((a, b) => a + b, 0);
          for (let i = 0; left > 0; i = (i + 1) % d) {
            if (i === bigIndex && d > 1) continue;
            budgets[i]! += 1;
            left--;
          }
          depts.forEach((dept, i) => fill([dept], budgets[i]!));
        }
        break;
      }
      default:
        throw new RangeError(`unknown plan shape: ${String(shape)}`);
    }
  }

  // Then content. Bridges carry their department; contributions inherit it in their owner's team.
  const objectives: Objective[] = new Array(n);
  const keyResults: KeyResult[] = [];
  const dept: string[] = new Array(n);
  const firstKr = new Int32Array(n);
  const krCount = new Int32Array(n);
  const year = stamp.slice(0, 4);
  const periods = periodTable(year);
  // Check-ins up to 60 days back, so that staleness rules have something to find.
  const base = Date.parse(stamp);
  const checkIns = Array.from({ length: 61 }, (_, d) => (Number.isNaN(base) ? stamp : new Date(base - d * 86_400_000).toISOString()));
  let krNo = 0;
  for (let i = 0; i < n; i++) {
    const p = parent[i]!;
    const level = levelAt(depth[i]!);
    let title: string;
    let owner: string;
    let ownerKind: OwnerKind;
    let period: Period;
    if (level === 'north_star') {
      title = r.pick(NORTH_STAR)(r);
      owner = 'Leadership team';
      ownerKind = 'team';
      period = periods.year;
      dept[i] = 'Leadership';
    } else if (level === 'bridge') {
      dept[i] = r.pick(DEPARTMENTS);
      title = `${r.pick(BRIDGE_VERBS)} ${r.pick(BRIDGE_AREAS)}`;
      if (r.chance(0.5)) title += ` ${r.pick(BRIDGE_PURPOSES)(r)}`;
      owner = dept[i]!;
      ownerKind = 'team';
      period = r.chance(0.6) ? periods.year : r.pick(periods.halves);
    } else {
      dept[i] = p >= 0 ? dept[p]! : r.pick(DEPARTMENTS);
      title = r.pick(CONTRIBUTION)(r);
      if (title.length < 60 && r.chance(0.4)) title += ` ${r.pick(CONTRIBUTION_SUFFIXES)(r)}`;
      const who = r.next();
      if (who < 0.72) [owner, ownerKind] = [`${r.pick(FIRST)} ${r.pick(LAST)}`, 'person'];
      else if (who < 0.95) [owner, ownerKind] = [`${dept[i]} team`, 'team'];
      else [owner, ownerKind] = [`${r.pick(GROUPS)} ${r.pick(['squad', 'working group', 'task force'])}`, 'group'];
      period = r.pick(periods.quarters);
    }
    const id = `${idPrefix}o-${i}`;
    // A bridge or contribution often says which of its parent's KRs it moves.
    const parentKrId = p >= 0 && krCount[p]! > 0 && r.chance(0.4) ? `${idPrefix}k-${firstKr[p]! + r.int(0, krCount[p]! - 1)}` : null;
    const gateRoll = r.next();
    const gate: GateAnswer = gateRoll < 0.7 ? 'strategic' : gateRoll < 0.95 ? 'unanswered' : 'skipped';
    objectives[i] = {
      id,
      parentId: p < 0 ? null : `${idPrefix}o-${p}`,
      level,
      title,
      description: r.chance(0.25) ? r.pick(DESCRIPTIONS) : '',
      owner,
      ownerKind,
      period: period.label,
      periodKind: period.kind,
      periodStart: period.start,
      periodEnd: period.end,
      gate,
      parentKrId,
      weight: r.chance(0.1) ? 2 : 1,
      rollupMode: r.chance(0.05) ? 'sum_to_target' : 'average',
      statusOverride: r.chance(0.03) ? r.pick(STATUSES) : null,
      sortOrder: order[i]!,
      createdAt: stamp,
      updatedAt: stamp,
    };
    const krs = r.int(minKeyResults, maxKeyResults);
    firstKr[i] = krNo;
    krCount[i] = krs;
    for (let k = 0; k < krs; k++) {
      const t = r.pick(KR_TEMPLATES);
      const [start, target] = t.range(r);
      const raw = t.current ? t.current(r, start, target) : start + (target - start) * progressShare(r);
      let current = t.step < 1 ? Math.round(raw / t.step) / Math.round(1 / t.step) : Math.round(raw / t.step) * t.step;
      // Slipping below zero only makes sense for scores that can be negative.
      if (start >= 0 && target >= 0 && current < 0) current = 0;
      const weightRoll = r.next();
      keyResults.push({
        id: `${idPrefix}k-${krNo++}`,
        objectiveId: id,
        title: t.title(r, start, target),
        unit: t.unit,
        start,
        target,
        current: current === 0 ? 0 : current, // never -0, which SQLite would not give back
        kind: t.kind,
        weight: weightRoll < 0.85 ? 1 : weightRoll < 0.95 ? 2 : 0.5,
        sortOrder: k,
        checkedInAt: checkIns[r.int(0, 60)]!,
        updatedAt: stamp,
      });
    }
  }
  return { objectives, keyResults };
}
