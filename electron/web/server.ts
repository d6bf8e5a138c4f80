import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createHandlers, dispatch } from '../handlers';
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

const sameSecret = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

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
  const send = (res: http.ServerResponse, status: number, type: string, body: string | Buffer) => {
    res.writeHead(status, { ...headers, 'Content-Type': type });
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

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin);
    if (req.headers.host !== new URL(origin).host) return refuse(res, 421, 'Wrong host.');

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return refuse(res, 405, 'Use POST.');
      if (req.headers.origin !== origin) return refuse(res, 403, 'Requests must come from the app’s own page.');
      if (!sameSecret(String(req.headers['x-cascade-token'] ?? ''), token)) return refuse(res, 403, 'Missing or wrong token.');
      if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(res, 415, 'Send JSON.');
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
        void dispatch(handlers, decodeURIComponent(url.pathname.slice(5)), payload).then((answer) => json(res, 200, answer));
      });
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Method not allowed.');
    const rel = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
    if (rel === 'index.html' && !sameSecret(url.searchParams.get('token') ?? '', token)) {
      return send(res, 403, 'text/plain; charset=utf-8', 'Open the address printed by `npm run web`, including its token.');
    }
    const file = path.resolve(root, rel);
    if (!file.startsWith(path.resolve(root) + path.sep)) return send(res, 404, 'text/plain', 'Not found');
    fs.readFile(file, (err, data) => {
      if (err) return send(res, 404, 'text/plain', 'Not found');
      send(res, 200, TYPES[path.extname(file)] ?? 'application/octet-stream', data);
    });
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
  if (values.file) session.openOrCreate(values.file);
  else session.openStartup();
  const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'renderer');
  process.stdout.write(`Reading ${session.file}…\n`);
  const server = await startWebServer({ session, port, root });
  process.stdout.write(`Cascade Planner is serving ${session.file} — open:\n${server.url}\n`);
  const stop = () => {
    void server.close().then(() => {
      session.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    process.stderr.write(`cascade web: ${(err as Error).message}\n`);
    process.exit(1);
  });
}
