import { z } from 'zod';
import { type Envelope, METHODS, type Method, type Output, type ParsedInput, contract } from '../shared/ipc';
import { PlanError } from './db/errors';
import type { PlanSession } from './session';

export type Handlers = { [K in Method]: (arg: ParsedInput<K>) => Output<K> };

/** Every backend operation, in plain Node. The arguments have already been parsed by `dispatch`. */
export function createHandlers(session: PlanSession): Handlers {
  const repo = () => session.repo;
  return {
    getPlan: () => session.snapshot(),
    createObjective: (a) => repo().createObjective(a),
    updateObjective: (a) => repo().updateObjective(a.id, a.patch),
    moveObjective: (a) => repo().moveObjective(a.id, a.parentId, a.index),
    deleteObjective: (a) => repo().deleteObjective(a.id),
    restoreSubtree: (a) => repo().restoreSubtree(a),
    createKeyResult: (a) => repo().createKeyResult(a),
    updateKeyResult: (a) => repo().updateKeyResult(a.id, a.patch),
    deleteKeyResult: (a) => repo().deleteKeyResult(a.id),
    restoreKeyResult: (a) => repo().restoreKeyResult(a.keyResult, a.index, a.linked),
  };
}

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
export function dispatch(handlers: Handlers, method: string, payload: unknown): Envelope<unknown> {
  if (!isMethod(method)) return { ok: false, error: { code: 'invalid-payload', message: `Unknown operation “${method.slice(0, 60)}”.` } };
  const parsed = contract[method].input.safeParse(payload);
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'invalid-payload', message: `The app sent a request it should not have (${describeIssues(parsed.error)}). Nothing was changed.` },
    };
  }
  try {
    const run = handlers[method] as (arg: unknown) => unknown;
    return { ok: true, value: run(parsed.data) };
  } catch (err) {
    if (err instanceof PlanError) return { ok: false, error: { code: err.code, message: err.message } };
    console.error(`[cascade] ${method} failed`, err);
    return { ok: false, error: { code: 'internal', message: `Something went wrong; nothing was changed. (${(err as Error).message})` } };
  }
}
