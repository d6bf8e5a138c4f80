import { z } from 'zod';

/** Limits keep one bad paste or import from bloating the file or the UI. */
export const LIMITS = {
  title: 500,
  description: 10_000,
  owner: 200,
  period: 100,
  unit: 40,
  id: 64,
} as const;

export const LEVELS = ['north_star', 'bridge', 'contribution'] as const;
export const Level = z.enum(LEVELS);
export type Level = z.infer<typeof Level>;

export const LEVEL_LABEL: Record<Level, string> = {
  north_star: 'North Star',
  bridge: 'Strategic Bridge',
  contribution: 'Contribution',
};

export const DIRECTIONS = ['increase', 'decrease'] as const;
export const Direction = z.enum(DIRECTIONS);
export type Direction = z.infer<typeof Direction>;

export const Id = z.string().min(1).max(LIMITS.id);

const finite = z.number().finite();
/** ISO-8601 timestamp as written by the database layer. */
const Timestamp = z.string().max(40);

export const Objective = z.object({
  id: Id,
  parentId: Id.nullable(),
  level: Level,
  title: z.string().max(LIMITS.title),
  description: z.string().max(LIMITS.description),
  owner: z.string().max(LIMITS.owner),
  period: z.string().max(LIMITS.period),
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
  direction: Direction,
  sortOrder: z.number().int(),
  updatedAt: Timestamp,
});
export type KeyResult = z.infer<typeof KeyResult>;

/** Fields a user may edit on an objective (everything else is structural or derived). */
export const ObjectivePatch = Objective.pick({
  level: true,
  title: true,
  description: true,
  owner: true,
  period: true,
})
  .partial()
  .strict();
export type ObjectivePatch = z.infer<typeof ObjectivePatch>;

export const KeyResultPatch = KeyResult.pick({
  title: true,
  unit: true,
  start: true,
  target: true,
  current: true,
  direction: true,
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

export interface PlanSnapshot {
  meta: PlanMeta;
  objectives: Objective[];
  keyResults: KeyResult[];
}

/** A deleted branch, kept whole so that undo can put it back exactly where it was. */
export const Subtree = z.object({
  index: z.number().int().min(0),
  objectives: z.array(Objective).min(1),
  keyResults: z.array(KeyResult),
});
export type Subtree = z.infer<typeof Subtree>;
