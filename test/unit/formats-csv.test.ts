import { parse as parseCsvReference } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { makeKeyResult, makeObjective } from '../../shared/defaults';
import { CSV_COLUMNS, CSV_REQUIRED_COLUMNS, escapeFormula, parseCsv, planToCsv, unescapeFormula } from '../../shared/formats';
import type { KeyResult, Objective } from '../../shared/model';

const NOW = '2030-01-01T00:00:00.000Z';
const T = '2026-02-03T04:05:06.000Z';

const obj = (f: Partial<Objective> & Pick<Objective, 'id' | 'title'>): Objective =>
  makeObjective({ parentId: null, level: 'north_star', ...f }, T);
const kr = (f: Partial<KeyResult> & Pick<KeyResult, 'id' | 'objectiveId' | 'title'>): KeyResult => makeKeyResult(f, T);

const plan = {
  meta: { name: 'Tricky' },
  objectives: [
    obj({ id: 'ns', title: '=sum(A1)', owner: 'Leadership, "core" team', period: '2026', description: 'Line one\r\nline two; with semicolon' }),
    obj({ id: 'b1', parentId: 'ns', level: 'bridge', title: '-5% churn', owner: '@ops', sortOrder: 0 }),
    obj({ id: '-odd-id', parentId: 'ns', level: 'bridge', title: "'=already", owner: '\ttabbed', sortOrder: 1 }),
  ],
  keyResults: [
    kr({ id: 'k1', objectiveId: 'ns', title: '+10 accounts', unit: '%', start: -5, current: -2.5, target: 0.1, sortOrder: 0 }),
    kr({ id: 'k2', objectiveId: 'b1', title: 'Latency 北极星 🚀', unit: 'ms', start: 300, current: 1e-7, target: 1e21, kind: 'decrease' }),
  ],
};

const rows = (csv: string) => parseCsvReference(csv, { bom: true }) as string[][];
const col = (name: string) => CSV_COLUMNS.findIndex((c) => c.name === name);

describe('CSV export', () => {
  const csv = planToCsv(plan);

  it('is UTF-8 with BOM and CRLF line ends, with the documented header', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Every line break outside quoted cells is CRLF (the only bare LF is inside the quoted description).
    const header = csv.slice(1, csv.indexOf('\r\n'));
    expect(header.split(',')).toEqual(CSV_COLUMNS.map((c) => c.name));
    expect(header.startsWith('type,id,parent_id,')).toBe(true);
    for (const c of CSV_REQUIRED_COLUMNS) expect(header.split(',')).toContain(c);
  });

  it('reads back row by row with a reference parser: quoting and formula escapes', () => {
    const [header, ...body] = rows(csv);
    expect(header![0]).toBe('type');
    expect(body.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['objective', 'ns', ''],
      ['key_result', 'k1', 'ns'],
      ['objective', 'b1', 'ns'],
      ['key_result', 'k2', 'b1'],
      ['objective', "'-odd-id", 'ns'],
    ]);
    const [ns, k1, b1, k2, odd] = body as [string[], string[], string[], string[], string[]];
    expect(ns[col('title')]).toBe("'=sum(A1)");
    expect(ns[col('owner')]).toBe('Leadership, "core" team');
    expect(ns[col('description')]).toBe('Line one\r\nline two; with semicolon');
    expect(b1[col('title')]).toBe("'-5% churn");
    expect(b1[col('owner')]).toBe("'@ops");
    expect(odd[col('title')]).toBe("''=already");
    expect(odd[col('owner')]).toBe("'\ttabbed");
    expect(k1[col('title')]).toBe("'+10 accounts");
    // Numbers are never escaped: -5 stays a number for the spreadsheet.
    expect(k1[col('start')]).toBe('-5');
    expect(k1[col('current')]).toBe('-2.5');
    expect(k2[col('current')]).toBe('1e-7');
    expect(k2[col('target')]).toBe('1e+21');
    expect(k2[col('title')]).toBe('Latency 北极星 🚀');
    // Objective-only columns are empty on key-result rows and the other way round.
    expect(k1[col('level')]).toBe('');
    expect(ns[col('unit')]).toBe('');
  });

  it('quotes exactly the cells that need it', () => {
    expect(csv).toContain(',"Leadership, ""core"" team",');
    expect(csv).toContain(',"Line one\r\nline two; with semicolon",');
    expect(csv).toContain(",'-5% churn,");
  });

  it('round-trips every field', () => {
    const back = parseCsv(csv, { now: NOW });
    expect(back.errors).toEqual([]);
    expect(back.warnings).toEqual([]);
    expect(back.objectives).toEqual(plan.objectives.map((o) => expect.objectContaining(o)));
    expect(back.objectives).toEqual([plan.objectives[0], plan.objectives[1], plan.objectives[2]]);
    expect(back.keyResults).toEqual(plan.keyResults);
  });
});

describe('formula escape', () => {
  it.each(['=sum', '+1', '-5% churn', '@x', '\tx', '\rx', "'=x", "''+x", "'plain", 'plain', '', "'", "'-"])(
    'unescapeFormula(escapeFormula(%j)) is the identity',
    (s) => {
      expect(unescapeFormula(escapeFormula(s))).toBe(s);
    },
  );

  it('leaves harmless text alone', () => {
    expect(escapeFormula("'90s revival")).toBe("'90s revival");
    expect(escapeFormula('5% churn')).toBe('5% churn');
  });
});

describe('CSV import from spreadsheets', () => {
  it('accepts what Excel saves: BOM, CRLF, `;` separator, decimal commas, quoted line breaks', () => {
    const text =
      '\uFEFFtype;id;parent_id;title;owner;description;start;current;target;unit\r\n' +
      'objective;o1;;Grow revenue;Leadership;"Two\nlines";;;;\r\n' +
      'objective;o2;o1;\'-5% churn;"Smith; Jones";;;;;\r\n' +
      'key_result;k1;o2;Churn rate;;;5,5;4,25;-3;%\r\n' +
      'key_result;k2;o1;New accounts;;;0;5;12;accounts\r\n';
    const r = parseCsv(text, { now: NOW });
    expect(r.errors).toEqual([]);
    expect(r.objectives.map((o) => [o.id, o.parentId, o.title, o.owner, o.level, o.sortOrder])).toEqual([
      ['o1', null, 'Grow revenue', 'Leadership', 'north_star', 0],
      ['o2', 'o1', '-5% churn', 'Smith; Jones', 'bridge', 0],
    ]);
    expect(r.objectives[0]!.description).toBe('Two\nlines');
    expect(r.objectives[0]!.createdAt).toBe(NOW);
    expect(r.keyResults.map((k) => [k.id, k.objectiveId, k.start, k.current, k.target, k.unit, k.kind])).toEqual([
      ['k1', 'o2', 5.5, 4.25, -3, '%', 'decrease'],
      ['k2', 'o1', 0, 5, 12, 'accounts', 'increase'],
    ]);
    expect(r.keyResults[0]!.updatedAt).toBe(NOW);
    expect(r.warnings.some((w) => /defaults were used/.test(w.message))).toBe(true);
  });

  it('accepts LF line ends without a BOM, and tab-separated text', () => {
    const lf = 'type,id,parent_id,title\nobjective,a,,A\nobjective,b,a,B';
    expect(parseCsv(lf, { now: NOW }).objectives.map((o) => o.id)).toEqual(['a', 'b']);
    const tsv = 'type\tid\tparent_id\ttitle\r\nobjective\ta\t\tA, with comma\r\n';
    const r = parseCsv(tsv, { now: NOW });
    expect(r.errors).toEqual([]);
    expect(r.objectives[0]!.title).toBe('A, with comma');
  });

  it('fills missing optional columns with defaults: level by depth, order by position, app defaults', () => {
    const text = [
      'Type,ID,Parent ID,Title,Owner',
      'objective,root,,North,Board',
      'objective,c1,root,First,Ann',
      'objective,c2,root,Second,Bo',
      'objective,g1,c2,Deep,Cy',
      'objective,g2,g1,Deeper,Di',
      'Key Result,k,g2,Ship it,',
    ].join('\r\n');
    const r = parseCsv(text, { now: NOW });
    expect(r.errors).toEqual([]);
    expect(r.objectives.map((o) => [o.id, o.level, o.sortOrder])).toEqual([
      ['root', 'north_star', 0],
      ['c1', 'bridge', 0],
      ['c2', 'bridge', 1],
      ['g1', 'contribution', 0],
      ['g2', 'contribution', 0],
    ]);
    const defaults = makeKeyResult({ id: 'k', objectiveId: 'g2', title: 'Ship it' }, NOW);
    expect(r.keyResults).toEqual([defaults]);
    expect(r.objectives[0]).toEqual(
      makeObjective({ id: 'root', parentId: null, level: 'north_star', title: 'North', owner: 'Board' }, NOW),
    );
  });

  it('reads period dates from a period label when the date columns are missing', () => {
    const r = parseCsv('type,id,parent_id,title,period\nobjective,a,,A,Q2 2026\nobjective,b,a,B,whenever\n', { now: NOW });
    expect(r.objectives.map((o) => [o.periodKind, o.periodStart, o.periodEnd])).toEqual([
      ['quarter', '2026-04-01', '2026-06-30'],
      ['custom', '', ''],
    ]);
  });

  it('accepts labels and other spellings for choices and headers', () => {
    const text = 'type,id,parent_id,title,level,direction\nObjective,a,,A,Strategic Bridge,\nKR,k,a,K,,Decrease to\n';
    const r = parseCsv(text, { now: NOW });
    expect(r.errors).toEqual([]);
    expect(r.objectives[0]!.level).toBe('bridge');
    expect(r.keyResults[0]!.kind).toBe('decrease');
  });

  it('undoes exactly the formula escape on import', () => {
    const text = "type,id,parent_id,title\nobjective,a,,'-5% churn\nobjective,b,,''=sum\nobjective,c,,'90s\nobjective,d,,-raw minus\n";
    expect(parseCsv(text, { now: NOW }).objectives.map((o) => o.title)).toEqual(['-5% churn', "'=sum", "'90s", '-raw minus']);
  });
});

describe('CSV import rejects bad input with the row and the reason', () => {
  const header = 'type,id,parent_id,title,start\r\n';
  const messages = (text: string) => parseCsv(text, { now: NOW }).errors.map((e) => e.message);

  it('a file cut inside a quoted cell', () => {
    const full = planToCsv(plan);
    const cut = full.slice(0, full.indexOf('line two'));
    const r = parseCsv(cut, { now: NOW });
    expect(r.errors).toEqual([
      { line: 2, message: expect.stringMatching(/^Row 2: the file ends inside a quoted cell that starts on line 2; it looks truncated/) },
    ]);
  });

  it('a file cut in the middle of a row', () => {
    const full = planToCsv(plan);
    const cut = full.slice(0, full.indexOf('b1,ns') + 5);
    expect(messages(cut)).toEqual([expect.stringMatching(/^Row 4: the row has 3 of \d+ cells and the file stops without a line break; it looks truncated\.$/)]);
  });

  it('missing required columns, duplicate columns, unknown columns', () => {
    expect(messages('type,id,parent_id,owner\nobjective,a,,x\n')).toEqual([
      'Row 1: required column title is missing (the first row must name the columns; type, id, parent_id, title are required).',
    ]);
    expect(messages('type,id,parent_id,title,title\n')).toEqual(['Row 1: the column title appears twice (columns 4 and 5).']);
    const r = parseCsv('type,id,parent_id,title,colour\nobjective,a,,A,red\n', { now: NOW });
    expect(r.errors).toEqual([]);
    expect(r.warnings[0]!.message).toBe('Row 1: the column “colour” is not recognised and was ignored.');
  });

  it('a file that is not a plan CSV at all', () => {
    expect(messages('name,email\nAnn,ann@example.com\n')).toEqual([
      'Row 1: this does not look like a Cascade Planner CSV file: the first row must name the columns type, id, parent_id, title (it has “name”, “email”).',
    ]);
    expect(messages('{"format":"cascade-planner"}')).toEqual(['Row 1: this looks like a JSON file, not CSV; import it as JSON.']);
    expect(messages('PK\u0003\u0004\u0000\u0000binary')[0]).toMatch(/^Row 1: this is not a CSV file/);
    expect(messages('')).toEqual(['Row 1: the file is empty.']);
  });

  it('huge cells, reported with their row', () => {
    const long = 'x'.repeat(501);
    expect(messages(`${header}objective,a,,ok,\nobjective,b,,${long},\n`)).toEqual([
      'Row 3: title is 501 characters long; the limit is 500.',
    ]);
    const desc = 'd'.repeat(10_001);
    expect(messages(`type,id,parent_id,title,description\nobjective,a,,A,"${desc}"\n`)).toEqual([
      'Row 2: description is 10,001 characters long; the limit is 10,000.',
    ]);
    expect(messages(`${header}objective,${'i'.repeat(65)},,A,\n`)).toEqual(['Row 2: id is 65 characters long; the limit is 64.']);
  });

  it('wrong types and values', () => {
    expect(messages(`${header}objective,a,,A,\nkey_result,k,a,K,lots\n`)).toEqual(['Row 3: start “lots” is not a number.']);
    expect(messages(`${header}objective,a,,A,\nkey_result,k,a,K,0x10\n`)).toEqual(['Row 3: start “0x10” is not a number.']);
    expect(messages('type,id,parent_id,title,level\nobjective,a,,A,boss\n')).toEqual([
      'Row 2: level “boss” is not one of: north_star, bridge, contribution.',
    ]);
    expect(messages('type,id,parent_id,title,sort_order\nobjective,a,,A,1.5\n')).toEqual([
      'Row 2: sort_order must be a whole number, not the number 1.5.',
    ]);
    expect(messages('type,id,parent_id,title\ngoal,a,,A\n')).toEqual(['Row 2: type “goal” must be objective or key_result.']);
    expect(messages('type,id,parent_id,title\nobjective,,,A\n')).toEqual(['Row 2: id is empty; every objective needs one.']);
    expect(messages('type,id,parent_id,title\nobjective,a,,A\nkey_result,k,,K\n')).toEqual([
      'Row 3: parent_id is empty; a key result needs the id of its objective.',
    ]);
    expect(messages('type,id,parent_id,title,period_start\nobjective,a,,A,2026/01/01\n')).toEqual([
      'Row 2: period_start “2026/01/01” is not valid: expected a date written YYYY-MM-DD.',
    ]);
  });

  it('numbers typed by people: grouped, scaled, in the separator’s convention; units and ambiguity refused', () => {
    const kr = 'type,id,parent_id,title,start,target\nobjective,a,,A,,\nkey_result,k,a,K,';
    const targets = (cells: string, sep = ',') => {
      const text = (kr + cells + '\n').replaceAll(',', sep);
      const r = parseCsv(text, { now: NOW });
      return r.errors.length ? r.errors.map((e) => e.message) : r.keyResults.map((k) => [k.start, k.target]);
    };
    expect(targets('"1,500","85k"')).toEqual([[1500, 85000]]);
    expect(targets('−3,1.5e3')).toEqual([[-3, 1500]]);
    // A semicolon file is what a German or French Excel writes: "1.234,5" is 1234.5.
    expect(parseCsv('type;id;parent_id;title;start;target\nobjective;a;;A;;\nkey_result;k;a;K;1.234,5;2,5\n', { now: NOW }).keyResults.map((k) => [k.start, k.target])).toEqual([[1234.5, 2.5]]);
    expect(targets('0,"1,5"')).toEqual(['Row 3: target “1,5” is ambiguous here: write 1.5 or 15.']);
    expect(targets('0,12%')).toEqual(['Row 3: target “12%” carries a unit (%): put the unit in the unit column and the plain number here.']);
  });

  it('missing parents, duplicates, loops', () => {
    expect(messages('type,id,parent_id,title\nobjective,a,,A\nobjective,b,abc,B\n')).toEqual([
      'Row 3: parent_id “abc” does not match any objective in the file.',
    ]);
    expect(messages('type,id,parent_id,title\nobjective,a,,A\nobjective,a,,B\nkey_result,k,a,K\nkey_result,k,a,K2\n')).toEqual([
      'Row 3: id “a” is already used by the objective in row 2; ids must be unique.',
      'Row 5: id “k” is already used by the key result in row 4; ids must be unique.',
    ]);
    expect(messages('type,id,parent_id,title\nobjective,a,c,A\nobjective,b,a,B\nobjective,c,b,C\n')).toEqual([
      'Row 2: parent_id values form a loop of 3 objectives: “a” → “c” → “b” → “a” (rows 2, 3, 4). Every chain of parents must end at a top-level objective.',
    ]);
    expect(messages('type,id,parent_id,title\nobjective,a,a,A\n')).toEqual(['Row 2: objective “a” is its own parent (parent_id “a”).']);
    expect(messages('type,id,parent_id,title\nobjective,a,,A\nkey_result,k,zzz,K\n')).toEqual([
      'Row 3: parent_id “zzz” of this key result does not match any objective in the file.',
    ]);
  });
});
