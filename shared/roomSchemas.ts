import { z } from 'zod';
import { PARTICIPANT_ID } from './participant';

/** Only the addresses the facilitator picks from: IPv4, as the room's phones and laptops reach them. */
const Ipv4 = z.ipv4();

/** Payloads of the room's channels (shared/room.ts says what the room is). */
export const RoomSchemas = {
  get: z.object({}).strict().optional(),
  hosts: z.object({}).strict().optional(),
  /** The desktop switch: on, on one of this computer's addresses, or off (every participant's token dies). */
  open: z.discriminatedUnion('open', [z.object({ open: z.literal(true), host: Ipv4 }).strict(), z.object({ open: z.literal(false) }).strict()]),
  joining: z.object({ open: z.boolean() }).strict(),
  remove: z.object({ id: z.string().regex(PARTICIPANT_ID) }).strict(),
} as const;
