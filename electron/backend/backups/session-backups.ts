import crypto from 'node:crypto';
import path from 'node:path';
import type { Backup, BackupList } from '../../../shared/schemas/backups';
import { ensureWritableFolder } from '../datafile/checks';
import type { OpenedFile } from '../db/connection';
import type { FileLock } from '../db/lock';
import type { Migration } from '../db/migrations';
import { createOrganisationService } from '../organisation/service';
import type { createPreferences } from '../prefs';
import type { Services } from '../services';
import { defaultBackupFolder, partialPrefix } from './names';
import { checkRestorable, copyBackupInto, removeStaged, stageRestore } from './restore';
import type { AutoBackup } from './scheduler';
import type { BackupService } from './service';
import type { Author } from '../identity/author';

type WritableFile = {
  file: OpenedFile & { lock: FileLock };
  backups: BackupService;
  auto: AutoBackup;
  backupWarning: string | null;
  openingBackup: Promise<void>;
};

export type SessionBackupsDeps = {
  /** The open file when it may be written to; throws otherwise (none open, read-only view). */
  writable: () => WritableFile;
  /** The open file's backups; null for a read-only view, which keeps none. */
  openBackups: () => BackupService | null;
  migrations: readonly Migration[];
  /** Who the restore's timeline entry names. */
  /** Who is restoring: named in the restored file's timeline (without a person id, which that file may not know). */
  author: () => Author;
  nativeBinding?: string;
  now: () => Date;
  preferences: ReturnType<typeof createPreferences>;
  /** Opens the data file again with the lock it kept, binds the services, and tells the host; throws (file let go) on failure. */
  reopen: (dataFile: string, lock: FileLock) => Promise<Services>;
};

/** The backups of the open file as the `backups.*` methods see them: list, back up now, restore, choose the folder. */
export const createSessionBackups = (deps: SessionBackupsDeps) => {
  const listOf = (open: WritableFile): BackupList => ({
    folder: open.backups.folder(),
    defaultFolder: defaultBackupFolder(open.file.path),
    backups: open.backups.list(),
    ...open.backups.usage(),
  });

  return {
    list: (): BackupList => listOf(deps.writable()),

    /** When the open file was last backed up (null: never); undefined for a read-only view, which cannot know. */
    latestAt: (): Date | null | undefined => deps.openBackups()?.latestAt(),

    /** "Sauvegarder maintenant". */
    create: async (): Promise<Backup> => {
      const open = deps.writable();
      const backup = await open.backups.create('manuelle');
      open.auto.backedUp(deps.now());
      open.backupWarning = null;
      return backup;
    },

    /**
     * Puts a backup's content back, after backing up the current state. The restore goes on the
     * structure's timeline inside the content that comes back (a staged copy, migrated, with the
     * entry, then copied into the file in one transaction): it says when the content came back
     * and which backup kept what it replaced, and a crash can never keep one without the other.
     */
    restore: async (id: string): Promise<{ restored: Backup; safety: Backup }> => {
      const open = deps.writable();
      const restored = open.backups.find(id);
      const latestVersion = deps.migrations[deps.migrations.length - 1]?.version ?? 0;
      checkRestorable(restored, latestVersion, deps.nativeBinding);
      // No copy of the file may still be running when its content is replaced.
      await open.openingBackup;
      await open.auto.flush();
      const safety = await open.backups.create('avant-restauration', { protect: restored.id });
      const { path: dataFile, lock } = open.file;
      // Named as a half-written backup of this file: a kill leaves it to the next opening's cleanup.
      const staged = path.join(
        open.backups.folder(),
        `${partialPrefix(dataFile)}restauration-${crypto.randomBytes(6).toString('hex')}.sqlite`,
      );
      try {
        await stageRestore(
          restored.path,
          staged,
          deps.migrations,
          (db) =>
            createOrganisationService({ db, author: () => ({ ...deps.author(), personId: null }), now: deps.now }).recordRestore({
              backupTakenAt: restored.createdAt,
              backupKind: restored.kind,
              safetyBackup: safety.id,
            }),
          deps.nativeBinding,
        );
      } catch (error) {
        removeStaged(staged);
        throw error;
      }
      open.auto.stop();
      open.file.db.close();
      let failure: unknown = null;
      try {
        await copyBackupInto(staged, dataFile, deps.nativeBinding);
      } catch (error) {
        failure = error;
      } finally {
        removeStaged(staged);
      }
      await deps.reopen(dataFile, lock).catch((error: unknown) => {
        failure ??= error;
      });
      if (failure !== null) throw failure;
      return { restored, safety };
    },

    /** Sets the space this file's backups may take (null: the default); the oldest past it go now. */
    setBudget: (budgetMb: number | null): BackupList => {
      const open = deps.writable();
      deps.preferences.setBackupBudget(open.file.path, budgetMb === null ? null : budgetMb * 1024 * 1024);
      open.backups.prune();
      return listOf(open);
    },

    /** Chooses where this file's backups go (null: `Sauvegardes` beside it). The folder must be writable. */
    setFolder: (folder: string | null): BackupList => {
      const open = deps.writable();
      if (folder !== null) ensureWritableFolder(folder);
      deps.preferences.setBackupFolder(open.file.path, folder === null ? null : path.resolve(folder));
      return listOf(open);
    },
  };
};
