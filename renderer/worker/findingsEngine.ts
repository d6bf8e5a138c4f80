import type { WordVectors } from '../../shared/coach';
import { type PlanFinding, planFindings } from '../../shared/findings';
import type { KeyResult, Objective } from '../../shared/model';

/** A batch of plan changes for the findings engine; `reset` starts from an empty plan. */
export interface FindingsDelta {
  reset?: boolean;
  objectives: Objective[];
  krs: KeyResult[];
  removedObjectives: string[];
  removedKrs: string[];
  /** True on the last chunk of a batch: compute after it. */
  run: boolean;
}

/**
 * Findings whose list changed, per objective id (null: it has none any more): one pass's answer, or
 * a slice of it, `more` saying that further slices of the same pass follow.
 */
export type FindingsUpdate = { changed: Array<[string, PlanFinding[] | null]>; more?: boolean };

/**
 * A pass's answer in slices. The main thread decodes each message as one task: the first pass over
 * 50,000 objectives is some 200,000 findings, a quarter of a second to decode in one piece, and a
 * keystroke that arrives meanwhile would wait for all of it. A slice of 500 objectives is a few
 * milliseconds: a keystroke waits at most that long.
 */
export function slices(update: FindingsUpdate, size = 500): FindingsUpdate[] {
  const out: FindingsUpdate[] = [];
  for (let i = 0; i < update.changed.length; i += size) out.push({ changed: update.changed.slice(i, i + size), more: i + size < update.changed.length });
  return out.length ? out : [update];
}

// A clone group can change its members and keep its message, so the members are part of it.
const signature = (list: readonly PlanFinding[]) =>
  list.map((f) => `${f.code}:${f.subjectId}:${f.message}:${f.cloneOf ?? ''}:${f.objectiveIds?.join(',') ?? ''}`).join('|');

/**
 * Holds a copy of the plan and runs the coach and the audit over it, reporting only the objectives
 * whose findings changed. Runs in a Web Worker (renderer/worker/findings.worker.ts) so that a
 * half-second pass over 50,000 objectives never blocks a frame; falls back to the main thread.
 */
export class FindingsEngine {
  private objectives = new Map<string, Objective>();
  private krs = new Map<string, KeyResult>();
  private last = new Map<string, string>();

  constructor(private readonly vectors: WordVectors | null) {}

  apply(d: FindingsDelta): void {
    if (d.reset) {
      this.objectives.clear();
      this.krs.clear();
    }
    for (const o of d.objectives) this.objectives.set(o.id, o);
    for (const k of d.krs) this.krs.set(k.id, k);
    for (const id of d.removedObjectives) this.objectives.delete(id);
    for (const id of d.removedKrs) this.krs.delete(id);
  }

  run(today = new Date()): FindingsUpdate {
    const findings = planFindings([...this.objectives.values()], [...this.krs.values()], today, this.vectors);
    const by = new Map<string, PlanFinding[]>();
    for (const f of findings) {
      let list = by.get(f.objectiveId);
      if (!list) by.set(f.objectiveId, (list = []));
      list.push(f);
    }
    const changed: Array<[string, PlanFinding[] | null]> = [];
    const next = new Map<string, string>();
    for (const [id, list] of by) {
      const sig = signature(list);
      next.set(id, sig);
      if (this.last.get(id) !== sig) changed.push([id, list]);
    }
    for (const id of this.last.keys()) if (!next.has(id)) changed.push([id, null]);
    this.last = next;
    return { changed };
  }
}
