import type { GateAnswer, KeyResult, KrKind, Objective } from '../model';

/** Stable identifiers: stored in UI state and docs, so never rename one. */
export const RULE_CODES = [
  'number-title',
  'generic-container',
  'task-listing',
  'job-requirement',
  'compliance',
  'goal-clone',
  'kr-not-measurable',
  'no-key-results',
] as const;
export type RuleCode = (typeof RULE_CODES)[number];

export type Fix = 'move-number-to-kr' | 'move-to-shelf' | 'ask-lever';

export interface Finding {
  code: RuleCode;
  subject: { kind: 'objective' | 'key_result'; id: string };
  /** The objective the finding is shown on (the KR's objective for KR findings). */
  objectiveId: string;
  message: string;
  fix?: Fix;
  /** Only for `ask-lever`: the question the UI asks the owner. */
  prompt?: string;
  /** Only for `goal-clone`: the objective this one repeats (its parent, or the original of its group). */
  cloneOf?: string;
  /** Only for `goal-clone`, on the first copy of a group: the original and every copy, in tree order. */
  objectiveIds?: string[];
}

/** The gate's three questions, in the order it asks them; the coach proposes one of their answers. */
export type ProposedGateAnswer = Extract<GateAnswer, 'compliance' | 'job_requirement' | 'strategic'>;

/**
 * What the coach needs to know about a KR's kind: the model's kinds as they are, or 'metric' for
 * any of the measured ones. Milestone and binary KRs are done or not done; every other kind is a
 * number moving towards a target. Missing means a metric.
 */
export type CoachKrKind = KrKind | 'metric';

/** An objective as the coach reads it. `gate` is optional: objectives on the shelf are skipped. */
export type CoachObjective = Pick<Objective, 'id' | 'parentId' | 'title' | 'sortOrder'> & Partial<Pick<Objective, 'gate'>>;
export type CoachKeyResult = Pick<KeyResult, 'id' | 'objectiveId' | 'title' | 'unit' | 'start' | 'target' | 'current'> & {
  kind?: CoachKrKind;
};
