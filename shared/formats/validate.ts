import type { ImportIssue, ImportResult } from './types';

/**
 * Validation shared by every importer: the issue list with user-facing wording, translation of zod
 * issues into sentences, and the structural checks (duplicate ids, missing parents, loops).
 * Everything here is iterative, so a 5,000-deep chain of parents cannot overflow the stack.
 */

/** At most this many errors (and as many warnings) are listed; the rest are summarised. */
export const MAX_ISSUES = 200;

/** Shows a user value inside a sentence: quoted, on one line, shortened if long. */
export function q(value: unknown, max = 40): string {
  let s = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  s = s.replace(/\r\n|\r|\n/g, ' ');
  if (s.length > max) s = `${s.slice(0, max)}…`;
  return `“${s}”`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export class Issues {
  private readonly errs: ImportIssue[] = [];
  private readonly warns: ImportIssue[] = [];

  /** `unit` names a position in messages: “Row” for spreadsheets, “Line” for text formats. */
  constructor(readonly unit: 'Row' | 'Line') {}

  where(line: number): string {
    return `${this.unit} ${line}`;
  }

  error(line: number, text: string): void {
    this.errs.push({ line, message: `${this.where(line)}: ${text}` });
  }

  warn(line: number, text: string): void {
    this.warns.push({ line, message: `${this.where(line)}: ${text}` });
  }

  get errorCount(): number {
    return this.errs.length;
  }

  private static finish(list: ImportIssue[], what: string): ImportIssue[] {
    const sorted = list.map((x, i) => ({ x, i })).sort((a, b) => a.x.line - b.x.line || a.i - b.i).map((e) => e.x);
    if (sorted.length <= MAX_ISSUES) return sorted;
    const rest = sorted.length - MAX_ISSUES;
    const next = sorted[MAX_ISSUES]!;
    return [...sorted.slice(0, MAX_ISSUES), { line: next.line, message: `…and ${plural(rest, `more ${what}`)}.` }];
  }

  get errors(): ImportIssue[] {
    return Issues.finish(this.errs, 'error');
  }

  get warnings(): ImportIssue[] {
    return Issues.finish(this.warns, 'warning');
  }
}

/** A preview with nothing read: the file was refused, and `issues` say why. */
export const nothingRead = (issues: Issues): ImportResult => ({
  name: null,
  objectives: [],
  keyResults: [],
  dismissals: [],
  errors: issues.errors,
  warnings: issues.warnings,
});

/** True when the text is clearly binary (an image, a spreadsheet workbook, …) rather than a text format. */
export function looksBinary(text: string): boolean {
  const head = text.slice(0, 4096);
  // NUL never appears in the text formats; xlsx/zip, PNG, PDF streams… all have it early on.
  return head.includes('\u0000') || head.startsWith('PK\u0003\u0004');
}

/* ---------------------------------------------------------------- zod issues → sentences */

interface LooseIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  expected?: string;
  values?: unknown[];
  origin?: string;
  format?: string;
  pattern?: string;
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return `text ${q(v)}`;
  if (typeof v === 'number') return Number.isFinite(v) ? `the number ${v}` : String(v);
  if (typeof v === 'object') return 'an object';
  return typeof v;
}

/** One zod issue about the field labelled `label`, whose offending value is `value`, as a sentence. */
export function describeIssue(issue: LooseIssue, label: string, value: unknown): string {
  switch (issue.code) {
    case 'too_big':
      if (typeof value === 'string') {
        return `${label} is ${plural(value.length, 'character')} long; the limit is ${Number(issue.maximum).toLocaleString('en-US')}.`;
      }
      return `${label} is too large (at most ${String(issue.maximum)}).`;
    case 'too_small':
      if (typeof value === 'string') return issue.minimum === 1 ? `${label} is empty.` : `${label} is too short.`;
      return `${label} is too small (at least ${String(issue.minimum)}).`;
    case 'invalid_type':
      if (value === undefined) return `${label} is missing.`;
      if (issue.expected === 'int') return `${label} must be a whole number, not ${typeName(value)}.`;
      if (issue.expected === 'number') return `${label} must be a number, not ${typeName(value)}.`;
      if (issue.expected === 'string') return `${label} must be text, not ${typeName(value)}.`;
      return `${label} must be ${issue.expected ?? 'something else'}, not ${typeName(value)}.`;
    case 'invalid_value':
      return `${label} ${q(value)} is not one of: ${(issue.values ?? []).map(String).join(', ')}.`;
    case 'invalid_format':
      if (issue.format === 'regex' && /\\d\{4\}-\\d\{2\}-\\d\{2\}/.test(issue.pattern ?? '')) {
        return `${label} ${q(value)} is not valid: expected a date written YYYY-MM-DD.`;
      }
      return `${label} ${q(value)} is not in the expected form${issue.format && issue.format !== 'regex' ? ` (${issue.format})` : ''}.`;
    case 'invalid_union':
      return `${label} ${q(value)} is not valid here.`;
    default:
      return `${label}: ${issue.message}`;
  }
}

/* ---------------------------------------------------------------- structure */

export interface ObjectiveRef {
  line: number;
  id: string;
  parentId: string | null;
  /** The parent's key result this objective moves, if any. */
  parentKrId?: string | null;
  /** On the Health & Hygiene shelf (a gate answer that takes it out of the cascade). */
  shelved?: boolean;
}

export interface KeyResultRef {
  line: number;
  id: string;
  objectiveId: string;
}

/** How the format names the linking fields in messages. */
export interface Wording {
  id: string;
  parent: string;
  objective: string;
  parentKr: string;
}

export const CSV_WORDING: Wording = { id: 'id', parent: 'parent_id', objective: 'parent_id', parentKr: 'parent_kr_id' };
export const JSON_WORDING: Wording = { id: 'id', parent: 'parentId', objective: 'objectiveId', parentKr: 'parentKrId' };

function firstById<T extends { id: string; line: number }>(
  refs: readonly T[],
  issues: Issues,
  what: string,
  w: Wording,
): Map<string, T> {
  const byId = new Map<string, T>();
  for (const r of refs) {
    const first = byId.get(r.id);
    if (first) {
      issues.error(r.line, `${w.id} ${q(r.id)} is already used by the ${what} in ${issues.where(first.line).toLowerCase()}; ids must be unique.`);
    } else byId.set(r.id, r);
  }
  return byId;
}

function describeLoop(members: readonly ObjectiveRef[], issues: Issues, w: Wording): string {
  const shown = members.slice(0, 5).map((m) => q(m.id, 24));
  const chain = members.length <= 5 ? [...shown, shown[0]!].join(' → ') : `${shown.join(' → ')} → …`;
  const lines = [...members].map((m) => m.line).sort((a, b) => a - b);
  const where = `${issues.unit.toLowerCase()}s ${lines.slice(0, 6).join(', ')}${lines.length > 6 ? ', …' : ''}`;
  return (
    `${w.parent} values form a loop of ${plural(members.length, 'objective')}: ${chain} (${where}). ` +
    'Every chain of parents must end at a top-level objective.'
  );
}

/**
 * Duplicate ids, parents and objectives that do not exist, and loops in the parent chain.
 * Loops are found by walking each chain once (iteratively), so the whole check is linear.
 */
export function checkStructure(
  objectives: readonly ObjectiveRef[],
  keyResults: readonly KeyResultRef[],
  issues: Issues,
  w: Wording,
): void {
  const byId = firstById(objectives, issues, 'objective', w);
  const krById = firstById(keyResults, issues, 'key result', w);
  const hasChildren = new Set<string>();
  for (const o of objectives) if (o.parentId !== null) hasChildren.add(o.parentId);

  for (const o of objectives) {
    if (o.parentId === null) continue;
    if (o.parentId === o.id) {
      issues.error(o.line, `objective ${q(o.id)} is its own parent (${w.parent} ${q(o.parentId)}).`);
    } else if (!byId.has(o.parentId)) {
      issues.error(o.line, `${w.parent} ${q(o.parentId)} does not match any objective in the file.`);
    }
  }
  for (const o of objectives) {
    if (o.parentKrId) {
      const kr = krById.get(o.parentKrId);
      if (!kr) issues.error(o.line, `${w.parentKr} ${q(o.parentKrId)} does not match any key result in the file.`);
      else if (kr.objectiveId !== o.parentId) {
        issues.error(
          o.line,
          `${w.parentKr} ${q(o.parentKrId)} is a key result of ${q(kr.objectiveId)}; an objective can only move a key result of the objective directly above it.`,
        );
      }
    }
    if (o.shelved && hasChildren.has(o.id)) {
      issues.error(
        o.line,
        `objective ${q(o.id)} is on the Health & Hygiene shelf but has objectives below it; only an objective without objectives below it can be on the shelf.`,
      );
    }
  }
  for (const kr of keyResults) {
    if (!byId.has(kr.objectiveId)) {
      issues.error(kr.line, `${w.objective} ${q(kr.objectiveId)} of this key result does not match any objective in the file.`);
    }
  }

  // 0 = not seen, 1 = on the walk in progress, 2 = known to reach a root (or a reported problem).
  const state = new Map<string, 1 | 2>();
  const onPath = new Map<string, number>();
  for (const start of byId.values()) {
    if (state.has(start.id)) continue;
    const path: ObjectiveRef[] = [];
    let cur: ObjectiveRef | undefined = start;
    while (cur) {
      const st = state.get(cur.id);
      if (st === 2) break;
      if (st === 1) {
        const members = path.slice(onPath.get(cur.id)!);
        if (members.length > 1) {
          // Start the chain at the member that comes first in the file.
          let first = 0;
          members.forEach((m, i) => {
            if (m.line < members[first]!.line) first = i;
          });
          const rotated = [...members.slice(first), ...members.slice(0, first)];
          issues.error(rotated[0]!.line, describeLoop(rotated, issues, w));
        } // a one-member loop is an objective that is its own parent, reported above
        break;
      }
      state.set(cur.id, 1);
      onPath.set(cur.id, path.length);
      path.push(cur);
      cur = cur.parentId === null ? undefined : byId.get(cur.parentId);
    }
    for (const p of path) {
      state.set(p.id, 2);
      onPath.delete(p.id);
    }
  }
}

/**
 * Depth of each objective (0 for a top-level one) by id, iteratively with memoisation. Objectives
 * whose parent is missing count as top-level; members of a loop get depth 0.
 */
export function depthsById(objectives: readonly { id: string; parentId: string | null }[]): Map<string, number> {
  const byId = new Map<string, { id: string; parentId: string | null }>();
  for (const o of objectives) if (!byId.has(o.id)) byId.set(o.id, o);
  const depth = new Map<string, number>();
  for (const start of byId.values()) {
    if (depth.has(start.id)) continue;
    const path: string[] = [];
    const seen = new Set<string>();
    let cur: { id: string; parentId: string | null } | undefined = start;
    let base = -1;
    while (cur) {
      const known = depth.get(cur.id);
      if (known !== undefined) {
        base = known;
        break;
      }
      if (seen.has(cur.id)) {
        // A loop: give its members depth 0 and continue below them.
        base = -1;
        break;
      }
      seen.add(cur.id);
      path.push(cur.id);
      cur = cur.parentId === null ? undefined : byId.get(cur.parentId);
    }
    for (let i = path.length - 1; i >= 0; i--) depth.set(path[i]!, ++base);
  }
  return depth;
}
