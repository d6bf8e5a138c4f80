import { z } from 'zod';
import { GATE_ANSWERS, KR_KINDS, LEVELS, LIMITS, OWNER_KINDS, PERIOD_KINDS, ROLLUP_MODES, STATUSES } from './vocabulary';

export {
  LIMITS,
  LEVELS,
  LEVEL_LABEL,
  KR_KINDS,
  KR_KIND_LABEL,
  OWNER_KINDS,
  PERIOD_KINDS,
  GATE_ANSWERS,
  SHELF_ANSWERS,
  onShelf,
  STATUSES,
  ROLLUP_MODES,
} from './vocabulary';

export const Level = z.enum(LEVELS);
export type Level = z.infer<typeof Level>;
export const KrKind = z.enum(KR_KINDS);
export type KrKind = z.infer<typeof KrKind>;
export const OwnerKind = z.enum(OWNER_KINDS);
export type OwnerKind = z.infer<typeof OwnerKind>;
export const PeriodKind = z.enum(PERIOD_KINDS);
export type PeriodKind = z.infer<typeof PeriodKind>;
export const GateAnswer = z.enum(GATE_ANSWERS);
export type GateAnswer = z.infer<typeof GateAnswer>;
export const Status = z.enum(STATUSES);
export type Status = z.infer<typeof Status>;
export const RollupMode = z.enum(ROLLUP_MODES);
export type RollupMode = z.infer<typeof RollupMode>;

export const Id = z.string().min(1).max(LIMITS.id);

const finite = z.number().finite();
/** ISO-8601 timestamp as written by the database layer. */
const Timestamp = z.string().max(40);
/** A calendar date, YYYY-MM-DD, or empty when not set. */
export const IsoDate = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]);
const Weight = z.number().finite().min(0).max(1000);

export const Objective = z.object({
  id: Id,
  parentId: Id.nullable(),
  level: Level,
  title: z.string().max(LIMITS.title),
  description: z.string().max(LIMITS.description),
  owner: z.string().max(LIMITS.owner),
  ownerKind: OwnerKind,
  /** A label such as "2026" or "Q2 2026"; the dates below are what the maths uses. */
  period: z.string().max(LIMITS.period),
  periodKind: PeriodKind,
  periodStart: IsoDate,
  periodEnd: IsoDate,
  gate: GateAnswer,
  /** The parent's key result this objective moves (a bridge adopts a piece of the level above). */
  parentKrId: Id.nullable(),
  weight: Weight,
  rollupMode: RollupMode,
  statusOverride: Status.nullable(),
  sortOrder: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Objective = z.infer<typeof Objective>;

export const KeyResult = z.object({
  id: Id,
  objectiveId: Id,
  title: z.string().max(LIMITS.title),
  unit: z.string().max(LIMITS.unit),
  start: finite,
  target: finite,
  current: finite,
  kind: KrKind,
  weight: Weight,
  sortOrder: z.number().int(),
  /** When `current` last changed: a KR nobody has updated for weeks is stale. */
  checkedInAt: Timestamp,
  updatedAt: Timestamp,
});
export type KeyResult = z.infer<typeof KeyResult>;

/** Fields a user may edit on an objective (everything else is structural or derived). */
export const ObjectivePatch = Objective.omit({
  id: true,
  parentId: true,
  sortOrder: true,
  createdAt: true,
  updatedAt: true,
})
  .partial()
  .strict();
export type ObjectivePatch = z.infer<typeof ObjectivePatch>;

export const KeyResultPatch = KeyResult.omit({
  id: true,
  objectiveId: true,
  sortOrder: true,
  checkedInAt: true,
  updatedAt: true,
})
  .partial()
  .strict();
export type KeyResultPatch = z.infer<typeof KeyResultPatch>;

export interface PlanMeta {
  /** File name without extension, shown in the title bar and on exports. */
  name: string;
  path: string;
  schemaVersion: number;
}

/** A coach finding the user set aside, with the reason they gave. */
export const Dismissal = z.object({
  subjectId: Id,
  rule: z.string().min(1).max(40),
  reason: z.string().max(LIMITS.description),
  createdAt: Timestamp,
});
export type Dismissal = z.infer<typeof Dismissal>;

export interface PlanSnapshot {
  meta: PlanMeta;
  objectives: Objective[];
  keyResults: KeyResult[];
  dismissals: Dismissal[];
}

/** A calendar day, YYYY-MM-DD (always set: unlike a period date it cannot be empty). */
export const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD');

/**
 * One value a key result had on a day: every change of a KR's current value is a check-in, and the
 * KR's `current` is its latest check-in on or before today (shared/checkins.ts).
 */
export const CheckIn = z.object({
  id: Id,
  keyResultId: Id,
  date: Day,
  value: finite,
  note: z.string().max(LIMITS.title),
  /** How sure the owner is of reaching the target, 1–10, or null when not said. */
  confidence: z.number().int().min(1).max(10).nullable(),
  author: z.string().max(LIMITS.owner),
  createdAt: Timestamp,
});
export type CheckIn = z.infer<typeof CheckIn>;

/** A deleted branch, kept whole so that undo can put it back exactly where it was. */
export const Subtree = z.object({
  index: z.number().int().min(0),
  objectives: z.array(Objective).min(1),
  keyResults: z.array(KeyResult),
  /** Their check-ins, so undo puts the history back too. */
  checkIns: z.array(CheckIn).default([]),
});
export type Subtree = z.infer<typeof Subtree>;
