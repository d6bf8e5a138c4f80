import type { Method, Output, ParsedInput, PlanStatus } from '../../shared/ipc';
import type { PlanRepo } from '../db/repo';
import type { PlanSession } from '../session';

export type Handlers = { [K in Method]: (arg: ParsedInput<K>) => Output<K> | Promise<Output<K>> };
/** The handlers of one domain (objectives, key results, …). */
export type HandlersOf<K extends Method> = Pick<Handlers, K>;

/** What every domain's handlers share: the session, and the one way to write. */
export interface ApiContext {
  session: PlanSession;
  /** Every write: refused in words when read-only; once acknowledged, a checkpoint and maybe a timed backup follow. */
  write<A extends unknown[], R>(run: (repo: PlanRepo, ...args: A) => R): (...args: A) => R;
  status(): PlanStatus;
}

export function apiContext(session: PlanSession): ApiContext {
  return {
    session,
    write:
      (run) =>
      (...args) => {
        const out = run(session.writableRepo, ...args);
        session.noteEdit();
        return out;
      },
    status: () => {
      const problem = session.problem;
      return {
        file: session.file,
        readOnly: session.readOnly,
        problem: problem ? { ...problem, backups: session.backups().backups.length } : null,
      };
    },
  };
}
