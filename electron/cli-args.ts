/** A failure the user can act on: printed as one line, exit code 1. */
export class CliError extends Error {}

export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) throw new CliError(`${flag} must be one of ${allowed.join(', ')}, not “${value}”.`);
  return value as T;
}
