import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeKeyResult, makeObjective } from '../../shared/defaults';
import { MAX_ISSUES, parseCsv, parseJson, planToCsv, planToJson, planToOpml } from '../../shared/formats';
import { Issues, JSON_WORDING, checkStructure, depthsById } from '../../shared/formats/validate';
import type { Objective } from '../../shared/model';

const NOW = '2030-01-01T00:00:00.000Z';
const T = '2026-02-03T04:05:06.000Z';
const DEPTH = 5000;

/** A chain o0 ← o1 ← … ← o4999; with `loop`, o0's parent is the last one. */
function chain(loop = false): Objective[] {
  return Array.from({ length: DEPTH }, (_, i) =>
    makeObjective(
      {
        id: `o${i}`,
        parentId: i === 0 ? (loop ? `o${DEPTH - 1}` : null) : `o${i - 1}`,
        level: i === 0 ? 'north_star' : i === 1 ? 'bridge' : 'contribution',
        title: `Level ${i}`,
      },
      T,
    ),
  );
}

describe('deep chains (5,000 levels) never overflow the stack', () => {
  it('a valid chain round-trips through JSON and CSV', () => {
    const objectives = chain();
    const keyResults = [makeKeyResult({ id: 'k', objectiveId: `o${DEPTH - 1}`, title: 'deepest' }, T)];
    const plan = { meta: { name: 'deep' }, objectives, keyResults };
    const json = parseJson(planToJson(plan), { now: NOW });
    expect(json.errors).toEqual([]);
    expect(json.objectives).toEqual(objectives);
    const csv = parseCsv(planToCsv(plan), { now: NOW });
    expect(csv.errors).toEqual([]);
    expect(csv.objectives).toEqual(objectives);
    expect(csv.keyResults).toEqual(keyResults);
  });

  it('levels are derived from depth iteratively when a CSV has no level column', () => {
    const rows = ['type,id,parent_id,title', ...chain().map((o) => `objective,${o.id},${o.parentId ?? ''},${o.title}`)];
    const r = parseCsv(rows.join('\n'), { now: NOW });
    expect(r.errors).toEqual([]);
    expect(r.objectives.map((o) => o.level)).toEqual(chain().map((o) => o.level));
  });

  it('a 5,000-long loop of parents is found and reported once', () => {
    const loop = chain(true);
    const r = parseJson(planToJson({ meta: { name: 'loop' }, objectives: loop, keyResults: [] }), { now: NOW });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.message).toMatch(
      /^Line \d+: parentId values form a loop of 5,000 objectives: “o\d+” → “o\d+” → “o\d+” → “o\d+” → “o\d+” → … \(lines \d+, \d+, \d+, \d+, \d+, \d+, …\)\. Every chain of parents must end at a top-level objective\.$/,
    );
    const csv = parseCsv(planToCsv({ meta: { name: 'loop' }, objectives: loop, keyResults: [] }), { now: NOW });
    expect(csv.errors).toHaveLength(1);
    expect(csv.errors[0]!.message).toMatch(/^Row 2: parent_id values form a loop of 5,000 objectives/);
  });

  it('checkStructure and depthsById handle long chains and separate loops directly', () => {
    const issues = new Issues('Line');
    const refs = [
      ...chain().map((o, i) => ({ line: i + 1, id: o.id, parentId: o.parentId })),
      { line: 9001, id: 'x', parentId: 'y' },
      { line: 9002, id: 'y', parentId: 'x' },
      { line: 9003, id: 'hang', parentId: 'x' },
    ];
    checkStructure(refs, [], issues, JSON_WORDING);
    expect(issues.errors.map((e) => e.message)).toEqual([
      'Line 9001: parentId values form a loop of 2 objectives: “x” → “y” → “x” (lines 9001, 9002). Every chain of parents must end at a top-level objective.',
    ]);
    const depths = depthsById(refs);
    expect(depths.get(`o${DEPTH - 1}`)).toBe(DEPTH - 1);
    expect(depths.get('hang')).toBeGreaterThanOrEqual(0);
  });

  it('OPML nests 5,000 levels with bounded indentation', () => {
    const xml = planToOpml({ meta: { name: 'deep' }, objectives: chain(), keyResults: [] });
    expect((xml.match(/<outline /g) ?? []).length).toBe(DEPTH);
    expect((xml.match(/<\/outline>/g) ?? []).length + (xml.match(/\/>/g) ?? []).length).toBe(DEPTH);
    expect(xml.length).toBeLessThan(DEPTH * 600);
  });
});

describe('issue lists', () => {
  it('are sorted by line and capped, with a summary', () => {
    const rows = ['type,id,parent_id,title', ...Array.from({ length: 300 }, (_, i) => `objective,o${i},missing,T`)];
    const r = parseCsv(rows.join('\n'), { now: NOW });
    expect(r.errors).toHaveLength(MAX_ISSUES + 1);
    expect(r.errors[0]!.line).toBe(2);
    expect(r.errors[MAX_ISSUES - 1]!.line).toBe(MAX_ISSUES + 1);
    expect(r.errors[MAX_ISSUES]!.message).toBe('…and 100 more errors.');
  });

  it('quote user values briefly, on one line', () => {
    const long = `abc\n${'x'.repeat(50)}`;
    const r = parseCsv(`type,id,parent_id,title\nobjective,a,"${long}",T\n`, { now: NOW });
    expect(r.errors[0]!.message).toBe(`Row 2: parent_id “abc ${'x'.repeat(36)}…” does not match any objective in the file.`);
  });
});

const PURE_IMPORT =
  /^(\.\/[\w-]+|\.\.\/[\w-]+|zod|mdast|mdast-util-from-markdown|mdast-util-frontmatter|micromark-extension-frontmatter|decode-named-character-reference|@xmldom\/xmldom|csv-parse\/browser\/esm\/sync|csv-stringify\/browser\/esm\/sync)$/;

describe('shared/formats stays pure', () => {
  it('imports nothing from Node, Electron or the DOM', () => {
    const dir = new URL('../../shared/formats/', import.meta.url);
    for (const file of readdirSync(fileURLToPath(dir)).filter((f) => f.endsWith('.ts'))) {
      const src = readFileSync(new URL(file, dir), 'utf8');
      const imports = [...src.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
      // Siblings, pure shared modules (model, defaults, period), zod, and the pure-JavaScript parsers
      // the readers are built on (csv-parse/csv-stringify through their browser builds). exceljs is
      // handed in by the caller, never imported here.
      for (const spec of imports) expect(spec, `${file} imports ${spec}`).toMatch(PURE_IMPORT);
      expect(src, file).not.toMatch(/\b(document|window|require|process|Buffer)\s*[.(]/);
    }
  });
});
