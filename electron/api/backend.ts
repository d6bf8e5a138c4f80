import { EVENTS } from '../../shared/channels';
import { PlanError } from '../db/errors';
import { FinishedExports } from '../export/finished';
import { runExport } from '../export';
import { exportRunner } from '../export/thread';
import { PlanSession } from '../session';
import { dispatch, failure } from './dispatch';
import { envelopeJson } from './encode';
import { createHandlers } from './index';
import { participantBatch } from './participant';
import type { FromBackend, HostOps, ShellState, ToBackend } from './protocol';

/** The two ends a backend talks through: a worker thread's parentPort, or a utilityProcess's. */
export interface BackendPort {
  post(message: FromBackend): void;
  onMessage(listener: (message: ToBackend) => void): void;
}

/**
 * The backend: the one owner of the plan's database (Signal Desktop's SQL worker is the model).
 * Every request carries a number and gets one answer with that number; pushes go out as events.
 * Requests run one after another in arrival order; an export takes the plan as it is and runs in
 * a thread of its own, so edits keep committing while a long export runs.
 */
export function serveBackend(port: BackendPort): void {
  let session: PlanSession | null = null;
  const finished = new FinishedExports();
  let handlers: ReturnType<typeof createHandlers> | null = null;
  const need = (): PlanSession => {
    if (!session) throw new PlanError('io', 'The backend has not been started.');
    return session;
  };
  const state = (): ShellState => {
    const s = need();
    return { file: s.file, problem: s.problem, recent: s.recent() };
  };
  const begin = (dataDir: string, exportsInline = false): PlanSession => {
    if (!session) {
      session = new PlanSession(dataDir);
      // The change feed: every write, undo, restore or another process's commit, to every window or page.
      session.onChange((change) => publish(EVENTS.planChanged, change));
    }
    // Exports run in a thread of their own beside this bundle (out/backend/export.cjs).
    handlers ??= createHandlers(session, finished, exportsInline ? runExport : exportRunner(__dirname));
    return session;
  };
  const host: { [K in keyof HostOps]: (args: HostOps[K]['args']) => HostOps[K]['out'] | Promise<HostOps[K]['out']> } = {
    start: ({ dataDir, file }) => (begin(dataDir).openStartup(file), state()),
    open: ({ dataDir, file, readOnly, exportsInline }) => (begin(dataDir, exportsInline).open(file, { readOnly }), state()),
    openOrOffer: ({ file }) => (need().openOrOffer(file), state()),
    create: ({ file, example }) => (need().create(file, { example }), state()),
    saveAs: ({ file }) => (need().saveAs(file), state()),
    clearRecent: () => (need().clearRecent(), state()),
    warm: () => {
      if (need().file) need().rows();
      return null;
    },
    writeExport: ({ jobId, file }) => ({ file: finished.write(jobId, file) }),
    takeExport: ({ jobId }) => {
      const { fileName, mime, bytes } = finished.take(jobId);
      return { fileName, mime, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) };
    },
    close: () => {
      session?.close();
      return null;
    },
  };

  /**
   * A push to every window or page on this plan: `name` is its channel in shared/channels.ts
   * EVENTS (the shell forwards those; browser mode's server streams them).
   */
  const publish = (name: string, data?: unknown) => port.post({ type: 'event', name, data });

  port.onMessage((message) => {
    const { id } = message;
    const answer = async () => {
      if (message.type === 'call') {
        if (!handlers) return failure(message.method, new PlanError('io', 'No plan is open yet.'));
        return dispatch(handlers, message.method, message.payload, message.origin ?? null);
      }
      if (message.type === 'participants') {
        if (!handlers) return failure('participants', new PlanError('io', 'No plan is open yet.'));
        return { ok: true as const, value: participantBatch(session, message.calls) };
      }
      try {
        const run = host[message.op] as (args: unknown) => unknown;
        if (!run) throw new Error(`unknown host operation ${String(message.op)}`);
        return { ok: true as const, value: await run(message.args ?? {}) };
      } catch (err) {
        return failure(message.op, err);
      }
    };
    void answer().then((envelope) =>
      port.post(message.type === 'call' && message.json ? { type: 'answer', id, json: envelopeJson(envelope) } : { type: 'answer', id, envelope }),
    );
  });
}
