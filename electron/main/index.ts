import fs from 'node:fs';
import path from 'node:path';
import { app, type BrowserWindow, dialog, ipcMain, Notification, protocol, session as electronSession, shell } from 'electron';
import { toCalendarDate } from '../../shared/domain/dates';
import { createApi } from '../backend/api';
import { systemUserName } from '../backend/identity/account';
import { defaultDataFile } from '../backend/paths';
import { createSession } from '../backend/session';
import { dataFileArgument } from './args';
import { registerIpcGate } from './ipc';
import { createFileCommands } from './fileCommands';
import { electronNativeBinding } from './native';
import { openWithSystemHandler } from './openWithSystem';
import { chooseTargetHandler, openPdfHandler, type PackHostOptions } from './packHost';
import { registerAppScheme, serveAppScheme } from './protocol';
import { startReminders } from './reminders';
import { installSecurityGuards } from './security';
import { createMainWindow, defaultPreloadPath } from './window';

// The bundle lives in dist/electron/; the renderer was built next to it in dist/renderer/.
const rendererRoot = path.join(__dirname, '..', 'renderer');

let mainWindow: BrowserWindow | null = null;
let started = false;
/** Set once the session exists: a second launch then opens its file here (until then it only focuses). */
let secondInstance: ((argv: readonly string[], workingDirectory: string) => Promise<void>) | null = null;

/** Startup problems the user can act on: a dialog, then quit, never a half-working window. */
const refuseToStart = (message: string): void => {
  dialog.showErrorBox('Sève ne peut pas démarrer', message);
  app.exit(1);
};

const openMainWindow = (): void => {
  mainWindow = createMainWindow({ preloadPath: defaultPreloadPath(__dirname), devTools: !app.isPackaged });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
};

const focusMainWindow = (): void => {
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
};

const resolveDataFile = (): string | null => {
  const argument = dataFileArgument(process.argv, process.cwd());
  if (argument.kind === 'path') return argument.path;
  if (argument.kind === 'none') return defaultDataFile(app.getPath('documents'));
  refuseToStart('L’option --db demande le chemin d’un fichier Sève, par exemple : --db "C:\\Qualité\\Sève.sqlite".');
  return null;
};

const missingNativeMessage = (nativeBinding: string): string =>
  app.isPackaged
    ? `Un composant de Sève est absent de l’installation (${nativeBinding}). Réinstallez Sève.`
    : `Le module SQLite compilé pour Electron est introuvable (${nativeBinding}). Lancez Sève avec « npm start », qui le prépare automatiquement.`;

const start = async (): Promise<void> => {
  const dataFile = resolveDataFile();
  if (dataFile === null) return;
  const nativeBinding = electronNativeBinding({
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appPath: app.getAppPath(),
    electronVersion: process.versions.electron,
    platform: process.platform,
    arch: process.arch,
  });
  if (!fs.existsSync(nativeBinding)) {
    refuseToStart(missingNativeMessage(nativeBinding));
    return;
  }

  installSecurityGuards(app, electronSession.defaultSession, (url) => shell.openExternal(url));
  serveAppScheme(protocol, rendererRoot);

  const session = createSession({
    host: 'electron',
    appVersion: app.getVersion(),
    account: systemUserName(),
    now: () => new Date(),
    nativeBinding,
    // Recent files and backup folders belong to this computer's user: Electron's settings folder.
    preferencesFolder: app.getPath('userData'),
    // The page names no path itself: they come from the system's dialogs (fileDialogs.ts) or the recent list.
    typedPaths: false,
    // A folder the user sees, apart from their own files: Documents/Sève/Exemples.
    examplesFolder: path.join(app.getPath('documents'), 'Sève', 'Exemples'),
    // Bundled beside main.cjs by scripts/build.mjs; Electron loads worker scripts from the asar archive.
    pack: { workerPath: path.join(__dirname, 'pack-worker.cjs') },
    backupWorker: path.join(__dirname, 'backup-worker.cjs'),
  });
  const fileCommands = createFileCommands(session, () => mainWindow, app.isPackaged);
  secondInstance = fileCommands.onSecondInstance;
  // A refused file (too new, locked, not a Sève file) still opens the window, which explains it.
  await session.open(dataFile);
  app.on('will-quit', () => {
    // Stops a running export (its temporary file removed); what a kill leaves is removed at the next start (pack/leftovers.ts).
    void session.pack.dispose();
    session.close();
  });

  const packHost: PackHostOptions = {
    showSaveDialog: (options) => (mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options)),
    documentsFolder: () => app.getPath('documents'),
    openPath: (filePath) => shell.openPath(filePath),
  };
  const api = createApi(session, (message, error) => console.error(message, error), {
    'files.open': openWithSystemHandler({
      tempRoot: path.join(app.getPath('temp'), 'Sève'),
      openPath: (filePath) => shell.openPath(filePath),
    }),
    'pack.chooseTarget': chooseTargetHandler(packHost),
    'pack.open': openPdfHandler(packHost),
    ...fileCommands.hostHandlers,
  });
  registerIpcGate(ipcMain, api, () => mainWindow?.webContents ?? null);
  app.setAboutPanelOptions({ applicationName: 'Sève', applicationVersion: app.getVersion(), copyright: 'Sève — système qualité' });
  fileCommands.refreshMenu();

  openMainWindow();
  started = true;
  startReminders({
    invoke: api.invoke,
    notify: (title, body, onClick) => {
      if (!Notification.isSupported()) return;
      const notification = new Notification({ title, body });
      notification.on('click', onClick);
      notification.show();
    },
    openAgenda: () => {
      focusMainWindow();
      // Within the app's own origin, which the navigation guard allows.
      void mainWindow?.loadURL('app://seve/index.html#/a-faire');
    },
    today: () => toCalendarDate(new Date()),
    setInterval: (callback, ms) => setInterval(callback, ms),
  });
};

if (!app.requestSingleInstanceLock()) {
  // Another Sève already holds the data file: it is told to come forward (second-instance) and we leave.
  app.quit();
} else {
  app.enableSandbox();
  registerAppScheme(protocol);
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (secondInstance) void secondInstance(argv, workingDirectory);
    else focusMainWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (started && mainWindow === null) openMainWindow();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('Démarrage de Sève impossible', error);
      refuseToStart(`Erreur inattendue au démarrage : ${error instanceof Error ? error.message : String(error)}`);
    });
}
