/**
 * A proposed default for the "So What?" gate, read off the coach's own findings. The gate asks its
 * three questions in order, and the first "yes" decides where the item belongs, so the proposal
 * follows the same order. The findings are the title rules', which never take a word inside a job
 * title as a cue ("Hire a Compliance Analyst" proposes the cascade, not the shelf).
 */
import { analyse } from './analyse';
import { titleRulesOf } from './rules';
import type { ProposedGateAnswer, RuleCode } from './types';

/** The gate's answer for an objective with these findings. */
export function gateAnswerFor(codes: readonly string[]): ProposedGateAnswer {
  if (codes.includes('compliance' satisfies RuleCode)) return 'compliance';
  // A listed activity is not a compliance task and drives no outcome of its own; of the gate's
  // answers, "part of the job" is the one that sends it out of the cascade to the right place.
  if (codes.includes('job-requirement' satisfies RuleCode) || codes.includes('task-listing' satisfies RuleCode)) return 'job_requirement';
  // Number titles and containers still belong in the cascade: they need rewording, not a shelf.
  return 'strategic';
}

export function proposeGateAnswer(title: string): ProposedGateAnswer {
  return gateAnswerFor(titleRulesOf(analyse(title)));
}
