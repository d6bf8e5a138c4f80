import type { KeyResult, Objective } from './model';
import { krProgress } from './progress';

/** The records a comparison looks at: a snapshot's, or the plan as it is now. */
export interface PlanState {
  objectives: readonly Objective[];
  keyResults: readonly KeyResult[];
}

export interface DiffObjective {
  id: string;
  title: string;
  parentId: string | null;
  /** The parent's title in the plan it is in (null at the top). */
  parentTitle: string | null;
}

export interface KrValues {
  start: number;
  target: number;
  current: number;
  /** 0–1, as the card shows it. */
  progress: number;
}

export interface KrValueChange {
  id: string;
  objectiveId: string;
  title: string;
  unit: string;
  before: KrValues;
  after: KrValues;
  /** after.progress − before.progress: +0.25 is 25 points of progress gained. */
  progressChange: number;
}

export interface PlanDiff {
  /** In the later plan only; every objective of an added branch is listed. */
  added: DiffObjective[];
  /** In the earlier plan only; every objective of a removed branch is listed. */
  removed: DiffObjective[];
  /** Under another parent (a reorder among the same siblings is not a move). */
  moved: { id: string; title: string; from: string | null; to: string | null; fromTitle: string | null; toTitle: string | null }[];
  retitled: { id: string; before: string; after: string }[];
  /** Other fields the user edits (owner, period, description…), by name. */
  changed: { id: string; title: string; fields: string[]; before: Record<string, unknown>; after: Record<string, unknown> }[];
  keyResults: {
    /** Key results added to, or removed from, an objective that is in both plans. */
    added: { id: string; objectiveId: string; title: string }[];
    removed: { id: string; objectiveId: string; title: string }[];
    retitled: { id: string; objectiveId: string; before: string; after: string }[];
    /** Start, target or current value changed. */
    values: KrValueChange[];
  };
}

/**
 * Fields that are not edits of their own: positions, timestamps, and the level (which follows
 * the place in the tree, so a move already says it). Title and parent are reported on their own.
 */
const NOT_EDITS = new Set(['id', 'parentId', 'title', 'level', 'sortOrder', 'createdAt', 'updatedAt']);

/** The words for an edited field, as a list of changes says them. */
export const FIELD_LABEL: Record<string, string> = {
  description: 'description',
  owner: 'owner',
  ownerKind: 'kind of owner',
  period: 'period',
  periodKind: 'kind of period',
  periodStart: 'period start',
  periodEnd: 'period end',
  gate: '“So what?” answer',
  parentKrId: 'key result it moves',
  weight: 'weight',
  rollupMode: 'roll-up',
  statusOverride: 'status set by hand',
};
export const fieldWords = (fields: readonly string[]): string => fields.map((f) => FIELD_LABEL[f] ?? f).join(', ');

/** "owner: Account Management; period: Q2 2026" — a linked key result is said, not its id. */
export function fieldValues(fields: readonly string[], values: Record<string, unknown>): string {
  const say = (f: string, v: unknown) => (f === 'parentKrId' ? (v === null ? 'none' : 'linked') : v === null || v === '' ? '—' : String(v).replace(/_/g, ' '));
  return fields.map((f) => `${FIELD_LABEL[f] ?? f}: ${say(f, values[f])}`).join('; ');
}

const valuesOf = (kr: KeyResult): KrValues => ({ start: kr.start, target: kr.target, current: kr.current, progress: krProgress(kr) });

/** What changed between two states of a plan, matched by id. Pure and linear in the plan's size. */
export function diffPlans(before: PlanState, after: PlanState): PlanDiff {
  const old = new Map(before.objectives.map((o) => [o.id, o]));
  const now = new Map(after.objectives.map((o) => [o.id, o]));
  const diff: PlanDiff = { added: [], removed: [], moved: [], retitled: [], changed: [], keyResults: { added: [], removed: [], retitled: [], values: [] } };
  const titleIn = (m: Map<string, Objective>, id: string | null) => (id === null ? null : (m.get(id)?.title ?? null));
  const ref = (o: Objective, m: Map<string, Objective>): DiffObjective => ({ id: o.id, title: o.title, parentId: o.parentId, parentTitle: titleIn(m, o.parentId) });
  for (const o of before.objectives) if (!now.has(o.id)) diff.removed.push(ref(o, old));
  for (const o of after.objectives) {
    const was = old.get(o.id);
    if (!was) {
      diff.added.push(ref(o, now));
      continue;
    }
    if (was.parentId !== o.parentId) {
      diff.moved.push({ id: o.id, title: o.title, from: was.parentId, to: o.parentId, fromTitle: titleIn(old, was.parentId), toTitle: titleIn(now, o.parentId) });
    }
    if (was.title !== o.title) diff.retitled.push({ id: o.id, before: was.title, after: o.title });
    const fields = (Object.keys(o) as (keyof Objective)[]).filter((k) => !NOT_EDITS.has(k) && o[k] !== was[k]);
    if (fields.length) {
      const pick = (x: Objective) => Object.fromEntries(fields.map((f) => [f, x[f]]));
      diff.changed.push({ id: o.id, title: o.title, fields, before: pick(was), after: pick(o) });
    }
  }
  const oldKrs = new Map(before.keyResults.map((k) => [k.id, k]));
  const newKrs = new Map(after.keyResults.map((k) => [k.id, k]));
  // A KR that left with its objective is part of that removal, not a change of its own.
  const inBoth = (objectiveId: string) => old.has(objectiveId) && now.has(objectiveId);
  for (const k of before.keyResults) {
    if (!newKrs.has(k.id) && inBoth(k.objectiveId)) diff.keyResults.removed.push({ id: k.id, objectiveId: k.objectiveId, title: k.title });
  }
  for (const k of after.keyResults) {
    const was = oldKrs.get(k.id);
    if (!was) {
      if (inBoth(k.objectiveId)) diff.keyResults.added.push({ id: k.id, objectiveId: k.objectiveId, title: k.title });
      continue;
    }
    if (was.title !== k.title) diff.keyResults.retitled.push({ id: k.id, objectiveId: k.objectiveId, before: was.title, after: k.title });
    if (was.start !== k.start || was.target !== k.target || was.current !== k.current) {
      const b = valuesOf(was);
      const a = valuesOf(k);
      diff.keyResults.values.push({ id: k.id, objectiveId: k.objectiveId, title: k.title, unit: k.unit, before: b, after: a, progressChange: a.progress - b.progress });
    }
  }
  return diff;
}

/** How many changes of each kind, e.g. for a one-line summary. */
export function diffCounts(d: PlanDiff) {
  return {
    added: d.added.length,
    removed: d.removed.length,
    moved: d.moved.length,
    retitled: d.retitled.length,
    changed: d.changed.length,
    krAdded: d.keyResults.added.length,
    krRemoved: d.keyResults.removed.length,
    krRetitled: d.keyResults.retitled.length,
    krValues: d.keyResults.values.length,
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** "3 objectives added, 1 removed, 2 moved, 4 key results changed value" — or "No changes". */
export function diffSummary(d: PlanDiff): string {
  const c = diffCounts(d);
  const parts = [
    c.added && `${plural(c.added, 'objective')} added`,
    c.removed && `${plural(c.removed, 'objective')} removed`,
    c.moved && `${plural(c.moved, 'objective')} moved`,
    c.retitled && `${plural(c.retitled, 'title')} changed`,
    c.changed && `${plural(c.changed, 'objective')} edited`,
    c.krValues && `${plural(c.krValues, 'key result value', 'key result values')} changed`,
    c.krAdded && `${plural(c.krAdded, 'key result')} added`,
    c.krRemoved && `${plural(c.krRemoved, 'key result')} removed`,
    c.krRetitled && `${plural(c.krRetitled, 'key result title')} changed`,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'No changes';
}

/** The mark a card carries in compare mode (the first that applies). */
export type DiffMark = 'added' | 'removed' | 'moved' | 'changed';

export function diffMarks(d: PlanDiff): Map<string, DiffMark> {
  const marks = new Map<string, DiffMark>();
  const changed = (id: string) => marks.has(id) || marks.set(id, 'changed');
  for (const o of d.added) marks.set(o.id, 'added');
  for (const o of d.removed) marks.set(o.id, 'removed');
  for (const o of d.moved) marks.set(o.id, 'moved');
  for (const o of d.retitled) changed(o.id);
  for (const o of d.changed) changed(o.id);
  for (const k of [...d.keyResults.values, ...d.keyResults.added, ...d.keyResults.removed, ...d.keyResults.retitled]) changed(k.objectiveId);
  return marks;
}

/** One side of a comparison: a snapshot by name, or the plan as it is now. */
export interface DiffSide {
  name: string;
  /** When the snapshot was taken; null for "now". */
  takenAt: string | null;
}

/** A comparison as the app, the command line and the PDF give it. */
export interface DiffReport {
  plan: string;
  from: DiffSide;
  to: DiffSide;
  summary: string;
  counts: ReturnType<typeof diffCounts>;
  diff: PlanDiff;
}

export function diffReport(plan: string, from: DiffSide, before: PlanState, to: DiffSide, after: PlanState): DiffReport {
  const diff = diffPlans(before, after);
  return { plan, from, to, summary: diffSummary(diff), counts: diffCounts(diff), diff };
}

/** The word a comparison uses for the live plan. */
export const NOW = 'now';
