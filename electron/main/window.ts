import path from 'node:path';
import { BrowserWindow, type WebPreferences } from 'electron';
import { APP_ENTRY_URL } from './security';

export type WindowOptions = {
  /** dist/electron/preload.cjs, next to the bundled main process. */
  preloadPath: string;
  /** Developer tools only in development: a packaged app gives the page no console to be driven from. */
  devTools: boolean;
};

/** The only place webPreferences are written (Electron's security checklist, ARCHITECTURE.md §8). */
export const secureWebPreferences = (options: WindowOptions): WebPreferences => ({
  preload: options.preloadPath,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: false,
  devTools: options.devTools,
});

export const defaultPreloadPath = (mainBundleFolder: string): string => path.join(mainBundleFolder, 'preload.cjs');

/** Creates the main window and loads the app; it is shown once painted, so it never flashes blank. */
export const createMainWindow = (options: WindowOptions): BrowserWindow => {
  const window = new BrowserWindow({
    title: 'Sève',
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(options),
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error(`Chargement impossible de ${APP_ENTRY_URL}`, error));
  return window;
};
