import os from 'node:os';
import { app } from 'electron';
import type { HandlersOf } from '../api/context';
import { PlanError } from '../db/errors';
import { EVENTS } from '../../shared/channels';
import type { Envelope } from '../../shared/ipc';
import type { RoomHost } from '../../shared/room';
import type { WorkshopState } from '../../shared/workshop';
import { type RoomServer, startRoomServer } from '../web/room';
import type { ShellContext } from './context';
import { RENDERER_ROOT } from './protocol';

/**
 * This computer's IPv4 addresses on its networks (Wi-Fi, cable), then loopback: the facilitator
 * picks the one the room's phones and laptops can reach. Read anew each time: laptops change networks.
 */
export function roomHosts(): RoomHost[] {
  const hosts: RoomHost[] = [];
  for (const [name, addresses] of Object.entries(os.networkInterfaces())) {
    for (const a of addresses ?? []) if (a.family === 'IPv4' && !a.internal) hosts.push({ address: a.address, name });
  }
  hosts.push({ address: '127.0.0.1', name: 'this computer only' });
  return hosts;
}

/**
 * The desktop app's "Let participants join" switch: the same room server as browser mode's
 * `--workshop --host`, started in the main process on the address the facilitator picked, beside
 * the backend it routes to. Never on by default. Off closes it: every participant's token dies with
 * it, and the next room gets a new port, code and cookie name, so no old token can come back.
 * The room also closes by itself once no workshop session runs (ended, or another plan opened):
 * the switch lives in the workshop's strip, and a room nobody can see must not stay open.
 */
export function roomControl(ctx: ShellContext): HandlersOf<'roomGet' | 'roomHosts' | 'roomOpen' | 'roomJoining' | 'roomRemove'> {
  let room: RoomServer | null = null;
  // Switches are serialised: a double click never leaves two servers, or one nobody can close.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(run: () => Promise<T>): Promise<T> => {
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  };
  const close = async () => {
    const was = room;
    room = null;
    if (was) {
      await was.close();
      ctx.log.info('participants can no longer join');
    }
  };
  const current = (): RoomServer => {
    if (!room) throw new PlanError('not-found', 'Participants cannot join: turn on “Let participants join” first.');
    return room;
  };
  app.on('will-quit', () => void close());
  let checking: ReturnType<typeof setTimeout> | undefined;
  ctx.backend.onEvent((name) => {
    if (name !== EVENTS.planChanged || !room || checking) return;
    // Once per burst of changes (a room's worth of dots is many), not once per change.
    checking = setTimeout(() => {
      checking = undefined;
      void serial(async () => {
        if (!room) return;
        const out = (await ctx.backend.call('workshopGet', undefined)) as Envelope<WorkshopState>;
        if (out.ok && out.value.session?.state !== 'running') await close();
      });
    }, 300);
  });
  return {
    roomHosts: () => roomHosts(),
    roomGet: () => (room ? room.handlers.roomGet(undefined, null) : null),
    roomOpen: (arg) =>
      serial(async () => {
        await close();
        if (!arg.open) return null;
        if (!roomHosts().some((h) => h.address === arg.host)) throw new PlanError('rule', `${arg.host} is not an address of this computer any more: pick one from the list.`);
        try {
          room = await startRoomServer({ backend: ctx.backend, host: arg.host, root: RENDERER_ROOT });
        } catch (err) {
          throw new PlanError('io', `Participants cannot join on ${arg.host}: ${(err as Error).message}.`);
        }
        ctx.log.info(`participants can join at ${room.address}`);
        return room.handlers.roomGet(undefined, null);
      }),
    roomJoining: (arg) => current().handlers.roomJoining(arg, null),
    roomRemove: (arg) => current().handlers.roomRemove(arg, null),
  };
}
