import { app, dialog, Menu, type BrowserWindow } from 'electron';
import { ServiceError } from '../backend/errors';
import type { Session } from '../backend/session';
import { fileDialogHandlers, type DialogPort } from './fileDialogs';
import { menuTemplate } from './menu';
import { handleSecondInstance } from './secondInstance';
import { APP_ENTRY_URL } from './security';

/**
 * Wires the data file commands to Electron: dialogs modal to the window, the Fichier menu (new,
 * open, recent, a copy), the system's recent documents,
 * and the second launch's file. The logic lives in fileDialogs.ts and secondInstance.ts, which are
 * unit-tested; this file only hands them Electron's functions.
 */
export const createFileCommands = (session: Session, mainWindow: () => BrowserWindow | null, isPackaged: boolean) => {
  const parent = mainWindow;
  const dialogs: DialogPort = {
    showOpenDialog: (options) => {
      const window = parent();
      return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
    },
    showSaveDialog: (options) => {
      const window = parent();
      return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
    },
  };
  const files = fileDialogHandlers(dialogs, app.getPath('documents'));
  const explain = (message: string): void => dialog.showErrorBox('Sève', message);
  // After a switch started here (menu, second launch) the page starts over on the new file.
  const reload = (): void => {
    mainWindow()
      ?.loadURL(APP_ENTRY_URL)
      .catch((error: unknown) => console.error('Rechargement impossible', error));
  };
  const run = (action: () => Promise<unknown>, reloadAfter: boolean) => (): void => {
    action()
      .then((result) => reloadAfter && result !== null && reload())
      .catch((error: unknown) => {
        explain(error instanceof ServiceError ? error.message : 'Une erreur inattendue est survenue. Rien n’a été modifié.');
        if (!(error instanceof ServiceError)) console.error('Commande du menu Fichier impossible', error);
      });
  };

  const refreshMenu = (): void => {
    const file = {
      newFile: run(() => files.chooseNew(session), true),
      openFile: run(() => files.chooseOpen(false, session), true),
      saveCopy: run(() => files.chooseCopy(session), false),
      openRecent: (filePath: string) => run(() => session.switchTo(filePath, { create: false }), true)(),
      recent: session.recentFiles().map((entry) => entry.path),
    };
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ isMac: process.platform === 'darwin', isPackaged, file })));
  };

  session.onFileChanged((info) => {
    refreshMenu();
    if (info.file.status === 'open') app.addRecentDocument(info.file.path);
  });

  const focus = (): void => {
    const window = mainWindow();
    if (window === null) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  };

  return {
    hostHandlers: files.handlers,
    refreshMenu,
    onSecondInstance: handleSecondInstance({ session, focus, reload, explain }),
  };
};
