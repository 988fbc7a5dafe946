import fs from 'node:fs';
import Database from 'better-sqlite3';
import { ServiceError, fromSqliteError } from '../errors';
import type { Migration } from './migrations';
import { checkSchema } from './schemaCheck';

/** `PRAGMA application_id` of every Sève file: "SEVE" in ASCII. */
export const SEVE_APPLICATION_ID = 0x53455645;

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export type FileInspection =
  | { kind: 'new' }
  /** `readOnlyReason`: why the file may be read but never written (its history unprotected, an index damaged), in French. */
  /** `integrityDeferred`: SQLite's integrity check was left to be run just after opening. */
  | { kind: 'seve'; schemaVersion: number; readOnlyReason: string | null; integrityDeferred: boolean };

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

export const damaged = (filePath: string, detail: string): ServiceError =>
  new ServiceError(
    'not_a_seve_file',
    `« ${filePath} » est endommagé (${detail}). Sève ne l’a pas modifié : restaurez une sauvegarde (dossier Sauvegardes) ou une copie.`,
  );

/** The first line `PRAGMA integrity_check` gives, or 'ok'. */
const firstProblem = (probe: Database.Database, pragma: 'integrity_check' | 'quick_check'): string => {
  const rows = probe.pragma(`${pragma}(1)`) as Record<string, string>[];
  return Object.values(rows[0] ?? {})[0] ?? 'ok';
};

/**
 * Looks at a file without writing a byte to it, and says whether Sève may open it, and whether
 * only for reading. Throws a ServiceError with a French message for anything it must refuse.
 */
export const inspectFile = (
  filePath: string,
  migrations: readonly Migration[],
  nativeBinding: string | undefined,
  /** Leave SQLite's integrity check of a file already at the latest schema to the caller (it runs it off the main thread). */
  deferIntegrityCheck = false,
): FileInspection => {
  const latestVersion = migrations[migrations.length - 1]?.version ?? 0;
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
    if (schemaVersion === 0 && objectCount > 0) {
      throw damaged(filePath, 'son numéro de version a été effacé : Sève ne peut plus savoir quelles mises à jour lui appliquer');
    }
    // Damage inside the file (a disk error, a bad copy, an index edited by another tool) must be found
    // before anything writes to it. integrity_check also compares every index with its table, which
    // quick_check does not; quick_check then tells damaged pages (unreadable: refused) from index
    // mismatches (the rows are there: a read-only view).
    // Both read every page: on a file of a gigabyte, seconds before the first screen. A file that
    // will not be migrated may be checked just after opening instead, in the backup worker.
    const deferred = deferIntegrityCheck && schemaVersion === latestVersion;
    const integrity = deferred ? 'ok' : firstProblem(probe, 'integrity_check');
    if (integrity !== 'ok' && firstProblem(probe, 'quick_check') !== 'ok') {
      throw damaged(filePath, 'la vérification de SQLite a trouvé des pages abîmées');
    }
    const schema = checkSchema(probe, migrations, schemaVersion, nativeBinding);
    if (schema.missingTables.length > 0) {
      throw damaged(filePath, `il lui manque des tables que son schéma ${schemaVersion} prévoit : ${schema.missingTables.join(', ')}`);
    }
    const readOnlyReason =
      schema.unprotected.length > 0
        ? historyUnprotectedMessage(schema.unprotected)
        : integrity !== 'ok'
          ? indexDamagedMessage(integrity)
          : null;
    if (readOnlyReason !== null && schemaVersion < latestVersion) {
      throw new ServiceError(
        'not_a_seve_file',
        `${readOnlyReason} Ce fichier devrait aussi être mis à jour pour cette version de Sève, ce qui demande d’y écrire : Sève ne l’ouvre donc pas. Restaurez une sauvegarde (dossier Sauvegardes) ou une copie.`,
      );
    }
    return { kind: 'seve', schemaVersion, readOnlyReason, integrityDeferred: deferred };
  } catch (error) {
    if (error instanceof ServiceError) throw error;
    throw fromSqliteError(error, filePath) ?? error;
  } finally {
    probe?.close();
    removeEmptyCompanions(companions);
  }
};

/** Why a file whose history lost its protection opens read-only. */
export const historyUnprotectedMessage = (objects: readonly string[]): string =>
  `La protection de l’historique de ce fichier a été retirée ou modifiée par un autre programme (${objects.join(', ')}) : ses enregistrements pourraient avoir été réécrits. Sève l’ouvre en lecture seule, pour que rien ne s’y ajoute sur une trace qui n’est plus sûre. Pour retravailler, ouvrez une sauvegarde faite avant (dossier Sauvegardes à côté du fichier : chacune est un fichier Sève complet).`;

/** Why a file that fails SQLite's integrity check (an index no longer matching its table) opens read-only. */
export const indexDamagedMessage = (detail: string): string =>
  `Ce fichier est endommagé : la vérification d’intégrité de SQLite a trouvé une anomalie (« ${detail.slice(0, 160)} »). Sève l’ouvre en lecture seule pour ne pas aggraver le dommage ; vous pouvez tout consulter et imprimer. Pour retravailler, ouvrez une sauvegarde (dossier Sauvegardes à côté du fichier : chacune est un fichier Sève complet).`;

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
