import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { isIP } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { BackendClient } from '../api/client';
import { dispatch } from '../api/dispatch';
import { backendEntry, startBackendThread } from '../api/thread';
import { userDataDir } from '../paths';
import { CONTENT_SECURITY_POLICY } from '../csp';
import { EVENTS } from '../../shared/channels';
import type { PlanChangeEvent } from '../../shared/ipc';
import type { PlanChange } from '../session';
import { type RoomServer, startRoomServer } from './room';
import { readRoomCertificate } from './tls';

const MAX_BODY = 32 * 1024 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export interface WebServerOptions {
  /** The backend (a worker thread) that owns the plan; the server only routes to it. */
  backend: BackendClient;
  port?: number;
  /** Folder holding the built renderer. */
  root: string;
  /** Workshop participants' server (`--workshop --host`): the facilitator's page manages it through roomGet/roomJoining/roomRemove. */
  room?: RoomServer;
}

/** The facilitator's operations on the room: answered by the server itself, never by the backend. */
const ROOM_METHODS = new Set(['roomGet', 'roomJoining', 'roomRemove']);

/**
 * Compares digests, not the strings: timingSafeEqual throws on buffers of different lengths, and a
 * token of multi-byte characters has as many characters as ours but more bytes.
 */
const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
const sameSecret = (a: string, b: string) => timingSafeEqual(digest(a), digest(b));

/** The tab a request comes from (a random id it made for itself), or null when it named none or an odd one. */
function clientOf(value: string | string[] | undefined): string | null {
  return typeof value === 'string' && /^[\w-]{1,64}$/.test(value) ? `tab-${value}` : null;
}

/** A request path as a file path inside the renderer folder, or null for anything odd. */
function safeRelative(pathname: string): string | null {
  let rel: string;
  try {
    rel = decodeURIComponent(pathname.slice(1));
  } catch {
    return null; // bad percent-encoding, e.g. "/%"
  }
  if (rel === '') return 'index.html';
  if (rel.includes('\0') || rel.includes('\\') || rel.endsWith('/') || rel.split('/').some((part) => part === '' || part === '.' || part === '..')) return null;
  return rel;
}

/**
 * Browser mode: the renderer and the very same backend as the desktop app, on 127.0.0.1 only.
 * The server only routes: every API request goes to the backend's worker thread by number, so a
 * long export never holds up another request. The per-run token in the URL keeps other local pages
 * and users out; the Origin and Host checks stop cross-site requests and DNS rebinding.
 */
export async function startWebServer({ backend, port = 0, root, room }: WebServerOptions) {
  const token = randomBytes(24).toString('base64url');
  let origin = '';

  const headers = {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  const cookieName = () => `cascade-${new URL(origin).port}`;
  const send = (res: http.ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) => {
    // A client that went away, or an answer already sent, must never throw out of a handler.
    if (res.headersSent || res.destroyed) return;
    res.writeHead(status, { ...headers, ...extra, 'Content-Type': type });
    res.end(body);
  };
  const json = (res: http.ServerResponse, status: number, body: unknown) =>
    send(res, status, 'application/json; charset=utf-8', typeof body === 'string' ? body : JSON.stringify(body));
  const refuse = (res: http.ServerResponse, status: number, message: string) =>
    json(res, status, { ok: false, error: { code: 'io', message } });

  /** The token from the address (first page load) or from the cookie the page was given with it. */
  const tokenOf = (req: http.IncomingMessage, url: URL): string => {
    const fromQuery = url.searchParams.get('token');
    if (fromQuery !== null) return fromQuery;
    const cookie = String(req.headers.cookie ?? '')
      .split(';')
      .map((c) => c.trim())
      .find((c) => c.startsWith(`${cookieName()}=`));
    return cookie ? cookie.slice(cookieName().length + 1) : '';
  };
  const forbidden = (res: http.ServerResponse) =>
    send(res, 403, 'text/plain; charset=utf-8', 'Open the address printed by `npm run web`, including its token.');

  /**
   * The change feed as server-sent events: each tab keeps one open and hears every change to the
   * plan (a version, whether it made the change itself, and what Undo/Redo would do). The token
   * comes as for the page (its cookie), and only the page's own origin may ask.
   */
  const feeds = new Map<http.ServerResponse, string | null>();
  const stopFeed = backend.onEvent((name, data) => {
    if (name !== EVENTS.planChanged) return;
    const change = data as PlanChange;
    for (const [res, client] of feeds) {
      if (res.destroyed || res.writableEnded) continue;
      const event: PlanChangeEvent = { version: change.version, self: client !== null && change.origin === client, history: change.history };
      res.write(`data: ${JSON.stringify(event)}\n\n`);
    }
  });
  const events = (req: http.IncomingMessage, res: http.ServerResponse, url: URL): void => {
    if (!sameSecret(tokenOf(req, url), token)) return forbidden(res);
    // EventSource sends no Origin on a same-origin GET; the browser's own Sec-Fetch-Site says where it came from.
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin') return refuse(res, 403, 'Requests must come from the app’s own page.');
    res.writeHead(200, { ...headers, 'Content-Type': 'text/event-stream; charset=utf-8' });
    // Reconnect quickly after a drop, so a tab misses no more than a second of changes.
    res.write('retry: 1000\n\n');
    feeds.set(res, clientOf(url.searchParams.get('client') ?? undefined));
    const end = () => feeds.delete(res);
    req.on('close', end);
    res.on('close', end);
  };

  const download = async (res: http.ServerResponse, jobId: string) => {
    const answer = await backend.host('takeExport', { jobId });
    if (!answer.ok) return send(res, 404, 'text/plain; charset=utf-8', answer.error.message);
    const { fileName, mime, bytes } = answer.value;
    const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
    send(res, 200, mime, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'Content-Length': String(bytes.byteLength),
    });
  };

  const handle = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const raw = req.url ?? '/';
    // Only origin-form paths ("/…"); "//", absolute URLs and anything URL cannot parse end here.
    if (!raw.startsWith('/') || raw.startsWith('//')) return refuse(res, 400, 'Bad request.');
    let url: URL;
    try {
      url = new URL(raw, origin);
    } catch {
      return refuse(res, 400, 'Bad request.');
    }
    if (req.headers.host !== new URL(origin).host) return refuse(res, 421, 'Wrong host.');

    if (url.pathname === '/api/events' && req.method === 'GET') return events(req, res, url);
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return refuse(res, 405, 'Use POST.');
      if (req.headers.origin !== origin) return refuse(res, 403, 'Requests must come from the app’s own page.');
      if (!sameSecret(String(req.headers['x-cascade-token'] ?? ''), token)) return refuse(res, 403, 'Missing or wrong token.');
      if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(res, 415, 'Send JSON.');
      let method: string;
      try {
        method = decodeURIComponent(url.pathname.slice(5));
      } catch {
        return refuse(res, 400, 'Bad request.');
      }
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (c: Buffer) => {
        size += c.length;
        if (size > MAX_BODY) {
          refuse(res, 413, 'That request is too large.');
          req.destroy();
        } else chunks.push(c);
      });
      req.on('end', () => {
        if (res.writableEnded) return;
        let payload: unknown;
        try {
          const text = Buffer.concat(chunks).toString('utf8');
          payload = text === '' ? undefined : JSON.parse(text);
        } catch {
          return refuse(res, 400, 'The request was not valid JSON.');
        }
        if (ROOM_METHODS.has(method)) {
          if (!room) return json(res, 200, { ok: false, error: { code: 'not-found', message: 'Participants cannot join: start browser mode with --workshop --host <address>.' } });
          return void dispatch(room.handlers, method, payload)
            .then((answer) => json(res, 200, answer))
            .catch(() => refuse(res, 500, 'The request could not be answered.'));
        }
        backend
          .callJson(method, payload, clientOf(req.headers['x-cascade-client']))
          .then((answer) => json(res, 200, answer))
          .catch(() => refuse(res, 500, 'The request could not be answered.'));
      });
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Method not allowed.');
    // Nothing but the 403 page without the token: not the page, not its scripts.
    if (!sameSecret(tokenOf(req, url), token)) return forbidden(res);
    // A finished export, streamed as a download by its job id (the page's own link, with its cookie).
    const exported = /^\/export\/([\w-]{1,64})$/.exec(url.pathname);
    if (exported) return void download(res, exported[1]!).catch(() => refuse(res, 500, 'The export could not be sent.'));
    const rel = safeRelative(url.pathname);
    if (rel === null) return send(res, 400, 'text/plain; charset=utf-8', 'Bad request.');
    const file = path.resolve(root, rel);
    if (!file.startsWith(path.resolve(root) + path.sep)) return send(res, 404, 'text/plain', 'Not found');
    fs.readFile(file, (err, data) => {
      if (err) return send(res, 404, 'text/plain', 'Not found');
      // The page's own scripts and styles are fetched without the token in their address: the
      // first page load hands it over as a cookie only this origin's requests carry.
      const cookie: Record<string, string> = rel === 'index.html' ? { 'Set-Cookie': `${cookieName()}=${token}; Path=/; HttpOnly; SameSite=Strict` } : {};
      send(res, 200, TYPES[path.extname(file)] ?? 'application/octet-stream', data, cookie);
    });
  };

  const server = http.createServer((req, res) => {
    // An aborted upload or a reset socket must not become an unhandled 'error'.
    req.on('error', () => res.destroy());
    res.on('error', () => {});
    try {
      handle(req, res);
    } catch (err) {
      console.error('[cascade web] request failed', err);
      refuse(res, 400, 'Bad request.');
    }
  });
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  // The plan is read and serialised before the address is handed out, so whoever opens it gets the
  // plan at once (the desktop shell does the same while its window loads).
  await backend.callJson('getPlan', undefined);
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  origin = `http://127.0.0.1:${actualPort}`;
  return {
    url: `${origin}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        stopFeed();
        feeds.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      file: { type: 'string' },
      port: { type: 'string', default: '0' },
      // Participants join from their own devices: only when asked, on the address given.
      workshop: { type: 'boolean', default: false },
      host: { type: 'string' },
      'room-port': { type: 'string', default: '0' },
      // The room over HTTPS, with a certificate the facilitator brings (participants' devices must trust it).
      cert: { type: 'string' },
      key: { type: 'string' },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not “${values.port}”.`);
  const roomPort = Number(values['room-port']);
  if (!Number.isInteger(roomPort) || roomPort < 0 || roomPort > 65535) throw new Error(`--room-port must be a port number, not “${values['room-port']}”.`);
  if (values.workshop !== (values.host !== undefined)) throw new Error('Let participants join with both --workshop and --host <address> (the address of this computer on the room’s network).');
  if (values.host !== undefined && !isIP(values.host)) throw new Error(`--host must be an IP address of this computer, not “${values.host}”.`);
  if ((values.cert === undefined) !== (values.key === undefined)) throw new Error('Give both --cert <file> and --key <file>: a certificate and its private key, as PEM files.');
  if (values.cert !== undefined && !values.workshop) throw new Error('--cert and --key serve the participants’ room over HTTPS: use them with --workshop --host <address>.');
  // Read and tried before anything starts: a bad certificate never leaves a half-started server behind.
  const tls = values.cert !== undefined && values.key !== undefined ? readRoomCertificate(values.cert, values.key) : undefined;
  const here = path.dirname(fileURLToPath(import.meta.url));
  const backend = startBackendThread(backendEntry(here));
  // A plan that cannot be opened is not swapped for another: the page says what is wrong and
  // offers restore, recover or read-only.
  const started = await backend.host('start', { dataDir: userDataDir(), ...(values.file ? { file: values.file } : {}) });
  if (!started.ok) throw new Error(started.error.message);
  const { file, problem } = started.value;
  const root = path.join(here, '..', 'renderer');
  if (problem) process.stdout.write(`${problem.message}\nThe page offers what to do next.\n`);
  else process.stdout.write(`Reading ${file}…\n`);
  const room = values.host ? await startRoomServer({ backend, host: values.host, port: roomPort, root, tls }) : undefined;
  const server = await startWebServer({ backend, port, root, room });
  // Before the address is printed: whoever reads it may stop the server at once, and the plan
  // must still be closed properly (checkpointed, nothing left beside it, its backup on open taken).
  const stop = () => {
    void server
      .close()
      .then(() => room?.close())
      .then(() => backend.stop())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.stdout.write(`Cascade Planner is serving ${file ?? problem?.file} — open:\n${server.url}\n`);
  if (room) process.stdout.write(`Participants: ${room.address}?code=${room.code} — join code ${room.code} (${tls ? 'HTTPS with the given certificate' : 'plain HTTP on this network'})\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    process.stderr.write(`cascade web: ${(err as Error).message}\n`);
    process.exit(1);
  });
}
