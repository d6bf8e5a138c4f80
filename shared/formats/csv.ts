import { KR_KIND_LABEL, LEVEL_LABEL, type KeyResult, type Objective } from '../model';
import { assemble, type Draft } from './assemble';
import { FIELDS, LINK_FIELD, REQUIRED_FIELDS, TIMESTAMP_FIELDS, type FieldSpec } from './fields';
import { canonicalOrder } from './order';
import type { ExportablePlan, ImportOptions, ImportResult, ItemKind } from './types';
import { CSV_WORDING, Issues, looksBinary, q } from './validate';
import { parseNumber } from '../number';
// The browser builds: pure JavaScript, the same in the renderer, the CLI and the tests.
import { parse } from 'csv-parse/browser/esm/sync';
import { stringify } from 'csv-stringify/browser/esm/sync';

/* ---------------------------------------------------------------- columns */

export interface CsvColumn {
  /** Header text. */
  name: string;
  /** The field this column carries on objective rows / key-result rows, if any. */
  objective: FieldSpec | null;
  keyResult: FieldSpec | null;
}

function buildColumns(): CsvColumn[] {
  const spec = (kind: ItemKind, name: string) => FIELDS[kind].find((s) => s.name === name) ?? null;
  const cols: CsvColumn[] = [
    { name: 'type', objective: null, keyResult: null },
    { name: 'id', objective: spec('objective', 'id'), keyResult: spec('keyResult', 'id') },
    { name: 'parent_id', objective: spec('objective', LINK_FIELD.objective), keyResult: spec('keyResult', LINK_FIELD.keyResult) },
  ];
  const structural = new Set(['id', LINK_FIELD.objective, LINK_FIELD.keyResult]);
  for (const kind of ['objective', 'keyResult'] as const) {
    for (const s of FIELDS[kind]) {
      if (structural.has(s.name)) continue;
      let col = cols.find((c) => c.name === s.column);
      if (!col) cols.push((col = { name: s.column, objective: null, keyResult: null }));
      col[kind] = s;
    }
  }
  return cols;
}

/**
 * Every column, in file order: `type`, `id`, `parent_id`, then the remaining objective fields, then
 * the key-result fields objectives do not have — all derived from the schemas.
 */
export const CSV_COLUMNS: readonly CsvColumn[] = buildColumns();

/** A file must have these columns; every other column is optional and defaults when absent. */
export const CSV_REQUIRED_COLUMNS: readonly string[] = ['type', 'id', 'parent_id', 'title'];

export const CSV_TYPE = { objective: 'objective', keyResult: 'key_result' } as const satisfies Record<ItemKind, string>;

/* ---------------------------------------------------------------- escaping */

const FORMULA_START = /^'*[=+\-@\t\r]/;
const ESCAPED_FORMULA = /^'+[=+\-@\t\r]/;

/**
 * Defuses spreadsheet formulas: a text cell that starts with = + - @ TAB or CR gets a leading
 * apostrophe. So that the importer can undo exactly this, a cell that already starts with
 * apostrophes followed by one of those characters gets one more.
 */
export const escapeFormula = (s: string): string => (FORMULA_START.test(s) ? `'${s}` : s);
/** The exact inverse of `escapeFormula`. */
export const unescapeFormula = (s: string): string => (ESCAPED_FORMULA.test(s) ? s.slice(1) : s);

/** Cells quoted on export: separators of every locale, quotes, line breaks, and edge spaces. */
const NEEDS_QUOTES = /[",;\r\n]|^[ \t]|[ \t]$/;

/** The cell text of one field value (before RFC 4180 quoting). */
function encodeValue(value: unknown, spec: FieldSpec): string {
  if (value === null || value === undefined) return '';
  switch (spec.kind.type) {
    case 'number':
      // String() is the shortest text that reads back as the same double; never formula-escaped,
      // so -5 stays a number for spreadsheets (a bare number is not a formula).
      return typeof value === 'number' ? String(value) : escapeFormula(String(value));
    case 'boolean':
      return value ? 'true' : 'false';
    case 'json':
      return escapeFormula(JSON.stringify(value));
    default:
      return escapeFormula(String(value));
  }
}

/* ---------------------------------------------------------------- export */

/** A cell: text (already formula-escaped) or a number, which spreadsheets keep as a number. */
export type SheetCell = string | number;

/**
 * The rows of the plan as CSV and the .xlsx sheet carry them: the header, then one row per
 * objective (canonical order) followed by its key results. Text cells are formula-escaped.
 */
export function planToRows(plan: ExportablePlan): SheetCell[][] {
  const rows: SheetCell[][] = [CSV_COLUMNS.map((c) => c.name)];
  const row = (kind: ItemKind, item: object) => {
    const src = item as Record<string, unknown>;
    rows.push(
      CSV_COLUMNS.map((c) => {
        if (c.name === 'type') return CSV_TYPE[kind];
        const spec = c[kind];
        if (!spec) return '';
        const v = src[spec.name];
        return spec.kind.type === 'number' && typeof v === 'number' ? v : encodeValue(v, spec);
      }),
    );
  };
  const order = canonicalOrder(plan.objectives, plan.keyResults);
  const placed = new Set<unknown>();
  for (const e of order.objectives) {
    row('objective', e.objective);
    for (const kr of e.keyResults) {
      row('keyResult', kr);
      placed.add(kr);
    }
  }
  for (const kr of order.keyResults) if (!placed.has(kr)) row('keyResult', kr);
  return rows;
}

/** UTF-8 BOM, CRLF line ends, RFC 4180 quoting (csv-stringify), formula-escaped text cells. */
export function planToCsv(plan: ExportablePlan): string {
  // String() is the shortest text that reads back as the same double.
  const text = stringify(planToRows(plan), { record_delimiter: '\r\n', quoted_match: NEEDS_QUOTES, cast: { number: (n) => String(n) } });
  return `\uFEFF${text}`;
}

/* ---------------------------------------------------------------- RFC 4180 reader */

/** Picks the separator used in the header line: the most frequent of , ; TAB outside quotes. */
export function detectSeparator(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) break;
    else if (!inQuotes && c in counts) counts[c]!++;
  }
  let best = ',';
  for (const sep of [';', '\t']) if (counts[sep]! > counts[best]!) best = sep;
  return best;
}

export interface CsvRecord {
  cells: string[];
  /** Text line on which the record starts. */
  line: number;
}

/**
 * RFC 4180 through csv-parse, leniently: CRLF, LF or CR line ends, quoted separators, quotes and
 * line breaks; a quote inside an unquoted cell is literal. A text that ends inside a quoted cell is
 * reported with the record and the line it opened on, never half-read.
 */
export function readCsv(text: string, sep: string): { records: CsvRecord[]; unterminated: { record: number; line: number } | null } {
  const records: CsvRecord[] = [];
  let nextLine = 1;
  try {
    const rows = parse(text, {
      delimiter: sep,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      on_record: (cells, context) => {
        records.push({ cells, line: nextLine });
        nextLine = context.lines + 1;
        return cells;
      },
    });
    void rows;
    return { records, unterminated: null };
  } catch (err) {
    if ((err as { code?: string }).code === 'CSV_QUOTE_NOT_CLOSED') return { records, unterminated: { record: records.length, line: nextLine } };
    throw err;
  }
}

/* ---------------------------------------------------------------- import */

const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Other spellings accepted in the header (compared without case, spaces or punctuation). */
const COLUMN_ALIASES: Record<string, string> = { objectiveid: 'parent_id', parent: 'parent_id', direction: 'kind' };

const TYPE_ALIASES: Record<string, ItemKind> = {
  objective: 'objective',
  obj: 'objective',
  o: 'objective',
  keyresult: 'keyResult',
  kr: 'keyResult',
};

/** Extra spellings accepted for enum values, e.g. the labels shown in the app. */
const ENUM_ALIASES: Partial<Record<keyof Objective | keyof KeyResult, Record<string, string>>> = {
  level: {
    ...Object.fromEntries(Object.entries(LEVEL_LABEL).map(([value, label]) => [norm(label), value])),
    strategicbridge: 'bridge',
  },
  kind: {
    ...Object.fromEntries(Object.entries(KR_KIND_LABEL).map(([value, label]) => [norm(label), value])),
    up: 'increase',
    down: 'decrease',
    increasing: 'increase',
    decreasing: 'decrease',
  },
};

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

type Decoded = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * Reads a cell (already unescaped) for a field; null means “absent”, so the default applies.
 * An empty cell is null for a nullable field, empty text for a text field, and absent for numbers,
 * choices, ids and timestamps (which cannot be empty).
 */
export function decodeCell(raw: string, spec: FieldSpec, column: string, sep: string, kind: ItemKind): Decoded | null {
  if (raw === '') {
    if (spec.nullable) return { ok: true, value: null };
    const text = spec.kind.type === 'string' && !TIMESTAMP_FIELDS.has(spec.name) && !REQUIRED_FIELDS[kind].includes(spec.name);
    return text ? { ok: true, value: '' } : null;
  }
  switch (spec.kind.type) {
    case 'string':
      return { ok: true, value: raw };
    case 'number': {
      const t = raw.trim();
      if (t === '') return null;
      // What the app writes (a plain JavaScript number) reads back exactly; anything a person typed
      // in a spreadsheet ("1,500", "85k", "1.234,5" in a semicolon file) goes through the one number
      // module, in the convention the separator implies.
      const read = NUMBER.test(t) ? { ok: true as const, value: Number(t) } : parseNumber(t, sep === ';' ? 'de-DE' : 'en-US');
      // The module's reasons start with the quoted text ("“lots” is not a number") or explain a separator.
      if (!read.ok) return { ok: false, message: read.reason.startsWith('“') ? `${column} ${read.reason}.` : `${column} ${q(raw)}: ${read.reason}.` };
      if ('unit' in read && read.unit !== undefined) return { ok: false, message: `${column} ${q(raw)} carries a unit (${read.unit}): put the unit in the unit column and the plain number here.` };
      if (!Number.isFinite(read.value)) return { ok: false, message: `${column} ${q(raw)} is too large.` };
      // -0 has no place in a plan; keep the data comparable with what the app writes.
      return { ok: true, value: read.value === 0 ? 0 : read.value };
    }
    case 'boolean': {
      const t = norm(raw);
      if (['true', 'yes', '1', 'y'].includes(t)) return { ok: true, value: true };
      if (['false', 'no', '0', 'n'].includes(t)) return { ok: true, value: false };
      return { ok: false, message: `${column} ${q(raw)} must be true or false.` };
    }
    case 'enum': {
      const t = norm(raw);
      const hit = spec.kind.options.find((o) => norm(o) === t) ?? ENUM_ALIASES[spec.name as keyof Objective]?.[t];
      if (hit === undefined) return { ok: false, message: `${column} ${q(raw)} is not one of: ${spec.kind.options.join(', ')}.` };
      return { ok: true, value: hit };
    }
    case 'json':
      try {
        return { ok: true, value: JSON.parse(raw) as unknown };
      } catch {
        return { ok: false, message: `${column} ${q(raw)} is not valid JSON.` };
      }
  }
}

/** The preview of a sheet: what was read so far, and every issue. */
const preview = (issues: Issues, objectives: ImportResult['objectives'], keyResults: ImportResult['keyResults']): ImportResult => ({
  name: null,
  objectives,
  keyResults,
  dismissals: [],
  errors: issues.errors,
  warnings: issues.warnings,
});

/**
 * Reads a CSV file as written by `planToCsv` or saved by a spreadsheet: BOM or not, CRLF or LF,
 * `,` `;` or TAB separator (detected from the header line), quoted line breaks. Required columns are
 * CSV_REQUIRED_COLUMNS; other columns may be missing (defaults apply) and unknown ones are ignored.
 * Messages name spreadsheet rows (the header is row 1).
 */
export function parseCsv(text: string, options: ImportOptions = {}): ImportResult {
  const now = options.now ?? new Date().toISOString();
  const issues = new Issues('Row');
  const done = (objectives: ImportResult['objectives'] = [], keyResults: ImportResult['keyResults'] = []) => preview(issues, objectives, keyResults);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (looksBinary(text)) {
    issues.error(1, 'this is not a CSV file (it is not a text file at all — import an Excel workbook as .xlsx).');
    return done();
  }
  if (text.trim() === '') {
    issues.error(1, 'the file is empty.');
    return done();
  }
  const first = text.trimStart()[0];
  if (first === '{' || first === '[') {
    issues.error(1, 'this looks like a JSON file, not CSV; import it as JSON.');
    return done();
  }

  const sep = detectSeparator(text);
  const read = readCsv(text, sep);
  const endsWithNewline = /[\r\n]$/.test(text);
  if (read.unterminated) {
    const row = read.unterminated.record + 1;
    issues.error(row, `the file ends inside a quoted cell that starts on line ${read.unterminated.line}; it looks truncated, or a closing quote (") is missing.`);
    return done();
  }
  return readRows(read.records, issues, { now, sep, endsWithNewline });
}

/**
 * The rows of a plan sheet — CSV records, or the cells of an .xlsx sheet — into an import preview:
 * the header names the columns (CSV_COLUMNS), then one row per objective or key result.
 * `sep` says how decimal commas may be written; a short last row counts as a cut only when the
 * text did not end with a line break.
 */
export function readRows(records: readonly CsvRecord[], issues: Issues, opts: { now: string; sep: string; endsWithNewline: boolean }): ImportResult {
  const { now, sep, endsWithNewline } = opts;
  const done = (objectives: ImportResult['objectives'] = [], keyResults: ImportResult['keyResults'] = []) => preview(issues, objectives, keyResults);
  const [header, ...body] = records;
  if (!header) {
    issues.error(1, 'the file is empty.');
    return done();
  }

  // Header → columns.
  const byNorm = new Map<string, CsvColumn>();
  for (const c of CSV_COLUMNS) byNorm.set(norm(c.name), c);
  const columnAt: Array<CsvColumn | null> = [];
  const seen = new Map<string, number>();
  let headerOk = true;
  header.cells.forEach((cell, i) => {
    const key = norm(cell);
    const col = byNorm.get(key) ?? byNorm.get(norm(COLUMN_ALIASES[key] ?? ''));
    if (!col) {
      columnAt.push(null);
      if (cell.trim() !== '') issues.warn(1, `the column ${q(cell)} is not recognised and was ignored.`);
      return;
    }
    const prev = seen.get(col.name);
    if (prev !== undefined) {
      issues.error(1, `the column ${col.name} appears twice (columns ${prev + 1} and ${i + 1}).`);
      headerOk = false;
    }
    seen.set(col.name, i);
    columnAt.push(col);
  });
  const missing = CSV_REQUIRED_COLUMNS.filter((c) => !seen.has(c));
  if (missing.length) {
    const found = header.cells.slice(0, 6).map((c) => q(c, 20)).join(', ');
    issues.error(
      1,
      seen.size === 0
        ? `this does not look like a Cascade Planner CSV file: the first row must name the columns ${CSV_REQUIRED_COLUMNS.join(', ')} (it has ${found || 'nothing'}).`
        : `required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing (the first row must name the columns; ${CSV_REQUIRED_COLUMNS.join(', ')} are required).`,
    );
    headerOk = false;
  }
  if (!headerOk) return done();
  const absent = CSV_COLUMNS.filter((c) => !seen.has(c.name)).map((c) => c.name);
  if (absent.length) issues.warn(1, `these columns are not in the file, so defaults were used: ${absent.join(', ')}.`);

  // Rows → drafts.
  const drafts: Record<ItemKind, Draft[]> = { objective: [], keyResult: [] };
  const foreign = new Map<string, { row: number; kind: ItemKind }>();
  // In a file whose rows all have every cell, a short last row without a final line break is a cut.
  const regular = body
    .slice(0, -1)
    .every((r) => r.cells.length >= header.cells.length || r.cells.every((c) => c.trim() === ''));
  body.forEach((record, idx) => {
    const row = idx + 2;
    if (record.cells.every((c) => c.trim() === '')) return; // blank row
    const isLast = idx === body.length - 1;
    if (isLast && !endsWithNewline && record.cells.length < header.cells.length && regular) {
      issues.error(
        row,
        `the row has ${record.cells.length} of ${header.cells.length} cells and the file stops without a line break; it looks truncated.`,
      );
      return;
    }
    const extra = record.cells.slice(header.cells.length).filter((c) => c.trim() !== '');
    if (extra.length) issues.warn(row, `the row has ${record.cells.length} cells but the header names ${header.cells.length}; the extra cells were ignored.`);

    const cells = new Map<CsvColumn, string>();
    columnAt.forEach((col, i) => {
      if (col) cells.set(col, unescapeFormula(record.cells[i] ?? ''));
    });
    const typeCell = (cells.get(CSV_COLUMNS[0]!) ?? '').trim();
    const kind = TYPE_ALIASES[norm(typeCell)];
    if (!kind) {
      issues.error(
        row,
        typeCell === ''
          ? `type is empty; it must be ${CSV_TYPE.objective} or ${CSV_TYPE.keyResult}.`
          : `type ${q(typeCell)} must be ${CSV_TYPE.objective} or ${CSV_TYPE.keyResult}.`,
      );
      return;
    }
    const draft: Draft = { line: row, values: {} };
    for (const [col, raw] of cells) {
      if (col.name === 'type') continue;
      const spec = col[kind];
      if (!spec) {
        if (raw.trim() !== '' && !foreign.has(col.name)) foreign.set(col.name, { row, kind });
        continue;
      }
      const decoded = decodeCell(raw, spec, col.name, sep, kind);
      if (decoded === null) continue;
      if (decoded.ok) draft.values[spec.name] = decoded.value;
      else {
        issues.error(row, decoded.message);
        draft.broken = true;
      }
    }
    drafts[kind].push(draft);
  });
  for (const [name, { row, kind }] of foreign) {
    const other = kind === 'objective' ? 'key results' : 'objectives';
    issues.warn(row, `the column ${name} only applies to ${other}; its values in ${kind === 'objective' ? 'objective' : 'key-result'} rows were ignored.`);
  }

  const { objectives, keyResults } = assemble(drafts.objective, drafts.keyResult, {
    now,
    issues,
    wording: CSV_WORDING,
    missingWord: 'is empty',
    label: (s) => CSV_COLUMNS.find((c) => c.objective === s || c.keyResult === s)?.name ?? s.column,
  });
  return done(objectives, keyResults);
}
