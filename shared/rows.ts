import type { MeasuredHeights } from './measured';
import type { Dismissal, KeyResult, Objective, PlanMeta, PlanSnapshot } from './model';

/**
 * The plan as it travels to the renderer: one array per field instead of one object per record.
 * Fields whose values repeat (levels, owners, periods, units, dates, parent ids…) travel as their
 * distinct values plus, per record, the position of its value written in `width` characters (see
 * writeDigits). A 50,000-objective plan is then a third of the JSON, parses into a few dozen arrays and
 * strings instead of 200,000 objects, and its repeated strings are shared in memory. Reading it
 * needs no schema (the renderer's first screen does not load zod).
 */
export type Column = unknown[] | Dictionary;

export interface Dictionary {
  values: unknown[];
  /** Record r's position in `values`: characters [r × width, (r + 1) × width) of this string. */
  index: string;
  width: number;
}

export interface Table {
  count: number;
  columns: Record<string, Column>;
}

export interface PlanRows {
  meta: PlanMeta;
  objectives: Table;
  keyResults: Table;
  dismissals: Dismissal[];
  /** The card model's heights, one per objective row (shared/measured.ts); absent from older senders. */
  measured?: MeasuredHeights;
}

// A dictionary pays off for text that repeats. Numbers are as short as their index would be, and
// columns of unique text (ids) are recognised from a sample and left plain: the backend encodes a
// large plan while the window opens, so this must cost little.
const SAMPLE = 1000;

/**
 * Positions are written as base-91 digits in printable ASCII ('#' to '~' without the backslash):
 * JSON carries them without escapes, and one character replaces up to three digits and a comma.
 */
const BASE = 91;
const digit = (d: number): number => (d < 57 ? 35 + d : 36 + d);
const valueOf = (code: number): number => (code < 92 ? code - 35 : code - 36);

const ascii = new TextDecoder('ascii');

function writeDigits(index: readonly number[], width: number): string {
  const codes = new Uint8Array(index.length * width);
  for (let r = 0; r < index.length; r++) {
    let k = index[r]!;
    for (let p = width - 1; p >= 0; p--) {
      codes[r * width + p] = digit(k % BASE);
      k = Math.floor(k / BASE);
    }
  }
  return ascii.decode(codes);
}

/** A column's value for each of `count` records. */
export function readColumn(column: Column, count: number): unknown[] {
  const damaged = () => new Error('The plan arrived with a damaged column.');
  if (Array.isArray(column)) {
    if (column.length !== count) throw damaged();
    return column;
  }
  const { values, index, width } = column;
  if (index.length !== count * width) throw damaged();
  const out = new Array<unknown>(count);
  if (width === 1) {
    for (let r = 0; r < count; r++) out[r] = values[valueOf(index.charCodeAt(r))];
    return out;
  }
  for (let r = 0; r < count; r++) {
    let k = 0;
    for (let p = r * width; p < (r + 1) * width; p++) k = k * BASE + valueOf(index.charCodeAt(p));
    out[r] = values[k];
  }
  return out;
}

/** Column `f` as a dictionary, or null when it holds numbers or does not repeat enough. */
function dictionaryOf(rows: readonly unknown[][], f: number): Dictionary | null {
  const sampled = Math.min(rows.length, SAMPLE);
  const sample = new Set<unknown>();
  let text = false;
  for (let r = 0; r < sampled; r++) {
    const v = rows[r]![f];
    if (typeof v === 'string') text = true;
    else if (v !== null) return null;
    sample.add(v);
  }
  // A sample shows fewer repeats than the whole column: only nearly unique text is ruled out here.
  if (!text || sample.size > sampled * 0.8) return null;
  const index = new Array<number>(rows.length);
  const seen = new Map<unknown, number>();
  let last: unknown;
  let lastK = -1;
  for (let r = 0; r < rows.length; r++) {
    const v = rows[r]![f];
    // Rows come sorted, so a value often repeats the row before (a KR's objective, a shared date).
    if (v !== last || lastK < 0) {
      let k = seen.get(v);
      if (k === undefined) {
        if (seen.size * 2 >= rows.length) return null;
        seen.set(v, (k = seen.size));
      }
      last = v;
      lastK = k;
    }
    index[r] = lastK;
  }
  let width = 1;
  while (BASE ** width < seen.size) width++;
  return { values: [...seen.keys()], index: writeDigits(index, width), width };
}

/** Builds a table from rows of values in `fields` order (what SQLite's raw mode returns). */
export function tableOf(rows: readonly unknown[][], fields: readonly string[]): Table {
  const columns: Record<string, Column> = {};
  for (let f = 0; f < fields.length; f++) {
    columns[fields[f]!] = dictionaryOf(rows, f) ?? rows.map((row) => row[f]);
  }
  return { count: rows.length, columns };
}

type Columns<T> = { [K in keyof T]-?: T[K][] };

/** Every field of a table as a plain array (dictionaries expanded: the values are shared, not copied). */
function columnsOf<T>(table: Table, what: string, fields: ReadonlyArray<keyof T & string>): Columns<T> {
  const out = {} as Columns<T>;
  for (const f of fields) {
    const c = table.columns[f];
    if (c === undefined) throw new Error(`The plan arrived without the ${f} of its ${what}.`);
    out[f] = readColumn(c, table.count) as Columns<T>[typeof f];
  }
  return out;
}

/** Compiles only when `fields` names every field of T: a field added to the model must be read here. */
const allFieldsOf =
  <T>() =>
  <const F extends ReadonlyArray<keyof T & string>>(fields: F & ([Exclude<keyof T, F[number]>] extends [never] ? unknown : never)): F =>
    fields;

const OBJECTIVE_FIELDS = allFieldsOf<Objective>()([
  'id', 'parentId', 'level', 'title', 'description', 'owner', 'ownerKind', 'period', 'periodKind', 'periodStart', 'periodEnd',
  'gate', 'parentKrId', 'weight', 'rollupMode', 'statusOverride', 'sortOrder', 'createdAt', 'updatedAt',
]);
const KR_FIELDS = allFieldsOf<KeyResult>()([
  'id', 'objectiveId', 'title', 'unit', 'start', 'target', 'current', 'kind', 'weight', 'sortOrder', 'checkedInAt', 'updatedAt',
]);

// Records are built as literals of one fixed shape: V8 then gives all 200,000 of them one hidden
// class, which is several times faster to build and to read than objects filled key by key.
export function objectivesOf(table: Table): Objective[] {
  const c = columnsOf<Objective>(table, 'objectives', OBJECTIVE_FIELDS);
  const out = new Array<Objective>(table.count);
  for (let i = 0; i < table.count; i++) {
    out[i] = {
      id: c.id[i]!,
      parentId: c.parentId[i]!,
      level: c.level[i]!,
      title: c.title[i]!,
      description: c.description[i]!,
      owner: c.owner[i]!,
      ownerKind: c.ownerKind[i]!,
      period: c.period[i]!,
      periodKind: c.periodKind[i]!,
      periodStart: c.periodStart[i]!,
      periodEnd: c.periodEnd[i]!,
      gate: c.gate[i]!,
      parentKrId: c.parentKrId[i]!,
      weight: c.weight[i]!,
      rollupMode: c.rollupMode[i]!,
      statusOverride: c.statusOverride[i]!,
      sortOrder: c.sortOrder[i]!,
      createdAt: c.createdAt[i]!,
      updatedAt: c.updatedAt[i]!,
    };
  }
  return out;
}

export function keyResultsOf(table: Table): KeyResult[] {
  const c = columnsOf<KeyResult>(table, 'key results', KR_FIELDS);
  const out = new Array<KeyResult>(table.count);
  for (let i = 0; i < table.count; i++) {
    out[i] = {
      id: c.id[i]!,
      objectiveId: c.objectiveId[i]!,
      title: c.title[i]!,
      unit: c.unit[i]!,
      start: c.start[i]!,
      target: c.target[i]!,
      current: c.current[i]!,
      kind: c.kind[i]!,
      weight: c.weight[i]!,
      sortOrder: c.sortOrder[i]!,
      checkedInAt: c.checkedInAt[i]!,
      updatedAt: c.updatedAt[i]!,
    };
  }
  return out;
}

export function snapshotFromRows(rows: PlanRows): PlanSnapshot {
  return { meta: rows.meta, objectives: objectivesOf(rows.objectives), keyResults: keyResultsOf(rows.keyResults), dismissals: rows.dismissals };
}
