import { z } from 'zod';
import { Id, LIMITS } from './model';
import { AGENDA_TEMPLATES, SO_WHAT } from './workshop';

/**
 * Payloads of workshop mode's channels. Who acted travels with every write that a participant
 * will later make from their own device (stickies, dots, confidence): the facilitator's screen
 * sends "facilitator" or "room" today; a participant's token will map to its own identity.
 */
export const Actor = z
  .string()
  .regex(/^[A-Za-z0-9:_-]{1,64}$/, 'who acted must be a short name of letters, digits, “:”, “_” or “-”');

const Session = { sessionId: Id };
const TEMPLATE_NAMES = AGENDA_TEMPLATES.map((t) => t.name) as [string, ...string[]];

export const WorkshopSchemas = {
  start: z
    .object({
      template: z.enum(TEMPLATE_NAMES),
      title: z.string().max(LIMITS.title).optional(),
      dotsPerPerson: z.number().int().min(1).max(20).default(3),
    })
    .strict(),
  timer: z.object({ ...Session, action: z.enum(['start', 'pause', 'add5', 'next', 'previous']) }).strict(),
  addStickies: z.object({ ...Session, texts: z.array(z.string().max(LIMITS.title * 2)).min(1).max(500), author: Actor }).strict(),
  move: z.object({ ...Session, stickyIds: z.array(Id).min(1).max(500), to: z.enum(['parking', 'so_what']), by: Actor }).strict(),
  answer: z
    .object({ ...Session, stickyIds: z.array(Id).min(1).max(500), answer: z.enum(SO_WHAT.map((q) => q.answer) as [string, ...string[]]), by: Actor })
    .strict(),
  accept: z.object({ ...Session, stickyIds: z.array(Id).min(1).max(100), parentId: Id, title: z.string().max(LIMITS.title).optional(), by: Actor }).strict(),
  vote: z.object({ ...Session, subjectId: Id, voter: Actor, dots: z.number().int().min(0).max(10_000) }).strict(),
  openRound: z.object({ ...Session, subjectId: Id }).strict(),
  score: z.object({ ...Session, roundId: Id, voter: Actor, score: z.number().int().min(1).max(5) }).strict(),
  reveal: z.object({ ...Session, roundId: Id }).strict(),
  present: z.object({ ...Session, id: Id.nullable(), branch: z.boolean(), chrome: z.boolean() }).strict(),
  end: z.object(Session).strict(),
  /** `jobId`: the finished PDF waits in the backend under it, like any export, until saved or downloaded. */
  record: z.object({ ...Session, jobId: z.string().min(1).max(64) }).strict(),
  presentWindow: z.object({ open: z.boolean() }).strict(),
} as const;
