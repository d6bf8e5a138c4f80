import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../shared/formats';
import { splitSentences } from '../../shared/formats/sentences';
import type { KeyResult, Objective } from '../../shared/model';

/*
 * A handbook page of quarterly OKRs as a company publishes it (test/fixtures/handbook-okrs.md):
 * front matter, prose, CEO objectives as <p class="h3"> paragraphs and a numbered heading, 9
 * executives as bold-role bullets and 117 teams under them, every bullet written
 * “Role: objective. Key result. Key result.” with links, typos, versions and progress notes.
 * The counts below were taken from the file by hand (grep), not from the reader.
 */
const FIXTURE = path.join(__dirname, '../fixtures/handbook-okrs.md');
const text = fs.readFileSync(FIXTURE, 'utf8');
const NOW = '2026-02-14T00:00:00.000Z';
const r = parseMarkdown(text, { now: NOW });

const byTitle = (title: string): Objective => {
  const o = r.objectives.find((x) => x.title === title);
  if (!o) throw new Error(`no objective titled ${title}`);
  return o;
};
const krsOf = (o: Objective): KeyResult[] => r.keyResults.filter((k) => k.objectiveId === o.id);
const kr = (title: string): KeyResult => {
  const k = r.keyResults.find((x) => x.title === title);
  if (!k) throw new Error(`no key result titled ${title}`);
  return k;
};
/** The test's own reading of "$2.1M", "4,200", "118%" — deliberately not the app's parser. */
const amount = (s: string): number => {
  const m = /^\$?([\d,]+(?:\.\d+)?)([Mk]?)%?$/.exec(s)!;
  return Number(m[1]!.replace(/,/g, '')) * (m[2] === 'M' ? 1e6 : m[2] === 'k' ? 1e3 : 1);
};

describe('a handbook page of quarterly OKRs', () => {
  it('comes in whole: 130 objectives, 267 key results, no errors, the page title as the plan name', () => {
    expect(r.errors).toEqual([]);
    expect(r.name).toBe('FY27-Q1 OKRs');
    expect(r.objectives).toHaveLength(130);
    expect(r.keyResults).toHaveLength(267);
  });

  it('reads the CEO objectives from HTML paragraphs and a numbered heading, each titled by its first sentence', () => {
    const tops = r.objectives.filter((o) => o.parentId === null);
    expect(tops.map((o) => [o.owner, o.title, o.level])).toEqual([
      ['CEO', 'Grow net new ARR with an efficient go-to-market', 'north_star'],
      ['CEO', 'Ship the best DevSecOps platform, in one application', 'north_star'],
      ['CEO', 'Build a company people want to join and can grow in', 'north_star'],
      ['CEO', "Keep the platform trusted by the world's most regulated companies", 'north_star'],
    ]);
    expect(krsOf(tops[0]!).map((k) => k.title)).toEqual([
      'Achieve 110% of the net new ARR plan',
      'Reach $1.5M in new self-serve ARR',
      'Raise net revenue retention from 118% to 125%',
    ]);
  });

  it('gives every objective its own sentence as title and its role as owner, wide and shallow', () => {
    const execs = r.objectives.filter((o) => o.level === 'bridge');
    expect(execs.map((o) => o.owner)).toEqual([
      'CRO', 'CMO', 'CFO', 'VP Engineering', 'CPO', 'Chief Customer Officer', 'Chief People Officer', 'Chief Legal Officer', 'Chief of Staff', 'CISO',
    ]);
    const children = (o: Objective) => r.objectives.filter((c) => c.parentId === o.id).length;
    expect(children(byTitle('Ship v2.0 of the API without breaking v1 users'))).toBe(25);
    expect(children(byTitle('Win the enterprise segment in every region'))).toBe(20);
    // Roles with a colon of their own, commas and ampersands; the one bullet without a role has no owner.
    expect(byTitle('Make large repositories fast').owner).toBe('Create:Source Code');
    expect(byTitle('Hire from a wider pool').owner).toBe('Diversity, Inclusion & Belonging');
    expect(byTitle('Forecast within a few percent').owner).toBe('Finance Planning & Analysis');
    expect(r.objectives.filter((o) => o.owner === '').map((o) => o.title)).toEqual(['Hire a Head of Partnerships for APAC']);
    for (const o of r.objectives) {
      expect(o.title).not.toMatch(/^[\w ]+:|\]\(|\*\*|=>|\.$/);
      expect(o.title.length).toBeLessThan(80);
    }
  });

  it('splits sentences without breaking v2.0, 3.1, $1.5M, e.g. or i.e.', () => {
    expect(krsOf(byTitle('Ship v2.0 of the API without breaking v1 users')).map((k) => k.title)).toEqual([
      'Migrate 100% of internal services to API v2.0',
      'Keep the share of v1 calls that fail below 0.1%',
      'Publish the v1 deprecation timeline',
    ]);
    expect(kr('Close 8 deals with regulated customers (e.g. banks and insurers)')).toMatchObject({ target: 8, unit: 'deals' });
    expect(kr('Publish 6 in-depth guides (i.e. longer than 3,000 words)')).toMatchObject({ target: 6, unit: 'guides' });
    expect(kr('Grow monthly active users from 3.1M to 3.6M')).toMatchObject({ start: 3_100_000, target: 3_600_000 });
    expect(byTitle('Bring the web IDE to v3.1').owner).toBe('Create:Editor');
  });

  it('turns links into their text', () => {
    expect(kr('Run 25 architecture workshops with prospects')).toMatchObject({ target: 25, unit: 'workshops' });
    expect(r.keyResults.some((k) => /\]\(|https?:/.test(k.title))).toBe(false);
  });

  it('reads every “from X to Y” as start and target (69 of them), money and percentages with their unit', () => {
    const fromTo = r.keyResults.filter((k) => /from \$?[\d.,]+[Mk%]?(?: [A-Z]+)? to /.test(k.title));
    expect(fromTo).toHaveLength(69);
    for (const k of fromTo) {
      const [, a, b] = /from (\$?[\d.,]+[Mk%]?)(?: [A-Z]+)? to (\$?[\d.,]+[Mk%]?)/.exec(k.title)!;
      expect([k.title, k.start, k.target]).toEqual([k.title, amount(a!), amount(b!)]);
      expect(k.kind).toBe(amount(b!) < amount(a!) ? 'decrease' : 'increase');
    }
    expect(kr('Cut the mid-market sales cycle from 60 to 45 days')).toMatchObject({ start: 60, target: 45, unit: 'days', kind: 'decrease' });
    expect(kr('Achieve 110% of the net new ARR plan')).toMatchObject({ start: 0, target: 110, unit: '%' });
    expect(kr('Reach $1.5M in new self-serve ARR')).toMatchObject({ start: 0, target: 1_500_000, unit: '$' });
    expect(kr('Reach an operating margin of -8%')).toMatchObject({ target: -8, unit: '%' });
    expect(kr('Keep the average sales cycle below 95 days')).toMatchObject({ target: 95, unit: 'days', kind: 'stay_below' });
    expect(kr('Keep monthly availability above 99.95%')).toMatchObject({ target: 99.95, unit: '%', kind: 'stay_above' });
    expect(kr('Score at least 8 of 10 in the brand recognition test')).toMatchObject({ target: 8, kind: 'stay_above' });
    // A number that only qualifies the noun does not replace the count.
    expect(kr('Close 40 enterprise deals above $100k')).toMatchObject({ target: 40, unit: 'deals', kind: 'increase' });
  });

  it('takes trailing progress notes as how far the key result has come', () => {
    expect(kr('Book $6.2M in new ARR')).toMatchObject({ start: 0, current: 4_340_000, target: 6_200_000 });
    expect(kr('Reach $900k in APAC bookings')).toMatchObject({ current: 450_000, target: 900_000 });
    expect(kr('Ship 140 of 140 planned endpoints')).toMatchObject({ current: 119, target: 140 });
  });

  it('leaves a key result without numbers at 0 → 100 with a warning on its own line', () => {
    const unread = r.keyResults.filter((k) => k.start === 0 && k.target === 100 && k.unit === '');
    expect(unread.map((k) => k.title)).toContain('Send every reciept within one business day');
    expect(unread.map((k) => k.title)).toContain('Ship the web IDE 3.1 with remote development');
    expect(unread).toHaveLength(35);
    for (const k of unread) {
      const line = r.origins![k.id]!;
      expect(r.warnings.filter((w) => w.line === line).map((w) => w.message)).toContainEqual(expect.stringContaining('gives no number to measure'));
      expect(text.split('\n')[line - 1]).toContain(k.title);
    }
  });

  it('drops nothing without a word: every line became part of the plan or has a warning with its number', () => {
    const understood = new Set(r.understoodLines);
    const warned = new Set(r.warnings.map((w) => w.line));
    const lines = text.split('\n');
    const silent = lines.flatMap((l, i) => (l.trim() !== '' && !understood.has(i + 1) && !warned.has(i + 1) ? [`${i + 1}: ${l}`] : []));
    expect(silent).toEqual([]);
    // The prose and the extra front matter are what was left out, each named.
    expect(r.warnings.filter((w) => !w.message.includes('gives no number')).map((w) => w.line)).toEqual([3, 4, 9, 11, 161]);
  });

  it('starts the sentence after an owner label with a capital, as its owner wrote it otherwise', () => {
    const lower = parseMarkdown('# Cider plan\n\n- Trade team: get every village pub stocking our cider\n- Online: eBay shop out of beta\n', { now: NOW });
    expect(lower.objectives.map((o) => [o.owner, o.title])).toEqual([
      ['Trade team', 'Get every village pub stocking our cider'],
      ['Online', 'eBay shop out of beta'],
    ]);
  });

  it('keeps a sentence after a dash in the title, and a few words there as the owner', () => {
    // (2026-12-08: "Sweeping — grow repeat sweeps…" had become the objective "Sweeping", its words the owner.)
    const r2 = parseMarkdown('# Sweeps plan\n\n- Sweeping — grow repeat sweeps with the homes we already look after\n- Fix the yard gate — Kenny to sort\n', { now: NOW });
    expect(r2.objectives.map((o) => [o.owner, o.title])).toEqual([
      ['', 'Sweeping — grow repeat sweeps with the homes we already look after'],
      ['Kenny to sort', 'Fix the yard gate'],
    ]);
  });

  it('lets each convention be switched off', () => {
    const noRoles = parseMarkdown(text, { now: NOW, conventions: { rolePrefix: false } });
    expect(noRoles.objectives).toHaveLength(130);
    expect(noRoles.objectives[1]).toMatchObject({ owner: '', title: 'CRO: Win the enterprise segment in every region' });
    expect(noRoles.conventionsUsed?.rolePrefix).toBe(0);

    const noSentences = parseMarkdown(text, { now: NOW, conventions: { sentences: false } });
    expect(noSentences.keyResults).toHaveLength(0);
    expect(noSentences.objectives[1]).toMatchObject({
      owner: 'CRO',
      title: 'Win the enterprise segment in every region. Close 40 enterprise deals above $100k. Grow the qualified pipeline from $18M to $26M. Keep the average sales cycle below 95 days',
    });

    const noNumbers = parseMarkdown(text, { now: NOW, conventions: { numbers: false } });
    expect(noNumbers.keyResults).toHaveLength(267);
    expect(noNumbers.keyResults.every((k) => k.start === 0 && k.target === 100)).toBe(true);
    expect(noNumbers.keyResults.find((k) => k.title.startsWith('Book $6.2M'))!.title).toBe('Book $6.2M in new ARR => 70%');
  });
});

describe('sentence splitting', () => {
  it.each([
    ['Ship v2.0 of the API. Close 3.1 deals.', ['Ship v2.0 of the API.', 'Close 3.1 deals.']],
    ['Reach $1.5M. Grow to 45.', ['Reach $1.5M.', 'Grow to 45.']],
    ['Partner with Acme Inc. Europe on two launches. Sign 2.', ['Partner with Acme Inc. Europe on two launches.', 'Sign 2.']],
    ['Cover verticals (e.g. Banks. Insurers) first. Then grow.', ['Cover verticals (e.g. Banks. Insurers) first.', 'Then grow.']],
    ['Hire J. Smith as lead. Ship it!', ['Hire J. Smith as lead.', 'Ship it!']],
  ])('%s', (input, expected) => {
    expect(splitSentences(input)).toEqual(expected);
  });
});

describe('front matter and the page title', () => {
  it('prefers the front matter title, and reads `title:` alone without a warning', () => {
    const md = ['---', 'title: From front matter', '---', '', '# H1 title', '', '- CEO: Grow. Win 3 deals.'].join('\n');
    const p = parseMarkdown(md, { now: NOW });
    expect(p.name).toBe('From front matter');
    expect(p.warnings).toEqual([]);
    expect(p.objectives.map((o) => o.title)).toEqual(['Grow']);
  });
});
