import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { AppInfo } from '../../shared/schemas/app';
import type { BackupList } from '../../shared/schemas/backups';
import type { CopyResult } from '../../shared/schemas/datafile';
import type { ImportScanResult } from '../../shared/schemas/import';
import type { HostHandlers } from '../backend/api';
import type { Session } from '../backend/session';

/** Electron's dialog functions, already bound to the main window (modal to it). */
export type DialogPort = {
  showOpenDialog: (options: OpenDialogOptions) => Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog: (options: SaveDialogOptions) => Promise<{ canceled: boolean; filePath?: string }>;
};

const sqliteFilters = [
  { name: 'Fichiers Sève', extensions: ['sqlite'] },
  { name: 'Tous les fichiers', extensions: ['*'] },
];

/** The system's dialog may return a name without the extension the filter suggested. */
export const withSqliteExtension = (filePath: string): string => (/\.sqlite$/i.test(filePath) ? filePath : `${filePath}.sqlite`);

/** Where a dialog starts: the open file's folder, else the Documents folder. */
const startFolder = (session: Session, documents: string): string => {
  const current = session.filePath();
  return current === '' ? documents : path.dirname(current);
};

/**
 * The desktop's answers to the host-only file methods: the system's dialog picks the path, then the
 * backend does the same work as in browser mode. A cancelled dialog answers null and changes nothing.
 */
export const fileDialogHandlers = (dialogs: DialogPort, documents: string) => {
  const chooseOpen = async (readOnly: boolean, session: Session): Promise<AppInfo | null> => {
    const { canceled, filePaths } = await dialogs.showOpenDialog({
      title: 'Ouvrir un fichier Sève',
      defaultPath: startFolder(session, documents),
      properties: ['openFile'],
      filters: sqliteFilters,
    });
    const [chosen] = filePaths;
    return canceled || chosen === undefined ? null : session.switchTo(chosen, { create: false, readOnly });
  };

  const chooseNew = async (session: Session): Promise<AppInfo | null> => {
    const { canceled, filePath } = await dialogs.showSaveDialog({
      title: 'Nouveau fichier Sève',
      defaultPath: path.join(startFolder(session, documents), 'Nouveau fichier.sqlite'),
      buttonLabel: 'Créer',
      filters: sqliteFilters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    // Creating never replaces a file, even one the user agreed to overwrite: the backend refuses it with a French message.
    return canceled || !filePath ? null : session.switchTo(withSqliteExtension(filePath), { create: true });
  };

  const chooseCopy = async (session: Session): Promise<CopyResult | null> => {
    const current = session.filePath();
    const { canceled, filePath } = await dialogs.showSaveDialog({
      title: 'Enregistrer une copie sous…',
      defaultPath: path.join(startFolder(session, documents), `${path.parse(current || 'Sève').name} (copie).sqlite`),
      buttonLabel: 'Enregistrer la copie',
      filters: sqliteFilters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    // The system's dialog asked before replacing an existing file: the copy may overwrite it (never the open file).
    return canceled || !filePath ? null : session.saveCopy(withSqliteExtension(filePath), true);
  };

  const chooseFolder = async (session: Session): Promise<BackupList | null> => {
    const { canceled, filePaths } = await dialogs.showOpenDialog({
      title: 'Dossier des sauvegardes',
      defaultPath: startFolder(session, documents),
      properties: ['openDirectory', 'createDirectory'],
    });
    const [chosen] = filePaths;
    return canceled || chosen === undefined ? null : session.backups.setFolder(chosen);
  };

  /** « Importer un dossier »: the folder from the system's dialog, then the same scan as browser mode's typed path. */
  const chooseImportFolder = async (session: Session): Promise<ImportScanResult | null> => {
    const { canceled, filePaths } = await dialogs.showOpenDialog({
      title: 'Dossier de documents à importer',
      defaultPath: documents,
      properties: ['openDirectory'],
    });
    const [chosen] = filePaths;
    return canceled || chosen === undefined ? null : session.imports.scan(chosen);
  };

  const handlers: Pick<
    HostHandlers,
    'datafile.chooseOpen' | 'datafile.chooseNew' | 'datafile.chooseCopy' | 'backups.chooseFolder' | 'imports.chooseFolder'
  > = {
    'datafile.chooseOpen': (input, session) => chooseOpen(input.readOnly, session),
    'datafile.chooseNew': (_input, session) => chooseNew(session),
    'datafile.chooseCopy': (_input, session) => chooseCopy(session),
    'backups.chooseFolder': (_input, session) => chooseFolder(session),
    'imports.chooseFolder': (_input, session) => chooseImportFolder(session),
  };
  return { handlers, chooseOpen, chooseNew, chooseCopy };
};
