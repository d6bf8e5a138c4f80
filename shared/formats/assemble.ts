import { makeKeyResult, makeObjective } from '../defaults';
import { KeyResult, LEVELS, Objective, SHELF_ANSWERS } from '../model';
import { parsePeriodLabel } from '../period';
import { FIELDS, LINK_FIELD, REQUIRED_FIELDS, TIMESTAMP_FIELDS, emptyValue, type FieldSpec } from './fields';
import type { ItemKind } from './types';
import { checkStructure, depthsById, describeIssue, type Issues, type Wording } from './validate';

/**
 * The last step of every importer: fill what the file did not say, check each item against the
 * schema and the whole set for structure.
 */

/** One item as read from a file, before defaults and validation. */
export interface Draft {
  /** Where the item is in the file (row or line). */
  line: number;
  /** Fields the file gave, by schema name; a field that is absent here gets a default. */
  values: Record<string, unknown>;
  /** A cell or field could not be read; the error is already reported and the item is left out. */
  broken?: boolean;
}

export interface AssembleOptions {
  now: string;
  issues: Issues;
  wording: Wording;
  /** Name of a field in messages: the CSV column, the JSON key. */
  label: (spec: FieldSpec) => string;
  /** How an absent required value is described: “is missing” (JSON) or “is empty” (a CSV cell). */
  missingWord?: string;
  /** Called with the fields of a draft that received defaults (timestamps excluded). */
  onDefaults?: (kind: ItemKind, draft: Draft, fields: FieldSpec[]) => void;
}

// Fields the structural checks look at (typed, so that a rename in the model shows up here).
const GATE: keyof Objective = 'gate';
const PARENT_KR: keyof Objective = 'parentKrId';

const KIND_WORD: Record<ItemKind, string> = { objective: 'objective', keyResult: 'key result' };

type Filler = (values: Record<string, unknown>, draft: Draft) => unknown;

/** Position of each draft among the drafts sharing the same `key` value, in file order. */
function positions(drafts: readonly Draft[], key: string): Map<Draft, number> {
  const counters = new Map<unknown, number>();
  const out = new Map<Draft, number>();
  for (const d of drafts) {
    const k = d.values[key] ?? null;
    const n = counters.get(k) ?? 0;
    out.set(d, n);
    counters.set(k, n + 1);
  }
  return out;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const num = (v: unknown, fallback: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);

export function assemble(
  objectiveDrafts: readonly Draft[],
  keyResultDrafts: readonly Draft[],
  opts: AssembleOptions,
): { objectives: Objective[]; keyResults: KeyResult[] } {
  const { now, issues } = opts;

  const objectiveOrder = positions(objectiveDrafts, 'parentId');
  const krOrder = positions(keyResultDrafts, 'objectiveId');
  const refs = objectiveDrafts.flatMap((d) => {
    const id = str(d.values.id);
    return id ? [{ id, parentId: str(d.values.parentId) }] : [];
  });
  const depths = depthsById(refs);

  // The app's own defaults for new records (shared/defaults.ts), refined by what the file does say;
  // a field neither knows falls back to the schema's .default() or the empty value of its type.
  const objectiveBase: Record<string, unknown> = makeObjective({ id: '', parentId: null, level: LEVELS[0], title: '' }, now);
  const krBase: Record<string, unknown> = makeKeyResult({ id: '', objectiveId: '', title: '' }, now);
  const period = (v: Record<string, unknown>) => parsePeriodLabel(typeof v.period === 'string' ? v.period : '');
  const objectiveFillers: Partial<Record<keyof Objective, Filler>> = {
    sortOrder: (_v, d) => objectiveOrder.get(d) ?? 0,
    level: (v) => LEVELS[Math.min(depths.get(str(v.id) ?? '') ?? 0, LEVELS.length - 1)],
    // A period label such as "Q2 2026" says what the dates are, as when version-1 plans were migrated.
    periodKind: (v) => period(v).kind,
    periodStart: (v) => (v.periodKind === undefined || v.periodKind === period(v).kind ? period(v).start : ''),
    periodEnd: (v) => (v.periodKind === undefined || v.periodKind === period(v).kind ? period(v).end : ''),
  };
  const krFillers: Partial<Record<keyof KeyResult, Filler>> = {
    sortOrder: (_v, d) => krOrder.get(d) ?? 0,
    current: (v) => num(v.start, 0),
    kind: (v) => (num(v.target, 100) < num(v.start, 0) ? 'decrease' : 'increase'),
    checkedInAt: (v) => (typeof v.updatedAt === 'string' && v.updatedAt !== '' ? v.updatedAt : now),
  };

  function complete<T>(
    kind: ItemKind,
    drafts: readonly Draft[],
    fillers: Partial<Record<string, Filler>>,
    base: Record<string, unknown>,
    schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: unknown[] } } },
  ): T[] {
    const specs = FIELDS[kind];
    const out: T[] = [];
    for (const d of drafts) {
      const values: Record<string, unknown> = { ...d.values };
      const defaulted: FieldSpec[] = [];
      const seen = new Set<string>();
      let broken = d.broken === true;
      for (const spec of specs) {
        if (values[spec.name] !== undefined) continue;
        if (REQUIRED_FIELDS[kind].includes(spec.name)) {
          const why = spec.name === LINK_FIELD.keyResult ? 'a key result needs the id of its objective' : `every ${KIND_WORD[kind]} needs one`;
          issues.error(d.line, `${opts.label(spec)} ${opts.missingWord ?? 'is missing'}; ${why}.`);
          seen.add(spec.name);
          broken = true;
          continue;
        }
        const fill = fillers[spec.name];
        values[spec.name] = fill ? fill(values, d) : spec.name in base ? base[spec.name] : emptyValue(spec);
        if (!TIMESTAMP_FIELDS.has(spec.name)) defaulted.push(spec);
      }
      if (defaulted.length && opts.onDefaults && !broken) opts.onDefaults(kind, d, defaulted);
      const parsed = schema.safeParse(values);
      if (parsed.success) {
        if (!broken) out.push(parsed.data);
        continue;
      }
      for (const raw of parsed.error.issues) {
        const issue = raw as Parameters<typeof describeIssue>[0];
        const name = String(issue.path[0] ?? '');
        if (seen.has(name)) continue; // one message per field is enough
        seen.add(name);
        const spec = specs.find((s) => s.name === name);
        const label = spec ? opts.label(spec) : name;
        issues.error(d.line, describeIssue(issue, label, values[name]));
      }
    }
    return out;
  }

  const objectives = complete<Objective>('objective', objectiveDrafts, objectiveFillers, objectiveBase, Objective);
  const keyResults = complete<KeyResult>('keyResult', keyResultDrafts, krFillers, krBase, KeyResult);

  checkStructure(
    objectiveDrafts.flatMap((d) => {
      const id = str(d.values.id);
      const gate = d.values[GATE];
      const shelved = typeof gate === 'string' && (SHELF_ANSWERS as readonly string[]).includes(gate);
      return id ? [{ line: d.line, id, parentId: str(d.values.parentId), parentKrId: str(d.values[PARENT_KR]), shelved }] : [];
    }),
    keyResultDrafts.flatMap((d) => {
      const id = str(d.values.id);
      const objectiveId = str(d.values.objectiveId);
      return id && objectiveId ? [{ line: d.line, id, objectiveId }] : [];
    }),
    issues,
    opts.wording,
  );
  return { objectives, keyResults };
}
