/**
 * A stand-in for the Electron API, the one part of Sève that cannot run on this machine (Electron's
 * runtime cannot be downloaded here). It records what the main process asks of Electron — the
 * single-instance lock, windows and their webPreferences, IPC handlers, the app:// protocol, error
 * dialogs — so that a test can boot the real, built `dist/electron/main.cjs` against it. Everything
 * else (the backend, SQLite, the built renderer on disk) is real.
 */

type Listener = (...args: unknown[]) => unknown;
type Handler = (event: unknown, ...args: unknown[]) => unknown;

export type BootReport = {
  lockRequested: boolean;
  quit: boolean;
  exitCode: number | null;
  sandboxEnabled: boolean;
  privilegedSchemes: string[];
  errorBoxes: { title: string; content: string }[];
  windows: { webPreferences: Record<string, unknown>; loaded: string[] }[];
  ipcChannels: string[];
  permissionHandlerSet: boolean;
  /** Navigation events each window's web contents is guarded on, and whether window.open is handled. */
  guards: { events: string[]; windowOpenHandled: boolean }[];
};

const emitter = () => {
  const listeners = new Map<string, Listener[]>();
  return {
    on(name: string, listener: Listener) {
      listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      return this;
    },
    once(name: string, listener: Listener) {
      return this.on(name, listener);
    },
    emit: (name: string, ...args: unknown[]) => (listeners.get(name) ?? []).forEach((listener) => listener(...args)),
  };
};

/** The stand-in module and what it saw; `paths` answers `app.getPath`, `lock` the single-instance lock. */
export const createElectronStandIn = (options: { lock: boolean; appPath: string; paths: Record<string, string> }) => {
  const report: BootReport = {
    lockRequested: false,
    quit: false,
    exitCode: null,
    sandboxEnabled: false,
    privilegedSchemes: [],
    errorBoxes: [],
    windows: [],
    ipcChannels: [],
    permissionHandlerSet: false,
    guards: [],
  };
  const handlers = new Map<string, Handler>();
  const schemes = new Map<string, (request: Request) => Promise<Response>>();
  let ready: () => void = () => undefined;
  const whenReady = new Promise<void>((resolve) => {
    ready = resolve;
  });
  const appEvents = emitter();
  let nextId = 1;

  const contents: { id: number; mainFrame: { processId: number; routingId: number } }[] = [];
  const webContents = (url: () => string) => {
    const id = nextId++;
    const guard = { events: [] as string[], windowOpenHandled: false };
    report.guards.push(guard);
    const mainFrame = {
      processId: 7,
      routingId: id,
      parent: null,
      detached: false,
      get url() {
        return url();
      },
    };
    const created = {
      id,
      mainFrame,
      isDestroyed: () => false,
      on: (name: string) => {
        guard.events.push(name);
        return created;
      },
      setWindowOpenHandler: () => {
        guard.windowOpenHandled = true;
      },
    };
    contents.push(created);
    return created;
  };

  class BrowserWindow {
    readonly webContents;
    private readonly record: BootReport['windows'][number];
    private url = '';
    private readonly events = emitter();
    constructor(settings: { webPreferences?: Record<string, unknown> }) {
      this.record = { webPreferences: { ...(settings.webPreferences ?? {}) }, loaded: [] };
      report.windows.push(this.record);
      this.webContents = webContents(() => this.url);
      appEvents.emit('web-contents-created', {}, this.webContents);
    }
    on(name: string, listener: Listener) {
      this.events.on(name, listener);
      return this;
    }
    once(name: string, listener: Listener) {
      this.events.on(name, listener);
      return this;
    }
    loadURL(url: string) {
      this.url = url;
      this.record.loaded.push(url);
      return Promise.resolve();
    }
    isMinimized = () => false;
    restore = () => undefined;
    show = () => undefined;
    focus = () => undefined;
  }

  const electron = {
    app: {
      isPackaged: false,
      requestSingleInstanceLock: () => {
        report.lockRequested = true;
        return options.lock;
      },
      quit: () => {
        report.quit = true;
      },
      exit: (code: number) => {
        report.exitCode = code;
      },
      enableSandbox: () => {
        report.sandboxEnabled = true;
      },
      whenReady: () => whenReady,
      on: (name: string, listener: Listener) => appEvents.on(name, listener),
      getPath: (name: string) => options.paths[name] ?? options.paths.temp,
      getAppPath: () => options.appPath,
      getVersion: () => '0.0.0-boot',
      addRecentDocument: () => undefined,
      setAboutPanelOptions: () => undefined,
    },
    BrowserWindow,
    dialog: {
      showErrorBox: (title: string, content: string) => report.errorBoxes.push({ title, content }),
      showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
      showSaveDialog: () => Promise.resolve({ canceled: true }),
    },
    ipcMain: {
      handle: (channel: string, handler: Handler) => {
        report.ipcChannels.push(channel);
        handlers.set(channel, handler);
      },
    },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: () => undefined },
    Notification: Object.assign(
      class {
        on = () => undefined;
        show = () => undefined;
      },
      { isSupported: () => false },
    ),
    protocol: {
      registerSchemesAsPrivileged: (list: { scheme: string }[]) => report.privilegedSchemes.push(...list.map((entry) => entry.scheme)),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => schemes.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => {
          report.permissionHandlerSet = true;
        },
        setPermissionCheckHandler: () => undefined,
        setDevicePermissionHandler: () => undefined,
        webRequest: { onHeadersReceived: () => undefined },
      },
    },
    shell: { openExternal: () => Promise.resolve(), openPath: () => Promise.resolve('') },
  };

  return {
    electron,
    report,
    /** Electron says it is ready: the main process starts its session and opens its window. */
    ready: () => ready(),
    /** A request to the app:// scheme, as the window's page would make it. */
    fetchApp: (url: string) => {
      const handler = schemes.get('app');
      if (!handler) throw new Error('app:// is not served');
      return handler(new Request(url));
    },
    /** An IPC call from the main window's top frame, showing the app's page. */
    invoke: (channel: string, input: unknown) => {
      const handler = handlers.get(channel);
      if (!handler) throw new Error(`no IPC handler for ${channel}`);
      const [window] = contents;
      if (!window) throw new Error('no window');
      const frame = { ...window.mainFrame, parent: null, detached: false, url: 'app://seve/index.html' };
      return handler({ sender: { id: window.id }, senderFrame: frame }, input);
    },
    /** The main process asked to quit or gave up: Electron would now emit will-quit. */
    quitting: () => appEvents.emit('will-quit'),
  };
};
