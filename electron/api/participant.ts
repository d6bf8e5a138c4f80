import type { Envelope } from '../../shared/ipc';
import { PARTICIPANT_ID, PARTICIPANT_METHODS, type ParticipantView, participantView } from '../../shared/participant';
import { PlanError } from '../db/errors';
import type { PlanSession } from '../session';
import { contract } from '../../shared/ipc';
import { failure, isMethod } from './dispatch';

/** Who a participant's request comes from, as the web server knows them (never from the request's body). */
export interface ParticipantCaller {
  id: string;
  name: string;
  /** The workshop session they joined: their token is dead once it is not the one running. */
  sessionId: string;
}

export const ENDED = 'That workshop session has ended.';
const refused = (message: string): Envelope<never> => ({ ok: false, error: { code: 'rule', message } });

/** One participant call, as the room server queues them. */
export interface ParticipantRequest {
  method: string;
  payload: unknown;
  who: ParticipantCaller;
}

/**
 * A participant's request. Only the four channels of PARTICIPANT_METHODS are reachable; every
 * other channel is refused before its payload is even read. Who acted must be the participant
 * themselves, the session the one they joined and still running, a vote only on a candidate; the
 * answer is the participant's view, never the facilitator's whole state. Synchronous, so that a
 * room's worth of requests can share one transaction (participantBatch).
 */
/** The participant's action itself (nothing for a read); refused in words for anything a participant may not do. */
function participantAct(session: PlanSession | null, { method, payload, who }: ParticipantRequest): Envelope<null> {
  if (!(PARTICIPANT_METHODS as readonly string[]).includes(method) || !isMethod(method)) return refused('A participant can add ideas, vote their dots and give their confidence; nothing else.');
  if (!PARTICIPANT_ID.test(who.id)) return refused('That is not a participant.');
  if (!session) return refused('No plan is open.');
  try {
    const ws = session.repo.workshop;
    if (ws.runningId() !== who.sessionId) return { ok: false, error: { code: 'not-found', message: ENDED } };
    if (method !== 'workshopGet') {
      const p = (payload ?? {}) as Record<string, unknown>;
      if (typeof p !== 'object' || Array.isArray(p)) return refused('Send an object.');
      if (p.sessionId !== who.sessionId) return refused('That is not your workshop session.');
      if (method === 'workshopAddStickies' && (p.author !== who.id || !Array.isArray(p.texts) || p.texts.length !== 1)) return refused('Add one idea at a time, as yourself.');
      if (method === 'workshopVote') {
        if (p.voter !== who.id) return refused('You can vote only your own dots.');
        if (typeof p.subjectId !== 'string' || ws.stickyColumn(who.sessionId, p.subjectId) !== 'candidate') return refused('Dots go on candidates only.');
      }
      if (method === 'workshopScore' && p.voter !== who.id) return refused('You can give only your own score.');
      const parsed = contract[method].input.safeParse(payload);
      if (!parsed.success) return { ok: false, error: { code: 'invalid-payload', message: 'That request is not one a participant can make. Nothing was changed.' } };
      // The same writes as the facilitator's channels (a sticky is an undoable command, a dot or a
      // score is recorded as it happens), without reading the whole workshop back after each one.
      const origin = `participant-${who.id}`;
      const a = parsed.data as { texts: string[]; subjectId: string; dots: number; roundId: string; score: number };
      if (method === 'workshopAddStickies') session.command(() => 'Add 1 sticky', (repo) => repo.workshop.putStickies(who.sessionId, a.texts, who.id), origin);
      else {
        const repo = session.writableRepo;
        if (method === 'workshopVote') repo.workshop.putVote(who.sessionId, a.subjectId, who.id, a.dots);
        else repo.workshop.putScore(who.sessionId, a.roundId, who.id, a.score);
        session.noteEdit();
        session.changed(origin);
      }
    }
    return { ok: true, value: null };
  } catch (err) {
    if (err instanceof PlanError) return { ok: false, error: { code: err.code, message: err.message } };
    return failure(method, err);
  }
}

/** Each participant's view, from one read of the workshop. */
function viewFor(session: PlanSession, who: readonly ParticipantCaller[]): Envelope<ParticipantView>[] {
  const ws = session.repo.workshop;
  const state = ws.state();
  const s = state.session;
  let presented: string | null = null;
  if (s?.present.id) {
    try {
      presented = session.repo.getObjective(s.present.id).title || 'Untitled';
    } catch {
      presented = null;
    }
  }
  return who.map((w) => ({ ok: true, value: participantView(s, state.version, { id: w.id, name: w.name }, ws.mine(w.sessionId, w.id), presented) }));
}

/**
 * A room's worth of participant requests in one transaction: one commit (one fsync) for all, so
 * 60 people voting at once wait for one disk write, not sixty in a row. Each request is still
 * its own savepoint: one refused leaves the others standing.
 */
export function participantBatch(session: PlanSession | null, calls: readonly ParticipantRequest[]): Envelope<ParticipantView>[] {
  if (!session) return calls.map(() => refused('No plan is open.'));
  const writes = calls.some((c) => c.method !== 'workshopGet');
  try {
    const acted = writes ? session.batch(() => calls.map((c) => participantAct(session, c))) : calls.map((c) => participantAct(session, c));
    // Every answer shows the workshop after the whole batch, read once.
    const ok = calls.filter((_, i) => acted[i]!.ok);
    const views = ok.length ? viewFor(session, ok.map((c) => c.who)) : [];
    let k = 0;
    return acted.map((a) => (a.ok ? views[k++]! : a));
  } catch (err) {
    const answer = err instanceof PlanError ? { ok: false as const, error: { code: err.code, message: err.message } } : failure('participants', err);
    return calls.map(() => answer);
  }
}
