/**
 * The plan's vocabulary as plain values: the enums, their labels and the limits. Kept apart from
 * the zod schemas (model.ts) so that the renderer's first screen does not load the validator.
 */
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

export const LEVEL_LABEL: Record<Level, string> = {
  north_star: 'North Star',
  bridge: 'Strategic Bridge',
  contribution: 'Contribution',
};

/** How a key result is measured. Milestone and binary KRs are checklists, the rest are metrics. */
export const KR_KINDS = ['increase', 'decrease', 'stay_above', 'stay_below', 'milestone', 'binary'] as const;

export const KR_KIND_LABEL: Record<KrKind, string> = {
  increase: 'Increase to',
  decrease: 'Decrease to',
  stay_above: 'Stay above',
  stay_below: 'Stay below',
  milestone: 'Milestones',
  binary: 'Done / not done',
};

export const OWNER_KINDS = ['person', 'team', 'group'] as const;

export const PERIOD_KINDS = ['none', 'year', 'quarter', 'custom'] as const;

/**
 * The answer to the "So What?" gate. Compliance tasks, job requirements and health metrics live on
 * the Health & Hygiene shelf; everything else is in the cascade.
 */
export const GATE_ANSWERS = ['unanswered', 'skipped', 'strategic', 'compliance', 'job_requirement', 'health_metric'] as const;
export const SHELF_ANSWERS: readonly GateAnswer[] = ['compliance', 'job_requirement', 'health_metric'];
export const onShelf = (o: { gate: GateAnswer }): boolean => SHELF_ANSWERS.includes(o.gate);

export const STATUSES = ['on_track', 'at_risk', 'off_track'] as const;

export const ROLLUP_MODES = ['average', 'sum_to_target'] as const;

export type Level = (typeof LEVELS)[number];
export type KrKind = (typeof KR_KINDS)[number];
export type OwnerKind = (typeof OWNER_KINDS)[number];
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export type GateAnswer = (typeof GATE_ANSWERS)[number];
export type Status = (typeof STATUSES)[number];
export type RollupMode = (typeof ROLLUP_MODES)[number];

export const EXPORT_FORMATS = ['pdf', 'png', 'svg', 'csv', 'xlsx', 'json', 'md', 'opml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const PAPERS = ['A4', 'A3', 'Letter'] as const;
