import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { writePlanFile } from '../../electron/db/bulk';
import { openPlanDb } from '../../electron/db/open';
import { PlanRepo } from '../../electron/db/repo';
import { main } from '../../electron/cli';
import { EXAMPLE_CASCADE } from '../../shared/example';
import { parseCsv } from '../../shared/formats';
import { generatePlan } from '../../shared/generate';
import { tmpDir } from '../helpers/tmp';
import { handbookPlan } from '../fixtures/handbook-plan';

/** Runs the command line in-process and captures what it prints. */
async function cascade(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((m: string) => void out.push(m));
  const write = vi.spyOn(process.stderr, 'write').mockImplementation((m: string | Uint8Array) => (err.push(String(m)), true));
  try {
    const code = await main(argv);
    return { code, out: out.join('\n'), err: err.join('') };
  } finally {
    log.mockRestore();
    write.mockRestore();
  }
}

function examplePlan(): string {
  const file = path.join(tmpDir(), 'Example.cascade');
  const db = openPlanDb(file, { create: true });
  new PlanRepo(db).seed(EXAMPLE_CASCADE);
  db.close();
  return file;
}

function countRows(file: string) {
  const db = openPlanDb(file);
  const repo = new PlanRepo(db);
  const n = { objectives: repo.objectives().length, keyResults: repo.keyResults().length };
  db.close();
  return n;
}

describe('cascade export', () => {
  it('writes every text format from the command line', async () => {
    const plan = examplePlan();
    const dir = tmpDir();
    for (const format of ['json', 'csv', 'md', 'opml']) {
      const out = path.join(dir, `plan.${format}`);
      const r = await cascade('export', plan, '--format', format, '--out', out);
      expect(r).toMatchObject({ code: 0, err: '' });
      expect(fs.readFileSync(out, 'utf8')).toContain('Grow Strategic Advisory Revenue');
    }
    const rows = parseCsv(fs.readFileSync(path.join(dir, 'plan.csv'), 'utf8'));
    expect(rows.errors).toEqual([]);
    expect(rows.objectives).toHaveLength(3);
  });

  it('writes a PDF whose text can be searched, in the paper asked for', async () => {
    const plan = examplePlan();
    const out = path.join(tmpDir(), 'deck.pdf');
    const r = await cascade('export', plan, '--format', 'pdf', '--out', out, '--paper', 'A3', '--landscape');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Wrote .*deck\.pdf \(1 page\)/);
    const text = execFileSync('pdftotext', ['-raw', out, '-']).toString().replace(/\s+/g, ' ');
    expect(text).toContain('Grow Strategic Advisory Revenue');
    const info = execFileSync('pdfinfo', [out]).toString();
    expect(info).toMatch(/Page size:\s+1190\.\d+ x 841\.\d+ pts/); // A3 landscape
  });

  it('exports only the focused branch', async () => {
    const plan = examplePlan();
    const db = openPlanDb(plan);
    const bridge = new PlanRepo(db).objectives().find((o) => o.level === 'bridge')!;
    db.close();
    const out = path.join(tmpDir(), 'branch.md');
    expect((await cascade('export', plan, '--format', 'md', '--out', out, '--focus', bridge.id)).code).toBe(0);
    const md = fs.readFileSync(out, 'utf8');
    expect(md).toContain('Deepen Client Relationships');
    expect(md).not.toContain('Grow Strategic Advisory Revenue');
  });

  it('says what is wrong in one line and exits non-zero', async () => {
    const plan = examplePlan();
    const focusPdf = path.join(tmpDir(), 'focus.pdf');
    const cases: Array<[string[], RegExp]> = [
      [['export', plan, '--format', 'docx', '--out', 'x'], /--format must be one of pdf, png, svg, csv, json, md, opml, not “docx”/],
      [['export', plan, '--format', 'pdf'], /--out is required/],
      [['export', path.join(tmpDir(), 'missing.cascade'), '--format', 'json', '--out', 'x'], /does not exist/],
      [['export', plan, '--format', 'json', '--out', path.join(tmpDir(), 'x.json'), '--focus', 'nope'], /no objective “nope” in this plan/],
      [['export', plan, '--format', 'pdf', '--out', focusPdf, '--focus', 'nope'], /no objective “nope” in this plan/],
      [['export', plan, '--format', 'pdf', '--out', 'x.pdf', '--mode', 'poster', '--sheets', '3by2'], /--sheets takes columns x rows/],
      [['export', plan, '--format', 'pdf', '--out', 'x.pdf', '--sheets', '3x2'], /--sheets goes with --mode poster/],
      [['frobnicate'], /Unknown command “frobnicate”/],
    ];
    for (const [argv, message] of cases) {
      const r = await cascade(...argv);
      expect(r.code).toBe(1);
      expect(r.err.split('\n')[0]).toMatch(message);
    }
    // An unknown focus writes nothing, rather than the whole plan.
    expect(fs.existsSync(focusPdf)).toBe(false);
  });

  it('prints a wide, shallow plan as a wall poster of 3 × 2 A4 sheets', async () => {
    const plan = path.join(tmpDir(), 'Handbook.cascade');
    const hb = handbookPlan();
    writePlanFile(plan, hb.objectives, hb.keyResults);
    const out = path.join(tmpDir(), 'poster.pdf');
    const r = await cascade('export', plan, '--format', 'pdf', '--out', out, '--mode', 'poster', '--sheets', '3x2', '--landscape');
    expect(r.code).toBe(0);
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '6', out]).toString();
    expect([...info.matchAll(/Page\s+\d+ size:\s+841\.\d+ x 595\.\d+ pts/g)]).toHaveLength(6); // six A4 landscape sheets
    const text = execFileSync('pdftotext', ['-f', '1', '-l', '6', '-raw', out, '-']).toString();
    expect(text).toContain('Row 2, column 3 of 2 × 3');
  });
});

describe('cascade import', () => {
  it('imports JSON, CSV and a Markdown outline into a plan', async () => {
    const source = examplePlan();
    const dir = tmpDir();
    for (const format of ['json', 'csv', 'md']) {
      const file = path.join(dir, `plan.${format}`);
      await cascade('export', source, '--format', format, '--out', file);
      const target = path.join(dir, `into-${format}.cascade`);
      const r = await cascade('import', file, '--into', target);
      expect(r).toMatchObject({ code: 0, out: expect.stringMatching(/Imported 3 objectives and 5 key results/) });
      expect(countRows(target)).toEqual({ objectives: 3, keyResults: 5 });
    }
  });

  it('imports a CSV as Excel saves it: BOM, CRLF and semicolons', async () => {
    const file = path.join(tmpDir(), 'excel.csv');
    fs.writeFileSync(file, '\uFEFFtype;id;parent_id;title;owner\r\nobjective;a;;Win the mid-market;Sales\r\nobjective;b;a;Shorten the sales cycle for mid-market deals;Ana\r\n');
    const target = path.join(tmpDir(), 'excel.cascade');
    expect((await cascade('import', file, '--into', target)).code).toBe(0);
    expect(countRows(target)).toEqual({ objectives: 2, keyResults: 0 });
  });

  it('refuses a bad file with one line per problem, and leaves the plan unchanged', async () => {
    const target = examplePlan();
    const before = fs.readFileSync(target);
    const dir = tmpDir();
    const bad: Array<[string, string, RegExp]> = [
      ['cycle.csv', 'type,id,parent_id,title\nobjective,a,b,A\nobjective,b,a,B\n', /cycle|loop|own ancestor/i],
      ['dupes.csv', 'type,id,parent_id,title\nobjective,a,,A\nobjective,a,,Again\n', /Row 3:.*“a”/],
      ['cut.json', '{"format":"cascade-planner","version":1,"objectives":[{"id":"a"', /cut off|truncated|ends|unexpected end/i],
      ['huge.csv', `type,id,parent_id,title\nobjective,a,,${'x'.repeat(600)}\n`, /Row 2:.*(500|too long)/],
      ['columns.csv', 'name,colour\nfoo,blue\n', /column/i],
    ];
    for (const [name, text, message] of bad) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, text);
      const r = await cascade('import', file, '--into', target);
      expect(r.code, name).toBe(1);
      expect(r.err, name).toMatch(message);
    }
    expect(fs.readFileSync(target).equals(before)).toBe(true);
  });
});

describe('round trips through a plan file', () => {
  it('JSON → import → JSON is identical for generated plans, Unicode titles included', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom('org', 'wide', 'deep', 'skewed' as const),
        fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 5 }),
        async (seed, n, shape, titles) => {
          const plan = generatePlan({ n, shape, seed });
          // Unicode titles (emoji, CJK, RTL…) on a few objectives.
          titles.forEach((t, i) => {
            const o = plan.objectives[i % plan.objectives.length]!;
            o.title = t.slice(0, 500);
          });
          const dir = tmpDir();
          const source = path.join(dir, 'Source.cascade');
          writePlanFile(source, plan.objectives, plan.keyResults);
          const first = path.join(dir, 'first.json');
          expect((await cascade('export', source, '--format', 'json', '--out', first)).code).toBe(0);
          const copy = path.join(dir, 'Source2.cascade');
          expect((await cascade('import', first, '--into', copy)).code).toBe(0);
          const second = path.join(dir, 'second.json');
          expect((await cascade('export', copy, '--format', 'json', '--out', second)).code).toBe(0);
          const strip = (s: string) => s.replace(/"name": "Source2?"/, '');
          expect(strip(fs.readFileSync(second, 'utf8'))).toBe(strip(fs.readFileSync(first, 'utf8')));
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('images', () => {
  it('writes SVG and a 2× PNG of a small cascade, and refuses a bitmap too large with a way out', async () => {
    const plan = examplePlan();
    const dir = tmpDir();
    expect((await cascade('export', plan, '--format', 'svg', '--out', path.join(dir, 'a.svg'))).code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'a.svg'), 'utf8')).toContain('Grow Strategic Advisory Revenue');
    expect((await cascade('export', plan, '--format', 'png', '--out', path.join(dir, 'a.png'))).code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'a.png')).subarray(1, 4).toString()).toBe('PNG');

    const big = path.join(dir, 'Big.cascade');
    const generated = generatePlan({ n: 400, shape: 'wide', seed: 3 });
    writePlanFile(big, generated.objectives, generated.keyResults);
    const r = await cascade('export', big, '--format', 'png', '--out', path.join(dir, 'big.png'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/too large for one image .* PDF atlas or as SVG instead/);
    expect(fs.existsSync(path.join(dir, 'big.png'))).toBe(false);
  });
});
