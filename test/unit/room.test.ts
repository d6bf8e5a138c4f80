import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { METHODS } from '../../shared/channels';
import type { ParticipantView } from '../../shared/participant';
import { type PlanRows, snapshotFromRows } from '../../shared/rows';
import type { WorkshopState } from '../../shared/workshop';
import { startRoom } from '../helpers/room';

let stop: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stop?.();
  stop = undefined;
});
const serveRoom = async () => {
  const r = await startRoom();
  stop = r.stop;
  return r;
};

const start = async (f: Awaited<ReturnType<typeof startRoom>>['facilitator']) => (await f<WorkshopState>('workshopStart', { template: 'Set the North Star', dotsPerPerson: 3 })).value.session!;

describe('participants join the workshop over the room’s network', () => {
  it('joins with the code only, while a session runs and joining is open', async () => {
    const r = await serveRoom();
    expect((await r.roomPost('join', { code: r.room.code })).status).toBe(409); // no session yet
    const s = await start(r.facilitator);
    expect((await r.roomPost('join', { code: 'WRONG1' })).status).toBe(403);
    expect((await r.roomPost('join', { code: r.room.code.toLowerCase(), name: 'Ana' })).status).toBe(200);
    const { view } = await r.join('  Bo\u202e\u0007b  ');
    expect(view.me.name).toBe('Bob');
    expect(view.session!.title).toBe(s.title);
    const info = await r.facilitator<{ participants: { name: string }[]; code: string; joining: boolean }>('roomGet');
    expect(info.value.participants.map((p) => p.name)).toEqual(['Ana', 'Bob']);
    await r.facilitator('roomJoining', { open: false });
    expect((await r.roomPost('join', { code: r.room.code })).status).toBe(403);
    await r.facilitator('roomJoining', { open: true });
    expect((await r.roomPost('join', { code: r.room.code })).status).toBe(200);
  });

  it('lets a participant add ideas, vote their own dots (3, enforced) and give one secret score per round', async () => {
    const r = await serveRoom();
    const s = await start(r.facilitator);
    const a = await r.join('Ana');
    const b = await r.join();
    const idea = async (p: { cookie: string }, text: string) => (await r.roomPost('idea', { text }, p.cookie)).json() as Promise<{ ok: boolean; value: ParticipantView }>;
    expect((await idea(a, 'Same-day delivery in Oslo')).ok).toBe(true);
    expect((await idea(b, 'Cold-chain lane to Tallinn')).value.session!.parking.map((p) => [p.text, p.mine])).toEqual([
      ['Same-day delivery in Oslo', false],
      ['Cold-chain lane to Tallinn', true],
    ]);
    const wall = (await r.facilitator<WorkshopState>('workshopGet')).value.session!;
    expect(wall.stickies.map((x) => x.author)).toEqual([a.view.me.id, b.view.me.id]);
    // Only candidates take dots: triage both.
    const ids = wall.stickies.map((x) => x.id);
    const vote = async (p: { cookie: string }, subjectId: string, dots: number) => (await r.roomPost('vote', { subjectId, dots }, p.cookie)).json() as Promise<{ ok: boolean; value: ParticipantView; error: { message: string } }>;
    expect((await vote(a, ids[0]!, 1)).error.message).toMatch(/candidates only/);
    await r.facilitator('workshopAnswer', { sessionId: s.id, stickyIds: ids, answer: 'strategic', by: 'facilitator' });
    expect((await vote(a, ids[0]!, 2)).ok).toBe(true);
    expect((await vote(a, ids[1]!, 1)).value.session!.dotsLeft).toBe(0);
    expect((await vote(a, ids[1]!, 2)).error.message).toMatch(/3 dots/);
    expect((await vote(b, ids[1]!, 3)).value.session!.candidates.map((c) => [c.dots, c.mine])).toEqual([
      [2, 0],
      [4, 3],
    ]);
    // A confidence round: scores hidden (to participants and facilitator alike) until revealed.
    const plan = snapshotFromRows((await r.facilitator<PlanRows>('getPlan')).value);
    const round = (await r.facilitator<WorkshopState>('workshopOpenRound', { sessionId: s.id, subjectId: plan.objectives[0]!.id })).value.session!.rounds[0]!;
    const score = async (p: { cookie: string }, n: number) => (await r.roomPost('score', { roundId: round.id, score: n }, p.cookie)).json() as Promise<{ ok: boolean; value: ParticipantView }>;
    await score(a, 2);
    const mine = (await score(a, 4)).value.session!.round!; // a second score replaces the first
    expect(mine).toMatchObject({ state: 'open', count: 1, myScore: 4, histogram: null });
    expect((await score(b, 5)).value.session!.round).toMatchObject({ count: 2, myScore: 5, histogram: null });
    expect((await r.facilitator<WorkshopState>('workshopGet')).value.session!.rounds[0]!.scores).toBeNull();
    await r.facilitator('workshopReveal', { sessionId: s.id, roundId: round.id });
    const after = ((await (await r.roomPost('state', {}, a.cookie)).json()) as { value: ParticipantView }).value.session!.round!;
    expect(after).toMatchObject({ state: 'revealed', count: 2, histogram: [0, 0, 0, 1, 1] });
    expect((await score(a, 1)).ok).toBe(false);
  });

  it('refuses every facilitator channel to a participant, on every route, and nothing changes', async () => {
    const r = await serveRoom();
    const s = await start(r.facilitator);
    const p = await r.join('Mallory');
    await r.roomPost('idea', { text: 'An idea' }, p.cookie);
    const plan = snapshotFromRows((await r.facilitator<PlanRows>('getPlan')).value);
    const anId = plan.objectives[1]!.id;
    const before = JSON.stringify([(await r.facilitator('getPlan')).value, (await r.facilitator('workshopGet')).value, (await r.facilitator('history')).value]);
    const who = { id: p.view.me.id, name: 'Mallory', sessionId: s.id };
    let tried = 0;
    for (const m of METHODS) {
      // 1. The facilitator's server, with the participant's token as the token, as a cookie, and with none.
      for (const headers of [{ 'x-cascade-token': p.token }, { cookie: `cascade-${new URL(r.origin).port}=${p.token}` }, { cookie: p.cookie }] as Record<string, string>[]) {
        const res = await fetch(`${r.origin}/api/${m}`, { method: 'POST', headers: { 'content-type': 'application/json', origin: r.origin, ...headers }, body: JSON.stringify({ sessionId: s.id, id: anId }) });
        expect(res.status, `${m} on the facilitator's server`).toBe(403);
      }
      // 2. The room server has no route to any channel, under either spelling.
      for (const route of [`/api/${m}`, `/join/api/${m}`, `/join/api/${m.toLowerCase()}`]) {
        const res = await fetch(`${r.roomOrigin}${route}`, { method: 'POST', headers: { 'content-type': 'application/json', origin: r.roomOrigin, cookie: p.cookie }, body: '{}' });
        expect(res.status, `${route} on the room server`).toBeGreaterThanOrEqual(400);
        expect((await res.text()).includes('"ok":true'), route).toBe(false);
      }
      // 3. The backend itself, asked as the participant with a facilitator's payload.
      const payload = { sessionId: s.id, id: anId, subjectId: anId, texts: ['x'], author: 'facilitator', voter: 'room', dots: 1, roundId: anId, score: 3, template: 'Set the North Star', stickyIds: [anId], to: 'so_what', answer: 'strategic', by: 'facilitator', parentId: anId, jobId: 'j1', format: 'json', open: true };
      const answer = await r.backend.participant(m, m === 'workshopGet' ? undefined : payload, who);
      if (m === 'workshopGet') expect(answer.ok).toBe(true);
      else expect(answer.ok, `${m} in the backend`).toBe(false);
      tried++;
    }
    expect(tried).toBe(METHODS.length);
    // The room's facilitator operations are the facilitator's too.
    for (const m of ['roomGet', 'roomJoining', 'roomRemove']) {
      const res = await fetch(`${r.origin}/api/${m}`, { method: 'POST', headers: { 'content-type': 'application/json', origin: r.origin, cookie: p.cookie, 'x-cascade-token': p.token }, body: '{"open":true}' });
      expect(res.status).toBe(403);
    }
    // A participant's view never carries authors, tallies of others' votes per person, or the plan.
    const view = (await (await r.roomPost('state', {}, p.cookie)).text()) as string;
    expect(view).not.toContain(plan.objectives[1]!.title);
    expect(view).not.toContain('author');
    const after = JSON.stringify([(await r.facilitator('getPlan')).value, (await r.facilitator('workshopGet')).value, (await r.facilitator('history')).value]);
    expect(after).toBe(before);
  });

  it('kills tokens when the facilitator removes a participant or ends the session', async () => {
    const r = await serveRoom();
    const s = await start(r.facilitator);
    const a = await r.join('Ana');
    const b = await r.join('Bo');
    await r.facilitator('roomRemove', { id: a.view.me.id });
    expect((await r.roomPost('idea', { text: 'still here?' }, a.cookie)).status).toBe(401);
    expect((await r.roomPost('idea', { text: 'yes' }, b.cookie)).status).toBe(200);
    await r.facilitator('workshopEnd', { sessionId: s.id });
    expect((await r.roomPost('state', {}, b.cookie)).status).toBe(401);
    // A new session does not bring old tokens back.
    await start(r.facilitator);
    expect((await r.roomPost('idea', { text: 'again' }, b.cookie)).status).toBe(401);
    expect((await r.facilitator<{ participants: unknown[] }>('roomGet')).value.participants).toEqual([]);
  });

  it('rejects hostile requests: wrong host, origin, site, type, size, shape; and rate-limits each participant', async () => {
    const r = await serveRoom();
    await start(r.facilitator);
    const p = await r.join();
    const status = (pathName: string, hostHeader: string) =>
      new Promise<number>((resolve) => {
        const u = new URL(r.roomOrigin);
        http.get({ host: u.hostname, port: u.port, path: pathName, headers: { host: hostHeader } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
      });
    expect(await status('/join', 'attacker.example')).toBe(421);
    expect(await status('/join', new URL(r.roomOrigin).host)).toBe(200);
    expect(await status('/index.html', new URL(r.roomOrigin).host)).toBe(404);
    expect(await status('/main.js', new URL(r.roomOrigin).host)).toBe(404);
    expect(await status(`/?token=${r.token}`, new URL(r.roomOrigin).host)).toBe(302);
    expect((await r.roomPost('idea', { text: 'x' }, p.cookie, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await r.roomPost('idea', { text: 'x' }, p.cookie, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await r.roomPost('idea', { text: 'x' }, p.cookie, { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await r.roomPost('idea', JSON.stringify({ text: 'x'.repeat(5000) }), p.cookie)).status).toBe(413);
    expect((await r.roomPost('idea', '{"text":', p.cookie)).status).toBe(400);
    expect((await r.roomPost('idea', { text: 'x', author: 'facilitator' }, p.cookie)).status).toBe(400);
    expect((await r.roomPost('idea', { text: 'x'.repeat(1000) }, p.cookie)).status).toBe(400);
    expect((await r.roomPost('idea', ['x'], p.cookie)).status).toBe(400);
    expect((await r.roomPost('vote', { subjectId: 'x', dots: 1.5 }, p.cookie)).status).toBe(400);
    expect((await r.roomPost('idea', { text: 'x' }, 'cascade-room-1=forged')).status).toBe(401);
    expect((await r.roomPost('join', { code: r.room.code, name: 'n'.repeat(41) })).status).toBe(400);
    // Guessing the code: 20 wrong codes a minute from one address, then even the right one waits.
    for (let i = 0; i < 20; i++) expect((await r.roomPost('join', { code: `WRONG${i}` })).status).toBe(403);
    expect((await r.roomPost('join', { code: r.room.code })).status).toBe(429);
    // The bucket: a burst of 20, then 5 a second.
    const statuses = await Promise.all(Array.from({ length: 40 }, () => r.roomPost('state', {}, p.cookie).then((x) => x.status)));
    expect(statuses.filter((x) => x === 429).length).toBeGreaterThan(10);
    expect(statuses.filter((x) => x === 200).length).toBeGreaterThanOrEqual(10);
  });
});
