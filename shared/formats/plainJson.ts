import type { KeyResult, KrKind, Level, Objective } from '../model';
import { assemble, type Draft } from './assemble';
import type { ImportOptions, ImportResult } from './types';
import { Issues, JSON_WORDING, q } from './validate';

/*
 * The plain interchange JSON that a script or another tool writes:
 *
 *   { "objectives": [ { "id", "parentId", "title", "level"?, "owner"?,
 *       "keyResults": [ { "id"?, "title", "unit"?, "start"?, "target"?, "current"?, "direction"? } ] } ] }
 *
 * Levels are `north-star`, `bridge`, `contribution`; ids are kept. A key result without an id gets
 * `<objective id>-kr-<n>`. Everything else takes the app's defaults, as in the lossless format.
 */

const LEVELS: Record<string, Level> = { 'north-star': 'north_star', north_star: 'north_star', bridge: 'bridge', contribution: 'contribution' };
const DIRECTIONS: Record<string, KrKind> = {
  increase: 'increase',
  up: 'increase',
  decrease: 'decrease',
  down: 'decrease',
  'stay-above': 'stay_above',
  stay_above: 'stay_above',
  above: 'stay_above',
  'stay-below': 'stay_below',
  stay_below: 'stay_below',
  below: 'stay_below',
  milestone: 'milestone',
  binary: 'binary',
};
const OBJECTIVE_KEYS = new Set(['id', 'parentId', 'title', 'level', 'owner', 'keyResults']);
const KR_KEYS = new Set(['id', 'title', 'unit', 'start', 'target', 'current', 'direction']);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True when a parsed document has the plain shape rather than the lossless one. */
export const isPlainJson = (doc: unknown): doc is { objectives: unknown[] } =>
  isRecord(doc) && doc.format === undefined && Array.isArray(doc.objectives) && doc.keyResults === undefined;

/**
 * Reads the plain shape. `lines` gives the line of each objective in the text, for messages.
 * Values of the wrong type are passed on for the schema to refuse with its usual sentences.
 */
export function parsePlainJson(doc: { objectives: unknown[]; name?: unknown }, lines: readonly number[], options: ImportOptions = {}): ImportResult {
  const now = options.now ?? new Date().toISOString();
  const issues = new Issues('Line');
  const objectives: Draft[] = [];
  const keyResults: Draft[] = [];
  const unknown = new Map<string, number>();
  doc.objectives.forEach((item, i) => {
    const line = lines[i] ?? 1;
    if (!isRecord(item)) {
      issues.error(line, `objective ${i + 1} in "objectives" must be an object, not ${item === null ? 'null' : typeof item}.`);
      return;
    }
    for (const k of Object.keys(item)) if (!OBJECTIVE_KEYS.has(k) && !unknown.has(k)) unknown.set(k, line);
    const values: Partial<Record<keyof Objective, unknown>> = { id: item.id, parentId: item.parentId ?? null, title: item.title };
    if (item.owner !== undefined) values.owner = item.owner;
    if (item.level !== undefined) {
      const level = typeof item.level === 'string' ? LEVELS[item.level] : undefined;
      if (level) values.level = level;
      else issues.error(line, `level ${q(item.level)} is not one of: north-star, bridge, contribution.`);
    }
    objectives.push({ line, values, broken: item.level !== undefined && values.level === undefined });
    const krs = item.keyResults;
    if (krs === undefined) return;
    if (!Array.isArray(krs)) {
      issues.error(line, `"keyResults" of objective ${q(item.id)} must be a list.`);
      return;
    }
    krs.forEach((kr: unknown, n) => {
      if (!isRecord(kr)) {
        issues.error(line, `key result ${n + 1} of objective ${q(item.id)} must be an object.`);
        return;
      }
      for (const k of Object.keys(kr)) if (!KR_KEYS.has(k) && !unknown.has(`keyResults.${k}`)) unknown.set(`keyResults.${k}`, line);
      const v: Partial<Record<keyof KeyResult, unknown>> = {
        id: kr.id ?? (typeof item.id === 'string' ? `${item.id}-kr-${n + 1}` : undefined),
        objectiveId: item.id,
        title: kr.title,
      };
      for (const f of ['unit', 'start', 'target', 'current'] as const) if (kr[f] !== undefined) v[f] = kr[f];
      let broken = false;
      if (kr.direction !== undefined) {
        const kind = typeof kr.direction === 'string' ? DIRECTIONS[kr.direction.toLowerCase()] : undefined;
        if (kind) v.kind = kind;
        else {
          issues.error(line, `direction ${q(kr.direction)} is not one of: increase, decrease, stay-above, stay-below, milestone, binary.`);
          broken = true;
        }
      }
      keyResults.push({ line, values: v, broken });
    });
  });
  for (const [k, line] of unknown) issues.warn(line, `the field ${q(k)} is not part of the plain format and was ignored.`);
  const assembled = assemble(objectives, keyResults, { now, issues, wording: JSON_WORDING, label: (s) => s.name });
  return {
    name: typeof doc.name === 'string' ? doc.name : null,
    ...assembled,
    dismissals: [],
    errors: issues.errors,
    warnings: issues.warnings,
  };
}
