import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createHandlers, dispatch } from '../api';
import { userDataDir } from '../paths';
import { PlanSession } from '../session';
import { CONTENT_SECURITY_POLICY } from '../csp';

const MAX_BODY = 32 * 1024 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface WebServerOptions {
  session: PlanSession;
  port?: number;
  /** Folder holding the built renderer. */
  root: string;
}

/**
 * Compares digests, not the strings: timingSafeEqual throws on buffers of different lengths, and a
 * token of multi-byte characters has as many characters as ours but more bytes.
 */
const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
const sameSecret = (a: string, b: string) => timingSafeEqual(digest(a), digest(b));

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
 * Browser mode: the renderer and the very same handlers as the desktop app, on 127.0.0.1 only.
 * The per-run token in the URL keeps other local pages and users out; the Origin and Host checks
 * stop cross-site requests and DNS rebinding.
 */
export async function startWebServer({ session, port = 0, root }: WebServerOptions) {
  const token = randomBytes(24).toString('base64url');
  const handlers = createHandlers(session);
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
  // A large answer that has not changed (the plan's rows) is serialised once, not per request.
  // Escaping the rare non-ASCII characters keeps the body pure ASCII: the browser decodes it on its
  // fast path and holds the text (13 MB for 50,000 objectives) at one byte per character, not two.
  const asciiJson = (value: unknown): string =>
    JSON.stringify(value).replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const serialised = new WeakMap<object, string>();
  const encode = (body: unknown): string => {
    const value = (body as { ok?: boolean; value?: unknown }).value;
    if (!value || typeof value !== 'object') return JSON.stringify(body);
    let text = serialised.get(value);
    if (text === undefined) serialised.set(value, (text = asciiJson(value)));
    return `{"ok":true,"value":${text}}`;
  };
  const json = (res: http.ServerResponse, status: number, body: unknown) =>
    send(res, status, 'application/json; charset=utf-8', (body as { ok?: boolean }).ok === true ? encode(body) : JSON.stringify(body));
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
        dispatch(handlers, method, payload)
          .then((answer) => json(res, 200, answer))
          .catch(() => refuse(res, 500, 'The request could not be answered.'));
      });
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Method not allowed.');
    // Nothing but the 403 page without the token: not the page, not its scripts.
    if (!sameSecret(tokenOf(req, url), token)) return forbidden(res);
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
  if (session.file) encode({ ok: true, value: session.rows() });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  origin = `http://127.0.0.1:${actualPort}`;
  return {
    url: `${origin}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { file: { type: 'string' }, port: { type: 'string', default: '0' } },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not “${values.port}”.`);
  const session = new PlanSession(userDataDir());
  // A plan that cannot be opened is not swapped for another: the page says what is wrong and
  // offers restore, recover or read-only.
  session.openStartup(values.file);
  const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'renderer');
  const problem = session.problem;
  if (problem) process.stdout.write(`${problem.message}\nThe page offers what to do next.\n`);
  else process.stdout.write(`Reading ${session.file}…\n`);
  const server = await startWebServer({ session, port, root });
  // Before the address is printed: whoever reads it may stop the server at once, and the plan
  // must still be closed properly (its journal removed, its backup on open taken).
  const stop = () => {
    void server.close().then(() => {
      session.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.stdout.write(`Cascade Planner is serving ${session.file ?? problem?.file} — open:\n${server.url}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    process.stderr.write(`cascade web: ${(err as Error).message}\n`);
    process.exit(1);
  });
}
