import { METHODS } from '../shared/channels';
import type { CascadeApi, Envelope } from '../shared/ipc';

declare global {
  interface Window {
    cascade?: CascadeApi;
  }
}

/**
 * Browser mode: an object with exactly the preload's methods that talks HTTP to the same handlers,
 * so nothing in the React code can tell which mode it runs in.
 */
function httpApi(token: string): CascadeApi {
  const call = async (method: string, arg: unknown): Promise<Envelope<unknown>> => {
    try {
      const res = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-cascade-token': token },
        body: arg === undefined ? '' : JSON.stringify(arg),
      });
      return (await res.json()) as Envelope<unknown>;
    } catch (err) {
      return { ok: false, error: { code: 'io', message: `The plan server did not answer (${(err as Error).message}).` } };
    }
  };
  const calls = Object.fromEntries(METHODS.map((m) => [m, (arg: unknown) => call(m, arg)]));
  return { ...calls, onPlanChanged: () => () => {}, onMenuCommand: () => () => {} } as unknown as CascadeApi;
}

export const api: CascadeApi = window.cascade ?? httpApi(new URLSearchParams(location.search).get('token') ?? '');
