/**
 * The trap coach: a deterministic, offline rule engine that flags the traps of the strategic
 * alignment method (number titles, containers, task lists, job requirements, compliance, goal
 * clones, unmeasurable or missing key results). Pure: no Node, no DOM.
 */
export { RULE_CODES } from './types';
export type { CoachKeyResult, CoachKrKind, CoachObjective, Finding, Fix, ProposedGateAnswer, RuleCode } from './types';
export { checkTitle, type TitleContext } from './rules';
export { coachPlan } from './plan';
export { decodeWordVectors, type WordVectors } from './vectors';
export { gateAnswerFor, proposeGateAnswer } from './gate';
export { splitNumberTitle, type Direction, type NumberTitleSplit, type SuggestedKeyResult } from './split';
export { isKrMeasurable, DEFAULT_KR, type KrMeasureInput } from './kr';
export { cloneKey, similarity, restates, copies, NEAR_COPY } from './clone';
export { MESSAGES, LEVER_PROMPT } from './messages';
