import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writePlanFile } from '../../electron/db/bulk';
import { openPlanDb } from '../../electron/db/open';
import { PlanRepo } from '../../electron/db/repo';
import { EXAMPLE_CASCADE } from '../../shared/example';
import { parseCsv } from '../../shared/formats';
import { generatePlan } from '../helpers/generate';
import { cascade } from '../helpers/cli';
import { tmpDir } from '../helpers/tmp';
import { handbookPlan } from '../fixtures/handbook-plan';

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
      [['export', plan, '--format', 'docx', '--out', 'x'], /--format must be one of pdf, png, svg, csv, xlsx, json, md, opml, not “docx”/],
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
    for (const format of ['json', 'csv', 'md', 'opml', 'xlsx']) {
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

describe('cascade import of a published handbook page', () => {
  const handbook = path.join(__dirname, '../fixtures/handbook-okrs.md');

  it('imports all 130 objectives and 267 key results into a plan file, and prints every warning to stderr', async () => {
    const target = path.join(tmpDir(), 'FY27.cascade');
    const r = await cascade('import', handbook, '--into', target);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Imported 130 objectives and 267 key results into .*FY27\.cascade\. 40 warnings above\./);
    const warnings = r.err.trimEnd().split('\n');
    expect(warnings).toHaveLength(40);
    expect(warnings[0]).toBe('cascade: warning: handbook-okrs.md: Line 3: “description: "Company and team objective…” in the front matter is not part of a plan; it was ignored.');
    expect(warnings).toContain('cascade: warning: handbook-okrs.md: Line 58: the key result “Send every reciept within one business d…” gives no number to measure; it starts at 0 with a target of 100.');
    expect(countRows(target)).toEqual({ objectives: 130, keyResults: 267 });
    const db = openPlanDb(target);
    const repo = new PlanRepo(db);
    const cro = repo.objectives().find((o) => o.owner === 'CRO')!;
    expect(cro.title).toBe('Win the enterprise segment in every region');
    expect(repo.keyResults().find((k) => k.title === 'Grow the qualified pipeline from $18M to $26M')).toMatchObject({ start: 18e6, target: 26e6, unit: '$' });
    db.close();
  });

  it('into a folder, makes a new plan named as the page names itself (front matter title), never over one that is there', async () => {
    const folder = tmpDir();
    const r = await cascade('import', handbook, '--into', folder);
    expect(r.code).toBe(0);
    const made = path.join(folder, 'FY27-Q1 OKRs.cascade');
    expect(r.out).toContain(`into ${made}.`);
    expect(countRows(made)).toEqual({ objectives: 130, keyResults: 267 });
    // Again: the plan is there, so nothing is written and the user is told how to choose.
    const again = await cascade('import', handbook, '--into', folder);
    expect(again.code).toBe(1);
    expect(again.err).toContain('is already there; name the plan to import into with --into <plan.cascade>.');
    expect(countRows(made)).toEqual({ objectives: 130, keyResults: 267 });
    // An H1 names the plan when there is no front matter; characters a file name cannot hold become "-".
    const md = path.join(tmpDir(), 'page.md');
    fs.writeFileSync(md, '# Sales / Q3: EMEA\n\n- CRO: Grow. Close 40 deals.\n');
    expect((await cascade('import', md, '--into', folder)).code).toBe(0);
    expect(countRows(path.join(folder, 'Sales - Q3- EMEA.cascade'))).toEqual({ objectives: 1, keyResults: 1 });
  });

  it('--strict turns warnings into a failure and writes nothing', async () => {
    const target = examplePlan();
    const before = fs.readFileSync(target);
    const r = await cascade('import', handbook, '--into', target, '--strict');
    expect(r.code).toBe(1);
    expect(r.err).toContain('cascade: warning: handbook-okrs.md: Line 9:');
    expect(r.err.trimEnd().split('\n').at(-1)).toBe('cascade: handbook-okrs.md: 40 warnings and --strict: nothing was imported.');
    expect(fs.readFileSync(target).equals(before)).toBe(true);
    const fresh = path.join(tmpDir(), 'never.cascade');
    expect((await cascade('import', handbook, '--into', fresh, '--strict')).code).toBe(1);
    expect(fs.existsSync(fresh)).toBe(false);
    // A clean file passes --strict.
    const clean = path.join(tmpDir(), 'clean.md');
    fs.writeFileSync(clean, '# Clean\n\n- CEO: Grow revenue. Reach $2M in new ARR.\n');
    expect(await cascade('import', clean, '--into', path.join(tmpDir(), 'clean.cascade'), '--strict')).toMatchObject({ code: 0, err: '' });
  });

  it('refuses damaged files whole: text that is not UTF-8, a cut-off OPML or workbook', async () => {
    const target = examplePlan();
    const before = fs.readFileSync(target);
    const dir = tmpDir();
    const latin1 = path.join(dir, 'latin1.md');
    fs.writeFileSync(latin1, Buffer.concat([Buffer.from('- CEO: Grow revenue.\n- CFO: Cut costs in M'), Buffer.from([0xfc]), Buffer.from('nchen.\n')]));
    const r1 = await cascade('import', latin1, '--into', target);
    expect(r1).toMatchObject({ code: 1, err: 'cascade: latin1.md: Line 1: the file is not UTF-8 text (the first character that is not is on line 2); save it as UTF-8 and import it again.\n' });
    for (const format of ['opml', 'xlsx']) {
      const full = path.join(dir, `plan.${format}`);
      await cascade('export', target, '--format', format, '--out', full);
      const bytes = fs.readFileSync(full);
      const cut = path.join(dir, `cut.${format}`);
      fs.writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
      const r = await cascade('import', cut, '--into', target);
      expect(r.code, format).toBe(1);
      expect(r.err, format).toMatch(/damaged or cut off|does not open/);
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
    // 75 commands, each starting the backend's worker thread (about a second each on a loaded machine).
  }, 240_000);
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
