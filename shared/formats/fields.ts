import type { z } from 'zod';
import { Dismissal, KeyResult, Objective } from '../model';
import type { ItemKind } from './types';

/**
 * The field lists of every format come from the zod schemas in model.ts, so that a field added by a
 * later migration travels through JSON and CSV without edits here.
 */

export type FieldKind =
  | { type: 'string'; maxLength: number | null }
  | { type: 'number'; int: boolean }
  | { type: 'boolean' }
  | { type: 'enum'; options: readonly string[] }
  /** Anything richer (arrays, objects): carried as JSON text in CSV. */
  | { type: 'json' };

export interface FieldSpec {
  /** Key in the schema (camelCase), as in JSON. */
  name: string;
  /** snake_case name, as in CSV headers. */
  column: string;
  kind: FieldKind;
  nullable: boolean;
  optional: boolean;
  /** Value of a `.default()` in the schema, if any. */
  schemaDefault: { value: unknown } | null;
}

interface LooseDef {
  type: string;
  innerType?: z.ZodType;
  defaultValue?: unknown;
  options?: z.ZodType[];
  values?: unknown[];
}

const defOf = (schema: z.ZodType): LooseDef => (schema as unknown as { _zod: { def: LooseDef } })._zod.def;

export const toSnake = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const WRAPPERS = new Set(['nullable', 'optional', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** The kind of a schema with its modifiers removed. Unions of text (e.g. '' or a date) are text. */
function kindOf(s: z.ZodType): FieldKind {
  const def = defOf(s);
  switch (def.type) {
    case 'string':
      return { type: 'string', maxLength: (s as z.ZodString).maxLength ?? null };
    case 'number':
      return { type: 'number', int: (s as z.ZodNumber).isInt === true };
    case 'boolean':
      return { type: 'boolean' };
    case 'enum':
      return { type: 'enum', options: (s as z.ZodEnum).options.map(String) };
    case 'literal': {
      const values = def.values ?? [];
      return values.every((v) => typeof v === 'string') ? { type: 'enum', options: values as string[] } : { type: 'json' };
    }
    case 'union': {
      const kinds = (def.options ?? []).map((o) => kindOf(unwrap(o).schema));
      if (kinds.length && kinds.every((k) => k.type === 'string' || k.type === 'enum')) {
        if (kinds.every((k) => k.type === 'enum')) return { type: 'enum', options: kinds.flatMap((k) => (k.type === 'enum' ? k.options : [])) };
        return { type: 'string', maxLength: null };
      }
      if (kinds.length && kinds.every((k) => k.type === 'number')) return { type: 'number', int: kinds.every((k) => k.type === 'number' && k.int) };
      return { type: 'json' };
    }
    default:
      return { type: 'json' };
  }
}

function unwrap(schema: z.ZodType): { schema: z.ZodType; nullable: boolean; optional: boolean; schemaDefault: FieldSpec['schemaDefault'] } {
  let nullable = false;
  let optional = false;
  let schemaDefault: FieldSpec['schemaDefault'] = null;
  let s = schema;
  // Bounded: schemas nest a handful of wrappers at most.
  for (let i = 0; i < 16; i++) {
    const def = defOf(s);
    if (!WRAPPERS.has(def.type) || !def.innerType) break;
    if (def.type === 'nullable') nullable = true;
    else if (def.type === 'optional') optional = true;
    else if ((def.type === 'default' || def.type === 'prefault') && !schemaDefault) schemaDefault = { value: def.defaultValue };
    s = def.innerType;
  }
  return { schema: s, nullable, optional, schemaDefault };
}

export function describeField(name: string, schema: z.ZodType): FieldSpec {
  const u = unwrap(schema);
  return { name, column: toSnake(name), kind: kindOf(u.schema), nullable: u.nullable, optional: u.optional, schemaDefault: u.schemaDefault };
}

const describeShape = (shape: Record<string, z.ZodType>): FieldSpec[] =>
  Object.entries(shape).map(([name, schema]) => describeField(name, schema));

/** Every field of an objective, in schema order. */
export const OBJECTIVE_FIELDS: readonly FieldSpec[] = describeShape(Objective.shape);
/** Every field of a key result, in schema order. */
export const KEY_RESULT_FIELDS: readonly FieldSpec[] = describeShape(KeyResult.shape);

/** Every field of a dismissed coach finding, in schema order. */
export const DISMISSAL_FIELDS: readonly FieldSpec[] = describeShape(Dismissal.shape);

export const FIELDS: Record<ItemKind, readonly FieldSpec[]> = {
  objective: OBJECTIVE_FIELDS,
  keyResult: KEY_RESULT_FIELDS,
};

/** The field that links an item to the one above it: an objective's parent, a KR's objective. */
export const LINK_FIELD = { objective: 'parentId', keyResult: 'objectiveId' } as const satisfies Record<
  ItemKind,
  keyof Objective | keyof KeyResult
>;

/** Timestamps: filled with the import time when a file lacks them, without a warning. */
export const TIMESTAMP_FIELDS: ReadonlySet<string> = new Set<keyof Objective | keyof KeyResult>(['createdAt', 'updatedAt', 'checkedInAt']);

/** Fields with no sensible default: an item without them is an error. */
export const REQUIRED_FIELDS: Record<ItemKind, readonly string[]> = {
  objective: ['id'],
  keyResult: ['id', 'objectiveId'],
};

/** Empty value of a field's type, used when a file lacks a field and nothing better is known. */
export function emptyValue(spec: FieldSpec): unknown {
  if (spec.schemaDefault) return spec.schemaDefault.value;
  if (spec.nullable) return null;
  if (spec.optional) return undefined;
  switch (spec.kind.type) {
    case 'string':
      return '';
    case 'number':
      return 0;
    case 'boolean':
      return false;
    case 'enum':
      return spec.kind.options[0];
    case 'json':
      return undefined;
  }
}
