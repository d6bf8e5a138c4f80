import type { ErrorCode } from '../../shared/ipc';

/** An error whose message is written for the user; anything else is a bug and reported as such. */
export class PlanError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PlanError';
  }
}
