import { type ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRng } from '../helpers/generate';
import { tmpDir } from '../helpers/tmp';

/**
 * Browser mode under ≥ 2,000 hostile requests, without and with the token, over HTTP and raw
 * sockets, only to 127.0.0.1. The server runs as its own process (the built `out/web/server.mjs`),
 * so that a crash is an exit we can see, not a failure inside the test runner.
 */
let child: ChildProcess;
let exited: number | null | undefined;
let origin = '';
let token = '';
let port = 0;

beforeAll(async () => {
  const dir = tmpDir();
  child = spawn(process.execPath, [path.resolve('out/web/server.mjs'), '--file', path.join(dir, 'Fuzz.cascade')], {
    env: { ...process.env, XDG_CONFIG_HOME: path.join(dir, 'config') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.on('exit', (code) => (exited = code));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(out);
      if (m) resolve(m[0]);
    });
    child.on('exit', () => reject(new Error(`server exited: ${out}`)));
  });
  const u = new URL(url);
  origin = u.origin;
  token = u.searchParams.get('token')!;
  port = Number(u.port);
}, 60_000);

afterAll(() => {
  child?.kill('SIGTERM');
});

/** One HTTP request; resolves to the status, or 0 when the server closed the connection without one. */
function request(opts: { method: string; path: string; headers?: Record<string, string>; body?: Buffer | string }): Promise<number> {
  return new Promise((resolve) => {
    // agent: false — one connection per request: a socket the server reset mid-body never goes back to a
    // keep-alive pool to fail there, outside any request's error handler.
    const req = http.request({ host: '127.0.0.1', port, method: opts.method, path: opts.path, headers: opts.headers, timeout: 10_000, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve(0));
    req.on('timeout', () => req.destroy());
    req.end(opts.body);
  });
}

/** Raw bytes on a socket; resolves to the status line's code, or 0 when none came back. */
function raw(bytes: Buffer): Promise<number> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    let got = '';
    const done = () => {
      socket.destroy();
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(got);
      resolve(m ? Number(m[1]) : 0);
    };
    socket.setTimeout(10_000, done);
    socket.on('data', (c) => {
      got += c.toString('latin1');
      if (/\r\n\r\n/.test(got)) done();
    });
    socket.on('error', done);
    socket.on('end', done);
    // A server that answers and closes before reading everything resets the rest of the write: expected.
    socket.write(bytes, () => {});
  });
}

async function inBatches<T>(jobs: Array<() => Promise<T>>, width = 16): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < jobs.length; i += width) out.push(...(await Promise.all(jobs.slice(i, i + width).map((j) => j()))));
  return out;
}

const HOSTILE_PATHS = [
  '/%', '//', '/%00', '/%2', '/%zz', '/%c0%af', '/%ff%fe', '/index.html/', '/index.html%00', '/index.html/.', '/./index.html',
  '/../package.json', '/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/etc/passwd', '/assets/../../package.json', '///etc/passwd',
  '/\\..\\package.json', '/api/', '/api/%', '/api/%00', '/api/getPlan%00', '/api/../index.html', '/api/constructor', '/api/__proto__',
  `/${'a'.repeat(7000)}`, '/?token', '/?token=', '/?token=%', '/?token=%E9', '/index.html?token[]=x', '/favicon.ico',
];
const HOSTILE_TOKENS = (real: string) => [
  '', 'x', 'é'.repeat(real.length), '€'.repeat(real.length / 2), real.slice(0, -1), `${real}x`, real.toUpperCase(),
  '\u0000'.repeat(real.length), '🙂'.repeat(8), 'a'.repeat(10_000), encodeURIComponent('ü').repeat(real.length / 6),
];

describe('browser mode cannot be knocked over', () => {
  it('answers ≥ 2,000 hostile requests with and without the token, and still serves the app', async () => {
    const rng = createRng(1234);
    const pick = <T,>(list: readonly T[]): T => list[rng.int(0, list.length - 1)]!;
    const jobs: Array<() => Promise<number>> = [];
    const tokens = HOSTILE_TOKENS(token);
    const apiMethods = ['getPlan', 'updateKeyResult', 'createObjective', 'moveObjective', 'importPlan', 'restoreBackup', 'nope', '%', '..'];
    const payloads = ['', '{', 'null', '[]', '"x"', '{"id":""}', '{"id":"x","patch":{"current":"NaN"}}', '['.repeat(50_000), '{"a":'.repeat(2000), '\u0000', '{"name":"../../etc/passwd"}'];

    for (let i = 0; i < 700; i++) {
      // GET/HEAD/odd methods on hostile paths, with a real, a wrong, or no token.
      const withToken = i % 3;
      const p = pick(HOSTILE_PATHS);
      const t = withToken === 0 ? '' : withToken === 1 ? token : pick(tokens);
      const sep = p.includes('?') ? '&' : '?';
      const pathWithToken = t ? `${p}${sep}token=${encodeURIComponent(t)}` : p;
      jobs.push(() => request({ method: pick(['GET', 'HEAD', 'GET', 'PUT', 'DELETE', 'OPTIONS', 'PATCH']), path: pathWithToken, headers: { host: `127.0.0.1:${port}` } }));
    }
    for (let i = 0; i < 700; i++) {
      // API calls: hostile names, tokens (multi-byte, odd lengths), origins, content types and bodies.
      const good = i % 2 === 0;
      const tok = good ? token : pick(tokens);
      const headers: Record<string, string> = { host: `127.0.0.1:${port}`, origin: pick([origin, origin, 'null', 'http://evil.example']), 'content-type': pick(['application/json', 'application/json', 'text/plain']) };
      // Node refuses to send header values outside latin-1; those tokens travel as raw bytes below.
      if (/^[\x20-\x7e]*$/.test(tok)) headers['x-cascade-token'] = tok;
      jobs.push(() => request({ method: 'POST', path: `/api/${pick(apiMethods)}`, headers, body: pick(payloads) }));
    }
    for (let i = 0; i < 640; i++) {
      // Raw sockets: multi-byte token bytes, NUL in paths and headers, broken request lines, bad lengths.
      const tok = Buffer.from(pick(tokens), 'utf8');
      const hostile = [
        Buffer.concat([Buffer.from(`POST /api/getPlan HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: ${origin}\r\nContent-Type: application/json\r\nX-Cascade-Token: `), tok, Buffer.from('\r\nContent-Length: 0\r\n\r\n')]),
        Buffer.concat([Buffer.from('GET /?token='), tok, Buffer.from(` HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`)]),
        Buffer.from(`GET ${pick(HOSTILE_PATHS)} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`),
        Buffer.from(`GET /\u0000 HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`, 'latin1'),
        Buffer.from(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Bad: a\u0000b\r\n\r\n`, 'latin1'),
        Buffer.from('GARBAGE\r\n\r\n'),
        Buffer.from(`GET http://evil.example/ HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`),
        Buffer.from(`GET / HTTP/1.1\r\n\r\n`),
        Buffer.from(`POST /api/getPlan HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: -5\r\n\r\n`),
        Buffer.from(`POST /api/getPlan HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n\r\n`),
        Buffer.from(`GET /%c0 HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nCookie: cascade-${port}=${'é'.repeat(20)}\r\n\r\n`),
        Buffer.from(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${'X: y\r\n'.repeat(3000)}\r\n`),
      ];
      jobs.push(() => raw(pick(hostile)));
    }
    // Huge bodies, with and without the token: refused with 413 (or the connection cut), never buffered whole.
    const huge = Buffer.alloc(33 * 1024 * 1024, 0x61);
    for (const t of [token, 'wrong']) {
      jobs.push(() => request({ method: 'POST', path: '/api/importPlan', headers: { host: `127.0.0.1:${port}`, origin, 'content-type': 'application/json', 'x-cascade-token': t }, body: huge }));
    }

    expect(jobs.length).toBeGreaterThanOrEqual(2000);
    const statuses = await inBatches(jobs);
    expect(exited).toBeUndefined();
    // Everything was answered: a 4xx for what is hostile. Only a huge upload may be cut off (0).
    const unanswered = statuses.filter((s) => s === 0).length;
    expect(unanswered).toBeLessThanOrEqual(2);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    // Without the token nothing but the 403 page (or a 4xx refusal) came back: no 200 without it.
    const noToken = await inBatches(HOSTILE_PATHS.map((p) => () => request({ method: 'GET', path: p, headers: { host: `127.0.0.1:${port}` } })));
    expect(noToken.filter((s) => s === 200)).toEqual([]);

    // Still alive, still serving the app and the plan.
    expect(exited).toBeUndefined();
    const page = await fetch(`${origin}/?token=${token}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const plan = await fetch(`${origin}/api/getPlan`, { method: 'POST', headers: { origin, 'content-type': 'application/json', 'x-cascade-token': token } });
    expect(await plan.json()).toMatchObject({ ok: true, value: { meta: { name: 'Fuzz' } } });
  }, 180_000);
});
