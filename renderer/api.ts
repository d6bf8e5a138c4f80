import { METHODS } from '../shared/channels';
import type { CascadeApi, Envelope, PlanChangeEvent } from '../shared/ipc';

declare global {
  interface Window {
    cascade?: CascadeApi;
    /** The first read of the plan, started by prefetch.ts before the app's code has loaded. */
    __planRequest?: ReturnType<CascadeApi['getPlan']>;
  }
}

/**
 * Browser mode: an object with exactly the preload's methods that talks HTTP to the same handlers,
 * so nothing in the React code can tell which mode it runs in.
 */
function httpApi(token: string): CascadeApi {
  // This tab's name for itself: the change feed tells it which changes it made.
  const client = crypto.randomUUID();
  const call = async (method: string, arg: unknown): Promise<Envelope<unknown>> => {
    try {
      const res = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-cascade-token': token, 'x-cascade-client': client },
        body: arg === undefined ? '' : JSON.stringify(arg),
      });
      return (await res.json()) as Envelope<unknown>;
    } catch (err) {
      return { ok: false, error: { code: 'io', message: `The plan server did not answer (${(err as Error).message}).` } };
    }
  };
  const calls = Object.fromEntries(METHODS.map((m) => [m, (arg: unknown) => call(m, arg)]));
  const events: Pick<CascadeApi, 'onPlanChanged' | 'onMenuCommand'> = { onPlanChanged: (listener) => listenForChanges(client, listener), onMenuCommand: () => () => {} };
  return { ...calls, saveExport: download, ...events } as unknown as CascadeApi;
}

/** The server's change feed: server-sent events (the page's cookie carries the token; the browser reconnects by itself). */
function listenForChanges(client: string, listener: (change: PlanChangeEvent | 'connected') => void): () => void {
  const source = new EventSource(`/api/events?client=${client}`);
  // A change made before the feed connected, or while it was reconnecting, is never sent: say so.
  source.onopen = () => listener('connected');
  source.onmessage = (e: MessageEvent<string>) => listener(JSON.parse(e.data) as PlanChangeEvent);
  return () => source.close();
}

/**
 * In a browser, saving an export is the browser's own download of the finished file, streamed by
 * the server from the backend by its job id (the server never writes files; no bytes through JSON).
 */
async function download({ jobId, fileName }: { jobId: string; fileName: string }): Promise<Envelope<{ saved: string | null }>> {
  const a = document.createElement('a');
  a.href = `/export/${encodeURIComponent(jobId)}`;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  return { ok: true, value: { saved: fileName } };
}

const pageToken = new URLSearchParams(location.search).get('token') ?? '';
export const api: CascadeApi = window.cascade ?? httpApi(pageToken);

/** True in the Electron shell (its preload put `window.cascade` there), false in browser mode. */
export const isDesktop = window.cascade !== undefined;
