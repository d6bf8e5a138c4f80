import type { Envelope } from '../../shared/ipc';
import type { PlanProblem } from '../session';
import type { ParticipantRequest } from './participant';

/**
 * The backend's wire, the same over a worker thread (browser mode, CLI) and Electron's
 * utilityProcess (desktop): numbered requests, one answer per number, and pushes.
 *
 * - `call`: a renderer's request, routed unchanged (method + unknown payload); the backend parses
 *   it against shared/ipc.ts. Routers only ever produce this kind from what a page sends.
 * - `host`: what only the process hosting the window or the server may ask (open a file the OS
 *   gave it, write a finished export to a path the user chose, close on quit).
 * - `event`: pushed by the backend unasked (e.g. the plan changed); routers forward it to every
 *   window or page.
 */
export type ToBackend =
  /** `json`: answer with the envelope as JSON text (browser mode sends it on as the response body). */
  /** `origin`: the window or tab that asked, so the change feed can tell it the change was its own. */
  | { type: 'call'; id: number; method: string; payload: unknown; origin?: string | null; json?: boolean }
  /** Workshop participants' requests (browser mode's room server), in one transaction; only their few channels answer. */
  | { type: 'participants'; id: number; calls: ParticipantRequest[] }
  | { type: 'host'; id: number; op: HostOp; args: unknown };

export type FromBackend =
  | { type: 'answer'; id: number; envelope: Envelope<unknown> }
  | { type: 'answer'; id: number; json: string }
  | { type: 'event'; name: string; data?: unknown };

/** What the shell shows around the page: the title, the recent list, a plan that failed to open. */
export interface ShellState {
  file: string | null;
  problem: PlanProblem | null;
  recent: string[];
}

/** Host operations: arguments and answers. */
export interface HostOps {
  /** Opens the startup plan (`file`, else the last one, else the default); never fails for the plan's own reasons. */
  start: { args: { dataDir: string; file?: string }; out: ShellState };
  /**
   * Opens one plan (the CLI: read-only for an export). `exportsInline`: run exports in the backend's
   * own thread, for a caller with nothing else to keep answering (a second thread only costs time).
   */
  open: { args: { dataDir: string; file: string; readOnly?: boolean; exportsInline?: boolean }; out: ShellState };
  openOrOffer: { args: { file: string }; out: ShellState };
  create: { args: { file: string; example?: boolean }; out: ShellState };
  saveAs: { args: { file: string }; out: ShellState };
  clearRecent: { args: Record<string, never>; out: ShellState };
  /** Reads the plan's rows now, so the window's first request finds them ready. */
  warm: { args: Record<string, never>; out: null };
  /** Writes a finished export to `file` (atomically); the bytes are then forgotten. */
  writeExport: { args: { jobId: string; file: string }; out: { file: string } };
  /** Hands a finished export over for a browser download; the bytes are then forgotten. */
  takeExport: { args: { jobId: string }; out: { fileName: string; mime: string; bytes: Uint8Array } };
  /** Closes the plan (checkpointed, nothing left beside it); before the process ends. */
  close: { args: Record<string, never>; out: null };
}
export type HostOp = keyof HostOps;
export const HOST_OPS: readonly HostOp[] = ['start', 'open', 'openOrOffer', 'create', 'saveAs', 'clearRecent', 'warm', 'writeExport', 'takeExport', 'close'];

