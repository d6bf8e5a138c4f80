import type { Envelope } from '../../shared/ipc';
import { PARTICIPANT_ID, PARTICIPANT_METHODS, type ParticipantView, participantView } from '../../shared/participant';
import { PlanError } from '../db/errors';
import type { PlanSession } from '../session';
import type { Handlers } from './context';
import { dispatch, failure } from './dispatch';

/** Who a participant's request comes from, as the web server knows them (never from the request's body). */
export interface ParticipantCaller {
  id: string;
  name: string;
  /** The workshop session they joined: their token is dead once it is not the one running. */
  sessionId: string;
}

const refused = (message: string): Envelope<never> => ({ ok: false, error: { code: 'rule', message } });

/**
 * A participant's request. Only the four channels of PARTICIPANT_METHODS are reachable; every
 * other channel is refused before its payload is even read. Who acted must be the participant
 * themselves, the session the one they joined and still running, a vote only on a candidate; the
 * answer is the participant's view, never the facilitator's whole state.
 */
export async function participantDispatch(handlers: Handlers, session: PlanSession | null, method: string, payload: unknown, who: ParticipantCaller): Promise<Envelope<ParticipantView>> {
  if (!(PARTICIPANT_METHODS as readonly string[]).includes(method)) return refused('A participant can add ideas, vote their dots and give their confidence; nothing else.');
  if (!PARTICIPANT_ID.test(who.id)) return refused('That is not a participant.');
  if (!session) return refused('No plan is open.');
  try {
    const ws = session.repo.workshop;
    const current = ws.state().session;
    if (!current || current.state !== 'running' || current.id !== who.sessionId) return { ok: false, error: { code: 'not-found', message: 'That workshop session has ended.' } };
    if (method !== 'workshopGet') {
      const p = (payload ?? {}) as Record<string, unknown>;
      if (typeof p !== 'object' || Array.isArray(p)) return refused('Send an object.');
      if (p.sessionId !== who.sessionId) return refused('That is not your workshop session.');
      if (method === 'workshopAddStickies' && (p.author !== who.id || !Array.isArray(p.texts) || p.texts.length !== 1)) return refused('Add one idea at a time, as yourself.');
      if (method === 'workshopVote') {
        if (p.voter !== who.id) return refused('You can vote only your own dots.');
        const subject = current.stickies.find((s) => s.id === p.subjectId);
        if (!subject || subject.column !== 'candidate') return refused('Dots go on candidates only.');
      }
      if (method === 'workshopScore' && p.voter !== who.id) return refused('You can give only your own score.');
      const out = await dispatch(handlers, method, payload, `participant-${who.id}`);
      if (!out.ok) return out;
    }
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
    return { ok: true, value: participantView(s, state.version, { id: who.id, name: who.name }, ws.mine(who.sessionId, who.id), presented) };
  } catch (err) {
    if (err instanceof PlanError) return { ok: false, error: { code: err.code, message: err.message } };
    return failure(method, err);
  }
}
