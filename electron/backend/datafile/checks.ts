import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ServiceError } from '../errors';
import { lockFilePath } from '../db/lock';

/** Every change refused in a read-only view, with what to do instead (`reason`: why Sève itself keeps it read-only). */
export const readOnlyError = (filePath: string, reason: string | null = null): ServiceError =>
  new ServiceError(
    'file_read_only',
    reason === null
      ? `« ${filePath} » est ouvert en lecture seule (une autre fenêtre de Sève l’utilise) : rien n’a été enregistré. Pour modifier ce fichier ou ses sauvegardes, fermez l’autre fenêtre puis rouvrez-le normalement.`
      : `Rien n’a été enregistré dans « ${filePath} ». ${reason}`,
  );

/** A chosen backup folder must exist (or be creatable) and take a file: checked now, not at the next backup. */
export const ensureWritableFolder = (folder: string): void => {
  const probe = path.join(folder, `.essai-${crypto.randomBytes(6).toString('hex')}`);
  try {
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
  } catch {
    throw new ServiceError(
      'io_error',
      `Sève ne peut pas écrire dans « ${folder} » (dossier introuvable, protégé ou support débranché). Choisissez un autre dossier.`,
      { folder: 'Dossier inaccessible en écriture.' },
    );
  }
};

/**
 * Where "Enregistrer une copie sous…" may write: never over the open file or its companions,
 * never over a file with a journal beside it (that journal would be replayed onto the copy), and
 * over an existing file only when the user confirmed it in the system's dialog.
 */
export const checkCopyTarget = (openFile: string, target: string, overwrite: boolean): void => {
  const companions = [openFile, `${openFile}-wal`, `${openFile}-shm`, `${openFile}-journal`, lockFilePath(openFile)];
  if (companions.includes(target)) {
    throw new ServiceError('conflict', 'La copie ne peut pas remplacer le fichier ouvert : choisissez un autre nom.', {
      path: 'Choisissez un autre nom que celui du fichier ouvert.',
    });
  }
  if (!fs.existsSync(target)) return;
  if (!overwrite) {
    throw new ServiceError('conflict', `« ${target} » existe déjà : choisissez un autre nom.`, { path: 'Ce fichier existe déjà.' });
  }
  if (!fs.statSync(target).isFile() || fs.existsSync(`${target}-wal`) || fs.existsSync(`${target}-journal`)) {
    throw new ServiceError(
      'conflict',
      `« ${target} » ne peut pas être remplacé (c’est un dossier, ou un fichier encore ouvert ailleurs) : choisissez un autre nom.`,
    );
  }
};
