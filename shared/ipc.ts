import { z } from 'zod';
import {
  Id,
  KeyResult,
  KeyResultPatch,
  KrKind,
  LIMITS,
  Level,
  type Objective,
  ObjectivePatch,
  type PlanSnapshot,
  Subtree,
} from './model';
import { CHANNELS, type MenuCommand, type Method } from './channels';

export { CHANNELS, EVENTS, METHODS, MENU_COMMANDS, isMenuCommand, type MenuCommand, type Method } from './channels';

/**
 * The one contract between the renderer and the backend. Every channel names its payload schema
 * (parsed in the backend from `unknown`) and its result type; the preload, the browser-mode client,
 * the Electron registration and the HTTP server are all generated from this map.
 */
function channel<Out>() {
  return <M extends Method, In extends z.ZodType>(method: M, input: In) => ({
    name: CHANNELS[method],
    input,
    out: undefined as unknown as Out,
  });
}

const Index = z.number().int().min(0).max(1_000_000);
/** A deleted KR with what undo needs to put it back: its place, and the objectives that moved it. */
const DeletedKeyResult = z.object({ keyResult: KeyResult, index: Index, linked: z.array(Id).max(100_000) }).strict();
export type DeletedKeyResult = z.infer<typeof DeletedKeyResult>;

const NoArgs = z.object({}).strict().optional();

export const contract = {
  getPlan: channel<PlanSnapshot>()('getPlan', NoArgs),
  createObjective: channel<Objective>()(
    'createObjective',
    z
      .object({
        parentId: Id.nullable(),
        index: Index.optional(),
        level: Level.optional(),
        title: z.string().max(LIMITS.title),
      })
      .strict(),
  ),
  updateObjective: channel<Objective>()(
    'updateObjective',
    z.object({ id: Id, patch: ObjectivePatch }).strict(),
  ),
  moveObjective: channel<{ parentId: string | null; index: number }>()(
    'moveObjective',
    z.object({ id: Id, parentId: Id.nullable(), index: Index }).strict(),
  ),
  deleteObjective: channel<Subtree>()('deleteObjective', z.object({ id: Id }).strict()),
  restoreSubtree: channel<null>()('restoreSubtree', Subtree),
  createKeyResult: channel<KeyResult>()(
    'createKeyResult',
    z
      .object({
        objectiveId: Id,
        index: Index.optional(),
        title: z.string().max(LIMITS.title),
        unit: z.string().max(LIMITS.unit).optional(),
        start: z.number().finite().optional(),
        target: z.number().finite().optional(),
        current: z.number().finite().optional(),
        kind: KrKind.optional(),
      })
      .strict(),
  ),
  updateKeyResult: channel<KeyResult>()('updateKeyResult', z.object({ id: Id, patch: KeyResultPatch }).strict()),
  deleteKeyResult: channel<DeletedKeyResult>()('deleteKeyResult', z.object({ id: Id }).strict()),
  restoreKeyResult: channel<null>()('restoreKeyResult', DeletedKeyResult),
} as const satisfies Record<Method, unknown>;

export type Contract = typeof contract;
export type Input<K extends Method> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends Method> = z.output<Contract[K]['input']>;
export type Output<K extends Method> = Contract[K]['out'];

export type ErrorCode =
  | 'invalid-payload'
  | 'not-found'
  | 'cycle'
  | 'newer-version'
  | 'not-a-plan'
  | 'io'
  | 'internal';

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

/** What the renderer sees as `window.cascade`, whether the preload or the browser-mode client built it. */
export type CascadeApi = {
  [K in Method]: (arg: Input<K>) => Promise<Envelope<Output<K>>>;
} & {
  onPlanChanged(listener: () => void): () => void;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};
