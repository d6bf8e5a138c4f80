import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import type { BackendClient } from '../api/client';
import type { HandlersOf } from '../api/context';
import type { ParticipantCaller } from '../api/participant';
import type { Envelope, ErrorCode } from '../../shared/ipc';
import { LIMITS } from '../../shared/vocabulary';
import { cleanName } from '../../shared/participant';
import type { RoomInfo } from '../../shared/room';
import type { WorkshopState } from '../../shared/workshop';
import { CONTENT_SECURITY_POLICY } from '../csp';

/** A participant's request is small: one idea, one vote, one score. */
const MAX_BODY = 4 * 1024;
/** Per participant: a burst of this many actions, refilled at RATE a second. */
const BURST = 20;
const RATE = 5;
/** Wrong join codes per address a minute (guessing the code is hopeless at this rate), and people per room. */
const WRONG_CODES_PER_MINUTE = 20;
const MAX_PARTICIPANTS = 300;
/** Letters and digits nobody misreads on a projector (no 0/O, 1/I/L). */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
const sameSecret = (a: string, b: string) => timingSafeEqual(digest(a), digest(b));

interface Participant extends ParticipantCaller {
  token: string;
  joinedAt: string;
  /** Token bucket: actions left, and when it was last filled. */
  tokens: number;
  filled: number;
}

/** A certificate and its private key (PEM), already checked to work together (./tls.ts). */
export interface RoomTls {
  cert: Buffer;
  key: Buffer;
}

const FILES: Record<string, [file: string, type: string]> = {
  '/join': ['participant.html', 'text/html; charset=utf-8'],
  '/participant.js': ['participant.js', 'text/javascript; charset=utf-8'],
  '/participant.css': ['participant.css', 'text/css; charset=utf-8'],
};

/**
 * The room: a second server, on the address the facilitator chose (`--host`), that serves the
 * participant page and a participant API of six routes, and nothing else. It has no route to the
 * facilitator's API, pages, exports or change feed; the facilitator's server stays on 127.0.0.1
 * behind its own token. A participant's token (a cookie) is random, bound to the workshop session
 * running when they joined, and dies when that session ends, the facilitator removes them or the
 * room closes. Plain HTTP unless a certificate is given (`tls`): then HTTPS, and the cookie is Secure.
 */
export async function startRoomServer({ backend, host, port = 0, root, tls }: { backend: BackendClient; host: string; port?: number; root: string; tls?: RoomTls }) {
  const code = Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
  let joining = true;
  const people = new Map<string, Participant>();
  const joins = new Map<string, { count: number; since: number }>();
  let origin = '';
  const cookieName = () => `cascade-room-${new URL(origin).port}`;
  const cookieFlags = `Path=/; HttpOnly; SameSite=Strict${tls ? '; Secure' : ''}`;

  const headers = {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  const send = (res: http.ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) => {
    if (res.headersSent || res.destroyed) return;
    res.writeHead(status, { ...headers, ...extra, 'Content-Type': type });
    res.end(body);
  };
  const json = (res: http.ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}) =>
    send(res, status, 'application/json; charset=utf-8', JSON.stringify(body), extra);
  const refuse = (res: http.ServerResponse, status: number, message: string, code: ErrorCode = 'io') =>
    json(res, status, { ok: false, error: { code, message } });

  const tokenOf = (req: http.IncomingMessage): string => {
    const cookie = String(req.headers.cookie ?? '')
      .split(';')
      .map((c) => c.trim())
      .find((c) => c.startsWith(`${cookieName()}=`));
    return cookie ? cookie.slice(cookieName().length + 1) : '';
  };
  const participantOf = (req: http.IncomingMessage): Participant | null => {
    const token = tokenOf(req);
    if (!/^[\w-]{32}$/.test(token)) return null;
    const p = people.get(token);
    // The map's own lookup finds it; compare once more in constant time all the same.
    return p && sameSecret(p.token, token) ? p : null;
  };
  const allowed = (p: Participant): boolean => {
    const now = Date.now();
    p.tokens = Math.min(BURST, p.tokens + ((now - p.filled) / 1000) * RATE);
    p.filled = now;
    if (p.tokens < 1) return false;
    p.tokens -= 1;
    return true;
  };
  const running = async (): Promise<WorkshopState['session']> => {
    const out = (await backend.call('workshopGet', undefined)) as Envelope<WorkshopState>;
    return out.ok && out.value.session?.state === 'running' ? out.value.session : null;
  };
  /** Everyone who joined a session that is no longer running is gone, tokens and all. */
  const prune = (sessionId: string | null) => {
    for (const [t, p] of people) if (p.sessionId !== sessionId) people.delete(t);
  };

  const readBody = (req: http.IncomingMessage, res: http.ServerResponse, then: (body: Record<string, unknown>) => void) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        refuse(res, 413, 'That request is too large.', 'too-large');
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => {
      if (res.writableEnded) return;
      let body: unknown;
      try {
        const text = Buffer.concat(chunks).toString('utf8');
        body = text === '' ? {} : JSON.parse(text);
      } catch {
        return refuse(res, 400, 'The request was not valid JSON.', 'invalid-payload');
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body)) return refuse(res, 400, 'Send an object.', 'invalid-payload');
      then(body as Record<string, unknown>);
    });
  };

  const join = (req: http.IncomingMessage, res: http.ServerResponse, body: Record<string, unknown>) => {
    const ip = req.socket.remoteAddress ?? '?';
    const now = Date.now();
    const seen = joins.get(ip);
    const tries = seen && now - seen.since < 60_000 ? seen : { count: 0, since: now };
    joins.set(ip, tries);
    if (tries.count >= WRONG_CODES_PER_MINUTE) return refuse(res, 429, 'Too many wrong codes: wait a minute, then try again.');
    const keys = Object.keys(body);
    if (keys.some((k) => k !== 'code' && k !== 'name')) return refuse(res, 400, 'Send only the code and a name.', 'invalid-payload');
    const name = cleanName(body.name ?? '');
    if (name === null) return refuse(res, 400, 'A name has at most 40 characters.', 'invalid-payload');
    const given = typeof body.code === 'string' ? body.code.replace(/[\s-]/g, '').toUpperCase().slice(0, 32) : '';
    if (!sameSecret(given, code)) {
      tries.count++;
      return refuse(res, 403, 'That is not the join code. Check it on the facilitator’s screen.', 'rule');
    }
    if (!joining) return refuse(res, 403, 'The facilitator has closed joining.', 'rule');
    if (people.size >= MAX_PARTICIPANTS) return refuse(res, 403, 'The room is full.', 'rule');
    void running()
      .then(async (s) => {
        if (!s) return refuse(res, 409, 'The workshop has not started yet. Try again when the facilitator starts it.', 'rule');
        prune(s.id);
        const token = randomBytes(24).toString('base64url');
        const p: Participant = { token, id: `p-${randomBytes(8).toString('hex')}`, name, sessionId: s.id, joinedAt: new Date().toISOString(), tokens: BURST, filled: Date.now() };
        people.set(token, p);
        const view = await backend.participant('workshopGet', undefined, p);
        json(res, 200, view, { 'Set-Cookie': `${cookieName()}=${token}; ${cookieFlags}` });
      })
      .catch(() => refuse(res, 500, 'The request could not be answered.'));
  };

  /** One participant action, as the backend's participant channel; the server fills in who and which session. */
  const act = (p: Participant, action: string, body: Record<string, unknown>): [method: string, payload: unknown] | string => {
    const only = (...names: string[]) => Object.keys(body).every((k) => names.includes(k));
    switch (action) {
      case 'state':
        return ['workshopGet', undefined];
      case 'idea': {
        if (!only('text') || typeof body.text !== 'string') return 'Send the idea as text.';
        const text = body.text.replace(/\s+/g, ' ').trim();
        if (text === '') return 'Write an idea first.';
        if (text.length > LIMITS.title) return `An idea holds at most ${LIMITS.title} characters.`;
        return ['workshopAddStickies', { sessionId: p.sessionId, texts: [text], author: p.id }];
      }
      case 'vote':
        if (!only('subjectId', 'dots') || typeof body.subjectId !== 'string' || !Number.isInteger(body.dots)) return 'Send a candidate and a number of dots.';
        return ['workshopVote', { sessionId: p.sessionId, subjectId: body.subjectId, voter: p.id, dots: body.dots }];
      case 'score':
        if (!only('roundId', 'score') || typeof body.roundId !== 'string' || !Number.isInteger(body.score)) return 'Send a round and a score from 1 to 5.';
        return ['workshopScore', { sessionId: p.sessionId, roundId: body.roundId, voter: p.id, score: body.score }];
      default:
        return '';
    }
  };

  const handle = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const raw = req.url ?? '/';
    if (!raw.startsWith('/') || raw.startsWith('//')) return refuse(res, 400, 'Bad request.');
    let url: URL;
    try {
      url = new URL(raw, origin);
    } catch {
      return refuse(res, 400, 'Bad request.');
    }
    // DNS rebinding: only the address the facilitator printed.
    if (req.headers.host !== new URL(origin).host) return refuse(res, 421, 'Wrong host.');

    const file = FILES[url.pathname];
    if (file) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Method not allowed.');
      return fs.readFile(path.join(root, file[0]), (err, data) => (err ? send(res, 404, 'text/plain', 'Not found') : send(res, 200, file[1], data)));
    }
    if (url.pathname === '/') return send(res, 302, 'text/plain', 'See /join', { Location: '/join' });

    const route = /^\/join\/api\/([a-z]{1,16})$/.exec(url.pathname);
    if (!route) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    if (req.method !== 'POST') return refuse(res, 405, 'Use POST.');
    // Same checks as the facilitator's API: the page's own origin, JSON only (no cross-site form posts).
    if (req.headers.origin !== origin) return refuse(res, 403, 'Requests must come from the join page.');
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin') return refuse(res, 403, 'Requests must come from the join page.');
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(res, 415, 'Send JSON.');
    const action = route[1]!;
    if (action === 'join') return readBody(req, res, (body) => join(req, res, body));
    const p = participantOf(req);
    if (!p) return refuse(res, 401, 'Join the workshop first (or again: the session has ended or you were removed).', 'not-found');
    if (!allowed(p)) return refuse(res, 429, 'Slow down a little, then try again.');
    if (action === 'leave') {
      people.delete(p.token);
      return json(res, 200, { ok: true, value: null }, { 'Set-Cookie': `${cookieName()}=; ${cookieFlags}; Max-Age=0` });
    }
    readBody(req, res, (body) => {
      const what = act(p, action, body);
      if (what === '') return refuse(res, 404, 'There is no such participant action.', 'invalid-payload');
      if (typeof what === 'string') return refuse(res, 400, what, 'invalid-payload');
      backend
        .participant(what[0], what[1], p)
        .then((answer) => {
          // The session ended (or another began): this token is dead for good.
          if (!answer.ok && answer.error.code === 'not-found' && answer.error.message === 'That workshop session has ended.') {
            people.delete(p.token);
            return json(res, 401, answer);
          }
          json(res, 200, answer);
        })
        .catch(() => refuse(res, 500, 'The request could not be answered.'));
    });
  };

  const listener = (req: http.IncomingMessage, res: http.ServerResponse) => {
    req.on('error', () => res.destroy());
    res.on('error', () => {});
    try {
      handle(req, res);
    } catch (err) {
      console.error('[cascade room] request failed', err);
      refuse(res, 400, 'Bad request.');
    }
  };
  const server = tls ? https.createServer({ cert: tls.cert, key: tls.key }, listener) : http.createServer(listener);
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  // Slow clients cannot hold connections open for ever.
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  origin = `${tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;

  const info = async (): Promise<RoomInfo> => {
    const s = await running();
    prune(s?.id ?? null);
    const participants = [...people.values()].map(({ id, name, joinedAt }) => ({ id, name, joinedAt })).sort((a, b) => a.joinedAt.localeCompare(b.joinedAt));
    return { address: `${origin}/join`, code, joining, secure: tls !== undefined, participants };
  };
  /** What the facilitator may do to the room, as channels (their payloads already parsed by dispatch): from their own page only. */
  const handlers: HandlersOf<'roomGet' | 'roomJoining' | 'roomRemove'> = {
    roomGet: info,
    roomJoining: ({ open }) => {
      joining = open;
      return info();
    },
    roomRemove: ({ id }) => {
      for (const [t, x] of people) if (x.id === id) people.delete(t);
      return info();
    },
  };

  return {
    address: `${origin}/join`,
    code,
    handlers,
    close: () =>
      new Promise<void>((resolve) => {
        people.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
export type RoomServer = Awaited<ReturnType<typeof startRoomServer>>;
