import type { z } from 'zod';
import { type Envelope, METHODS, type Method, type Output, type ParsedInput, contract } from '../shared/ipc';
import { PlanError } from './db/errors';
import { runExport } from './export';
import { Jobs } from './export/jobs';
import type { PlanSession } from './session';

export type Handlers = { [K in Method]: (arg: ParsedInput<K>) => Output<K> | Promise<Output<K>> };

/** What only a desktop shell can do; browser mode saves through the browser's own download. */
export interface ShellServices {
  saveExport(arg: ParsedInput<'saveExport'>): Promise<Output<'saveExport'>>;
}

const noShell: ShellServices = {
  saveExport: async () => {
    throw new PlanError('io', 'Saving an export is done by the browser in browser mode.');
  },
};

/** Every backend operation, in plain Node. The arguments have already been parsed by `dispatch`. */
export function createHandlers(session: PlanSession, shell: ShellServices = noShell): Handlers {
  const repo = () => session.repo;
  const jobs = new Jobs();
  return {
    getPlan: () => session.rows(),
    createObjective: (a) => repo().createObjective(a),
    updateObjective: (a) => repo().updateObjective(a.id, a.patch),
    moveObjective: (a) => repo().moveObjective(a.id, a.parentId, a.index),
    deleteObjective: (a) => repo().deleteObjective(a.id),
    restoreSubtree: (a) => repo().restoreSubtree(a),
    createKeyResult: (a) => repo().createKeyResult(a),
    updateKeyResult: (a) => repo().updateKeyResult(a.id, a.patch),
    deleteKeyResult: (a) => repo().deleteKeyResult(a.id),
    restoreKeyResult: (a) => repo().restoreKeyResult(a.keyResult, a.index, a.linked),
    dismissFinding: (a) => repo().dismiss(a.subjectId, a.rule, a.reason),
    undismissFinding: (a) => repo().undismiss(a.subjectId, a.rule),
    importPlan: (a) => repo().importPlan(a.parentId, a.objectives, a.keyResults, a.dismissals),
    exportPlan: async (a) => {
      const out = await jobs.run(a.jobId, (ctl) => runExport(session.snapshot(), a, ctl));
      return {
        fileName: out.fileName,
        mime: out.mime,
        base64: out.bytes.toString('base64'),
        ...(out.notice ? { notice: out.notice } : {}),
        ...(out.pages ? { pages: out.pages } : {}),
      };
    },
    exportProgress: (a) => jobs.progress(a.jobId),
    cancelExport: (a) => jobs.cancel(a.jobId),
    saveExport: (a) => shell.saveExport(a),
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
export async function dispatch(handlers: Handlers, method: string, payload: unknown): Promise<Envelope<unknown>> {
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
    return { ok: true, value: await run(parsed.data) };
  } catch (err) {
    if (err instanceof PlanError) return { ok: false, error: { code: err.code, message: err.message } };
    console.error(`[cascade] ${method} failed`, err);
    return { ok: false, error: { code: 'internal', message: `Something went wrong; nothing was changed. (${(err as Error).message})` } };
  }
}
