import path from 'node:path';
import { BrowserWindow, app, session } from 'electron';
import { PLAN_EXTENSION } from '../paths';
import type { ShellContext } from './context';
import { PlanError } from '../db/errors';
import { noteState, openFromOs, showError } from './dialogs';
import { registerIpc } from './ipc';
import { serveRenderer } from './protocol';
import { createWindow } from './window';

/** The plan named on a command line (`cascade-planner plan.cascade`, or the OS opening a file). */
export function planArgument(argv: readonly string[], cwd: string): string | null {
  const file = argv.slice(1).find((a) => !a.startsWith('-') && a.toLowerCase().endsWith(PLAN_EXTENSION));
  return file ? path.resolve(cwd, file) : null;
}

/** Single instance, OS file opening, the window's life, and a clean close of the plan on quit. */
export function runLifecycle(ctx: ShellContext): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // macOS sends open-file before the app is ready when a document launches it.
  let pending = planArgument(process.argv, process.cwd());
  let ready = false;
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (ready) openFromOs(ctx, file);
    else pending = file;
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = planArgument(argv, workingDirectory);
    if (file) openFromOs(ctx, file);
    else {
      if (ctx.mainWindow?.isMinimized()) ctx.mainWindow.restore();
      ctx.mainWindow?.focus();
    }
  });

  // No navigation, no new windows, no webviews, no permissions: the app is one page.
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-redirect', (e) => e.preventDefault());
    contents.on('will-attach-webview', (e) => e.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      ctx.log.info(`refused a new window for ${url}`);
      return { action: 'deny' };
    });
  });

  void app.whenReady().then(() => {
    ctx.log.info(`started ${app.getVersion()}`);
    session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => {
      ctx.log.info(`refused permission ${permission}`);
      callback(false);
    });
    serveRenderer();
    registerIpc(ctx);
    // A plan that cannot open (the one asked for, or the last one) is never swapped silently for
    // another: it becomes the session's problem, and the window offers restore / recover / read-only.
    // The window is created meanwhile; its requests wait in the backend's queue behind the open.
    const started = ctx.backend.host('start', { dataDir: ctx.dataDir, ...(pending ? { file: pending } : {}) }).then((answer) => {
      if (answer.ok) noteState(ctx, answer.value);
      else showError(ctx, new PlanError(answer.error.code, answer.error.message));
      ready = true;
      ctx.refreshChrome();
    });
    createWindow(ctx);
    // Read the plan while the window is still loading, so its first request finds it ready.
    void started.then(() => ctx.backend.host('warm', {}));
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow(ctx);
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // The plan is closed in the backend (checkpointed, nothing left beside it) before the app ends.
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void ctx.backend.stop().finally(() => {
      closed = true;
      ctx.log.info('quit');
      app.quit();
    });
  });
}
