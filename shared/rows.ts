import type { Dismissal, KeyResult, Objective, PlanMeta, PlanSnapshot } from './model';

/**
 * The plan as it travels to the renderer: one array per record instead of one object, so that a
 * 50,000-objective plan is half the JSON and parses in a fraction of the time. The rows name their
 * own fields, so reading them needs no schema (the renderer's first screen does not load zod).
 */
export interface PlanRows {
  meta: PlanMeta;
  fields: { objectives: string[]; keyResults: string[] };
  objectives: unknown[][];
  keyResults: unknown[][];
  dismissals: Dismissal[];
}

function fromRows<T>(rows: readonly unknown[][], fields: readonly string[]): T[] {
  const out = new Array<T>(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const record: Record<string, unknown> = {};
    for (let f = 0; f < fields.length; f++) record[fields[f]!] = row[f];
    out[r] = record as T;
  }
  return out;
}

export function snapshotFromRows(rows: PlanRows): PlanSnapshot {
  return {
    meta: rows.meta,
    objectives: fromRows<Objective>(rows.objectives, rows.fields.objectives),
    keyResults: fromRows<KeyResult>(rows.keyResults, rows.fields.keyResults),
    dismissals: rows.dismissals,
  };
}
