import { PlanError } from '../db/errors';
import type { HandlersOf } from './context';

type RoomMethod = 'roomGet' | 'roomHosts' | 'roomOpen' | 'roomJoining' | 'roomRemove';

/**
 * The room is never the plan's backend's to run: the desktop shell (electron/shell/room.ts) or
 * browser mode's server (electron/web/server.ts) answers these channels before they reach it.
 * A request that does get here comes from browser mode, whose room only the command line opens.
 */
export function roomHandlers(): HandlersOf<RoomMethod> {
  const refuse = () => {
    throw new PlanError('not-found', 'Participants cannot join: start browser mode with --workshop --host <address>.');
  };
  return { roomGet: refuse, roomHosts: refuse, roomOpen: refuse, roomJoining: refuse, roomRemove: refuse };
}
