/**
 * Participants who join a workshop from their own phones (browser mode with `--workshop --host`):
 * what they may do, and the read-only view of the session they are given. Pure TypeScript.
 */
import { type WorkshopSession, histogram } from './workshop';

/** The only channels a participant's request can reach; the backend refuses every other one. */
export const PARTICIPANT_METHODS = ['workshopGet', 'workshopAddStickies', 'workshopVote', 'workshopScore'] as const;
export type ParticipantMethod = (typeof PARTICIPANT_METHODS)[number];

/** A participant's identity as the server hands it out: never a name a person typed, never "room" or "facilitator". */
export const PARTICIPANT_ID = /^p-[0-9a-f]{16}$/;

/** A display name: up to 40 characters, no control characters; empty means anonymous. */
export const MAX_NAME = 40;
export function cleanName(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > 200) return null;
  // eslint-disable-next-line no-control-regex
  const name = raw.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
  return name.length > MAX_NAME ? null : name;
}

/** What a participant adds, votes on and scores: their own, plus the room's totals. */
export interface Mine {
  votes: Record<string, number>;
  scores: Record<string, number>;
}

export interface ParticipantView {
  /** Changes whenever anything in the workshop changes. */
  version: number;
  me: { id: string; name: string };
  session: {
    title: string;
    step: string;
    dotsPerPerson: number;
    dotsLeft: number;
    /** The audience view's card, by title. */
    presented: string | null;
    /** Ideas waiting in the parking lot (no authors: only whether it is one's own). */
    parking: { id: string; text: string; mine: boolean }[];
    /** Candidates to vote on, with the room's dots and one's own. */
    candidates: { id: string; text: string; dots: number; mine: number }[];
    /** The latest confidence round: its scores only once revealed, as a histogram of 1–5. */
    round: { id: string; subject: string; state: 'open' | 'revealed'; count: number; myScore: number | null; histogram: number[] | null } | null;
  } | null;
}

/** The session as one participant may see it. */
export function participantView(session: WorkshopSession | null, version: number, me: { id: string; name: string }, mine: Mine, presented: string | null): ParticipantView {
  if (!session || session.state !== 'running') return { version, me, session: null };
  const used = Object.values(mine.votes).reduce((a, b) => a + b, 0);
  const dots = new Map(session.tallies.map((t) => [t.subjectId, t.dots]));
  const round = session.rounds.at(-1) ?? null;
  return {
    version,
    me,
    session: {
      title: session.title,
      step: session.steps[session.step]?.title ?? '',
      dotsPerPerson: session.dotsPerPerson,
      dotsLeft: Math.max(0, session.dotsPerPerson - used),
      presented,
      parking: session.stickies.filter((s) => s.column === 'parking').map((s) => ({ id: s.id, text: s.text, mine: s.author === me.id })),
      candidates: session.stickies
        .filter((s) => s.column === 'candidate')
        .map((s) => ({ id: s.id, text: s.text, dots: dots.get(s.id) ?? 0, mine: mine.votes[s.id] ?? 0 })),
      round: round && {
        id: round.id,
        subject: round.subjectTitle,
        state: round.state,
        count: round.count,
        myScore: mine.scores[round.id] ?? null,
        histogram: round.state === 'revealed' && round.scores ? histogram(round.scores) : null,
      },
    },
  };
}
