import type { SoWhatAnswer } from '../../shared/workshop';
import { PlanError } from '../db/errors';
import type { PlanRepo } from '../db/repo';
import type { FinishedExports } from '../export/finished';
import { quote } from '../labels';
import { workshopRecordPdf } from '../workshop/record';
import type { ApiContext, HandlersOf } from './context';

const stickies = (n: number) => `${n} ${n === 1 ? 'sticky' : 'stickies'}`;
const COLUMN: Record<string, string> = {
  parking: 'the parking lot',
  so_what: '“So What?”',
  candidate: 'the candidates',
  accepted: 'accepted',
  shelf: 'the shelf',
  merged: 'a merge',
};

/**
 * Workshop mode's channels. Stickies, votes and confidence scores take who acted as their own
 * field (never inferred from the caller), so a participant role can reach exactly those three.
 *
 * What the facilitator does to the wall (adding, moving, answering, accepting stickies) is an
 * undoable command like any edit. The session's own bookkeeping (start, timer, rounds, dots,
 * scores, what is presented, end) is recorded as it happens and is not in Undo: one person's
 * Ctrl+Z must not take back someone else's vote.
 */
export function workshopHandlers({ session, write }: ApiContext, finished: FinishedExports): HandlersOf<
  | 'workshopGet'
  | 'workshopStart'
  | 'workshopTimer'
  | 'workshopAddStickies'
  | 'workshopMove'
  | 'workshopAnswer'
  | 'workshopAccept'
  | 'workshopVote'
  | 'workshopOpenRound'
  | 'workshopScore'
  | 'workshopReveal'
  | 'workshopPresent'
  | 'workshopEnd'
  | 'workshopRecord'
  | 'presentWindow'
> {
  const w = (repo: PlanRepo) => repo.workshop;
  /** A write that is not an undoable command: one transaction (the repository's), then every window hears of it. */
  const recorded =
    <A, R>(run: (repo: PlanRepo, arg: A) => R) =>
    (arg: A, origin: string | null): R => {
      const out = run(session.writableRepo, arg);
      session.noteEdit();
      session.changed(origin);
      return out;
    };
  return {
    workshopGet: () => w(session.repo).state(),
    workshopStart: recorded((r, a) => w(r).start(a.template, a.title, a.dotsPerPerson)),
    workshopTimer: recorded((r, a) => w(r).timer(a.sessionId, a.action)),
    workshopAddStickies: write((r, a) => w(r).addStickies(a.sessionId, a.texts, a.author), (_, a) => `Add ${stickies(a.texts.length)}`),
    workshopMove: write((r, a) => w(r).move(a.sessionId, a.stickyIds, a.to, a.by), (_, a) => `Move ${stickies(a.stickyIds.length)} to ${COLUMN[a.to] ?? a.to}`),
    workshopAnswer: write(
      (r, a) => w(r).answer(a.sessionId, a.stickyIds, a.answer as SoWhatAnswer, a.by),
      (_, a) => `Answer “So What?” for ${stickies(a.stickyIds.length)}`,
    ),
    workshopAccept: write((r, a) => w(r).accept(a.sessionId, a.stickyIds, a.parentId, a.title, a.by), (out) => `Accept ${quote(out.objective.title)} into the plan`),
    workshopVote: recorded((r, a) => w(r).vote(a.sessionId, a.subjectId, a.voter, a.dots)),
    workshopOpenRound: recorded((r, a) => w(r).openRound(a.sessionId, a.subjectId)),
    workshopScore: recorded((r, a) => w(r).score(a.sessionId, a.roundId, a.voter, a.score)),
    workshopReveal: recorded((r, a) => w(r).reveal(a.sessionId, a.roundId)),
    workshopPresent: recorded((r, a) => w(r).present(a.sessionId, a.id, a.branch, a.chrome)),
    workshopEnd: recorded((r, a) => w(r).end(a.sessionId)),
    // Like any export: the PDF waits in the backend until it is saved or downloaded by its job id.
    workshopRecord: async (a) => {
      const ws = w(session.repo);
      const record = ws.byId(a.sessionId);
      const bytes = await workshopRecordPdf(session.snapshot(), record, ws.states(a.sessionId));
      const day = (record.endedAt ?? record.startedAt).slice(0, 10);
      const fileName = `${record.title} — what we decided ${day}.pdf`.replace(/[\\/:*?"<>|]/g, '-');
      finished.keep(a.jobId, { fileName, mime: 'application/pdf', bytes });
      return { fileName, mime: 'application/pdf', bytes: bytes.length, pages: 1 };
    },
    // The desktop shell answers this itself (electron/shell/present.ts).
    presentWindow: () => {
      throw new PlanError('io', 'In browser mode the audience view opens in a second tab of the browser.');
    },
  };
}
