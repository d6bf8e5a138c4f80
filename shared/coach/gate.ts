/**
 * A proposed default for the "So What?" gate. The gate asks its three questions in order, and the
 * first "yes" decides where the item belongs, so the proposal follows the same order.
 */
import { analyse } from './analyse';
import { isCompliance, isJobRequirement, isTaskListing } from './rules';
import type { ProposedGateAnswer } from './types';

export function proposeGateAnswer(title: string): ProposedGateAnswer {
  const a = analyse(title);
  if (a.words.length === 0) return 'strategic';
  if (isCompliance(a)) return 'compliance';
  // A listed activity is not a compliance task and drives no outcome of its own; of the gate's
  // answers, "part of the job" is the one that sends it out of the cascade to the right place.
  if (isJobRequirement(a) || isTaskListing(a)) return 'job_requirement';
  // Number titles and containers still belong in the cascade: they need rewording, not a shelf.
  return 'strategic';
}
