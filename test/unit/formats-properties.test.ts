import { parse as parseCsvReference } from 'csv-parse/sync';
import fc from 'fast-check';
import { planToXlsx } from '../../electron/export/xlsx';
import { describe, expect, it } from 'vitest';
import {
  GATE_ANSWERS,
  KR_KINDS,
  LEVELS,
  LIMITS,
  OWNER_KINDS,
  PERIOD_KINDS,
  ROLLUP_MODES,
  SHELF_ANSWERS,
  STATUSES,
  type Dismissal,
  type KeyResult,
  type Objective,
} from '../../shared/model';
import {
  CSV_COLUMNS,
  canonicalOrder,
  parseCsv,
  parseJson,
  parseMarkdown,
  parseOpml,
  parseXlsx,
  planToCsv,
  planToJson,
  planToMarkdown,
  planToOpml,
  type ExportablePlan,
} from '../../shared/formats';

/* Property tests over generated plans: random trees (including deep chains), hostile text, every kind of number. */

const NUM_RUNS = 150;
const NOW = '2030-01-01T00:00:00.000Z';

/** Text that breaks naive exporters: separators, quotes, line breaks, formula starters, scripts, emoji. */
const TRICKY = [
  '',
  ' ',
  '=SUM(A1:A9)',
  '=sum',
  '+1',
  '-5% churn',
  '-',
  '@cmd',
  '\tindented',
  '\rcarriage',
  "'=already quoted",
  "''-two quotes",
  "'plain apostrophe",
  'a,b',
  'a;b',
  'say "hi"',
  '""',
  'line one\nline two',
  'crlf\r\nbreak',
  'trailing newline\n',
  '北极星目标',
  'مرحبا بالعالم',
  'שלום \u200f',
  '🚀📈👩‍👩‍👧‍👦',
  'e\u0301',
  '  padded  ',
  '**bold** _em_ `code`',
  '[link](x) <b>',
  'back\\slash',
  'Q1 — Q2 · 2026',
  '(0 → 5 → 12 accounts)',
  'KR: not a kr',
  '# not a heading',
  '> not a quote',
  '- not a bullet',
  '1. not a list',
  'ends with (',
  ', decrease',
  '&amp; <tag attr="x">',
  // Lines that open a Markdown HTML block or a code fence, left unclosed.
  '<?',
  '<!-- open',
  '```',
  'line\u2028separator',
  'next\u0085line',
  'para\u2029graph',
  '\u00a0nbsp\u00a0',
];

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }) },
);
const text = (max: number) =>
  fc
    .array(piece, { maxLength: 4 })
    .map((parts) => parts.join(''))
    .filter((s) => s.length <= max);

/** -0 is not a value a plan holds (the database and JSON both turn it into 0). */
const noNegZero = (v: number) => (v === 0 ? 0 : v);
const number = fc
  .oneof(
    fc.integer({ min: -1_000_000, max: 1_000_000 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.double({ min: -1e-6, max: 1e-6, noNaN: true }),
    fc.constantFrom(-5, 0.1, 0.30000000000000004, 1e21, -1e-7, 5e-324, Number.MAX_VALUE, -Number.MAX_SAFE_INTEGER, 123456.789),
  )
  .map(noNegZero);

const timestamp = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

const idArb = fc.oneof(
  fc.uuid(),
  fc.constantFrom('-starts-with-minus', '=formula-id', '@at', 'with,comma', 'with "quote"', 'multi\nline', '北', '🚀', "'q"),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }),
).filter((s) => s.length >= 1 && s.length <= LIMITS.id);

const isoDate = fc.oneof(
  fc.constant(''),
  fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const weight = fc.oneof(fc.constantFrom(0, 1, 2, 0.5, 1000), fc.double({ min: 0, max: 1000, noNaN: true })).map(noNegZero);

/** One arbitrary per field: the compiler insists on all of them, so a field added to the model must be added here. */
type FieldArbs<T> = { [K in keyof T]-?: fc.Arbitrary<T[K]> };

const objectiveFields = fc.record({
  level: fc.constantFrom(...LEVELS),
  title: text(LIMITS.title),
  description: text(LIMITS.description),
  owner: text(LIMITS.owner),
  ownerKind: fc.constantFrom(...OWNER_KINDS),
  period: text(LIMITS.period),
  periodKind: fc.constantFrom(...PERIOD_KINDS),
  periodStart: isoDate,
  periodEnd: isoDate,
  gate: fc.constantFrom(...GATE_ANSWERS),
  weight,
  rollupMode: fc.constantFrom(...ROLLUP_MODES),
  statusOverride: fc.option(fc.constantFrom(...STATUSES), { nil: null }),
  sortOrder: fc.integer({ min: -50, max: 50 }),
  createdAt: timestamp,
  updatedAt: timestamp,
} satisfies FieldArbs<Omit<Objective, 'id' | 'parentId' | 'parentKrId'>>);

const krFields = fc.record({
  title: text(LIMITS.title),
  unit: text(LIMITS.unit),
  start: number,
  target: number,
  current: number,
  kind: fc.constantFrom(...KR_KINDS),
  weight,
  sortOrder: fc.integer({ min: -50, max: 50 }),
  checkedInAt: timestamp,
  updatedAt: timestamp,
} satisfies FieldArbs<Omit<KeyResult, 'id' | 'objectiveId'>>);

const dismissalArb = fc.record({
  subjectId: idArb,
  rule: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 20 }).filter((r) => r.length <= 40),
  reason: text(200),
  createdAt: timestamp,
} satisfies FieldArbs<Dismissal>);

interface PlanOptions {
  maxObjectives?: number;
  /** Some plans are generated as one deep chain (each objective the child of the previous). */
  chain?: boolean;
}

function planArb({ maxObjectives = 14, chain = false }: PlanOptions = {}): fc.Arbitrary<ExportablePlan> {
  return fc
    .record({
      n: fc.integer({ min: 0, max: maxObjectives }),
      asChain: chain ? fc.boolean() : fc.constant(false),
      name: text(80),
      dismissals: fc.uniqueArray(dismissalArb, { maxLength: 3, selector: (d) => `${d.subjectId}\u0000${d.rule}` }),
    })
    .chain(({ n, asChain, name, dismissals }) =>
      fc
        .record({
          ids: fc.uniqueArray(idArb, { minLength: n, maxLength: n }),
          parents: fc.array(fc.option(fc.nat(), { nil: null, freq: 4 }), { minLength: n, maxLength: n }),
          fields: fc.array(objectiveFields, { minLength: n, maxLength: n }),
          parentKrPicks: fc.array(fc.option(fc.nat(), { nil: null }), { minLength: n, maxLength: n }),
          krIds: fc.uniqueArray(idArb, { maxLength: n === 0 ? 0 : n * 2 }),
        })
        .chain(({ ids, parents, fields, parentKrPicks, krIds }) =>
          fc.array(fc.tuple(fc.nat(), krFields), { minLength: krIds.length, maxLength: krIds.length }).map((krs) => {
            const parentIds = ids.map((_, i) => {
              const pick = parents[i];
              return i === 0 ? null : asChain ? ids[i - 1]! : pick === null || pick === undefined ? null : ids[pick % i]!;
            });
            const keyResults: KeyResult[] = krs.map(([owner, f], i) => ({ id: krIds[i]!, objectiveId: ids[owner % n]!, ...f }));
            const hasChildren = new Set(parentIds.filter((p) => p !== null));
            const objectives: Objective[] = ids.map((id, i) => {
              const parentId = parentIds[i]!;
              // Keep to what the app allows: a moved KR belongs to the parent; only leaves sit on the shelf.
              const parentKrs = keyResults.filter((kr) => kr.objectiveId === parentId);
              const pick = parentKrPicks[i];
              const parentKrId = pick === null || pick === undefined || parentKrs.length === 0 ? null : parentKrs[pick % parentKrs.length]!.id;
              const f = fields[i]!;
              const gate = hasChildren.has(id) && SHELF_ANSWERS.includes(f.gate) ? 'strategic' : f.gate;
              return { id, parentId, parentKrId, ...f, gate };
            });
            return { meta: { name }, objectives, keyResults, dismissals };
          }),
        ),
    );
}

/** A plain north star with every field set, for the cases written out by hand. */
const objectiveOf = (title: string): Objective => ({
  id: 'o1', parentId: null, parentKrId: null, level: 'north_star', title, description: '', owner: '', ownerKind: 'person',
  period: '', periodKind: 'none', periodStart: '', periodEnd: '', gate: 'unanswered', weight: 0, rollupMode: 'average',
  statusOverride: null, sortOrder: 0, createdAt: '2000-01-01T00:00:00.000Z', updatedAt: '2000-01-01T00:00:00.000Z',
}) as Objective;
const byId = <T extends { id: string }>(items: readonly T[]) => [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

describe('JSON', () => {
  it('JSON → parse → JSON is identical for any plan, and every field survives', () => {
    fc.assert(
      fc.property(planArb({ chain: true, maxObjectives: 30 }), (plan) => {
        const json = planToJson(plan);
        const back = parseJson(json, { now: NOW });
        expect(back.errors).toEqual([]);
        expect(back.warnings).toEqual([]);
        expect(back.name).toBe(plan.meta.name);
        expect(byId(back.objectives)).toEqual(byId(plan.objectives));
        expect(byId(back.keyResults)).toEqual(byId(plan.keyResults));
        expect(back.dismissals).toHaveLength(plan.dismissals?.length ?? 0);
        expect(planToJson({ meta: { name: back.name! }, objectives: back.objectives, keyResults: back.keyResults, dismissals: back.dismissals })).toBe(json);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('is deterministic: the order of the input arrays does not matter', () => {
    fc.assert(
      fc.property(planArb(), (plan) => {
        const reversed = {
          meta: plan.meta,
          objectives: [...plan.objectives].reverse(),
          keyResults: [...plan.keyResults].reverse(),
          dismissals: [...(plan.dismissals ?? [])].reverse(),
        };
        expect(planToJson(reversed)).toBe(planToJson(plan));
      }),
      { numRuns: 60 },
    );
  });
});

/** What the CSV must contain for a field value, computed independently of the exporter. */
function expectedCell(value: unknown, numeric: boolean): string {
  if (value === null || value === undefined) return '';
  if (numeric) return String(value);
  const s = String(value);
  return /^'*[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

describe('CSV', () => {
  it('CSV export → import keeps every field exactly', () => {
    fc.assert(
      fc.property(planArb({ chain: true, maxObjectives: 30 }), (plan) => {
        const back = parseCsv(planToCsv(plan), { now: NOW });
        expect(back.errors).toEqual([]);
        expect(back.warnings).toEqual([]);
        expect(byId(back.objectives)).toEqual(byId(plan.objectives));
        expect(byId(back.keyResults)).toEqual(byId(plan.keyResults));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('a reference CSV parser reads the export row by row: BOM, quoting, formula escape, plain numbers', () => {
    fc.assert(
      fc.property(planArb(), (plan) => {
        const csv = planToCsv(plan);
        expect(csv.startsWith('\uFEFF')).toBe(true);
        expect(csv.endsWith('\r\n')).toBe(true);
        const rows = parseCsvReference(csv, { bom: true, relax_quotes: false, relax_column_count: false }) as string[][];
        const [header, ...body] = rows;
        expect(header).toEqual(CSV_COLUMNS.map((c) => c.name));
        const order = canonicalOrder(plan.objectives, plan.keyResults);
        const expected: Array<{ type: string; item: Record<string, unknown>; kind: 'objective' | 'keyResult' }> = [];
        for (const e of order.objectives) {
          expected.push({ type: 'objective', item: e.objective, kind: 'objective' });
          for (const kr of e.keyResults) expected.push({ type: 'key_result', item: kr, kind: 'keyResult' });
        }
        expect(body).toHaveLength(expected.length);
        body.forEach((row, i) => {
          const { type, item, kind } = expected[i]!;
          expect(row[0]).toBe(type);
          CSV_COLUMNS.forEach((col, c) => {
            if (c === 0) return;
            const spec = col[kind];
            const want = spec ? expectedCell(item[spec.name], spec.kind.type === 'number') : '';
            expect(row[c]).toBe(want);
          });
        });
      }),
      { numRuns: 80 },
    );
  });
});

/** What the Markdown outline carries, in canonical order. */
function outlineOf(plan: ExportablePlan) {
  return canonicalOrder(plan.objectives, plan.keyResults).objectives.map(({ objective: o, depth, keyResults }) => ({
    depth,
    level: o.level,
    title: o.title,
    owner: o.owner,
    period: o.period,
    description: o.description,
    keyResults: keyResults.map((kr) => ({
      title: kr.title,
      unit: kr.unit,
      start: kr.start,
      current: kr.current,
      target: kr.target,
      kind: kr.kind,
    })),
  }));
}

const oneLine = (s: string) => s.replace(/\r\n|\r|\n/g, ' ').trim();

/** Markdown is a readable outline: single-line fields lose line breaks and outer spaces by design. */
function markdownSafe(plan: ExportablePlan): ExportablePlan {
  return {
    meta: { name: oneLine(plan.meta.name) },
    objectives: plan.objectives.map((o) => ({
      ...o,
      title: oneLine(o.title),
      owner: oneLine(o.owner),
      period: oneLine(o.period),
      description: o.description.replace(/\r\n|\r/g, '\n'),
    })),
    keyResults: plan.keyResults.map((kr) => ({ ...kr, title: oneLine(kr.title), unit: oneLine(kr.unit) })),
  };
}

describe('Markdown', () => {
  it('export → import keeps structure, levels, titles, owners, periods, descriptions and KR numbers', () => {
    fc.assert(
      fc.property(planArb({ chain: true, maxObjectives: 25 }).map(markdownSafe), (plan) => {
        const md = planToMarkdown(plan);
        const back = parseMarkdown(md, { now: NOW });
        if (plan.objectives.length === 0) {
          // Nothing to outline: an empty file is refused, a lone title is a warning.
          expect(back.objectives).toEqual([]);
          return;
        }
        expect(back.errors).toEqual([]);
        expect(back.warnings).toEqual([]);
        if (plan.meta.name !== '') expect(back.name).toBe(plan.meta.name);
        expect(back.objectives).toHaveLength(plan.objectives.length);
        expect(back.keyResults).toHaveLength(plan.keyResults.length);
        expect(outlineOf({ meta: { name: '' }, objectives: back.objectives, keyResults: back.keyResults })).toEqual(outlineOf(plan));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('OPML', () => {
  it('is well-formed XML whose outlines carry every title', async () => {
    const { DOMParser } = await import('@xmldom/xmldom');
    fc.assert(
      fc.property(planArb(), (plan) => {
        const xml = planToOpml(plan);
        const problems: string[] = [];
        const doc = new DOMParser({
          errorHandler: { warning: () => {}, error: (m: string) => problems.push(m), fatalError: (m: string) => problems.push(m) },
        }).parseFromString(xml, 'text/xml');
        expect(problems).toEqual([]);
        const outlines = Array.from(doc.getElementsByTagName('outline'));
        const objectives = outlines.filter((el) => el.getAttribute('cascadeType') === 'objective');
        const krs = outlines.filter((el) => el.getAttribute('cascadeType') === 'key_result');
        expect(objectives.length + krs.length).toBe(outlines.length);
        expect(objectives).toHaveLength(plan.objectives.length);
        expect(krs).toHaveLength(plan.keyResults.length);
        const order = canonicalOrder(plan.objectives, plan.keyResults).objectives;
        objectives.forEach((el, i) => {
          const o = order[i]!.objective;
          // XML normalises CRLF / CR in attribute text only when written raw; we write references.
          expect(el.getAttribute('text') ?? '').toBe(o.title);
          expect(el.getAttribute('id')).toBe(o.id);
          expect(el.getAttribute('_note') ?? '').toBe(o.description);
          const parent = el.parentNode as Element;
          if (order[i]!.depth === 0) expect(parent.nodeName).toBe('body');
          else expect(parent.getAttribute('id')).toBe(o.parentId);
        });
      }),
      { numRuns: 60 },
    );
  });
});

describe('OPML import', () => {
  // XML 1.0 cannot carry these at all; the exporter writes U+FFFD instead (see opml.ts).
  const xmlSafe = (t: string) => t.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  const safe = <T extends object>(item: T): T =>
    Object.fromEntries(Object.entries(item).map(([k, v]) => [k, typeof v === 'string' ? xmlSafe(v) : v])) as T;

  it('keeps a period label and its dates as they were, a year with leading zeros too', () => {
    // Found by the property below (seed 2046942748): the year "0000" became the date "0-01-01",
    // and a label with no dates came back with the dates the label names.
    for (const period of ['0000', '0042', 'Q2 0007', '2026']) {
      const kind = period.startsWith('Q') ? 'quarter' : 'year';
      for (const [start, end] of [['', ''], ...(period === '2026' ? [['2026-01-01', '2026-12-31']] : [])] as const) {
        const objective = { ...objectiveOf(period), period, periodKind: kind, periodStart: start, periodEnd: end } as Objective;
        const plan: ExportablePlan = { meta: { name: 'Years' }, objectives: [objective], keyResults: [], dismissals: [] };
        const back = parseOpml(planToOpml(plan), { now: NOW });
        expect(back.errors).toEqual([]);
        expect(back.objectives[0]).toMatchObject({ period, periodKind: kind, periodStart: start, periodEnd: end });
      }
    }
  });

  it('export → import keeps every field of every objective and key result', () => {
    fc.assert(
      fc.property(planArb({ chain: true, maxObjectives: 30 }).filter((p) => p.objectives.length > 0), (plan) => {
        const back = parseOpml(planToOpml(plan), { now: NOW });
        expect(back.errors).toEqual([]);
        expect(back.name).toBe(xmlSafe(plan.meta.name).trim() || null);
        expect(byId(back.objectives)).toEqual(byId(plan.objectives.map(safe)));
        expect(byId(back.keyResults)).toEqual(byId(plan.keyResults.map(safe)));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('Excel (.xlsx)', () => {
  it('export → import keeps every field exactly, as CSV does', async () => {
    await fc.assert(
      fc.asyncProperty(planArb({ chain: true, maxObjectives: 20 }), async (plan) => {
        const back = await parseXlsx(await planToXlsx(plan), () => import('exceljs'), { now: NOW });
        expect(back.errors).toEqual([]);
        expect(back.warnings).toEqual([]);
        expect(byId(back.objectives)).toEqual(byId(plan.objectives));
        expect(byId(back.keyResults)).toEqual(byId(plan.keyResults));
      }),
      { numRuns: 40 },
    );
  });
});

describe('plain interchange JSON', () => {
  const LEVEL_WORD = { north_star: 'north-star', bridge: 'bridge', contribution: 'contribution' } as const;
  const DIRECTION_WORD = { increase: 'increase', decrease: 'decrease', stay_above: 'stay-above', stay_below: 'stay-below', milestone: 'milestone', binary: 'binary' } as const;

  it('a script’s plan comes in with its ids, structure, levels, owners and every KR number', () => {
    fc.assert(
      fc.property(planArb({ chain: true, maxObjectives: 30 }).filter((p) => p.objectives.length > 0), (plan) => {
        // Written as a script would: key results nested in their objective, the documented words.
        const doc = {
          objectives: plan.objectives.map((o) => ({
            id: o.id,
            parentId: o.parentId,
            title: o.title,
            level: LEVEL_WORD[o.level],
            owner: o.owner,
            keyResults: plan.keyResults
              .filter((k) => k.objectiveId === o.id)
              .map((k) => ({ id: k.id, title: k.title, unit: k.unit, start: k.start, target: k.target, current: k.current, direction: DIRECTION_WORD[k.kind] })),
          })),
        };
        const back = parseJson(JSON.stringify(doc, null, 1), { now: NOW });
        expect(back.errors).toEqual([]);
        const pick = (o: Objective) => ({ id: o.id, parentId: o.parentId, title: o.title, level: o.level, owner: o.owner });
        expect(byId(back.objectives).map(pick)).toEqual(byId(plan.objectives).map(pick));
        const pickKr = (k: KeyResult) => ({ id: k.id, objectiveId: k.objectiveId, title: k.title, unit: k.unit, start: k.start, target: k.target, current: k.current, kind: k.kind });
        expect(byId(back.keyResults).map(pickKr)).toEqual(byId(plan.keyResults).map(pickKr));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('importers never throw', () => {
  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        for (const parse of [parseJson, parseCsv, parseMarkdown]) {
          const r = parse(s, { now: NOW });
          expect(Array.isArray(r.errors)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('on any truncation of a valid export, and a cut JSON is always reported', () => {
    fc.assert(
      fc.property(planArb({ maxObjectives: 6 }), fc.double({ min: 0, max: 1, noNaN: true }), (plan, at) => {
        for (const [write, parse] of [
          [planToJson, parseJson],
          [planToCsv, parseCsv],
          [planToMarkdown, parseMarkdown],
        ] as const) {
          const full = write(plan);
          const cut = full.slice(0, Math.floor(full.length * at));
          const r = parse(cut, { now: NOW });
          if (write === planToJson && cut.trimEnd().length < full.trimEnd().length) expect(r.errors.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 100 },
    );
  });
});
