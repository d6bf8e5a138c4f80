import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebServer } from '../../electron/web/server';
import { startBackendThread } from '../../electron/api/thread';
import { type PlanRows, snapshotFromRows } from '../../shared/rows';
import { tmpDir } from '../helpers/tmp';

let stop: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stop?.();
  stop = undefined;
});

async function serve() {
  // The built backend, in its worker thread, as `npm run web` runs it (npm test builds first).
  const backend = startBackendThread(path.resolve('out/backend/backend.cjs'));
  await backend.host('start', { dataDir: tmpDir(), file: path.join(tmpDir(), 'plan.cascade') });
  const root = path.resolve('renderer'); // any folder with an index.html will do for these checks
  const server = await startWebServer({ backend, root });
  stop = async () => {
    await server.close();
    await backend.stop();
  };
  const url = new URL(server.url);
  return { origin: url.origin, token: url.searchParams.get('token')!, host: url.host };
}

const api = (origin: string, headers: Record<string, string>, body = '') =>
  fetch(`${origin}/api/getPlan`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('browser mode guards the plan', () => {
  it('streams changes only to the app’s own page with its token, and tells a tab which change it made', async () => {
    const { origin, token } = await serve();
    expect((await fetch(`${origin}/api/events`)).status).toBe(403);
    expect((await fetch(`${origin}/api/events?token=wrong`)).status).toBe(403);
    expect((await fetch(`${origin}/api/events?token=${token}`, { headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
    const feed = new AbortController();
    const res = await fetch(`${origin}/api/events?token=${token}&client=tab-a`, { headers: { 'sec-fetch-site': 'same-origin' }, signal: feed.signal });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const rows = (await (await api(origin, { 'x-cascade-token': token, origin })).json()).value as PlanRows;
    const kr = snapshotFromRows(rows).keyResults.find((k) => k.title === 'Achieve $200k in initial training sales')!;
    const write = await fetch(`${origin}/api/updateKeyResult`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-cascade-token': token, 'x-cascade-client': 'tab-a', origin },
      body: JSON.stringify({ id: kr.id, patch: { current: 7 } }),
    });
    expect((await write.json()).ok).toBe(true);
    const reader = res.body!.getReader();
    let text = '';
    while (!text.includes('data: ')) text += new TextDecoder().decode((await reader.read()).value);
    while (!text.endsWith('\n\n')) text += new TextDecoder().decode((await reader.read()).value);
    const event = JSON.parse(text.slice(text.indexOf('data: ') + 6).trim());
    expect(event).toMatchObject({ self: true, history: { redo: null } });
    expect(event.history.undo).toBe('Set “Achieve $200k in initial training sales” to $7');
    feed.abort();
  });

  it('answers the app’s own page, with the token and from its own origin', async () => {
    const { origin, token } = await serve();
    const res = await api(origin, { 'x-cascade-token': token, origin });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, value: { meta: { name: 'plan' } } });
  });

  it('refuses a request without the token, with a wrong token, or from another origin', async () => {
    const { origin, token } = await serve();
    expect((await api(origin, { origin })).status).toBe(403);
    expect((await api(origin, { 'x-cascade-token': `${token}x`, origin })).status).toBe(403);
    expect((await api(origin, { 'x-cascade-token': token, origin: 'http://evil.example' })).status).toBe(403);
    expect((await api(origin, { 'x-cascade-token': token })).status).toBe(403);
  });

  it('refuses another Host (DNS rebinding), the page without its token, and paths outside the app', async () => {
    const { origin, token, host } = await serve();
    const http = await import('node:http');
    const status = (p: string, hostHeader: string) =>
      new Promise<number>((resolve) => {
        const u = new URL(origin);
        http.get({ host: u.hostname, port: u.port, path: p, headers: { host: hostHeader } }, (r) => {
          r.resume();
          resolve(r.statusCode ?? 0);
        });
      });
    expect(await status(`/?token=${token}`, 'attacker.example:80')).toBe(421);
    expect(await status('/', host)).toBe(403);
    expect(await status(`/?token=${token}`, host)).toBe(200);
    expect(await status('/..%2f..%2fpackage.json', host)).toBe(403);
    expect(await status(`/..%2f..%2fpackage.json?token=${token}`, host)).toBe(400);
    expect(await status('/index.html/', host)).toBe(403);
    expect(await status('/index.html', host)).toBe(403);
  });

  it('answers bad JSON and unknown operations with a clear error, and sends a CSP', async () => {
    const { origin, token } = await serve();
    const bad = await api(origin, { 'x-cascade-token': token, origin }, '{"not json');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toMatch(/not valid JSON/);
    const res = await fetch(`${origin}/api/dropTables`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-cascade-token': token, origin } });
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('sends the plan as pure ASCII that reads back to the same text', async () => {
    const { origin, token } = await serve();
    const before = (await (await api(origin, { 'x-cascade-token': token, origin })).json()) as { value: PlanRows };
    const first = snapshotFromRows(before.value).objectives[0]!;
    const renamed = await fetch(`${origin}/api/updateObjective`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-cascade-token': token, origin },
      body: JSON.stringify({ id: first.id, patch: { title: 'Grow in São Paulo — 你好 ’quoted’' } }),
    });
    expect(await renamed.json()).toMatchObject({ ok: true });
    const res = await api(origin, { 'x-cascade-token': token, origin });
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.every((byte) => byte < 0x80)).toBe(true);
    const plan = snapshotFromRows((JSON.parse(body.toString('latin1')) as { value: PlanRows }).value);
    expect(plan.objectives.find((o) => o.id === first.id)?.title).toBe('Grow in São Paulo — 你好 ’quoted’');
  });
});
