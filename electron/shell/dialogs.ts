import fs from 'node:fs';
import path from 'node:path';
import { app, dialog, shell } from 'electron';
import { EVENTS } from '../../shared/channels';
import type { Output, ParsedInput } from '../../shared/ipc';
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

/** Runs a file operation, then tells the renderer to reload and refreshes the title, menu and OS recents. */
export function fileAction(ctx: ShellContext, run: () => void): void {
  try {
    run();
    if (ctx.plans.file) {
      app.addRecentDocument(ctx.plans.file);
      ctx.log.info(`opened ${ctx.plans.file}`);
    }
    send(ctx, EVENTS.planChanged);
  } catch (err) {
    showError(ctx, err);
  }
  ctx.refreshChrome();
}

/** Opens a plan given by the OS (argument, second instance, macOS open-file, a file dropped on the window). */
export function openFromOs(ctx: ShellContext, file: string): void {
  fileAction(ctx, () => ctx.plans.openOrOffer(file));
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
  if (!canceled && filePath) fileAction(ctx, () => ctx.plans.create(filePath));
}

export async function openPlan(ctx: ShellContext): Promise<void> {
  const { canceled, filePaths } = await dialog.showOpenDialog({ title: 'Open plan', properties: ['openFile'], filters: PLAN_FILTERS });
  const [file] = filePaths;
  // A damaged plan is not an error box: the window offers restore / recover / read-only.
  if (!canceled && file) fileAction(ctx, () => ctx.plans.openOrOffer(file));
}

export async function saveAs(ctx: ShellContext): Promise<void> {
  const { canceled, filePath } = await dialog.showSaveDialog({
    title: 'Save a copy as',
    defaultPath: ctx.plans.file ?? undefined,
    filters: PLAN_FILTERS,
  });
  if (!canceled && filePath) fileAction(ctx, () => ctx.plans.saveAs(filePath));
}

export function clearRecent(ctx: ShellContext): void {
  ctx.plans.clearRecent();
  app.clearRecentDocuments();
  ctx.refreshChrome();
}

/** Only the kinds of file the app itself writes are ever handed to the OS to open. */
const OPENABLE = new Set<string>(EXPORT_FORMATS.map((f) => `.${f}`));

/** Saves an export where the user chooses, through the native dialog, then opens it if asked. */
export async function saveExport(ctx: ShellContext, { fileName, base64, open }: ParsedInput<'saveExport'>): Promise<Output<'saveExport'>> {
  const { canceled, filePath } = await dialog.showSaveDialog({
    title: 'Save export',
    defaultPath: path.join(app.getPath('documents'), path.basename(fileName)),
  });
  if (canceled || !filePath) return { saved: null };
  try {
    const tmp = `${filePath}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, Buffer.from(base64, 'base64'));
    fs.renameSync(tmp, filePath);
  } catch (err) {
    throw new PlanError('io', `Could not save “${path.basename(filePath)}”: ${(err as Error).message}`);
  }
  ctx.log.info(`exported ${filePath}`);
  if (open && OPENABLE.has(path.extname(filePath).toLowerCase())) void shell.openPath(filePath);
  return { saved: filePath };
}
