import type { ErrorCode, FieldErrors } from '../../shared/api/result';

/** An expected failure with a French message for the user; services throw it, the API maps it. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldErrors,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

export const notFound = (what: string): ServiceError =>
  new ServiceError('not_found', `${what} est introuvable : il a peut-être été supprimé. Rechargez la page.`);

export const invalidField = (field: string, message: string): ServiceError =>
  new ServiceError('invalid_input', message, { [field]: message });

type SqliteLikeError = { code?: unknown; message?: unknown };

const sqliteCode = (error: unknown): string | null => {
  const code = (error as SqliteLikeError | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : null;
};

/**
 * Translates SQLite failures that the user can act on into service errors.
 * Returns null for anything else (a bug), which the API reports as `internal`.
 */
export const fromSqliteError = (error: unknown, filePath: string): ServiceError | null => {
  const code = sqliteCode(error);
  if (code === null) return null;
  if (code === 'SQLITE_FULL') {
    return new ServiceError(
      'disk_full',
      `Le disque est plein : l’enregistrement n’a pas été fait. Libérez de la place puis réessayez. Rien n’a été perdu dans « ${filePath} ».`,
    );
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new ServiceError(
      'file_locked',
      `Le fichier « ${filePath} » est occupé par un autre programme. Fermez l’autre fenêtre de Sève qui l’utilise, puis réessayez.`,
    );
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new ServiceError(
      'file_read_only',
      `Le fichier « ${filePath} » est en lecture seule : Sève ne peut pas y écrire. Retirez la protection en écriture ou ouvrez une copie.`,
    );
  }
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new ServiceError(
      'not_a_seve_file',
      `Le fichier « ${filePath} » n’est pas un fichier Sève lisible (il est endommagé ou d’un autre format). Il n’a pas été modifié.`,
    );
  }
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN')) {
    return new ServiceError(
      'io_error',
      `Sève n’a pas pu lire ou écrire le fichier « ${filePath} » (erreur du disque ou du support amovible). Vérifiez que le support est bien branché, puis réessayez.`,
    );
  }
  return null;
};

/** Throws `error` where an expression is expected (`repo.get(id) ?? raise(notFound(…))`). */
export const raise = (error: Error): never => {
  throw error;
};
