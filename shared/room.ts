/**
 * The workshop room as the facilitator manages it: who joined from their own devices, where they
 * join, and the desktop app's "Let participants join" switch. Pure TypeScript, without zod (the
 * renderer's first screen loads this; the channels' schemas are in roomSchemas.ts). The room
 * itself (a server) lives in electron/web/room.ts, the switch in electron/shell/room.ts.
 */

/** What the facilitator sees of the room. */
export interface RoomInfo {
  /** The participant page's address, e.g. http://192.168.1.20:52100/join. */
  address: string;
  code: string;
  joining: boolean;
  /** True when the room is served over HTTPS (`--cert`/`--key`): what participants send is encrypted. */
  secure: boolean;
  participants: { id: string; name: string; joinedAt: string }[];
}

/** An address of this computer that the room can be served on. */
export interface RoomHost {
  address: string;
  /** The network it is on, in words ("wlan0", "this computer only"). */
  name: string;
}

/** The address a participant opens (or scans): the page with the code filled in. */
export const joinLink = (room: Pick<RoomInfo, 'address' | 'code'>): string => `${room.address}?code=${room.code}`;
