import { KeyResult, Objective, type Dismissal, type PlanMeta, type PlanSnapshot } from './model';

/** Field names in schema order: the column order of the compact rows. */
export const OBJECTIVE_FIELDS = Object.keys(Objective.shape) as Array<keyof Objective>;
export const KR_FIELDS = Object.keys(KeyResult.shape) as Array<keyof KeyResult>;

/**
 * The plan as it travels to the renderer: one array per record instead of one object, so that a
 * 50,000-objective plan is a third of the JSON and parses in a fraction of the time.
 */
export interface PlanRows {
  meta: PlanMeta;
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
    objectives: fromRows<Objective>(rows.objectives, OBJECTIVE_FIELDS),
    keyResults: fromRows<KeyResult>(rows.keyResults, KR_FIELDS),
    dismissals: rows.dismissals,
  };
}
