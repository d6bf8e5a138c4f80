/**
 * Workshop mode, the parts every layer shares: agenda templates, the shape of a session as the
 * renderer sees it, the timer's arithmetic and the confidence round's spread. Pure TypeScript.
 */

export const STICKY_COLUMNS = ['parking', 'so_what', 'candidate', 'accepted', 'shelf', 'merged'] as const;
export type StickyColumn = (typeof STICKY_COLUMNS)[number];

export const COLUMN_LABEL: Record<StickyColumn, string> = {
  parking: 'Parking lot',
  so_what: 'So What?',
  candidate: 'Candidate',
  accepted: 'Accepted',
  shelf: 'Health & Hygiene shelf',
  merged: 'Merged',
};

/** The method's three "So What?" questions, one key each; a yes to the first two rejects to the shelf. */
export const SO_WHAT = [
  { key: 'c', answer: 'compliance', question: 'Is it a one-time compliance task?', to: 'shelf', reason: 'A one-time compliance task: kept on the Health & Hygiene shelf.' },
  { key: 'j', answer: 'job_requirement', question: 'Is it a static job requirement?', to: 'shelf', reason: 'A static job requirement: kept on the Health & Hygiene shelf.' },
  { key: 's', answer: 'strategic', question: 'Does it drive a specific strategic outcome?', to: 'candidate', reason: 'Drives a specific strategic outcome: a candidate objective.' },
] as const;
export type SoWhatAnswer = (typeof SO_WHAT)[number]['answer'];

export interface AgendaTemplate {
  name: string;
  steps: readonly (readonly [title: string, minutes: number])[];
}

export const AGENDA_TEMPLATES: readonly AgendaTemplate[] = [
  {
    name: 'Set the North Star',
    steps: [['Why we are here', 10], ['Capture ideas', 15], ['So What? triage', 20], ['Dot vote', 10], ['Confidence round', 10], ['Review and commit', 10]],
  },
  {
    name: 'Bridges per team',
    steps: [['The North Star and its key results', 10], ['Each team captures its bridges', 20], ['So What? triage', 20], ['Dot vote', 10], ['Confidence round', 10], ['Review and commit', 10]],
  },
  {
    name: 'Contributions',
    steps: [['The bridge we serve', 5], ['Capture contributions', 15], ['So What? triage', 15], ['Confidence round', 10], ['Review and commit', 5]],
  },
  {
    name: 'Review and commit',
    steps: [['Walk the cascade', 20], ['Parking lot', 10], ['Confidence round', 15], ['Commit', 10]],
  },
];

/** Who did something: the facilitator, the room (tallies the facilitator enters), or a participant. */
export const FACILITATOR = 'facilitator';
export const ROOM = 'room';

export interface WorkshopStep {
  id: string;
  position: number;
  title: string;
  minutes: number;
  startedAt: string | null;
  endedAt: string | null;
}

export interface Sticky {
  id: string;
  text: string;
  column: StickyColumn;
  objectiveId: string | null;
  mergedInto: string | null;
  author: string;
  order: number;
}

export interface Decision {
  id: string;
  stickyId: string;
  decision: string;
  reason: string;
  decidedBy: string;
  createdAt: string;
}

export interface Tally {
  subjectId: string;
  /** Every voter's dots together. */
  dots: number;
  /** The dots the facilitator counted for the room. */
  room: number;
}

export interface ConfidenceRound {
  id: string;
  subjectId: string;
  subjectTitle: string;
  state: 'open' | 'revealed';
  /** How many scores are in (the scores themselves stay hidden until the round is revealed). */
  count: number;
  /** Scores 1–5, only once revealed, else null. */
  scores: number[] | null;
}

export interface TimerState {
  /** When the countdown last started, or null while paused. */
  startedAt: string | null;
  /** What was left when it last started or paused. */
  remainingMs: number;
}

export interface WorkshopSession {
  id: string;
  title: string;
  template: string;
  state: 'running' | 'ended';
  step: number;
  timer: TimerState;
  dotsPerPerson: number;
  present: { id: string | null; branch: boolean; chrome: boolean };
  startedAt: string;
  endedAt: string | null;
  steps: WorkshopStep[];
  stickies: Sticky[];
  decisions: Decision[];
  tallies: Tally[];
  rounds: ConfidenceRound[];
}

export interface WorkshopState {
  /** The running session, else the last one ended (for its record), else null. */
  session: WorkshopSession | null;
  /** Changes whenever anything in the workshop changes: a cheap way to tell whether to redraw. */
  version: number;
}

/** Milliseconds left on the countdown at `now` (negative once it has run over). */
export function remainingMs(timer: TimerState, now: number): number {
  if (timer.startedAt === null) return timer.remainingMs;
  return timer.remainingMs - (now - Date.parse(timer.startedAt));
}

/** "12:05", or "−0:42" once the step has run over. */
export function clock(ms: number): string {
  const sign = ms < 0 ? '−' : '';
  const s = Math.ceil(Math.abs(ms) / 1000);
  return `${sign}${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Counts of each score 1–5. */
export function histogram(scores: readonly number[]): number[] {
  const h = [0, 0, 0, 0, 0];
  for (const s of scores) if (s >= 1 && s <= 5) h[s - 1]!++;
  return h;
}

/**
 * The room disagrees when its scores span 3 points or more (someone at 1–2 and someone at 4–5):
 * worth talking about before committing.
 */
export function spreadOf(scores: readonly number[]): { low: number; high: number; disagree: boolean } | null {
  if (scores.length === 0) return null;
  const low = Math.min(...scores);
  const high = Math.max(...scores);
  return { low, high, disagree: high - low >= 3 };
}

/** Total dots on a subject. */
export const dotsOn = (tallies: readonly Tally[], subjectId: string): number => tallies.find((t) => t.subjectId === subjectId)?.dots ?? 0;
