import path from 'node:path';
import type { SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import type { HostHandlers } from '../backend/api';
import { ServiceError } from '../backend/errors';
import { sanitizeFileName } from '../backend/files/names';

export type PackHostOptions = {
  /** dialog.showSaveDialog bound to the main window. */
  showSaveDialog: (options: SaveDialogOptions) => Promise<SaveDialogReturnValue>;
  /** app.getPath('documents'): where the dialog starts. */
  documentsFolder: () => string;
  /** shell.openPath: resolves with '' on success, or the system's error message. */
  openPath: (filePath: string) => Promise<string>;
};

/**
 * `pack.chooseTarget`: the system's save dialog. The chosen path stays in the main process; the
 * page gets an opaque id to pass to `pack.start`, so it can never name a path to write to.
 */
export const chooseTargetHandler =
  (options: PackHostOptions): HostHandlers['pack.chooseTarget'] =>
  async (input, session) => {
    session.services();
    const result = await options.showSaveDialog({
      title: 'Enregistrer le PDF',
      defaultPath: path.join(options.documentsFolder(), sanitizeFileName(input.suggestedName)),
      filters: [{ name: 'Documents PDF', extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (result.canceled || !result.filePath) return null;
    const filePath = /\.pdf$/i.test(result.filePath) ? result.filePath : `${result.filePath}.pdf`;
    return session.pack.registerTarget(filePath);
  };

/** `pack.open`: a finished PDF opened with the system's reader. */
export const openPdfHandler =
  (options: PackHostOptions): HostHandlers['pack.open'] =>
  async (input, session) => {
    const filePath = session.pack.finishedPath(input.jobId);
    const failure = await options.openPath(filePath);
    if (failure !== '') {
      throw new ServiceError(
        'io_error',
        `Le système n’a pas pu ouvrir « ${path.basename(filePath)} » (${failure}). Ouvrez-le depuis son dossier.`,
      );
    }
    return null;
  };
