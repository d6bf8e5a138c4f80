import { assemble, type Draft } from './assemble';
import { Dismissal } from '../model';
import { DISMISSAL_FIELDS, FIELDS, type FieldSpec } from './fields';
import { canonicalOrder } from './order';
import { isPlainJson, parsePlainJson } from './plainJson';
import type { ExportablePlan, ImportOptions, ImportResult, ItemKind } from './types';
import { Issues, JSON_WORDING, describeIssue, looksBinary, nothingRead, q } from './validate';

/** Value of the `format` key that marks a Cascade Planner JSON file. */
export const JSON_FORMAT = 'cascade-planner';
/** Version of the JSON format written by this build; files with a higher version are refused. */
export const JSON_VERSION = 1;

const ARRAYS = { objectives: 'objective', keyResults: 'keyResult' } as const satisfies Record<string, ItemKind>;
const TOP_LEVEL_KEYS = ['format', 'version', 'name', 'objectives', 'keyResults', 'dismissals'];

const compareDismissals = (a: Dismissal, b: Dismissal): number =>
  a.subjectId < b.subjectId ? -1 : a.subjectId > b.subjectId ? 1 : a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0;

/** Copies the schema fields of an item, in schema order, and nothing else. */
function pick(item: object, specs: readonly FieldSpec[]): Record<string, unknown> {
  const src = item as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const s of specs) out[s.name] = src[s.name];
  return out;
}

/**
 * The lossless interchange format: every stored field of every objective and key result (the field
 * lists come from the schemas), objectives in canonical order, key results grouped by objective.
 * Deterministic: the same plan always gives the same text.
 */
export function planToJson(plan: ExportablePlan): string {
  const order = canonicalOrder(plan.objectives, plan.keyResults);
  const doc = {
    format: JSON_FORMAT,
    version: JSON_VERSION,
    name: plan.meta.name,
    objectives: order.objectives.map((e) => pick(e.objective, FIELDS.objective)),
    keyResults: order.keyResults.map((kr) => pick(kr, FIELDS.keyResult)),
    dismissals: [...(plan.dismissals ?? [])].sort(compareDismissals).map((d) => pick(d, DISMISSAL_FIELDS)),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/* ---------------------------------------------------------------- positions */

const lineAt = (text: string, pos: number): number => {
  let line = 1;
  for (let i = 0; i < pos && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
};

/**
 * The line on which each element of the top-level arrays starts, for messages. Runs only on text
 * that JSON.parse accepted, so a simple scan suffices.
 */
function elementLines(text: string): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  let depth = 0;
  let line = 1;
  let lastString = '';
  let rootKey = '';
  let active: number[] | null = null;
  let expectValue = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') continue;
    if (depth === 2 && active && expectValue && c !== ']') {
      active.push(line);
      expectValue = false;
    }
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      if (depth === 1) lastString = text.slice(i, j + 1);
      i = j;
    } else if (c === ':' && depth === 1) {
      rootKey = JSON.parse(lastString) as string;
    } else if (c === '{' || c === '[') {
      depth++;
      if (depth === 2 && c === '[') {
        active = TOP_LEVEL_KEYS.includes(rootKey) ? (out[rootKey] = []) : null;
        expectValue = true;
      }
    } else if (c === '}' || c === ']') {
      depth--;
      if (depth < 2) active = null;
    } else if (c === ',' && depth === 2) expectValue = true;
  }
  return out;
}

/** Where a JSON text stops making sense, and whether it simply ends too early. */
function syntaxProblem(text: string, err: unknown): { line: number; message: string } {
  // Truncation: the text ends inside a string or with brackets still open.
  const stack: string[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') stack.push(c);
    else if (c === '}' || c === ']') stack.pop();
  }
  const lastLine = lineAt(text, text.trimEnd().length);
  if (inString || stack.length > 0) {
    return {
      line: lastLine,
      message: 'the file ends in the middle of the data; it looks truncated (cut off while saving or copying).',
    };
  }
  const msg = err instanceof Error ? err.message : String(err);
  const pos = /position (\d+)/.exec(msg);
  const lineMatch = /line (\d+)/.exec(msg);
  const line = pos ? lineAt(text, Number(pos[1])) : lineMatch ? Number(lineMatch[1]) : 1;
  return { line, message: `this is not valid JSON (${msg.replace(/\s*\(line \d+ column \d+\)/, '')}).` };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const KIND_WORD: Record<ItemKind, string> = { objective: 'objective', keyResult: 'key result' };

/**
 * Reads a Cascade Planner JSON file into an import preview. Never throws: every problem is an
 * error or a warning with the line it concerns.
 */
export function parseJson(text: string, options: ImportOptions = {}): ImportResult {
  const now = options.now ?? new Date().toISOString();
  const issues = new Issues('Line');
  const empty = (): ImportResult => nothingRead(issues);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  if (looksBinary(text)) {
    issues.error(1, 'this is not a Cascade Planner JSON file (it is not a text file at all).');
    return empty();
  }
  if (text.trim() === '') {
    issues.error(1, 'the file is empty.');
    return empty();
  }
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') {
    issues.error(
      lineAt(text, text.length - text.trimStart().length),
      `this is not a Cascade Planner JSON file (a JSON file starts with “{”, this one starts with ${q(text.trimStart().slice(0, 20))}).`,
    );
    return empty();
  }

  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    const p = syntaxProblem(text, err);
    issues.error(p.line, p.message);
    return empty();
  }

  if (isPlainJson(doc)) return parsePlainJson(doc, elementLines(text).objectives ?? [], options);
  if (!isRecord(doc) || doc.format !== JSON_FORMAT) {
    issues.error(
      1,
      `this is JSON, but not a Cascade Planner export (it lacks "format": "${JSON_FORMAT}") nor the plain shape { "objectives": [ { "id", "parentId", "title", "keyResults": [ … ] } ] }.`,
    );
    return empty();
  }
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    issues.error(1, `the format version ${q(version ?? 'missing')} is not valid; expected "version": ${JSON_VERSION}.`);
    return empty();
  }
  if (version > JSON_VERSION) {
    issues.error(
      1,
      `this file uses format version ${version}, made by a newer Cascade Planner; this app reads version ${JSON_VERSION}. ` +
        'Update Cascade Planner to import it.',
    );
    return empty();
  }
  const name = typeof doc.name === 'string' ? doc.name : null;
  if (doc.name !== undefined && typeof doc.name !== 'string') issues.warn(1, '"name" is not text and was ignored.');
  for (const key of Object.keys(doc)) {
    if (!TOP_LEVEL_KEYS.includes(key)) {
      issues.warn(1, `the top-level key ${q(key)} is not part of the format and was ignored.`);
    }
  }

  const lines = elementLines(text);
  const drafts: Record<ItemKind, Draft[]> = { objective: [], keyResult: [] };
  for (const [key, kind] of Object.entries(ARRAYS) as Array<[keyof typeof ARRAYS, ItemKind]>) {
    const list = doc[key];
    if (list === undefined) {
      if (kind === 'objective') issues.error(1, 'the file has no "objectives" list.');
      continue;
    }
    if (!Array.isArray(list)) {
      issues.error(1, `"${key}" must be a list, not ${typeof list}.`);
      continue;
    }
    const specs = FIELDS[kind];
    const names = new Set(specs.map((s) => s.name));
    const unknown = new Map<string, number>();
    list.forEach((item: unknown, i) => {
      const line = lines[key]?.[i] ?? 1;
      if (!isRecord(item)) {
        issues.error(line, `${KIND_WORD[kind]} ${i + 1} in "${key}" must be an object, not ${item === null ? 'null' : typeof item}.`);
        return;
      }
      const values: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(item)) {
        if (names.has(k)) values[k] = v;
        else if (!unknown.has(k)) unknown.set(k, line);
      }
      drafts[kind].push({ line, values });
    });
    for (const [k, line] of unknown) {
      issues.warn(line, `the field ${q(k)} is not known to this version of Cascade Planner and was ignored (in "${key}").`);
    }
  }

  const { objectives, keyResults } = assemble(drafts.objective, drafts.keyResult, {
    now,
    issues,
    wording: JSON_WORDING,
    label: (s) => s.name,
    onDefaults: (kind, d, fields) => {
      const id = typeof d.values.id === 'string' ? ` ${q(d.values.id)}` : '';
      issues.warn(d.line, `${KIND_WORD[kind]}${id} has no ${fields.map((f) => f.name).join(', ')}; defaults were used.`);
    },
  });
  const dismissals = readDismissals(doc.dismissals, lines.dismissals ?? [], issues, now);
  return { name, objectives, keyResults, dismissals, errors: issues.errors, warnings: issues.warnings };
}

/** Dismissed coach findings: each checked against the schema; (subjectId, rule) must be unique. */
function readDismissals(list: unknown, lines: readonly number[], issues: Issues, now: string): Dismissal[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    issues.error(1, `"dismissals" must be a list, not ${typeof list}.`);
    return [];
  }
  const out: Dismissal[] = [];
  const seen = new Map<string, number>();
  list.forEach((item: unknown, i) => {
    const line = lines[i] ?? 1;
    if (!isRecord(item)) {
      issues.error(line, `dismissal ${i + 1} must be an object, not ${item === null ? 'null' : typeof item}.`);
      return;
    }
    const values: Record<string, unknown> = {};
    for (const s of DISMISSAL_FIELDS) if (item[s.name] !== undefined) values[s.name] = item[s.name];
    values.createdAt ??= now;
    const parsed = Dismissal.safeParse(values);
    if (!parsed.success) {
      const done = new Set<string>();
      for (const raw of parsed.error.issues) {
        const name = String(raw.path[0] ?? '');
        if (done.has(name)) continue;
        done.add(name);
        issues.error(line, `dismissal: ${describeIssue(raw as Parameters<typeof describeIssue>[0], name, values[name])}`);
      }
      return;
    }
    const key = JSON.stringify([parsed.data.subjectId, parsed.data.rule]);
    const first = seen.get(key);
    if (first !== undefined) {
      issues.error(line, `the finding ${q(parsed.data.rule)} of ${q(parsed.data.subjectId)} is dismissed twice (also on line ${first}).`);
      return;
    }
    seen.set(key, line);
    out.push(parsed.data);
  });
  return out;
}
