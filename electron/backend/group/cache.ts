import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ServiceError } from '../errors';

/** Where a group file's verified snapshots are materialised for reading: beside it, like its lock. */
export const snapshotCacheFolder = (dataFile: string): string => `${dataFile}-groupe`;

const sha256Of = (filePath: string): string => crypto.createHash('sha256').update(fs.readFileSync(filePath)).digest('hex');

/**
 * The snapshots' read-only copies. The group file holds the bytes (its backups carry them); the
 * cache is only a faster way to read them, rebuilt from the group file whenever a copy is missing
 * or, the first time this session reads it, does not hash to its name.
 */
export const createSnapshotCache = (nativeBinding?: string) => {
  const checked = new Set<string>();
  return {
    /** A read-only connection on the snapshot `sha256`, the caller closes it. */
    open: (folder: string, sha256: string, bytes: () => Buffer | null): Database.Database => {
      const cached = path.join(folder, `${sha256}.sqlite`);
      if (!checked.has(cached) || !fs.existsSync(cached)) {
        if (!fs.existsSync(cached) || sha256Of(cached) !== sha256) {
          const data = bytes();
          if (!data || crypto.createHash('sha256').update(data).digest('hex') !== sha256) {
            throw new ServiceError(
              'io_error',
              'Le dernier envoi de ce membre ne se lit plus dans le fichier du groupe : importez-le de nouveau.',
            );
          }
          fs.mkdirSync(folder, { recursive: true });
          const partial = `${cached}.${crypto.randomBytes(6).toString('hex')}.partiel`;
          fs.writeFileSync(partial, data);
          fs.renameSync(partial, cached);
        }
        checked.add(cached);
      }
      const db = new Database(cached, { readonly: true, fileMustExist: true, nativeBinding });
      db.pragma('query_only = ON');
      return db;
    },
  };
};
