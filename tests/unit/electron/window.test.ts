import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow, defaultPreloadPath, secureWebPreferences } from '../../../electron/main/window';

// Electron's runtime cannot start under Node: this fake BrowserWindow records what the window
// module asks of it. Only the 'electron' module is replaced; window.ts itself is the real code.
const { created } = vi.hoisted(() => ({
  created: [] as { options: Record<string, unknown>; loaded: string[]; emitter: EventEmitter; show: () => void }[],
}));
vi.mock('electron', () => ({
  BrowserWindow: class extends EventEmitter {
    webContents = new EventEmitter();
    show = vi.fn();
    loaded: string[] = [];
    constructor(options: Record<string, unknown>) {
      super();
      created.push({ options, loaded: this.loaded, emitter: this, show: this.show });
    }
    loadURL = (url: string) => {
      this.loaded.push(url);
      return Promise.resolve();
    };
  },
}));

describe('secureWebPreferences', () => {
  it('turns on every isolation and turns off every Node and webview door', () => {
    const prefs = secureWebPreferences({ preloadPath: '/app/dist/electron/preload.cjs', devTools: false });
    expect(prefs).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    });
  });

  it('places the preload next to the main bundle', () => {
    expect(defaultPreloadPath('/app/dist/electron')).toMatch(/dist[/\\]electron[/\\]preload\.cjs$/);
  });
});

describe('createMainWindow', () => {
  beforeEach(() => {
    created.length = 0;
  });

  it('creates a hidden "Sève" window with the secure preferences, loads app://seve, and shows it when ready', () => {
    createMainWindow({ preloadPath: '/p/preload.cjs', devTools: true });
    expect(created).toHaveLength(1);
    const [window] = created;
    expect(window?.options).toMatchObject({
      title: 'Sève',
      show: false,
      webPreferences: secureWebPreferences({ preloadPath: '/p/preload.cjs', devTools: true }),
    });
    expect(window?.loaded).toEqual(['app://seve/index.html']);
    expect(window?.show).not.toHaveBeenCalled();
    window?.emitter.emit('ready-to-show');
    expect(window?.show).toHaveBeenCalledOnce();
  });
});
