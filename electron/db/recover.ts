import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { makeKeyResult, makeObjective } from '../../shared/defaults';
import { Dismissal, KeyResult, Objective } from '../../shared/model';
import { isRealDate, periodProblem } from '../../shared/rules';
import { PLAN_EXTENSION } from '../paths';
import { orderParentsFirst } from './bulk';
import { PlanError } from './errors';
import { closePlanDb, openPlanDb } from './open';
import { PlanRepo } from './repo';

export interface Recovered {
  /** The new plan holding what could be read. */
  file: string;
  objectives: { saved: number; found: number | null };
  keyResults: { saved: number; found: number | null };
}

const camel = (col: string) => col.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * Every row of `table` SQLite can still read, in rowid order. A damaged page throws part-way; the
 * scan then resumes past it, stepping further each time it fails again, so one bad page costs the
 * rows on it, not the rest of the table.
 */
function readableRows(db: Database.Database, table: string): { rows: Record<string, unknown>[]; found: number | null } {
  const rows: Record<string, unknown>[] = [];
  let found: number | null = null;
  try {
    found = db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  } catch {
    // the count needs every page; the rows below may still be readable
  }
  let stmt: Database.Statement;
  try {
    stmt = db.prepare(`SELECT rowid AS _rowid, * FROM ${table} WHERE rowid > ? ORDER BY rowid`);
  } catch {
    return { rows, found };
  }
  let after = Number.MIN_SAFE_INTEGER;
  let step = 1;
  for (let attempts = 0; attempts < 200; attempts++) {
    try {
      for (const row of stmt.iterate(after) as Iterable<Record<string, unknown>>) {
        rows.push(row);
        after = row._rowid as number;
        step = 1;
      }
      break;
    } catch {
      if (after === Number.MIN_SAFE_INTEGER) after = 0;
      after += step;
      step *= 4;
      if (after > Number.MAX_SAFE_INTEGER / 4) break;
    }
  }
  return { rows, found };
}

function asRecord(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) if (k !== '_rowid') out[camel(k)] = v;
  return out;
}

/** A free name beside the damaged plan: “Plan (recovered).cascade”, “Plan (recovered 2).cascade”… */
export function recoveredName(source: string, dir = path.dirname(source)): string {
  const base = path.basename(source, path.extname(source));
  for (let n = 1; ; n++) {
    const file = path.join(dir, `${base} (recovered${n === 1 ? '' : ` ${n}`})${PLAN_EXTENSION}`);
    if (!fs.existsSync(file)) return file;
  }
}

/**
 * Copies every readable, well-formed row of a damaged plan into a new plan at `target`, never
 * writing to the source. What the rows say is kept; what no longer fits together is mended by the
 * plan's rules: an objective whose parent was lost goes to the top (and its branch is re-levelled),
 * a key result whose objective was lost is dropped, impossible dates are cleared.
 */
export function recoverPlan(source: string, target: string): Recovered {
  let src: Database.Database;
  try {
    src = new Database(source, { readonly: true, fileMustExist: true });
  } catch {
    throw new PlanError('damaged', `Nothing could be read from “${path.basename(source)}”.`);
  }
  const stamp = new Date().toISOString();
  let objectives: Objective[];
  let keyResults: KeyResult[];
  let dismissals: Dismissal[];
  let counts: { o: number | null; k: number | null };
  try {
    const o = readableRows(src, 'objectives');
    const k = readableRows(src, 'key_results');
    const d = readableRows(src, 'dismissals');
    counts = { o: o.found, k: k.found };
    objectives = o.rows.flatMap((r) => {
      const rec = asRecord(r);
      const parsed = Objective.safeParse(makeObjective({ ...(rec as Objective), statusOverride: (rec.statusOverride as Objective['statusOverride']) ?? null }, stamp));
      return parsed.success ? [parsed.data] : [];
    });
    keyResults = k.rows.flatMap((r) => {
      const rec = asRecord(r);
      const parsed = KeyResult.safeParse(makeKeyResult(rec as KeyResult, stamp));
      return parsed.success ? [parsed.data] : [];
    });
    dismissals = d.rows.flatMap((r) => {
      const parsed = Dismissal.safeParse(asRecord(r));
      return parsed.success ? [parsed.data] : [];
    });
  } finally {
    src.close();
  }
  if (objectives.length === 0) throw new PlanError('damaged', `No objective could be read from “${path.basename(source)}”, so there is nothing to recover.`);

  // Mend what no longer fits together.
  const ids = new Set(objectives.map((o) => o.id));
  for (const o of objectives) if (o.parentId !== null && !ids.has(o.parentId)) o.parentId = null;
  for (const o of orderParentsFirst(objectives).cyclic) o.parentId = null;
  keyResults = keyResults.filter((k) => ids.has(k.objectiveId));
  const krOwner = new Map(keyResults.map((k) => [k.id, k.objectiveId]));
  for (const o of objectives) {
    if (o.parentKrId !== null && krOwner.get(o.parentKrId) !== o.parentId) o.parentKrId = null;
    if (periodProblem(o.periodStart, o.periodEnd)) {
      o.periodStart = isRealDate(o.periodStart) && o.periodStart <= o.periodEnd ? o.periodStart : '';
      o.periodEnd = '';
    }
  }
  renumber(objectives, (o) => o.parentId ?? '');
  renumber(keyResults, (k) => k.objectiveId);

  const db = openPlanDb(target, { create: true });
  try {
    const out = new PlanRepo(db).importPlan(null, objectives, keyResults, dismissals);
    return {
      file: target,
      objectives: { saved: out.objectives.length, found: counts.o },
      keyResults: { saved: out.keyResults.length, found: counts.k },
    };
  } catch (err) {
    closePlanDb(db);
    fs.rmSync(target, { force: true });
    throw err;
  } finally {
    closePlanDb(db);
  }
}

/** Gives every group of siblings distinct positions, keeping their order. */
function renumber<T extends { id: string; sortOrder: number }>(rows: T[], group: (row: T) => string): void {
  const groups = new Map<string, T[]>();
  for (const r of rows) {
    const g = groups.get(group(r));
    if (g) g.push(r);
    else groups.set(group(r), [r]);
  }
  for (const g of groups.values()) {
    g.sort((a, b) => a.sortOrder - b.sortOrder || (a.id < b.id ? -1 : 1));
    g.forEach((r, i) => (r.sortOrder = i));
  }
}
