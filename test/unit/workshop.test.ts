import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { type Handlers, createHandlers, dispatch } from '../../electron/api';
import { FinishedExports } from '../../electron/export/finished';
import { mismatchedRows } from '../../electron/db/verify';
import { PlanSession } from '../../electron/session';
import type { WorkshopState } from '../../shared/workshop';
import { writeCompanyPlan } from '../helpers/company';
import { tmpDir } from '../helpers/tmp';

function open(file: string) {
  const session = new PlanSession(path.join(path.dirname(file), 'data'));
  session.open(file);
  const finished = new FinishedExports();
  return { session, handlers: createHandlers(session, finished), finished };
}

async function ok<T = WorkshopState>(handlers: Handlers, method: string, arg: unknown): Promise<T> {
  const out = await dispatch(handlers, method, arg);
  if (!out.ok) throw new Error(`${method}: ${out.error.message}`);
  return out.value as T;
}

async function refused(handlers: Handlers, method: string, arg: unknown): Promise<string> {
  const out = await dispatch(handlers, method, arg);
  expect(out.ok, `${method} should be refused`).toBe(false);
  return out.ok ? '' : out.error.message;
}

describe('workshop sessions in the plan file', () => {
  it('undoes the facilitator’s work on the wall, never someone’s dots', async () => {
    const file = path.join(tmpDir(), 'northwind.cascade');
    writeCompanyPlan(file);
    const { session, handlers } = open(file);
    const ops = session.snapshot().objectives.find((o) => o.title.startsWith('Make every route'))!;
    const sessionId = (await ok(handlers, 'workshopStart', { template: 'Bridges per team' })).session!.id;
    const s = (await ok(handlers, 'workshopAddStickies', { sessionId, texts: ['Same-day slots in Oslo'], author: 'facilitator' })).session!;
    const oslo = s.stickies[0]!.id;
    expect(session.history().undo).toBe('Add 1 sticky');
    await ok(handlers, 'workshopMove', { sessionId, stickyIds: [oslo], to: 'so_what', by: 'facilitator' });
    await ok(handlers, 'workshopAnswer', { sessionId, stickyIds: [oslo], answer: 'strategic', by: 'facilitator' });
    await ok(handlers, 'workshopAccept', { sessionId, stickyIds: [oslo], parentId: ops.id, title: 'Offer same-day slots in Oslo', by: 'facilitator' });
    expect(session.history().undo).toBe('Accept “Offer same-day slots in Oslo” into the plan');
    // Dots are the room's: they are kept, and Undo still takes back the facilitator's last act.
    await ok(handlers, 'workshopVote', { sessionId, subjectId: oslo, voter: 'p:ana', dots: 2 });
    expect(session.history().undo).toBe('Accept “Offer same-day slots in Oslo” into the plan');
    expect((await dispatch(handlers, 'undo', undefined)).ok).toBe(true);
    expect(session.snapshot().objectives.some((o) => o.title === 'Offer same-day slots in Oslo')).toBe(false);
    const after = await ok(handlers, 'workshopGet', undefined);
    expect(after.session!.stickies.find((x) => x.id === oslo)).toMatchObject({ column: 'candidate' });
    expect(after.session!.tallies.find((t) => t.subjectId === oslo)).toMatchObject({ dots: 2 });
    session.close();
  });

  it('runs a session: stickies, triage with reasons, accept and merge onto cards, dots, a secret round, end', async () => {
    const file = path.join(tmpDir(), 'northwind.cascade');
    writeCompanyPlan(file);
    const { session, handlers, finished } = open(file);
    const ops = session.snapshot().objectives.find((o) => o.title.startsWith('Make every route'))!;
    let s = (await ok(handlers, 'workshopStart', { template: 'Bridges per team' })).session!;
    expect(s.steps.map((x) => x.title)[0]).toBe('The North Star and its key results');
    expect(s.timer.startedAt).not.toBeNull();
    const sessionId = s.id;

    // Pasting lines adds one sticky per non-empty line.
    s = (await ok(handlers, 'workshopAddStickies', { sessionId, texts: ['Same-day slots in Oslo\n\n  Renew ISO 9001 certificate ', 'Keep the depot rota up to date'], author: 'facilitator' })).session!;
    expect(s.stickies.map((x) => x.text)).toEqual(['Same-day slots in Oslo', 'Renew ISO 9001 certificate', 'Keep the depot rota up to date']);
    const [oslo, iso, rota] = s.stickies.map((x) => x.id) as [string, string, string];
    await ok(handlers, 'workshopAddStickies', { sessionId, texts: ['Same day pickup for returns'], author: 'facilitator' });

    await ok(handlers, 'workshopMove', { sessionId, stickyIds: [oslo, iso, rota], to: 'so_what', by: 'facilitator' });
    await ok(handlers, 'workshopAnswer', { sessionId, stickyIds: [iso], answer: 'compliance', by: 'facilitator' });
    await ok(handlers, 'workshopAnswer', { sessionId, stickyIds: [rota], answer: 'job_requirement', by: 'facilitator' });
    s = (await ok(handlers, 'workshopAnswer', { sessionId, stickyIds: [oslo], answer: 'strategic', by: 'facilitator' })).session!;
    expect(Object.fromEntries(s.stickies.map((x) => [x.text, x.column]))).toMatchObject({
      'Same-day slots in Oslo': 'candidate',
      'Renew ISO 9001 certificate': 'shelf',
      'Keep the depot rota up to date': 'shelf',
    });
    expect(s.decisions.filter((d) => d.stickyId === iso).at(-1)!.reason).toContain('one-time compliance task');

    // Merge two stickies into one objective under the operations bridge.
    const returns = s.stickies.find((x) => x.text.startsWith('Same day pickup'))!.id;
    const accepted = await ok<{ objective: { id: string; parentId: string; title: string; description: string } }>(handlers, 'workshopAccept', {
      sessionId,
      stickyIds: [oslo, returns],
      parentId: ops.id,
      by: 'facilitator',
    });
    expect(accepted.objective).toMatchObject({ parentId: ops.id, title: 'Same-day slots in Oslo' });
    expect(accepted.objective.description).toBe('• Same-day slots in Oslo\n• Same day pickup for returns');
    expect(await refused(handlers, 'workshopAccept', { sessionId, stickyIds: [oslo], parentId: ops.id, by: 'facilitator' })).toContain('already in the plan');

    // Dots: the room's tallies, and a person held to their dots.
    await ok(handlers, 'workshopVote', { sessionId, subjectId: oslo, voter: 'room', dots: 7 });
    await ok(handlers, 'workshopVote', { sessionId, subjectId: accepted.objective.id, voter: 'p:ana', dots: 2 });
    expect(await refused(handlers, 'workshopVote', { sessionId, subjectId: iso, voter: 'p:ana', dots: 2 })).toBe('Each person has 3 dots; this would make 4. Nothing was changed.');

    // A secret round: counts only until revealed.
    s = (await ok(handlers, 'workshopOpenRound', { sessionId, subjectId: ops.id })).session!;
    const roundId = s.rounds[0]!.id;
    for (const [voter, score] of [['a', 2], ['b', 5], ['c', 4]] as const) await ok(handlers, 'workshopScore', { sessionId, roundId, voter, score });
    s = (await ok(handlers, 'workshopGet', undefined)).session!;
    expect(s.rounds[0]).toMatchObject({ count: 3, scores: null, state: 'open' });
    s = (await ok(handlers, 'workshopReveal', { sessionId, roundId })).session!;
    expect(s.rounds[0]).toMatchObject({ count: 3, scores: [2, 4, 5], state: 'revealed' });
    expect(await refused(handlers, 'workshopScore', { sessionId, roundId, voter: 'd', score: 1 })).toContain('revealed');

    s = (await ok(handlers, 'workshopEnd', { sessionId })).session!;
    expect(s.state).toBe('ended');
    const pdf = await ok<{ bytes: number; fileName: string }>(handlers, 'workshopRecord', { sessionId, jobId: 'record' });
    const kept = finished.take('record');
    expect(kept.bytes.length).toBe(pdf.bytes);
    expect(Buffer.from(kept.bytes).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await refused(handlers, 'workshopAddStickies', { sessionId, texts: ['late idea'], author: 'facilitator' })).toContain('has ended');
    session.close();
  });

  it('keeps the timer as a moment and a remainder, so a restart finds the session as it was', async () => {
    const file = path.join(tmpDir(), 'timer.cascade');
    writeCompanyPlan(file);
    let { session, handlers } = open(file);
    const s = (await ok(handlers, 'workshopStart', { template: 'Contributions' })).session!;
    await ok(handlers, 'workshopTimer', { sessionId: s.id, action: 'pause' });
    const paused = (await ok(handlers, 'workshopTimer', { sessionId: s.id, action: 'add5' })).session!;
    expect(paused.timer.startedAt).toBeNull();
    expect(paused.timer.remainingMs).toBeGreaterThan(9 * 60_000);
    await ok(handlers, 'workshopTimer', { sessionId: s.id, action: 'next' });
    await ok(handlers, 'workshopAddStickies', { sessionId: s.id, texts: ['Shorter onboarding for drivers'], author: 'facilitator' });
    session.close();

    ({ session, handlers } = open(file));
    const again = (await ok(handlers, 'workshopGet', undefined)).session!;
    expect(again).toMatchObject({ id: s.id, state: 'running', step: 1 });
    expect(again.timer.startedAt).not.toBeNull();
    expect(again.timer.remainingMs).toBe(15 * 60_000);
    expect(again.stickies.map((x) => x.text)).toEqual(['Shorter onboarding for drivers']);
    session.close();
  });

  it('refuses bad input in words and changes nothing', async () => {
    const file = path.join(tmpDir(), 'bad.cascade');
    writeCompanyPlan(file);
    const { session, handlers } = open(file);
    expect(await refused(handlers, 'workshopStart', { template: 'Party' })).toContain('The app sent a request it should not have');
    const s = (await ok(handlers, 'workshopStart', { template: 'Review and commit' })).session!;
    expect(await refused(handlers, 'workshopStart', { template: 'Review and commit' })).toContain('is still running');
    const before = JSON.stringify((await ok(handlers, 'workshopGet', undefined)).session);
    expect(await refused(handlers, 'workshopAddStickies', { sessionId: s.id, texts: ['  ', ''], author: 'facilitator' })).toBe('A sticky needs some text. Nothing was added.');
    expect(await refused(handlers, 'workshopAddStickies', { sessionId: s.id, texts: ['ok', 'x'.repeat(501)], author: 'facilitator' })).toContain('Nothing was added');
    expect(await refused(handlers, 'workshopAddStickies', { sessionId: s.id, texts: ['hi'], author: 'Robert"); DROP' })).toContain('who acted');
    expect(await refused(handlers, 'workshopScore', { sessionId: s.id, roundId: 'nope', voter: 'a', score: 6 })).toContain('score');
    expect(await refused(handlers, 'workshopTimer', { sessionId: s.id, action: 'previous' })).toBe('This is the first step of the agenda.');
    expect(JSON.stringify((await ok(handlers, 'workshopGet', undefined)).session)).toBe(before);
    session.close();
  });

  it('checksums every workshop row: a bit flipped in a sticky is found', async () => {
    const file = path.join(tmpDir(), 'sums.cascade');
    writeCompanyPlan(file);
    const { session, handlers } = open(file);
    const s = (await ok(handlers, 'workshopStart', { template: 'Set the North Star' })).session!;
    await ok(handlers, 'workshopAddStickies', { sessionId: s.id, texts: ['Own the Baltic corridor'], author: 'facilitator' });
    session.close();
    const db = new Database(file);
    expect(mismatchedRows(db)).toBe(0);
    // Behind the triggers' back, as a flipped bit on disk would be.
    db.exec(`DROP TRIGGER workshop_stickies_checksum_update; UPDATE workshop_stickies SET text = 'Own the Baltic corridoR'`);
    expect(mismatchedRows(db)).toBe(1);
    db.close();
  });
});
