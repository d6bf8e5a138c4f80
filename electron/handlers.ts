import type { z } from 'zod';
import { type Envelope, METHODS, type Method, type Output, type ParsedInput, contract } from '../shared/ipc';
import path from 'node:path';
import type { PlanStatus } from '../shared/ipc';
import { PlanError, describeSqliteError } from './db/errors';
import { runExport } from './export';
import { comparisonExport } from './export/comparison';
import { tableOf } from '../shared/rows';
import { KR_KEYS, OBJECTIVE_KEYS } from './db/columns';
import { Jobs } from './export/jobs';
import type { PlanRepo } from './db/repo';
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
  const jobs = new Jobs();
  /** Every write: refused in words when read-only; once acknowledged, it may start a timed backup. */
  const write =
    <A extends unknown[], R>(run: (repo: PlanRepo, ...args: A) => R) =>
    (...args: A): R => {
      const out = run(session.writableRepo, ...args);
      session.noteEdit();
      return out;
    };
  const status = (): PlanStatus => {
    const problem = session.problem;
    return {
      file: session.file,
      readOnly: session.readOnly ?? (session.file ? session.cycles.frozen() : null),
      problem: problem ? { ...problem, backups: session.backups().backups.length } : null,
    };
  };
  return {
    getPlan: () => session.rows(),
    createObjective: write((r, a) => r.createObjective(a)),
    updateObjective: write((r, a) => r.updateObjective(a.id, a.patch)),
    moveObjective: write((r, a) => r.moveObjective(a.id, a.parentId, a.index)),
    deleteObjective: write((r, a) => r.deleteObjective(a.id)),
    restoreSubtree: write((r, a) => r.restoreSubtree(a)),
    createKeyResult: write((r, a) => r.createKeyResult(a)),
    updateKeyResult: write((r, a) => r.updateKeyResult(a.id, a.patch)),
    deleteKeyResult: write((r, a) => r.deleteKeyResult(a.id)),
    restoreKeyResult: write((r, a) => r.restoreKeyResult(a.keyResult, a.index, a.linked)),
    dismissFinding: write((r, a) => r.dismiss(a.subjectId, a.rule, a.reason)),
    undismissFinding: write((r, a) => r.undismiss(a.subjectId, a.rule)),
    importPlan: write((r, a) => {
      // A verified copy first, so even a wrong import can be undone from the backups.
      session.backup('import');
      return r.importPlan(a.parentId, a.objectives, a.keyResults, a.dismissals);
    }),
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
    restoreBackup: (a) => {
      session.restore(a.name);
      return status();
    },
    recoverPlan: () => session.recover(),
    openReadOnly: () => {
      session.openFailedReadOnly();
      return status();
    },
    history: () => ({ snapshots: session.cycles.snapshots.list(), cycles: session.cycles.list() }),
    takeSnapshot: (a) => session.writableCycles.takeSnapshot(a.name, a.kind),
    readSnapshot: (a) => {
      const s = session.cycles.snapshots.read(a.name);
      const meta = session.rows().meta;
      return { meta: { ...meta, name: `${meta.name} — ${a.name}` }, objectives: tableOf(asRows(s.objectives, OBJECTIVE_KEYS), OBJECTIVE_KEYS), keyResults: tableOf(asRows(s.keyResults, KR_KEYS), KR_KEYS), dismissals: s.dismissals };
    },
    comparePlan: (a) => session.compare(a.from, a.to),
    exportComparison: async (a) => {
      const out = await comparisonExport(session.compare(a.from, a.to), a);
      return { fileName: out.fileName, mime: out.mime, base64: out.bytes.toString('base64'), ...(out.pages ? { pages: out.pages } : {}) };
    },
    closeCycle: (a) => session.writableCycles.close(a.name),
    startNextCycle: (a) => session.writableCycles.next(a.name, a.carry),
  };
}

const asRows = (records: readonly object[], keys: readonly string[]): unknown[][] =>
  records.map((r) => keys.map((k) => (r as Record<string, unknown>)[k]));

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
    const known = describeSqliteError(err, null);
    if (known) return { ok: false, error: { code: known.code, message: known.message } };
    console.error(`[cascade] ${method} failed`, err);
    // Never SQLite's or the runtime's own text: the details go to the log.
    return { ok: false, error: { code: 'internal', message: 'Something went wrong in the app, and nothing was changed. Try again; if it keeps happening, restart the app.' } };
  }
}
