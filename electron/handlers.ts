import type { z } from 'zod';
import { type Envelope, METHODS, type Method, type Output, type ParsedInput, contract } from '../shared/ipc';
import path from 'node:path';
import type { PlanStatus } from '../shared/ipc';
import { PlanError, describeSqliteError } from './db/errors';
import { runExport } from './export';
import { Jobs } from './export/jobs';
import type { PlanRepo } from './db/repo';
import { importLabel, keyResultEditLabel, objectiveEditLabel, quote, titleOf } from './labels';
import type { PlanSession } from './session';

/** `origin` names the window or tab that asked (see PlanSession.onChange); null when unknown. */
export type Handlers = { [K in Method]: (arg: ParsedInput<K>, origin: string | null) => Output<K> | Promise<Output<K>> };

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
  const jobs = new Jobs();
  /**
   * Every write is one undoable command (one transaction with its undo record), named in words
   * from its result; refused in words when read-only; every window hears of it.
   */
  const write =
    <A, R>(run: (repo: PlanRepo, arg: A) => R, label: (result: R, arg: A, repo: PlanRepo) => string) =>
    (arg: A, origin: string | null): R =>
      session.command((r, repo) => label(r, arg, repo), (repo) => run(repo, arg), origin);
  const importPlan = write(
    (r, a: ParsedInput<'importPlan'>) => r.importPlan(a.parentId, a.objectives, a.keyResults, a.dismissals),
    (out) => importLabel(out.objectives.length, out.keyResults.length),
  );
  const status = (): PlanStatus => {
    const problem = session.problem;
    return {
      file: session.file,
      readOnly: session.readOnly,
      problem: problem ? { ...problem, backups: session.backups().backups.length } : null,
    };
  };
  return {
    getPlan: () => session.rows(),
    createObjective: write(
      (r, a) => r.createObjective(a),
      (r) => (r.objective.gate === 'health_metric' ? 'Add a health metric' : r.objective.title ? `Add ${quote(r.objective.title)}` : 'Add an objective'),
    ),
    updateObjective: write((r, a) => r.updateObjective(a.id, a.patch, a.expect), (o, a) => objectiveEditLabel(a.patch, o.title)),
    moveObjective: write((r, a) => r.moveObjective(a.id, a.parentId, a.index), (_, a, r) => `Move ${quote(titleOf(r, a.id))}`),
    deleteObjective: write(
      (r, a) => r.deleteObjective(a.id),
      (sub) => `Delete ${quote(sub.objectives[0]!.title)}${sub.objectives.length > 1 ? ` and ${sub.objectives.length - 1} below it` : ''}`,
    ),
    createKeyResult: write((r, a) => r.createKeyResult(a), (kr, _, r) => `Add a key result to ${quote(titleOf(r, kr.objectiveId))}`),
    updateKeyResult: write((r, a) => r.updateKeyResult(a.id, a.patch, a.expect), (kr, a) => keyResultEditLabel(a.patch, kr)),
    deleteKeyResult: write((r, a) => r.deleteKeyResult(a.id), (d) => `Delete key result ${quote(d.keyResult.title)}`),
    dismissFinding: write((r, a) => r.dismiss(a.subjectId, a.rule, a.reason), (_, a, r) => `Set aside a finding on ${quote(titleOf(r, a.subjectId))}`),
    undismissFinding: write((r, a) => r.undismiss(a.subjectId, a.rule), (_, a, r) => `Bring back a finding on ${quote(titleOf(r, a.subjectId))}`),
    importPlan: (a, origin) => {
      // A verified copy first (outside the import's transaction), so even a wrong import can be undone from the backups.
      session.backup('import');
      return importPlan(a, origin);
    },
    undo: (_, origin) => ({ label: session.undo(origin), history: session.history() }),
    redo: (_, origin) => ({ label: session.redo(origin), history: session.history() }),
    history: () => session.history(),
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
    planStatus: () => status(),
    listBackups: () => {
      const { plan, dir, backups } = session.backups();
      return { plan, folder: dir, backups: backups.map((b) => ({ name: path.basename(b.file), takenAt: b.takenAt, reason: b.reason, bytes: b.bytes })) };
    },
    restoreBackup: (a, origin) => {
      session.restore(a.name);
      session.changed(origin);
      return status();
    },
    recoverPlan: () => session.recover(),
    openReadOnly: () => {
      session.openFailedReadOnly();
      return status();
    },
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
export async function dispatch(handlers: Handlers, method: string, payload: unknown, origin: string | null = null): Promise<Envelope<unknown>> {
  if (!isMethod(method)) return { ok: false, error: { code: 'invalid-payload', message: `Unknown operation “${method.slice(0, 60)}”.` } };
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
    const known = describeSqliteError(err, null);
    if (known) return { ok: false, error: { code: known.code, message: known.message } };
    console.error(`[cascade] ${method} failed`, err);
    // Never SQLite's or the runtime's own text: the details go to the log.
    return { ok: false, error: { code: 'internal', message: 'Something went wrong in the app, and nothing was changed. Try again; if it keeps happening, restart the app.' } };
  }
}
