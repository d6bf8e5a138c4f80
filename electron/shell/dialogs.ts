import path from 'node:path';
import { app, dialog, shell } from 'electron';
import { EVENTS } from '../../shared/channels';
import type { Envelope, Output, ParsedInput } from '../../shared/ipc';
import type { ShellState } from '../api/protocol';
import { EXPORT_FORMATS } from '../../shared/vocabulary';
import { PlanError } from '../db/errors';
import { APP_NAME, PLAN_EXTENSION, defaultPlanPath } from '../paths';
import { type ShellContext, send } from './context';

const PLAN_FILTERS = [{ name: 'Cascade plan', extensions: [PLAN_EXTENSION.slice(1)] }];

export function showError(ctx: ShellContext, err: unknown): void {
  const message = err instanceof PlanError ? err.message : `Something went wrong: ${(err as Error).message}`;
  ctx.log.error(message, err instanceof PlanError ? undefined : err);
  void dialog.showMessageBox({ type: 'error', title: APP_NAME, message, buttons: ['OK'] });
}

/** What the backend said about the plan after a file operation: kept for the title and menu. */
export function noteState(ctx: ShellContext, state: ShellState): void {
  ctx.state = state;
  if (state.file) app.addRecentDocument(state.file);
}

/**
 * Runs a file operation in the backend, then tells the renderer to reload and refreshes the title,
 * menu and OS recents; a refusal is shown in its own words.
 */
export async function fileAction(ctx: ShellContext, run: Promise<Envelope<ShellState>>): Promise<void> {
  const answer = await run;
  if (answer.ok) {
    noteState(ctx, answer.value);
    if (answer.value.file) ctx.log.info(`opened ${answer.value.file}`);
    send(ctx, EVENTS.planChanged);
  } else showError(ctx, new PlanError(answer.error.code, answer.error.message));
  ctx.refreshChrome();
}

/** Opens a plan given by the OS (argument, second instance, macOS open-file, a file dropped on the window). */
export function openFromOs(ctx: ShellContext, file: string): void {
  void fileAction(ctx, ctx.backend.host('openOrOffer', { file }));
  const win = ctx.mainWindow;
  if (win?.isMinimized()) win.restore();
  win?.focus();
}

export async function newPlan(ctx: ShellContext): Promise<void> {
  const { canceled, filePath } = await dialog.showSaveDialog({
    title: 'New plan',
    defaultPath: path.join(path.dirname(defaultPlanPath(ctx.dataDir)), `Untitled${PLAN_EXTENSION}`),
    filters: PLAN_FILTERS,
  });
  if (!canceled && filePath) await fileAction(ctx, ctx.backend.host('create', { file: filePath }));
}

export async function openPlan(ctx: ShellContext): Promise<void> {
  const { canceled, filePaths } = await dialog.showOpenDialog({ title: 'Open plan', properties: ['openFile'], filters: PLAN_FILTERS });
  const [file] = filePaths;
  // A damaged plan is not an error box: the window offers restore / recover / read-only.
  if (!canceled && file) await fileAction(ctx, ctx.backend.host('openOrOffer', { file }));
}

export async function saveAs(ctx: ShellContext): Promise<void> {
  const { canceled, filePath } = await dialog.showSaveDialog({
    title: 'Save a copy as',
    defaultPath: ctx.state.file ?? undefined,
    filters: PLAN_FILTERS,
  });
  if (!canceled && filePath) await fileAction(ctx, ctx.backend.host('saveAs', { file: filePath }));
}

export async function clearRecent(ctx: ShellContext): Promise<void> {
  const answer = await ctx.backend.host('clearRecent', {});
  if (answer.ok) ctx.state = answer.value;
  app.clearRecentDocuments();
  ctx.refreshChrome();
}

/** Only the kinds of file the app itself writes are ever handed to the OS to open. */
const OPENABLE = new Set<string>(EXPORT_FORMATS.map((f) => `.${f}`));

/**
 * Asks where a finished export goes, through the native dialog; the backend, which holds it,
 * writes it there. Then opens it if asked.
 */
export async function saveExport(ctx: ShellContext, { jobId, fileName, open }: ParsedInput<'saveExport'>): Promise<Output<'saveExport'>> {
  const { canceled, filePath } = await dialog.showSaveDialog({
    title: 'Save export',
    defaultPath: path.join(app.getPath('documents'), path.basename(fileName)),
  });
  if (canceled || !filePath) return { saved: null };
  const written = await ctx.backend.host('writeExport', { jobId, file: filePath });
  if (!written.ok) throw new PlanError(written.error.code, written.error.message);
  ctx.log.info(`exported ${filePath}`);
  if (open && OPENABLE.has(path.extname(filePath).toLowerCase())) void shell.openPath(filePath);
  return { saved: filePath };
}
