import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { LIMITS } from '../../shared/model';
import {
  AGENDA_TEMPLATES,
  type ConfidenceRound,
  type Decision,
  SO_WHAT,
  type SoWhatAnswer,
  type Sticky,
  type StickyColumn,
  type WorkshopSession,
  type WorkshopState,
  remainingMs,
} from '../../shared/workshop';
import { PlanError } from './errors';
import type { PlanRepo } from './repo';

const now = () => new Date().toISOString();
const MINUTE = 60_000;

interface SessionRow {
  id: string;
  title: string;
  template: string;
  state: 'running' | 'ended';
  step: number;
  timer_started_at: string | null;
  timer_remaining_ms: number;
  dots_per_person: number;
  present_id: string | null;
  present_branch: number;
  present_chrome: number;
  started_at: string;
  ended_at: string | null;
}

/** The plan as it stood at a moment of the session: its objectives and key results. */
export interface PlanState {
  objectives: { id: string; parentId: string | null; title: string; level: string; gate: string }[];
  keyResults: { id: string; objectiveId: string; title: string }[];
}

/**
 * Every read and write of workshop mode. Each public write is one transaction (nested inside a
 * plan write when it creates objectives), so a facilitator's action is on disk whole or not at all,
 * and the session survives a crash or a restart exactly as it was.
 */
export class WorkshopRepo {
  constructor(
    private readonly db: Database.Database,
    private readonly plan: PlanRepo,
  ) {}

  private tx<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
    return (...args: A) => this.db.transaction(() => fn(...args)).immediate();
  }

  private row(id: string): SessionRow {
    const r = this.db.prepare(`SELECT * FROM workshop_sessions WHERE id = ?`).get(id) as SessionRow | undefined;
    if (!r) throw new PlanError('not-found', 'That workshop session is not in this plan.');
    return r;
  }

  private running(id: string): SessionRow {
    const r = this.row(id);
    if (r.state !== 'running') throw new PlanError('rule', 'That workshop session has ended; start a new one to change anything.');
    return r;
  }

  /** The running session, else the last one ended; with everything the room sees. */
  state(): WorkshopState {
    const version = this.db.prepare(`SELECT total_changes()`).pluck().get() as number;
    const r = this.db
      .prepare(`SELECT * FROM workshop_sessions ORDER BY state = 'running' DESC, started_at DESC LIMIT 1`)
      .get() as SessionRow | undefined;
    return { session: r ? this.session(r) : null, version };
  }

  private session(r: SessionRow): WorkshopSession {
    const steps = this.db
      .prepare(`SELECT id, position, title, minutes, started_at AS startedAt, ended_at AS endedAt FROM workshop_steps WHERE session_id = ? ORDER BY position`)
      .all(r.id) as WorkshopSession['steps'];
    const stickies = this.db
      .prepare(
        `SELECT id, text, column_name AS "column", objective_id AS objectiveId, merged_into AS mergedInto, author, sort_order AS "order"
         FROM workshop_stickies WHERE session_id = ? ORDER BY sort_order, id`,
      )
      .all(r.id) as Sticky[];
    const decisions = this.db
      .prepare(`SELECT id, sticky_id AS stickyId, decision, reason, decided_by AS decidedBy, created_at AS createdAt FROM workshop_decisions WHERE session_id = ? ORDER BY created_at, rowid`)
      .all(r.id) as Decision[];
    const tallies = this.db
      .prepare(`SELECT subject_id AS subjectId, sum(dots) AS dots, sum(CASE WHEN voter = 'room' THEN dots ELSE 0 END) AS room FROM workshop_votes WHERE session_id = ? GROUP BY subject_id HAVING sum(dots) > 0 ORDER BY sum(dots) DESC, subject_id`)
      .all(r.id) as WorkshopSession['tallies'];
    const rounds = (
      this.db
        .prepare(`SELECT id, subject_id AS subjectId, subject_title AS subjectTitle, state FROM workshop_rounds WHERE session_id = ? ORDER BY created_at, rowid`)
        .all(r.id) as Omit<ConfidenceRound, 'count' | 'scores'>[]
    ).map((round) => {
      // Scores stay in the backend until the round is revealed: nobody's screen can show them early.
      const scores = this.db.prepare(`SELECT score FROM workshop_scores WHERE round_id = ? ORDER BY score`).pluck().all(round.id) as number[];
      return { ...round, count: scores.length, scores: round.state === 'revealed' ? scores : null };
    });
    return {
      id: r.id,
      title: r.title,
      template: r.template,
      state: r.state,
      step: r.step,
      timer: { startedAt: r.timer_started_at, remainingMs: r.timer_remaining_ms },
      dotsPerPerson: r.dots_per_person,
      present: { id: r.present_id, branch: r.present_branch === 1, chrome: r.present_chrome === 1 },
      startedAt: r.started_at,
      endedAt: r.ended_at,
      steps,
      stickies,
      decisions,
      tallies,
      rounds,
    };
  }

  /** The plan's objectives and key results, small enough to keep in a row (titles, not every field). */
  planState(): PlanState {
    return {
      objectives: this.plan.objectives().map((o) => ({ id: o.id, parentId: o.parentId, title: o.title, level: o.level, gate: o.gate })),
      keyResults: this.plan.keyResults().map((k) => ({ id: k.id, objectiveId: k.objectiveId, title: k.title })),
    };
  }

  /** Starts a session from a template; its first step's countdown starts at once. */
  start = this.tx((template: string, title: string | undefined, dotsPerPerson: number): WorkshopState => {
    const t = AGENDA_TEMPLATES.find((x) => x.name === template);
    if (!t) throw new PlanError('rule', `There is no agenda template “${template.slice(0, 60)}”; choose one of ${AGENDA_TEMPLATES.map((x) => `“${x.name}”`).join(', ')}.`);
    const open = this.db.prepare(`SELECT title FROM workshop_sessions WHERE state = 'running'`).pluck().get() as string | undefined;
    if (open !== undefined) throw new PlanError('rule', `The session “${open}” is still running: end it before starting another.`);
    const id = randomUUID();
    const at = now();
    this.db
      .prepare(
        `INSERT INTO workshop_sessions (id, title, template, step, timer_started_at, timer_remaining_ms, dots_per_person, start_state, started_at)
         VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?)`,
      )
      .run(id, title?.trim() || t.name, t.name, at, t.steps[0]![1] * MINUTE, dotsPerPerson, JSON.stringify(this.planState()), at);
    const step = this.db.prepare(`INSERT INTO workshop_steps (id, session_id, position, title, minutes, started_at) VALUES (?, ?, ?, ?, ?, ?)`);
    t.steps.forEach(([stepTitle, minutes], i) => step.run(randomUUID(), id, i, stepTitle, minutes, i === 0 ? at : null));
    return this.state();
  });

  /** Start, pause, +5 min, or move to the next or previous step (its countdown starts afresh). */
  timer = this.tx((sessionId: string, action: 'start' | 'pause' | 'add5' | 'next' | 'previous'): WorkshopState => {
    const r = this.running(sessionId);
    const at = Date.now();
    const left = remainingMs({ startedAt: r.timer_started_at, remainingMs: r.timer_remaining_ms }, at);
    const set = this.db.prepare(`UPDATE workshop_sessions SET timer_started_at = ?, timer_remaining_ms = ?, step = ? WHERE id = ?`);
    const iso = new Date(at).toISOString();
    if (action === 'start') {
      if (r.timer_started_at === null) set.run(iso, left, r.step, sessionId);
    } else if (action === 'pause') {
      if (r.timer_started_at !== null) set.run(null, left, r.step, sessionId);
    } else if (action === 'add5') {
      set.run(r.timer_started_at === null ? null : iso, left + 5 * MINUTE, r.step, sessionId);
    } else {
      const steps = this.db.prepare(`SELECT id, minutes FROM workshop_steps WHERE session_id = ? ORDER BY position`).all(sessionId) as { id: string; minutes: number }[];
      const to = r.step + (action === 'next' ? 1 : -1);
      if (to < 0 || to >= steps.length) throw new PlanError('rule', action === 'next' ? 'This is the last step of the agenda; end the session when the room is done.' : 'This is the first step of the agenda.');
      this.db.prepare(`UPDATE workshop_steps SET ended_at = ? WHERE id = ?`).run(iso, steps[r.step]!.id);
      this.db.prepare(`UPDATE workshop_steps SET started_at = ?, ended_at = NULL WHERE id = ?`).run(iso, steps[to]!.id);
      set.run(iso, steps[to]!.minutes * MINUTE, to, sessionId);
    }
    return this.state();
  });

  /** Adds stickies to the parking lot, one per non-empty line, in order. */
  putStickies = this.tx((sessionId: string, texts: readonly string[], author: string): void => {
    this.running(sessionId);
    const lines = texts.flatMap((t) => t.split(/\r?\n/)).map((t) => t.replace(/\s+/g, ' ').trim()).filter((t) => t !== '');
    if (lines.length === 0) throw new PlanError('rule', 'A sticky needs some text. Nothing was added.');
    const long = lines.find((t) => t.length > LIMITS.title);
    if (long) throw new PlanError('rule', `A sticky holds at most ${LIMITS.title} characters; “${long.slice(0, 40)}…” is longer. Nothing was added.`);
    let order = (this.db.prepare(`SELECT coalesce(max(sort_order), -1) FROM workshop_stickies WHERE session_id = ?`).pluck().get(sessionId) as number) + 1;
    const insert = this.db.prepare(
      `INSERT INTO workshop_stickies (id, session_id, text, author, sort_order, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const at = now();
    for (const text of lines) insert.run(randomUUID(), sessionId, text, author, order++, at, at);
  });

  addStickies = (sessionId: string, texts: readonly string[], author: string): WorkshopState => {
    this.putStickies(sessionId, texts, author);
    return this.state();
  };

  private sticky(sessionId: string, id: string): Sticky {
    const s = this.db.prepare(`SELECT id, text, column_name AS "column", objective_id AS objectiveId FROM workshop_stickies WHERE id = ? AND session_id = ?`).get(id, sessionId) as
      | Sticky
      | undefined;
    if (!s) throw new PlanError('not-found', 'That sticky is no longer on the wall.');
    return s;
  }

  private decide(sessionId: string, stickyId: string, column: StickyColumn, decision: string, reason: string, by: string, objectiveId: string | null = null, mergedInto: string | null = null): void {
    const at = now();
    this.db
      .prepare(`UPDATE workshop_stickies SET column_name = ?, objective_id = ?, merged_into = ?, updated_at = ? WHERE id = ?`)
      .run(column, objectiveId, mergedInto, at, stickyId);
    this.db
      .prepare(`INSERT INTO workshop_decisions (id, session_id, sticky_id, decision, reason, decided_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`)
      .run(randomUUID(), sessionId, stickyId, decision, reason, by, at);
  }

  /** Takes stickies to the "So What?" questions, or back to the parking lot. */
  move = this.tx((sessionId: string, stickyIds: readonly string[], to: 'parking' | 'so_what', by: string): WorkshopState => {
    this.running(sessionId);
    for (const id of stickyIds) {
      const s = this.sticky(sessionId, id);
      if (s.column === 'accepted' || s.column === 'merged') throw new PlanError('rule', `“${s.text.slice(0, 60)}” is already in the plan; undo the objective in the cascade instead.`);
      this.decide(sessionId, id, to, to, to === 'so_what' ? 'Taken to the So What? questions.' : 'Put back in the parking lot.', by);
    }
    return this.state();
  });

  /** Answers a "So What?" question: a compliance task or job requirement goes to the shelf, a strategic one becomes a candidate. */
  answer = this.tx((sessionId: string, stickyIds: readonly string[], answer: SoWhatAnswer, by: string): WorkshopState => {
    this.running(sessionId);
    const q = SO_WHAT.find((x) => x.answer === answer)!;
    for (const id of stickyIds) {
      const s = this.sticky(sessionId, id);
      if (s.column === 'accepted' || s.column === 'merged') throw new PlanError('rule', `“${s.text.slice(0, 60)}” is already in the plan.`);
      this.decide(sessionId, id, q.to, answer, `${q.question} Yes. ${q.reason}`, by);
    }
    return this.state();
  });

  /**
   * Accepts stickies onto a card: one new objective under `parentId`, titled by the first sticky
   * (or `title`), with every sticky's text kept as its description when several are merged.
   */
  accept = this.tx((sessionId: string, stickyIds: readonly string[], parentId: string, title: string | undefined, by: string) => {
    this.running(sessionId);
    const stickies = stickyIds.map((id) => this.sticky(sessionId, id));
    const done = stickies.find((s) => s.column === 'accepted' || s.column === 'merged');
    if (done) throw new PlanError('rule', `“${done.text.slice(0, 60)}” is already in the plan.`);
    const parent = this.plan.getObjective(parentId);
    const first = stickies[0]!;
    const { objective } = this.plan.createObjective({ parentId, title: (title?.trim() || first.text).slice(0, LIMITS.title), gate: 'strategic' });
    if (stickies.length > 1) this.plan.updateObjective(objective.id, { description: stickies.map((s) => `• ${s.text}`).join('\n').slice(0, LIMITS.description) });
    const where = `“${parent.title.slice(0, 60) || 'Untitled'}”`;
    this.decide(sessionId, first.id, 'accepted', 'accepted', stickies.length > 1 ? `Merged ${stickies.length} stickies into one objective under ${where}.` : `Accepted as an objective under ${where}.`, by, objective.id);
    for (const s of stickies.slice(1)) this.decide(sessionId, s.id, 'merged', 'merged', `Merged into “${first.text.slice(0, 60)}” under ${where}.`, by, objective.id, first.id);
    return { objective: this.plan.getObjective(objective.id), state: this.state() };
  });

  /** Sets how many dots a voter has on a subject (a sticky or an objective). */
  putVote = this.tx((sessionId: string, subjectId: string, voter: string, dots: number): void => {
    const r = this.running(sessionId);
    const isSticky = this.db.prepare(`SELECT 1 FROM workshop_stickies WHERE id = ? AND session_id = ?`).get(subjectId, sessionId) !== undefined;
    if (!isSticky) this.plan.getObjective(subjectId);
    if (voter !== 'room') {
      const others = this.db.prepare(`SELECT coalesce(sum(dots), 0) FROM workshop_votes WHERE session_id = ? AND voter = ? AND subject_id <> ?`).pluck().get(sessionId, voter, subjectId) as number;
      if (others + dots > r.dots_per_person) throw new PlanError('rule', `Each person has ${r.dots_per_person} dots; this would make ${others + dots}. Nothing was changed.`);
    }
    this.db
      .prepare(`INSERT INTO workshop_votes (session_id, subject_id, voter, dots, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (session_id, subject_id, voter) DO UPDATE SET dots = excluded.dots, updated_at = excluded.updated_at`)
      .run(sessionId, subjectId, voter, dots, now());
  });

  vote = (sessionId: string, subjectId: string, voter: string, dots: number): WorkshopState => {
    this.putVote(sessionId, subjectId, voter, dots);
    return this.state();
  };

  /** Opens a secret confidence round on an objective or a key result. */
  openRound = this.tx((sessionId: string, subjectId: string): WorkshopState => {
    this.running(sessionId);
    const open = this.db.prepare(`SELECT subject_title FROM workshop_rounds WHERE session_id = ? AND state = 'open'`).pluck().get(sessionId) as string | undefined;
    if (open !== undefined) throw new PlanError('rule', `The confidence round on “${open.slice(0, 60)}” is still open: reveal it first.`);
    const kr = this.db.prepare(`SELECT title FROM key_results WHERE id = ?`).pluck().get(subjectId) as string | undefined;
    const title = kr ?? this.plan.getObjective(subjectId).title;
    this.db.prepare(`INSERT INTO workshop_rounds (id, session_id, subject_id, subject_title, created_at) VALUES (?, ?, ?, ?, ?)`).run(randomUUID(), sessionId, subjectId, title || 'Untitled', now());
    return this.state();
  });

  /** One person's confidence (1–5) in the open round; kept secret until the round is revealed. */
  putScore = this.tx((sessionId: string, roundId: string, voter: string, score: number): void => {
    this.running(sessionId);
    const round = this.db.prepare(`SELECT state FROM workshop_rounds WHERE id = ? AND session_id = ?`).pluck().get(roundId, sessionId) as string | undefined;
    if (round === undefined) throw new PlanError('not-found', 'That confidence round is not in this session.');
    if (round !== 'open') throw new PlanError('rule', 'That confidence round has been revealed; its scores can no longer change.');
    this.db
      .prepare(`INSERT INTO workshop_scores (round_id, voter, score, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (round_id, voter) DO UPDATE SET score = excluded.score`)
      .run(roundId, voter, score, now());
  });

  score = (sessionId: string, roundId: string, voter: string, score: number): WorkshopState => {
    this.putScore(sessionId, roundId, voter, score);
    return this.state();
  };

  /** Shows every score of a round at once. */
  reveal = this.tx((sessionId: string, roundId: string): WorkshopState => {
    this.running(sessionId);
    const count = this.db.prepare(`SELECT count(*) FROM workshop_scores WHERE round_id = ?`).pluck().get(roundId) as number;
    if (count === 0) throw new PlanError('rule', 'Nobody has given a score yet; there is nothing to reveal.');
    const changed = this.db.prepare(`UPDATE workshop_rounds SET state = 'revealed', revealed_at = ? WHERE id = ? AND session_id = ? AND state = 'open'`).run(now(), roundId, sessionId).changes;
    if (changed === 0) throw new PlanError('rule', 'That round is not open.');
    return this.state();
  });

  /** What the audience view shows: the facilitator's selection, one branch, and whether the editing chrome shows. */
  present = this.tx((sessionId: string, id: string | null, branch: boolean, chrome: boolean): WorkshopState => {
    this.running(sessionId);
    if (id !== null) this.plan.getObjective(id);
    this.db.prepare(`UPDATE workshop_sessions SET present_id = ?, present_branch = ?, present_chrome = ? WHERE id = ?`).run(id, branch ? 1 : 0, chrome ? 1 : 0, sessionId);
    return this.state();
  });

  /** Ends the session: the countdown stops and the plan as it now stands is kept beside the start. */
  end = this.tx((sessionId: string): WorkshopState => {
    const r = this.running(sessionId);
    const at = now();
    this.db.prepare(`UPDATE workshop_steps SET ended_at = ? WHERE session_id = ? AND position = ?`).run(at, sessionId, r.step);
    this.db
      .prepare(`UPDATE workshop_sessions SET state = 'ended', ended_at = ?, timer_started_at = NULL, end_state = ? WHERE id = ?`)
      .run(at, JSON.stringify(this.planState()), sessionId);
    return this.state();
  });

  /** The plan at the session's start and end, for its record. */
  states(sessionId: string): { start: PlanState; end: PlanState | null } {
    const r = this.db.prepare(`SELECT start_state, end_state FROM workshop_sessions WHERE id = ?`).get(sessionId) as { start_state: string; end_state: string | null } | undefined;
    if (!r) throw new PlanError('not-found', 'That workshop session is not in this plan.');
    return { start: JSON.parse(r.start_state) as PlanState, end: r.end_state ? (JSON.parse(r.end_state) as PlanState) : null };
  }

  /** The running session's id, or null: a cheap check for every participant request. */
  runningId(): string | null {
    return (this.db.prepare(`SELECT id FROM workshop_sessions WHERE state = 'running'`).pluck().get() as string | undefined) ?? null;
  }

  /** Which column a sticky of the session is in, or null when it is not on the wall. */
  stickyColumn(sessionId: string, id: string): StickyColumn | null {
    return (this.db.prepare(`SELECT column_name FROM workshop_stickies WHERE id = ? AND session_id = ?`).pluck().get(id, sessionId) as StickyColumn | undefined) ?? null;
  }

  /** One voter's own dots and scores in a session (a participant's page shows them; nobody else's). */
  mine(sessionId: string, voter: string): { votes: Record<string, number>; scores: Record<string, number> } {
    const votes = this.db.prepare(`SELECT subject_id AS s, dots AS n FROM workshop_votes WHERE session_id = ? AND voter = ? AND dots > 0`).all(sessionId, voter) as { s: string; n: number }[];
    const scores = this.db
      .prepare(`SELECT sc.round_id AS s, sc.score AS n FROM workshop_scores sc JOIN workshop_rounds r ON r.id = sc.round_id WHERE r.session_id = ? AND sc.voter = ?`)
      .all(sessionId, voter) as { s: string; n: number }[];
    return { votes: Object.fromEntries(votes.map((v) => [v.s, v.n])), scores: Object.fromEntries(scores.map((v) => [v.s, v.n])) };
  }

  byId(sessionId: string): WorkshopSession {
    return this.session(this.row(sessionId));
  }
}
