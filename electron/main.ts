import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, Menu, type MenuItemConstructorOptions, app, dialog, ipcMain, net, protocol, session, shell } from 'electron';
import { CHANNELS, EVENTS, METHODS, type MenuCommand } from '../shared/channels';
import { CONTENT_SECURITY_POLICY } from './csp';
import { PlanError } from './db/errors';
import { type ShellServices, createHandlers, dispatch } from './handlers';
import { APP_NAME, PLAN_EXTENSION, defaultPlanPath, planName } from './paths';
import { PlanSession } from './session';

const SCHEME = 'app';
const RENDERER_ROOT = path.join(__dirname, '..', 'renderer');
const ENTRY = `${SCHEME}://cascade/index.html`;
const PLAN_FILTERS = [{ name: 'Cascade plan', extensions: [PLAN_EXTENSION.slice(1)] }];

// A privileged custom scheme instead of file:// gives the page a real origin and lets every
// response carry the CSP header.
protocol.registerSchemesAsPrivileged([{ scheme: SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } }]);

const plans = new PlanSession(app.getPath('userData'));
const trustedSenders = new Set<number>();
let mainWindow: BrowserWindow | null = null;

function send(channel: string, ...args: unknown[]): void {
  mainWindow?.webContents.send(channel, ...args);
}

function showError(err: unknown): void {
  const message = err instanceof PlanError ? err.message : `Something went wrong: ${(err as Error).message}`;
  void dialog.showMessageBox({ type: 'error', title: APP_NAME, message, buttons: ['OK'] });
}

/** Runs a file operation, then tells the renderer to reload and refreshes the title and menu. */
function fileAction(run: () => void): void {
  try {
    run();
    send(EVENTS.planChanged);
  } catch (err) {
    showError(err);
  }
  refreshChrome();
}

async function newPlan(): Promise<void> {
  const { canceled, filePath } = await dialog.showSaveDialog({
    title: 'New plan',
    defaultPath: path.join(path.dirname(defaultPlanPath(app.getPath('userData'))), `Untitled${PLAN_EXTENSION}`),
    filters: PLAN_FILTERS,
  });
  if (!canceled && filePath) fileAction(() => plans.create(filePath));
}

async function openPlan(): Promise<void> {
  const { canceled, filePaths } = await dialog.showOpenDialog({ title: 'Open plan', properties: ['openFile'], filters: PLAN_FILTERS });
  const [file] = filePaths;
  if (!canceled && file) fileAction(() => plans.open(file));
}

async function saveAs(): Promise<void> {
  const { canceled, filePath } = await dialog.showSaveDialog({
    title: 'Save a copy as',
    defaultPath: plans.file ?? undefined,
    filters: PLAN_FILTERS,
  });
  if (!canceled && filePath) fileAction(() => plans.saveAs(filePath));
}

const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
  label,
  accelerator,
  // The renderer owns these keys (so they work identically in browser mode); the menu only shows them.
  registerAccelerator: false,
  click: () => send(EVENTS.menuCommand, cmd),
});

function refreshChrome(): void {
  const recent = plans.recent().filter((f) => fs.existsSync(f));
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New Plan…', accelerator: 'CmdOrCtrl+N', click: () => void newPlan() },
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => void openPlan() },
        {
          label: 'Open Recent',
          submenu: recent.length
            ? recent.map((f) => ({ label: f, click: () => fileAction(() => plans.open(f)) }))
            : [{ label: 'No recent plans', enabled: false }],
        },
        { type: 'separator' },
        { label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', click: () => void saveAs() },
        { type: 'separator' },
        command('Import…', 'import', 'CmdOrCtrl+I'),
        command('Export…', 'export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        process.platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        command('Undo', 'undo', 'CmdOrCtrl+Z'),
        command('Redo', 'redo', 'CmdOrCtrl+Shift+Z'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { type: 'separator' },
        command('Add Child Objective', 'add-child', 'Tab'),
        command('Add Sibling Objective', 'add-sibling', 'Enter'),
        command('Add Key Result', 'add-kr', 'CmdOrCtrl+K'),
        command('Rename', 'rename', 'F2'),
        command('Delete', 'delete', 'Delete'),
      ],
    },
    {
      label: '&View',
      submenu: [
        command('Fit to View', 'fit-view', 'CmdOrCtrl+0'),
        command('Focus Branch', 'focus-branch', 'F'),
        command('Filter…', 'toggle-filters', '/'),
        { type: 'separator' },
        command('Inspector', 'show-inspector', 'I'),
        command('Coach', 'show-coach', 'C'),
        command('Health & Hygiene Shelf', 'show-shelf', 'H'),
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  mainWindow?.setTitle(plans.file ? `${planName(plans.file)} — ${APP_NAME}` : APP_NAME);
}

/** Saves an export where the user chooses, through the native dialog, then opens it if asked. */
const shellServices: ShellServices = {
  async saveExport({ fileName, base64, open }) {
    const { canceled, filePath } = await dialog.showSaveDialog({
      title: 'Save export',
      defaultPath: path.join(app.getPath('documents'), fileName),
    });
    if (canceled || !filePath) return { saved: null };
    try {
      const tmp = `${filePath}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, Buffer.from(base64, 'base64'));
      fs.renameSync(tmp, filePath);
    } catch (err) {
      throw new PlanError('io', `Could not save “${path.basename(filePath)}”: ${(err as Error).message}`);
    }
    if (open) void shell.openPath(filePath);
    return { saved: filePath };
  },
};

function registerIpc(): void {
  const handlers = createHandlers(plans, shellServices);
  for (const method of METHODS) {
    ipcMain.handle(CHANNELS[method], (event, payload: unknown) => {
      // Only our own window, showing our own page, may call the backend.
      const url = event.senderFrame?.url ?? '';
      if (!trustedSenders.has(event.sender.id) || !url.startsWith(`${SCHEME}://cascade/`)) {
        return { ok: false, error: { code: 'invalid-payload', message: 'Refused: unknown sender.' } };
      }
      return dispatch(handlers, method, payload);
    });
  }
}

function serveRenderer(): void {
  protocol.handle(SCHEME, async (request) => {
    const { pathname } = new URL(request.url);
    const file = path.resolve(RENDERER_ROOT, decodeURIComponent(pathname.slice(1)) || 'index.html');
    if (!file.startsWith(RENDERER_ROOT + path.sep)) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}

function createWindow(): void {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 720,
    minHeight: 480,
    backgroundColor: '#f6f7fb',
    show: false,
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  const id = win.webContents.id;
  trustedSenders.add(id);
  win.on('closed', () => {
    trustedSenders.delete(id);
    if (mainWindow === win) mainWindow = null;
  });
  win.once('ready-to-show', () => win.show());
  mainWindow = win;
  refreshChrome();
  void win.loadURL(ENTRY);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  // No navigation, no new windows, no webviews, no permissions: the app is one page.
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (e) => e.preventDefault());
    contents.on('will-redirect', (e) => e.preventDefault());
    contents.on('will-attach-webview', (e) => e.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  void app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    serveRenderer();
    try {
      plans.openStartup();
    } catch (err) {
      showError(err);
    }
    registerIpc();
    createWindow();
    // Read the plan while the window is still loading, so its first request finds it ready.
    setImmediate(() => {
      if (plans.file) plans.rows();
    });
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => plans.close());
}
