import type { Method, Output, ParsedInput, PlanStatus } from '../../shared/ipc';
import type { PlanRepo } from '../db/repo';
import type { PlanSession } from '../session';

/** `origin` names the window or tab that asked (see PlanSession.onChange); null when unknown. */
export type Handlers = { [K in Method]: (arg: ParsedInput<K>, origin: string | null) => Output<K> | Promise<Output<K>> };
/** The handlers of one domain (objectives, key results, …). */
export type HandlersOf<K extends Method> = Pick<Handlers, K>;

/** What every domain's handlers share: the session, and the one way to write. */
export interface ApiContext {
  session: PlanSession;
  /**
   * Every write is one undoable command (one transaction with its undo record), named in words
   * from its result; refused in words when read-only; every window hears of it; once
   * acknowledged, a checkpoint and maybe a timed backup follow.
   */
  write<A, R>(run: (repo: PlanRepo, arg: A) => R, label: (result: R, arg: A, repo: PlanRepo) => string): (arg: A, origin: string | null) => R;
  status(): PlanStatus;
}

export function apiContext(session: PlanSession): ApiContext {
  return {
    session,
    write: (run, label) => (arg, origin) => session.command((r, repo) => label(r, arg, repo), (repo) => run(repo, arg), origin),
    status: () => {
      const problem = session.problem;
      return {
        file: session.file,
        // A closed cycle is read-only too, until the next one starts.
        readOnly: session.readOnly ?? (session.file ? session.cycles.frozen() : null),
        problem: problem ? { ...problem, backups: session.backups().backups.length } : null,
      };
    },
  };
}
