import type { z } from 'zod';
import { type Envelope, METHODS, type Method, contract } from '../../shared/ipc';
import { describeSqliteError } from '../db/errors';
import type { Handlers } from './context';

export const isMethod = (name: string): name is Method => (METHODS as string[]).includes(name);

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/**
 * The single entry point for every call from a renderer: the payload arrives as `unknown`, is
 * parsed against the contract, and the answer is always an envelope, never a thrown error.
 */
export async function dispatch(handlers: Partial<Handlers>, method: string, payload: unknown, origin: string | null = null): Promise<Envelope<unknown>> {
  if (!isMethod(method) || !handlers[method]) return { ok: false, error: { code: 'invalid-payload', message: `Unknown operation “${method.slice(0, 60)}”.` } };
  const parsed = contract[method].input.safeParse(payload);
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'invalid-payload', message: `The app sent a request it should not have (${describeIssues(parsed.error)}). Nothing was changed.` },
    };
  }
  try {
    const run = handlers[method] as (arg: unknown, origin: string | null) => unknown;
    return { ok: true, value: await run(parsed.data, origin) };
  } catch (err) {
    return failure(method, err);
  }
}

/** A thrown error as the envelope the renderer shows: our words, never SQLite's or the runtime's. */
export function failure(what: string, err: unknown): Envelope<never> {
  const known = describeSqliteError(err, null);
  if (known) return { ok: false, error: { code: known.code, message: known.message } };
  console.error(`[cascade] ${what} failed`, err);
  // The details go to the log.
  return { ok: false, error: { code: 'internal', message: 'Something went wrong in the app, and nothing was changed. Try again; if it keeps happening, restart the app.' } };
}
