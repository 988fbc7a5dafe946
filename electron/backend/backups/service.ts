import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { backupsToKeep, backupsWithinBudget, defaultBackupBudget, type BackupKind } from '../../../shared/domain/backups';
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
  /** The backup worker the host bundled: copies are made and checked off the main thread. */
  workerPath?: string;
  /** The space budget this computer's user chose for this file's backups, in bytes (null: the default). */
  budget?: () => number | null;
};

type Listed = { id: string; path: string; kind: BackupKind; createdAt: Date };

const sizeOf = (filePath: string): number => {
  try {
    return fs.statSync(filePath).size;
  } catch {
    // Removed between the listing and now.
    return 0;
  }
};

/**
 * Where a file's content stands: the head of its hash-chained history (every change Sève makes
 * writes an entry there, in the same transaction) and its schema. Equal stamps: nothing changed.
 */
const stampOf = (db: Database.Database): string | null => {
  try {
    const head = db.prepare("SELECT history_id || ':' || hash FROM history_chain ORDER BY history_id DESC LIMIT 1").pluck().get();
    return `${String(db.pragma('user_version', { simple: true }))}/${String(head ?? '')}`;
  } catch {
    // A backup of an older schema (no chain yet), or unreadable: treated as different.
    return null;
  }
};

const stampOfFile = (filePath: string, nativeBinding?: string): string | null => {
  let db: Database.Database | undefined;
  try {
    db = new Database(filePath, { readonly: true, fileMustExist: true, nativeBinding });
    return stampOf(db);
  } catch {
    return null;
  } finally {
    db?.close();
  }
};

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
    // Removed between the listing and now: shown with size 0, restore will say it is gone.
    const sizeBytes = sizeOf(entry.path);
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

  const budget = (): { budgetBytes: number; budgetIsDefault: boolean } => {
    const chosen = options.budget?.() ?? null;
    return chosen === null
      ? { budgetBytes: defaultBackupBudget(sizeOf(options.dataFile)), budgetIsDefault: true }
      : { budgetBytes: chosen, budgetIsDefault: false };
  };

  /** Applies the retention rule, then the space budget (shared/domain/backups.ts), to this file's backups. */
  const prune = (protect: string | undefined): void => {
    const listed = listFiles().map((entry) => ({ ...entry, sizeBytes: sizeOf(entry.path) }));
    const keep = backupsWithinBudget(listed, backupsToKeep(listed, options.now()), budget().budgetBytes, protect);
    for (const entry of listed) if (!keep.has(entry.id) && entry.id !== protect) fs.rmSync(entry.path, { force: true });
  };

  const newest = (): Listed | undefined =>
    listFiles().sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))[0];

  const freeName = (kind: BackupKind, at: Date): string => {
    const folder = options.folder();
    for (let n = 1; ; n += 1) {
      const candidate = path.join(folder, backupFileName(options.dataFile, kind, at, { n }));
      if (!fs.existsSync(candidate)) return candidate;
    }
  };

  const create = async (kind: BackupKind, { protect }: { protect?: string } = {}): Promise<Backup> => {
    removePartials();
    const at = options.now();
    const target = freeName(kind, at);
    await writeVerifiedCopy(options.db, target, { nativeBinding: options.nativeBinding, workerPath: options.workerPath });
    try {
      prune(protect);
    } catch (error) {
      // The backup is made; failing to remove an old one is not worth reporting it as failed.
      console.error('Nettoyage des anciennes sauvegardes impossible', error);
    }
    return describe({ id: path.basename(target), path: target, kind, createdAt: at });
  };

  return {
    folder: options.folder,

    removePartials,

    /**
     * An opening or automatic backup, skipped (null) when the newest backup already holds exactly
     * this content: reopening a file, or a change undone, costs no copy of a gigabyte.
     */
    createIfChanged: async (kind: 'ouverture' | 'auto'): Promise<Backup | null> => {
      const latest = newest();
      const current = stampOf(options.db);
      if (latest && current !== null && stampOfFile(latest.path, options.nativeBinding) === current) return null;
      return create(kind);
    },

    /** The space budget and what the backups take now. */
    usage: (): { budgetBytes: number; budgetIsDefault: boolean; usedBytes: number } => ({
      ...budget(),
      usedBytes: listFiles().reduce((sum, entry) => sum + sizeOf(entry.path), 0),
    }),

    /** Applies the retention rule and the budget now (the budget was just changed). */
    prune: (): void => prune(undefined),

    /** Takes a verified backup now, then prunes the old ones (never `protect`, the one about to be restored). */
    create,

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
