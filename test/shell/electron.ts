import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Browser, BrowserContext, Page, Request as PwRequest } from 'playwright-core';

/**
 * A stand-in for the `electron` module, just large enough to run the real built main bundle:
 * every window is a Playwright page in real Chromium running the real built preload, IPC goes
 * through a stand-in ipcMain, and app:// is served by the bundle's own protocol handler.
 *
 * Honest by construction: every object is wrapped so that touching an API it does not implement
 * throws *and* is recorded in `unimplemented`, which each test asserts is empty.
 *
 * Chromium in Playwright cannot load a custom scheme, so app://cascade/ is carried as
 * http://cascade.localhost/ inside the page and translated back at every boundary main can see
 * (protocol requests, senderFrame.url, navigation URLs).
 */

const PAGE_ORIGIN = 'http://cascade.localhost';
const toPage = (url: string) => url.replace(/^app:\/\/cascade/, PAGE_ORIGIN);
const toApp = (url: string) => url.replace(PAGE_ORIGIN, 'app://cascade');

const MIME: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
};

// Electron's menu roles (docs: MenuItem roles); anything else is a mistake in the template.
const ROLES = new Set(
  'undo redo cut copy paste pasteAndMatchStyle delete selectAll reload forceReload toggleDevTools resetZoom zoomIn zoomOut toggleSpellChecker togglefullscreen window minimize close help about services hide hideOthers unhide quit showSubstitutions toggleSmartQuotes toggleSmartDashes toggleSubstitutions startSpeaking stopSpeaking zoom front appMenu fileMenu editMenu viewMenu shareMenu recentDocuments toggleTabBar selectNextTab selectPreviousTab showAllTabs mergeAllWindows clearRecentDocuments moveTabToNewWindow windowMenu'.split(
    ' ',
  ),
);

export interface MenuItem {
  label?: string;
  role?: string;
  type?: string;
  enabled?: boolean;
  accelerator?: string;
  registerAccelerator?: boolean;
  click?: (...args: unknown[]) => void;
  submenu?: MenuItem[];
}

type DialogAnswer = { canceled: boolean; filePath?: string; filePaths?: string[] };

export class StandIn {
  readonly unimplemented: string[] = [];
  /** Messages main sent to a live window that did not arrive: a test failure. */
  readonly deliveryErrors: string[] = [];
  readonly emitted = new EventEmitter();
  readonly recentDocuments: string[] = [];
  readonly opened: string[] = [];
  readonly shownInFolder: string[] = [];
  readonly messages: Array<{ type?: string; message: string }> = [];
  readonly dialogsAsked: Array<{ kind: string; title?: string; defaultPath?: string }> = [];
  /** Every menu item clicked, as its path ("Edit › Undo"). */
  readonly clicked: string[] = [];
  readonly windows: StandInWindow[] = [];
  readonly handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  protocolHandler: ((request: Request) => Promise<Response>) | null = null;
  privilegedSchemes: unknown[] = [];
  applicationMenu: MenuItem[] | null = null;
  permissionHandler: ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void) | null = null;
  singleInstance = true;
  darkOs = false;
  /** The displays `screen.getAllDisplays()` reports: the laptop's, plus a projector when a test plugs one in. */
  displays: Array<{ id: number; bounds: { x: number; y: number; width: number; height: number }; workArea: { x: number; y: number; width: number; height: number } }> = [
    { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } },
  ];
  quitted = false;
  private answers: Array<{ kind: 'save' | 'open'; answer: DialogAnswer }> = [];
  private readyResolve!: () => void;
  private readonly ready = new Promise<void>((r) => (this.readyResolve = r));
  private nextId = 1;
  context!: BrowserContext;
  readonly appEvents = new EventEmitter();

  constructor(
    readonly browser: Browser,
    readonly dataDir: string,
    readonly preloadSource: string,
  ) {}

  /** Fails the running test: called for every API the stand-in does not have. */
  missing(name: string): never {
    this.unimplemented.push(name);
    throw new Error(`stand-in electron: ${name} is not implemented`);
  }

  /** Wraps an object so that any property it lacks throws and is recorded. */
  strict<T extends object>(name: string, target: T): T {
    return new Proxy(target, {
      get: (t, prop, receiver) => {
        if (typeof prop === 'symbol' || prop in t) return Reflect.get(t, prop, receiver);
        if (prop === 'then' || prop === '__esModule' || prop === 'default') return undefined;
        return this.missing(`${name}.${prop}`);
      },
    });
  }

  /** The next native file dialog answers this way; a dialog nobody scripted fails the test. */
  script(kind: 'save' | 'open', answer: DialogAnswer): void {
    this.answers.push({ kind, answer });
  }

  async start(): Promise<void> {
    this.context = await this.browser.newContext({ colorScheme: this.darkOs ? 'dark' : 'light' });
    // Nothing reaches the network. window.open is put to main's window-open handler first, as
    // Electron does (a popup's first request comes before its frame exists: that is how it is told
    // apart); a denied window never stays open.
    await this.context.route('**/*', async (route) => {
      const request = route.request();
      let popup = false;
      try {
        request.frame();
      } catch {
        popup = request.isNavigationRequest();
      }
      const owner = popup ? this.windows.find((w) => w.hasWindowOpenHandler()) : undefined;
      if (owner) {
        const decision = owner.windowOpen(request.url());
        this.emitted.emit('window-open', { url: request.url(), action: decision.action });
        if (decision.action !== 'deny') this.missing('allowed window.open');
      }
      await route.abort('blockedbyclient');
    });
    this.context.on('page', async (page) => {
      const opener = await page.opener();
      if (opener && this.windows.some((w) => w.page === opener)) await page.close();
    });
    this.started = true;
    this.readyResolve();
  }

  private started = false;

  /** Resolves once the app has quit ('quit' emitted). */
  private quitDone: () => void = () => {};
  readonly quitFinished = new Promise<void>((r) => (this.quitDone = r));
  /** app.quit() has begun: windows closing now do not emit window-all-closed (Electron's rule). */
  quitting = false;

  /**
   * app.quit() as Electron runs it: before-quit, the windows closed, then will-quit. A will-quit
   * handler that calls preventDefault() holds the quit (main closes the plan in the backend first)
   * until it calls app.quit() again.
   */
  quit(): void {
    if (this.quitted) return;
    const event = () => {
      const e = { defaultPrevented: false, preventDefault: () => void (e.defaultPrevented = true) };
      return e;
    };
    const before = event();
    this.appEvents.emit('before-quit', before);
    if (before.defaultPrevented) return;
    if (!this.quitting) {
      this.quitting = true;
      for (const w of [...this.windows]) w.close();
    }
    const will = event();
    this.appEvents.emit('will-quit', will);
    if (will.defaultPrevented) return;
    this.quitted = true;
    this.appEvents.emit('quit');
    this.quitDone();
  }

  async dispose(): Promise<void> {
    this.quit();
    // Main holds the quit while the backend closes the plan (and takes the backup of it as opened);
    // the OS ends the backend only after that.
    if (this.started) {
      const late = new Promise<'late'>((r) => setTimeout(() => r('late'), 20_000).unref());
      if ((await Promise.race([this.quitFinished, late])) === 'late') this.deliveryErrors.push('the app did not finish quitting within 20 s');
    }
    await this.context?.close();
    // What the OS does to a utilityProcess when its app ends (main has closed the plan first).
    await Promise.all(this.children.map((w) => w.terminate()));
  }

  /** Backends main forked (each a worker thread here). */
  readonly children: Worker[] = [];

  /**
   * Electron's UtilityProcess, as far as the shell uses it: postMessage, 'message' and 'exit'
   * events, kill. Inside, the backend finds worker_threads' parentPort where Electron would give it
   * process.parentPort; the messages are the same structured clones.
   */
  fork(modulePath: string): EventEmitter & { postMessage(m: unknown): void; kill(): boolean } {
    const worker = new Worker(modulePath);
    this.children.push(worker);
    const child = Object.assign(new EventEmitter(), {
      postMessage: (m: unknown) => worker.postMessage(m),
      kill: () => (void worker.terminate(), true),
    });
    worker.on('message', (m) => child.emit('message', m));
    worker.on('exit', (code) => child.emit('exit', code));
    worker.on('error', (err) => this.deliveryErrors.push(`backend: ${(err as Error).message}`));
    return child;
  }

  /** The built menu, found by its labels ("File", "Open Recent", "Clear Recent"). */
  menuItem(...labels: string[]): MenuItem {
    let items = this.applicationMenu ?? this.missing('Menu (none set)');
    let found: MenuItem | undefined;
    for (const label of labels) {
      found = items.find((i) => i.label?.replace(/&(\S)/, '$1') === label || i.role === label);
      if (!found) throw new Error(`no menu item “${labels.join(' › ')}”`);
      items = found.submenu ?? [];
    }
    return found!;
  }

  /** Clicks a menu item the way Electron does: its click handler, or the effect of its role. */
  async clickMenu(...labels: string[]): Promise<void> {
    const item = this.menuItem(...labels);
    this.clicked.push(labels.join(' › '));
    if (item.enabled === false) throw new Error(`menu item “${labels.join(' › ')}” is disabled`);
    const win = this.windows[0];
    if (item.click) return void item.click(item, win, {});
    // Edit roles run Chromium's own editing commands (webContents.cut() and so on): its shortcuts.
    const edit: Record<string, string> = { selectAll: 'Control+A', cut: 'Control+X', copy: 'Control+C', paste: 'Control+V' };
    switch (item.role) {
      case 'selectAll':
      case 'cut':
      case 'copy':
      case 'paste':
        return void (await win?.page?.keyboard.press(edit[item.role]!));
      case 'togglefullscreen':
        return win?.setFullScreen(!win.isFullScreen());
      case 'quit':
        return this.quit();
      case 'close':
        return win?.close();
      default:
        return this.missing(`menu role ${item.role}`);
    }
  }

  /** What the `electron` module exports, as the bundle sees it. */
  module(): object {
    const s = this;
    const app = Object.assign(this.appEvents, {
      getPath: (name: string) => {
        if (name === 'userData') return s.dataDir;
        if (name === 'documents') return path.join(s.dataDir, 'Documents');
        return s.missing(`app.getPath('${name}')`);
      },
      getVersion: () => '0.1.0',
      requestSingleInstanceLock: () => s.singleInstance,
      whenReady: () => s.ready,
      quit: () => s.quit(),
      addRecentDocument: (file: string) => void s.recentDocuments.push(file),
      clearRecentDocuments: () => void s.recentDocuments.splice(0),
    });
    class BrowserWindow extends StandInWindow {
      constructor(options: Record<string, unknown>) {
        super(s, options);
      }
      static getAllWindows = () => [...s.windows];
    }
    const electron = {
      app: this.strict('app', app),
      BrowserWindow,
      ipcMain: this.strict('ipcMain', {
        handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => unknown) => void s.handlers.set(channel, fn),
      }),
      Menu: this.strict('Menu', {
        buildFromTemplate: (template: MenuItem[]) => {
          const check = (items: MenuItem[]) => {
            for (const i of items) {
              if (i.role && !ROLES.has(i.role)) throw new Error(`Menu: unknown role “${i.role}”`);
              if (i.submenu) check(i.submenu);
            }
          };
          check(template);
          return { items: template };
        },
        setApplicationMenu: (menu: { items: MenuItem[] }) => void (s.applicationMenu = menu.items),
      }),
      dialog: this.strict('dialog', {
        showSaveDialog: async (options: { title?: string; defaultPath?: string }) => s.answer('save', options),
        showOpenDialog: async (options: { title?: string; defaultPath?: string }) => s.answer('open', options),
        showMessageBox: async (options: { type?: string; message: string }) => {
          s.messages.push({ type: options.type, message: options.message });
          return { response: 0, checkboxChecked: false };
        },
      }),
      protocol: this.strict('protocol', {
        registerSchemesAsPrivileged: (schemes: unknown[]) => void (s.privilegedSchemes = schemes),
        handle: (scheme: string, fn: (request: Request) => Promise<Response>) => {
          if (scheme !== 'app') s.missing(`protocol.handle('${scheme}')`);
          s.protocolHandler = fn;
        },
      }),
      net: this.strict('net', {
        // Only what the protocol handler needs: the renderer's own files.
        fetch: async (url: string) => {
          if (!url.startsWith('file:')) return s.missing(`net.fetch(${url})`);
          const file = fileURLToPath(url);
          if (!fs.existsSync(file)) return new Response('Not found', { status: 404 });
          return new Response(fs.readFileSync(file), { headers: { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream' } });
        },
      }),
      session: this.strict('session', {
        defaultSession: this.strict('session.defaultSession', {
          setPermissionRequestHandler: (fn: StandIn['permissionHandler']) => void (s.permissionHandler = fn),
        }),
      }),
      shell: this.strict('shell', {
        openPath: async (p: string) => (s.opened.push(p), ''),
        showItemInFolder: (p: string) => void s.shownInFolder.push(p),
      }),
      nativeTheme: this.strict('nativeTheme', {
        get shouldUseDarkColors() {
          return s.darkOs;
        },
      }),
      // The backend's utilityProcess, as a worker thread running the real built out/backend/backend.cjs.
      utilityProcess: this.strict('utilityProcess', {
        fork: (modulePath: string) => s.strict('UtilityProcess', s.fork(modulePath)),
      }),
      screen: this.strict('screen', {
        getAllDisplays: () => s.displays,
      }),
    };
    return this.strict('electron', electron);
  }

  private answer(kind: 'save' | 'open', options: { title?: string; defaultPath?: string }): DialogAnswer {
    this.dialogsAsked.push({ kind, title: options.title, defaultPath: options.defaultPath });
    const next = this.answers.shift();
    if (!next || next.kind !== kind) return this.missing(`an unscripted ${kind} dialog (“${options.title}”)`);
    return next.answer;
  }

  /** A window with the same preload and page that main did not create (as a webview or devtools page would be). */
  foreignWindow(): StandInWindow {
    return new StandInWindow(this, { width: 800, height: 600 });
  }

  newId(): number {
    return this.nextId++;
  }
}

/** One BrowserWindow: a Playwright page with the real preload, its webContents, its bounds. */
export class StandInWindow extends EventEmitter {
  readonly webContents: EventEmitter & { id: number };
  page: Page | null = null;
  readonly options: Record<string, unknown>;
  title = '';
  visible = false;
  maximized = false;
  fullScreen = false;
  minimized = false;
  destroyed = false;
  bounds: { x: number; y: number; width: number; height: number };
  private readonly pageReady: Promise<Page>;
  private windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;

  constructor(
    private readonly s: StandIn,
    options: Record<string, unknown>,
  ) {
    super();
    this.options = options;
    this.bounds = { x: (options.x as number) ?? 240, y: (options.y as number) ?? 70, width: options.width as number, height: options.height as number };
    const id = s.newId();
    const contents = Object.assign(new EventEmitter(), {
      id,
      send: (channel: string, ...args: unknown[]) => void this.deliver(channel, args),
      setWindowOpenHandler: (fn: StandInWindow['windowOpenHandler']) => void (this.windowOpenHandler = fn),
    });
    this.webContents = s.strict('webContents', contents);
    s.windows.push(this);
    s.appEvents.emit('web-contents-created', {}, this.webContents);
    this.pageReady = this.openPage(id);
    // A window still opening its page when a test ends and its browser closes is no failure of that
    // test (or of the next one): whoever awaits the page still sees the error.
    this.pageReady.catch(() => {});
    return s.strict('BrowserWindow', this);
  }

  private async openPage(id: number): Promise<Page> {
    const page = await this.s.context.newPage();
    await page.setViewportSize({ width: Math.min(this.bounds.width, 1400), height: Math.min(this.bounds.height, 860) });
    // The bundle's protocol handler answers every request to the app's origin.
    await page.route(`${PAGE_ORIGIN}/**`, async (route) => {
      const request = route.request();
      const response = await this.s.protocolHandler!(new Request(toApp(request.url()), { method: request.method() }));
      await route.fulfill({ status: response.status, headers: Object.fromEntries(response.headers), body: Buffer.from(await response.arrayBuffer()) });
    });
    // A navigation away from the app asks main first (will-navigate), as Electron does.
    await page.route(
      (url) => !url.href.startsWith(PAGE_ORIGIN),
      async (route) => {
        if (this.isTopNavigation(page, route.request())) {
          let prevented = false;
          this.webContents.emit('will-navigate', { preventDefault: () => (prevented = true) }, route.request().url());
          if (prevented) return route.abort('aborted');
        }
        return route.abort('blockedbyclient');
      },
    );
    await page.exposeBinding('__standInInvoke', async (source, channel: string, arg: unknown) => {
      const handler = this.s.handlers.get(channel);
      if (!handler) return this.s.missing(`ipcMain handler for ${channel}`);
      return handler({ sender: { id }, senderFrame: { url: toApp(source.frame.url()) } }, arg);
    });
    await page.addInitScript(preloadScript(this.s.preloadSource));
    page.on('load', () => {
      this.webContents.emit('did-finish-load');
      if (!this.visible) this.emit('ready-to-show');
    });
    this.page = page;
    return page;
  }

  private isTopNavigation(page: Page, request: PwRequest): boolean {
    return request.isNavigationRequest() && request.frame() === page.mainFrame();
  }

  private async deliver(channel: string, args: unknown[]): Promise<void> {
    const page = await this.pageReady;
    if (page.isClosed()) return;
    // A window closed meanwhile (quit) drops the message, as a destroyed webContents would.
    await page
      .evaluate(([c, a]) => (window as unknown as { __standInDeliver?(c: string, a: unknown[]): void }).__standInDeliver?.(c as string, a as unknown[]), [channel, args] as const)
      .catch((err: Error) => {
        if (!page.isClosed()) this.s.deliveryErrors.push(err.message);
      });
  }

  async loadURL(url: string): Promise<void> {
    const page = await this.pageReady;
    await page.goto(toPage(url));
  }

  hasWindowOpenHandler(): boolean {
    return this.windowOpenHandler !== null;
  }

  windowOpen(url: string): { action: string } {
    return this.windowOpenHandler?.({ url }) ?? { action: 'allow' };
  }

  async pageAt(url: string): Promise<Page> {
    await this.loadURL(url);
    return this.pageReady;
  }

  /** The page, once the window has loaded its URL. */
  async loaded(): Promise<Page> {
    const page = await this.pageReady;
    await page.locator('main[aria-busy="false"]').waitFor();
    return page;
  }

  show(): void {
    this.visible = true;
  }
  focus(): void {
    this.s.emitted.emit('focus');
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  minimize(): void {
    this.minimized = true;
  }
  restore(): void {
    this.minimized = false;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  setFullScreen(on: boolean): void {
    this.fullScreen = on;
  }
  isFullScreen(): boolean {
    return this.fullScreen;
  }
  setTitle(title: string): void {
    this.title = title;
  }
  getTitle(): string {
    return this.title;
  }
  /** As if the user dragged and resized the window. */
  setBounds(bounds: { x: number; y: number; width: number; height: number }): void {
    this.bounds = bounds;
  }
  getNormalBounds() {
    return { ...this.bounds };
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  close(): void {
    if (this.destroyed) return;
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroyed = true;
    void this.pageReady.then(
      (p) => p.close(),
      () => {},
    );
    this.s.windows.splice(this.s.windows.indexOf(this), 1);
    this.emit('closed');
    if (this.s.windows.length === 0 && !this.s.quitting) this.s.appEvents.emit('window-all-closed');
  }
}

/**
 * Runs the real built preload in the page, before any of the page's scripts, with a stand-in
 * `contextBridge` and `ipcRenderer` that reach the stand-in ipcMain through a Playwright binding.
 */
function preloadScript(source: string): string {
  return `(() => {
  const listeners = new Map();
  const invoke = window.__standInInvoke;
  const ipcRenderer = {
    invoke: (channel, arg) => invoke(channel, arg),
    on: (channel, fn) => { (listeners.get(channel) ?? listeners.set(channel, new Set()).get(channel)).add(fn); },
    off: (channel, fn) => { listeners.get(channel)?.delete(fn); },
  };
  Object.defineProperty(window, '__standInDeliver', { value: (channel, args) => { for (const fn of listeners.get(channel) ?? []) fn({}, ...args); } });
  const contextBridge = { exposeInMainWorld: (name, api) => Object.defineProperty(window, name, { value: Object.freeze(api) }) };
  const require = (id) => { if (id === 'electron') return { contextBridge, ipcRenderer }; throw new Error('the sandboxed preload may not require ' + id); };
  const module = { exports: {} };
  (function (module, exports, require) {\n${source}\n})(module, module.exports, require);
})();`;
}
