import { auditPlan } from './audit';
import { coachPlan, type WordVectors } from './coach';
import type { KeyResult, KrKind, Objective } from './model';
import { rollupAll, viewOf } from './rollup';

/** A coach or audit finding, as the card badges, the coach panel and the exports show it. */
export interface PlanFinding {
  code: string;
  source: 'coach' | 'audit';
  subjectId: string;
  subjectKind: 'objective' | 'key_result';
  objectiveId: string;
  message: string;
  fix?: 'move-number-to-kr' | 'move-to-shelf' | 'ask-lever';
  prompt?: string;
  /** A goal clone: the objective it repeats (its parent, or the first copy of its group). */
  cloneOf?: string;
  /** On the first copy of a group of goal clones: every copy, in tree order. */
  objectiveIds?: string[];
}

const coachKind = (k: KrKind): 'metric' | 'milestone' | 'binary' => (k === 'binary' || k === 'milestone' ? k : 'metric');

/**
 * Every finding on the cascade: the coach's method traps and the audit's honesty checks. Shelf
 * items are left out by design (they are not meant to be strategic). `vectors`: see `coachPlan`.
 */
export function planFindings(objectives: readonly Objective[], keyResults: readonly KeyResult[], today: Date, vectors: WordVectors | null): PlanFinding[] {
  const view = viewOf(objectives, keyResults);
  const inCascade = new Set<string>();
  const stack = [...view.roots];
  while (stack.length) {
    const id = stack.pop()!;
    inCascade.add(id);
    stack.push(...view.children(id));
  }
  const cascade = objectives.filter((o) => inCascade.has(o.id));
  const krs = keyResults.filter((k) => inCascade.has(k.objectiveId)).map((k) => ({ ...k, kind: coachKind(k.kind) }));
  const coach: PlanFinding[] = coachPlan(cascade, krs, vectors).map((f) => ({
    code: f.code,
    source: 'coach',
    subjectId: f.subject.id,
    subjectKind: f.subject.kind,
    objectiveId: f.objectiveId,
    message: f.message,
    ...(f.fix ? { fix: f.fix } : {}),
    ...(f.prompt ? { prompt: f.prompt } : {}),
    ...(f.cloneOf ? { cloneOf: f.cloneOf } : {}),
    ...(f.objectiveIds ? { objectiveIds: f.objectiveIds } : {}),
  }));
  const audit: PlanFinding[] = auditPlan(view, view.roots, rollupAll(view, view.roots), today).map((f) => ({
    code: f.code,
    source: 'audit',
    subjectId: f.subject.id,
    subjectKind: f.subject.kind,
    objectiveId: f.objectiveId,
    message: f.message,
  }));
  return [...coach, ...audit];
}
