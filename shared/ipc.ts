import { z } from 'zod';
import {
  CheckIn,
  Day,
  Dismissal,
  GateAnswer,
  Id,
  KeyResult,
  KeyResultPatch,
  KrKind,
  LIMITS,
  Level,
  Objective,
  ObjectivePatch,
  Subtree,
} from './model';
import { CHANNELS, type MenuCommand, type Method } from './channels';
import type { PlanRows } from './rows';
import { EXPORT_FORMATS, PAPERS } from './vocabulary';
import { CARRY_CHOICES, type CycleInfo, type SnapshotInfo } from './cycles';
import type { DiffReport } from './diff';
import type { WorkshopState } from './workshop';
import { WorkshopSchemas as W } from './workshopSchemas';
import type { RoomHost, RoomInfo } from './room';
import { RoomSchemas as R } from './roomSchemas';

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
/** A deleted KR with its place, the objectives that moved it (their links are cleared), and its check-ins. */
const DeletedKeyResult = z
  .object({ keyResult: KeyResult, index: Index, linked: z.array(Id).max(100_000), checkIns: z.array(CheckIn).max(1_000_000).default([]) })
  .strict();
export type DeletedKeyResult = z.infer<typeof DeletedKeyResult>;

const NoArgs = z.object({}).strict().optional();
export const MAX_IMPORT = 200_000;
const JobId = z.string().min(1).max(64);

export { EXPORT_FORMATS, PAPERS, type ExportFormat } from './vocabulary';

export const ExportRequest = z
  .object({
    jobId: JobId,
    format: z.enum(EXPORT_FORMATS),
    paper: z.enum(PAPERS).default('A4'),
    landscape: z.boolean().default(true),
    /**
     * PDF: one page, the atlas, one page unless text would fall below 6 pt, or the one-page
     * drawing as a wall poster cut into `sheets` of the paper.
     */
    mode: z.enum(['fit', 'atlas', 'auto', 'poster']).default('auto'),
    /** Poster: sheets across and down. */
    sheets: z.object({ cols: z.number().int().min(1).max(8), rows: z.number().int().min(1).max(8) }).strict().default({ cols: 2, rows: 2 }),
    /** PNG/SVG: the shape (width ÷ height) the layout aims for, the window's so it matches the screen. */
    aspect: z.number().finite().min(0.25).max(8).nullable().default(null),
    /** The focused branch, or null for the whole plan. */
    focusId: Id.nullable().default(null),
    /** PNG/SVG of the current view: the visible rectangle in layout coordinates. */
    view: z.object({ x: z.number().finite(), y: z.number().finite(), width: z.number().positive(), height: z.number().positive() }).nullable().default(null),
    appendices: z.object({ shelf: z.boolean(), findings: z.boolean() }).strict().default({ shelf: false, findings: false }),
  })
  .strict();
export type ExportRequest = z.output<typeof ExportRequest>;

/** A finished export, waiting in the backend until it is saved (`saveExport`) or downloaded. */
export interface ExportResult {
  fileName: string;
  mime: string;
  /** Its size in bytes; the bytes themselves stay in the backend. */
  bytes: number;
  /** Said to the user, e.g. that the PDF switched to the atlas because text would be too small. */
  notice?: string;
  pages?: number;
}
const NewKr = z
  .object({
    title: z.string().max(LIMITS.title),
    unit: z.string().max(LIMITS.unit).optional(),
    start: z.number().finite().optional(),
    target: z.number().finite().optional(),
    current: z.number().finite().optional(),
    kind: KrKind.optional(),
  })
  .strict();

const CheckInFields = {
  value: z.number().finite(),
  /** YYYY-MM-DD; today when left out. A check-in cannot be dated in the future. */
  date: Day.optional(),
  note: z.string().max(LIMITS.title).optional(),
  confidence: z.number().int().min(1).max(10).nullable().optional(),
};

/** A check-in write's answer: the check-in, and its key result as it stands after the write. */
export interface CheckInChange {
  checkIn: CheckIn;
  keyResult: KeyResult;
}

/** Every check-in's KR, day and value as three columns, sorted by KR then day (trend lines, as-of views). */
export interface CheckInTrends {
  kr: string[];
  date: string[];
  value: number[];
}

/** What the app is working on, and anything the user must be told before editing. */
export interface PlanStatus {
  file: string | null;
  /** Why edits are refused (write-protected, read-only by choice, damaged), or null when editable. */
  readOnly: string | null;
  /** The plan that could not be opened, in words, until the user chooses what to do. */
  problem: { file: string; code: ErrorCode; message: string; backups: number } | null;
}

/** What Undo and Redo would take back or do again, in words ("Rename “Grow revenue”"), or null. */
export interface History {
  undo: string | null;
  redo: string | null;
}

/** Told to every window and tab after the plan changed, by any of them or by another program. */
export interface PlanChangeEvent {
  /** Grows with every change; an event older than one already seen is stale. */
  version: number;
  /** True when this window or tab made the change itself (it already shows it). */
  self: boolean;
  history: History;
}

export interface BackupEntry {
  /** The backup's file name (its folder is the plan's own backup folder). */
  name: string;
  takenAt: string;
  reason: string;
  bytes: number;
}

export interface RecoveryReport {
  file: string;
  objectives: { saved: number; found: number | null };
  keyResults: { saved: number; found: number | null };
}

const SnapshotName = z.string().min(1).max(120);
const CycleName = z.string().min(1).max(80);
const Comparison = z.object({ from: SnapshotName, to: SnapshotName.default('now') }).strict();

export const contract = {
  getPlan: channel<PlanRows>()('getPlan', NoArgs),
  createObjective: channel<{ objective: Objective; keyResults: KeyResult[] }>()(
    'createObjective',
    z
      .object({
        parentId: Id.nullable(),
        index: Index.optional(),
        level: Level.optional(),
        title: z.string().max(LIMITS.title),
        /** Set when the item is created already answered, e.g. a health metric added to the shelf. */
        gate: GateAnswer.optional(),
        keyResults: z.array(NewKr).max(20).optional(),
      })
      .strict(),
  ),
  /**
   * `expect`: the values the edit was based on, for the fields it changes. When the plan holds
   * others (another window or tab changed them since), the write is refused with code 'stale'.
   */
  updateObjective: channel<Objective>()(
    'updateObjective',
    z.object({ id: Id, patch: ObjectivePatch, expect: ObjectivePatch.optional() }).strict(),
  ),
  /** Where it was, and the levels its branch took at the new place. */
  moveObjective: channel<{ parentId: string | null; index: number; levels: Record<string, Level> }>()(
    'moveObjective',
    z.object({ id: Id, parentId: Id.nullable(), index: Index }).strict(),
  ),
  deleteObjective: channel<Subtree>()('deleteObjective', z.object({ id: Id }).strict()),
  createKeyResult: channel<KeyResult>()('createKeyResult', NewKr.extend({ objectiveId: Id, index: Index.optional() }).strict()),
  updateKeyResult: channel<KeyResult>()('updateKeyResult', z.object({ id: Id, patch: KeyResultPatch, expect: KeyResultPatch.optional() }).strict()),
  deleteKeyResult: channel<DeletedKeyResult>()('deleteKeyResult', z.object({ id: Id }).strict()),
  checkInTrends: channel<CheckInTrends>()('checkInTrends', NoArgs),
  listCheckIns: channel<CheckIn[]>()('listCheckIns', z.object({ keyResultId: Id }).strict()),
  /** `expect.current`: the value the check-in was typed over (a stale one is refused, as for edits). */
  addCheckIn: channel<CheckInChange>()(
    'addCheckIn',
    z.object({ keyResultId: Id, ...CheckInFields, expect: z.object({ current: z.number().finite() }).strict().optional() }).strict(),
  ),
  updateCheckIn: channel<CheckInChange>()(
    'updateCheckIn',
    z.object({ id: Id, patch: z.object({ ...CheckInFields, value: CheckInFields.value.optional() }).strict() }).strict(),
  ),
  deleteCheckIn: channel<CheckInChange>()('deleteCheckIn', z.object({ id: Id }).strict()),
  dismissFinding: channel<Dismissal>()(
    'dismissFinding',
    z.object({ subjectId: Id, rule: z.string().min(1).max(40), reason: z.string().max(LIMITS.description) }).strict(),
  ),
  undismissFinding: channel<null>()('undismissFinding', z.object({ subjectId: Id, rule: z.string().min(1).max(40) }).strict()),
  importPlan: channel<{ objectives: Objective[]; keyResults: KeyResult[] }>()(
    'importPlan',
    z
      .object({
        /** Where the imported top-level objectives go: under this objective, or the top level. */
        parentId: Id.nullable(),
        objectives: z.array(Objective).min(1).max(MAX_IMPORT),
        keyResults: z.array(KeyResult).max(MAX_IMPORT * 20),
        dismissals: z.array(Dismissal).max(MAX_IMPORT * 20).default([]),
      })
      .strict(),
  ),
  /** Undo and redo of the newest command in the plan file's history, whichever window made it. */
  undo: channel<{ label: string; history: History }>()('undo', NoArgs),
  redo: channel<{ label: string; history: History }>()('redo', NoArgs),
  history: channel<History>()('history', NoArgs),
  exportPlan: channel<ExportResult>()('exportPlan', ExportRequest),
  exportProgress: channel<{ done: number; total: number } | null>()('exportProgress', z.object({ jobId: JobId }).strict()),
  cancelExport: channel<null>()('cancelExport', z.object({ jobId: JobId }).strict()),
  saveExport: channel<{ saved: string | null }>()(
    'saveExport',
    z.object({ jobId: JobId, fileName: z.string().min(1).max(255), open: z.boolean() }).strict(),
  ),
  planStatus: channel<PlanStatus>()('planStatus', NoArgs),
  listBackups: channel<{ plan: string; folder: string; backups: BackupEntry[] }>()('listBackups', NoArgs),
  restoreBackup: channel<PlanStatus>()('restoreBackup', z.object({ name: z.string().min(1).max(255) }).strict()),
  recoverPlan: channel<RecoveryReport>()('recoverPlan', NoArgs),
  openReadOnly: channel<PlanStatus>()('openReadOnly', NoArgs),
  /** The plan's snapshots and cycles (not to be confused with `history`, what Undo and Redo would do). */
  listSnapshots: channel<{ snapshots: SnapshotInfo[]; cycles: CycleInfo[] }>()('listSnapshots', NoArgs),
  /** `kind` says who asked: the user, a workshop session's record, or another caller of the API. */
  takeSnapshot: channel<SnapshotInfo>()('takeSnapshot', z.object({ name: SnapshotName, kind: z.enum(['user', 'workshop', 'api']).default('user') }).strict()),
  readSnapshot: channel<PlanRows>()('readSnapshot', z.object({ name: SnapshotName }).strict()),
  /** `from` and `to`: snapshot names, or "now" for the plan as it is. */
  comparePlan: channel<DiffReport>()('comparePlan', Comparison),
  exportComparison: channel<ExportResult>()(
    'exportComparison',
    Comparison.extend({ jobId: JobId, format: z.enum(['pdf', 'json']), paper: z.enum(PAPERS).default('A4'), landscape: z.boolean().default(false) }).strict(),
  ),
  closeCycle: channel<CycleInfo>()('closeCycle', z.object({ name: CycleName.optional() }).strict()),
  startNextCycle: channel<CycleInfo>()(
    'startNextCycle',
    z
      .object({
        name: CycleName,
        carry: z.object({ default: z.enum(CARRY_CHOICES), branches: z.record(Id, z.enum(CARRY_CHOICES)).default({}) }).strict(),
      })
      .strict(),
  ),
  // Workshop mode: every write answers with the whole workshop state, so each screen redraws from one source.
  workshopGet: channel<WorkshopState>()('workshopGet', NoArgs),
  workshopStart: channel<WorkshopState>()('workshopStart', W.start),
  workshopTimer: channel<WorkshopState>()('workshopTimer', W.timer),
  workshopAddStickies: channel<WorkshopState>()('workshopAddStickies', W.addStickies),
  workshopMove: channel<WorkshopState>()('workshopMove', W.move),
  workshopAnswer: channel<WorkshopState>()('workshopAnswer', W.answer),
  workshopAccept: channel<{ objective: Objective; state: WorkshopState }>()('workshopAccept', W.accept),
  workshopVote: channel<WorkshopState>()('workshopVote', W.vote),
  workshopOpenRound: channel<WorkshopState>()('workshopOpenRound', W.openRound),
  workshopScore: channel<WorkshopState>()('workshopScore', W.score),
  workshopReveal: channel<WorkshopState>()('workshopReveal', W.reveal),
  workshopPresent: channel<WorkshopState>()('workshopPresent', W.present),
  workshopEnd: channel<WorkshopState>()('workshopEnd', W.end),
  /** The one-page "what we decided" PDF of a session. */
  workshopRecord: channel<ExportResult>()('workshopRecord', W.record),
  /** Desktop only: opens (or closes) the audience window on the second display. */
  presentWindow: channel<{ display: string }>()('presentWindow', W.presentWindow),
  /**
   * The room participants join from their own devices, never by the plan's backend: the desktop
   * shell's "Let participants join" switch (electron/shell/room.ts), or browser mode's server when
   * started with --workshop --host. Null while nobody can join.
   */
  roomGet: channel<RoomInfo | null>()('roomGet', R.get),
  /** Desktop only: this computer's addresses the room can be served on (its networks, and loopback). */
  roomHosts: channel<RoomHost[]>()('roomHosts', R.hosts),
  /** Desktop only: the switch. Off closes the room and every participant's token with it. */
  roomOpen: channel<RoomInfo | null>()('roomOpen', R.open),
  roomJoining: channel<RoomInfo>()('roomJoining', R.joining),
  roomRemove: channel<RoomInfo>()('roomRemove', R.remove),
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
  | 'cancelled'
  | 'too-large'
  /** The file cannot be trusted: the user chooses restore, recover or read-only. */
  | 'damaged'
  | 'read-only'
  | 'disk-full'
  | 'locked'
  /** A domain rule refused the write (the message names the rule). */
  | 'rule'
  /** The edit was based on a value another window, tab or program has changed since. */
  | 'stale'
  | 'internal';

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

/** What the renderer sees as `window.cascade`, whether the preload or the browser-mode client built it. */
export type CascadeApi = {
  [K in Method]: (arg: Input<K>) => Promise<Envelope<Output<K>>>;
} & {
  /**
   * After every change to the plan (with the event), after another plan was opened (without), or
   * `'connected'` when a browser tab's change feed has (re)connected: changes made while it was not
   * connected were not heard, so a screen that read before then reads again.
   */
  onPlanChanged(listener: (change?: PlanChangeEvent | 'connected') => void): () => void;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};
