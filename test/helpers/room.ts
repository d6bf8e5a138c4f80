import path from 'node:path';
import { expect } from 'vitest';
import { startBackendThread } from '../../electron/api/thread';
import { startRoomServer } from '../../electron/web/room';
import { startWebServer } from '../../electron/web/server';
import type { ParticipantView } from '../../shared/participant';
import { tmpDir } from './tmp';

/** Browser mode with participants: the facilitator's server on 127.0.0.1, the room on 127.0.0.2 (a loopback "room" address). */
export async function startRoom() {
  const backend = startBackendThread(path.resolve('out/backend/backend.cjs'));
  await backend.host('start', { dataDir: tmpDir(), file: path.join(tmpDir(), 'plan.cascade') });
  const room = await startRoomServer({ backend, host: '127.0.0.2', root: path.resolve('out/renderer') });
  const server = await startWebServer({ backend, root: path.resolve('out/renderer'), room });
  const stop = async () => {
    await server.close();
    await room.close();
    await backend.stop();
  };
  const url = new URL(server.url);
  const origin = url.origin;
  const token = url.searchParams.get('token')!;
  const roomOrigin = new URL(room.address).origin;
  const facilitator = async <T = unknown>(method: string, body?: unknown) =>
    (await (
      await fetch(`${origin}/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-cascade-token': token, origin }, body: body === undefined ? '' : JSON.stringify(body) })
    ).json()) as { ok: boolean; value: T; error?: { message: string } };
  const roomPost = (action: string, body: unknown, cookie = '', headers: Record<string, string> = {}) =>
    fetch(`${roomOrigin}/join/api/${action}`, { method: 'POST', headers: { 'content-type': 'application/json', origin: roomOrigin, cookie, ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const join = async (name = '') => {
    const res = await roomPost('join', { code: room.code, name });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    const view = ((await res.json()) as { value: ParticipantView }).value;
    return { cookie, view, token: cookie.split('=')[1]! };
  };
  return { backend, room, origin, token, roomOrigin, facilitator, roomPost, join, stop };
}

