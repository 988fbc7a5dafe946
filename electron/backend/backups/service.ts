import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { backupsToKeep, type BackupKind } from '../../../shared/domain/backups';
import type { Backup } from '../../../shared/schemas/backups';
import { ServiceError } from '../errors';
import { writeVerifiedCopy } from './copy';
import { readBackupContents } from './inspect';
import { backupFileName, defaultBackupFolder, parseBackupFileName, partialPrefix } from './names';

export type BackupServiceOptions = {
  db: Database.Database;
  dataFile: string;
  /** Read at each use: the folder can be changed while the file is open. */
  folder: () => string;
  now: () => Date;
  nativeBinding?: string;
};

type Listed = { id: string; path: string; kind: BackupKind; createdAt: Date };

/** The backups of one open data file: take, list, prune, find. */
export const createBackupService = (options: BackupServiceOptions) => {
  const listFiles = (): Listed[] => {
    const folder = options.folder();
    let names: string[];
    try {
      names = fs.readdirSync(folder);
    } catch {
      return [];
    }
    return names.flatMap((name) => {
      const parsed = parseBackupFileName(options.dataFile, name);
      return parsed ? [{ id: name, path: path.join(folder, name), kind: parsed.kind, createdAt: parsed.createdAt }] : [];
    });
  };

  const describe = (entry: Listed): Backup => {
    const contents = readBackupContents(entry.path, options.nativeBinding);
    let sizeBytes = 0;
    try {
      sizeBytes = fs.statSync(entry.path).size;
    } catch {
      // Removed between the listing and now: shown with size 0, restore will say it is gone.
    }
    return {
      id: entry.id,
      path: entry.path,
      kind: entry.kind,
      createdAt: entry.createdAt.toISOString(),
      sizeBytes,
      schemaVersion: contents?.schemaVersion ?? null,
      counts: contents?.counts ?? null,
    };
  };

  /**
   * Removes this file's copies left half-written by a crash or a full disk (never shown, never
   * restorable; a copy can weigh hundreds of Mo), with their journals. Only this file's: another
   * file's backups may share the folder, and its copy may be under way in another Sève. The
   * caller holds this file's lock, so no copy of it is being written now.
   */
  const removePartials = (): void => {
    const prefix = partialPrefix(options.dataFile);
    for (const folder of new Set([options.folder(), defaultBackupFolder(options.dataFile)])) {
      try {
        for (const name of fs.readdirSync(folder)) {
          if (name.startsWith(prefix)) fs.rmSync(path.join(folder, name), { force: true });
        }
      } catch {
        // The folder does not exist yet: nothing to clean.
      }
    }
  };

  /** Applies the retention rule (shared/domain/backups.ts) to this file's backups. */
  const prune = (protect: string | undefined): void => {
    const listed = listFiles();
    const keep = backupsToKeep(listed, options.now());
    for (const entry of listed) if (!keep.has(entry.id) && entry.id !== protect) fs.rmSync(entry.path, { force: true });
  };

  const freeName = (kind: BackupKind, at: Date): string => {
    const folder = options.folder();
    for (let n = 1; ; n += 1) {
      const candidate = path.join(folder, backupFileName(options.dataFile, kind, at, { n }));
      if (!fs.existsSync(candidate)) return candidate;
    }
  };

  return {
    folder: options.folder,

    removePartials,

    /** Takes a verified backup now, then prunes the old ones (never `protect`, the one about to be restored). */
    create: async (kind: BackupKind, { protect }: { protect?: string } = {}): Promise<Backup> => {
      removePartials();
      const at = options.now();
      const target = freeName(kind, at);
      await writeVerifiedCopy(options.db, target, { nativeBinding: options.nativeBinding });
      try {
        prune(protect);
      } catch (error) {
        // The backup is made; failing to remove an old one is not worth reporting it as failed.
        console.error('Nettoyage des anciennes sauvegardes impossible', error);
      }
      return describe({ id: path.basename(target), path: target, kind, createdAt: at });
    },

    /** Newest first, each with its record counts read from the backup itself. */
    list: (): Backup[] =>
      listFiles()
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))
        .map(describe),

    /** The backup listed under `id`, or not_found. */
    find: (id: string): Backup => {
      const entry = listFiles().find((candidate) => candidate.id === id);
      if (!entry)
        throw new ServiceError(
          'not_found',
          `La sauvegarde « ${id} » est introuvable dans « ${options.folder()} » : elle a peut-être été supprimée. Rechargez la liste.`,
        );
      return describe(entry);
    },

    /** Instant of the newest backup, to space automatic ones. */
    latestAt: (): Date | null => {
      const times = listFiles().map((entry) => entry.createdAt.getTime());
      return times.length === 0 ? null : new Date(Math.max(...times));
    },
  };
};

export type BackupService = ReturnType<typeof createBackupService>;
