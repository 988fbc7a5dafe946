import fs from 'node:fs';
import Database from 'better-sqlite3';
import { ServiceError, fromSqliteError } from '../errors';

/** `PRAGMA application_id` of every Sève file: "SEVE" in ASCII. */
export const SEVE_APPLICATION_ID = 0x53455645;

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export type FileInspection = { kind: 'new' } | { kind: 'seve'; schemaVersion: number };

const notSeve = (filePath: string, detail: string): ServiceError =>
  new ServiceError(
    'not_a_seve_file',
    `« ${filePath} » ${detail} Sève ne l’a pas modifié. Choisissez un fichier Sève ou créez-en un nouveau.`,
  );

/** Write permission as the user sees it: mode bits first, since an administrator may bypass them. */
const isWritable = (filePath: string, mode: number): boolean => {
  if ((mode & 0o222) === 0) return false;
  try {
    fs.accessSync(filePath, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

const readHeader = (filePath: string): Buffer => {
  const fd = fs.openSync(filePath, 'r');
  try {
    const header = Buffer.alloc(SQLITE_HEADER.length);
    const bytesRead = fs.readSync(fd, header, 0, header.length, 0);
    return header.subarray(0, bytesRead);
  } finally {
    fs.closeSync(fd);
  }
};

/**
 * Looks at a file without writing a byte to it, and says whether Sève may open it.
 * Throws a ServiceError with a French message for anything it must refuse.
 */
export const inspectFile = (filePath: string, latestVersion: number, nativeBinding: string | undefined): FileInspection => {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'new' };
    throw new ServiceError('io_error', `Sève n’a pas pu lire « ${filePath} » : vérifiez le chemin et les droits d’accès.`);
  }
  if (!stat.isFile()) throw notSeve(filePath, 'n’est pas un fichier (c’est un dossier ou un périphérique).');
  if (!isWritable(filePath, stat.mode)) {
    throw new ServiceError(
      'file_read_only',
      `« ${filePath} » est en lecture seule : Sève a besoin d’y écrire pour l’ouvrir. Retirez la protection en écriture (propriétés du fichier) ou travaillez sur une copie. Le fichier n’a pas été modifié.`,
    );
  }
  if (stat.size === 0) return { kind: 'new' };
  if (!readHeader(filePath).equals(SQLITE_HEADER))
    throw notSeve(filePath, 'n’est pas un fichier Sève (ce n’est pas une base de données SQLite).');

  let probe: Database.Database | undefined;
  const companions = [`${filePath}-wal`, `${filePath}-shm`].filter((companion) => !fs.existsSync(companion));
  try {
    probe = new Database(filePath, { readonly: true, fileMustExist: true, nativeBinding });
    const applicationId = probe.pragma('application_id', { simple: true }) as number;
    const schemaVersion = probe.pragma('user_version', { simple: true }) as number;
    const objectCount = probe.prepare('SELECT count(*) FROM sqlite_schema').pluck().get() as number;
    if (applicationId !== SEVE_APPLICATION_ID) {
      if (objectCount === 0 && schemaVersion === 0) return { kind: 'new' };
      throw notSeve(filePath, 'est une base SQLite qui appartient à une autre application.');
    }
    if (schemaVersion > latestVersion) {
      throw new ServiceError(
        'db_too_new',
        `« ${filePath} » a été enregistré par une version plus récente de Sève (schéma ${schemaVersion}, cette version connaît le schéma ${latestVersion}). Installez la dernière version de Sève pour l’ouvrir. Le fichier n’a pas été modifié.`,
      );
    }
    // Damage inside the file (a disk error, a bad copy) must be found before anything writes to it.
    if (probe.pragma('quick_check', { simple: true }) !== 'ok') {
      throw new ServiceError(
        'not_a_seve_file',
        `« ${filePath} » est endommagé (la vérification de SQLite a trouvé des pages abîmées). Sève ne l’a pas modifié : restaurez une sauvegarde (dossier Sauvegardes) ou une copie.`,
      );
    }
    return { kind: 'seve', schemaVersion };
  } catch (error) {
    if (error instanceof ServiceError) throw error;
    throw fromSqliteError(error, filePath) ?? error;
  } finally {
    probe?.close();
    removeEmptyCompanions(companions);
  }
};

/**
 * A read-only look at a WAL-mode file leaves the `-wal` and `-shm` SQLite created for it; when they
 * were not there before and the `-wal` holds nothing, they are removed, so a refused file's folder
 * is left as it was found.
 */
const removeEmptyCompanions = (created: readonly string[]): void => {
  const wal = created.find((companion) => companion.endsWith('-wal'));
  try {
    if (wal !== undefined && fs.existsSync(wal) && fs.statSync(wal).size > 0) return;
    for (const companion of created) fs.rmSync(companion, { force: true });
  } catch {
    // Best effort: the data file itself is untouched either way.
  }
};
