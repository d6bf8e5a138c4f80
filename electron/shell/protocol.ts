import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../csp';

export const SCHEME = 'app';
export const ORIGIN = `${SCHEME}://cascade`;
export const ENTRY = `${ORIGIN}/index.html`;
/** The built renderer: the app's page, and the participant page the room serves. */
export const RENDERER_ROOT = path.join(__dirname, '..', 'renderer');

/**
 * A privileged custom scheme instead of file:// gives the page a real origin and lets every response
 * carry the CSP header. Must run before the app is ready.
 */
export function registerScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } }]);
}

/** Serves the built renderer, and nothing outside its folder, with the CSP on every response. */
export function serveRenderer(): void {
  protocol.handle(SCHEME, async (request) => {
    const { pathname } = new URL(request.url);
    const file = path.resolve(RENDERER_ROOT, decodeURIComponent(pathname.slice(1)) || 'index.html');
    if (!file.startsWith(RENDERER_ROOT + path.sep)) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
