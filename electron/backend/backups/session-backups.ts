import path from 'node:path';
import type { Backup, BackupList } from '../../../shared/schemas/backups';
import { ensureWritableFolder } from '../datafile/checks';
import type { OpenedFile } from '../db/connection';
import type { FileLock } from '../db/lock';
import type { createPreferences } from '../prefs';
import type { Services } from '../services';
import { defaultBackupFolder } from './names';
import { checkRestorable, copyBackupInto } from './restore';
import type { AutoBackup } from './scheduler';
import type { BackupService } from './service';

type WritableFile = { file: OpenedFile & { lock: FileLock }; backups: BackupService; auto: AutoBackup; backupWarning: string | null };

export type SessionBackupsDeps = {
  /** The open file when it may be written to; throws otherwise (none open, read-only view). */
  writable: () => WritableFile;
  latestVersion: number;
  nativeBinding?: string;
  now: () => Date;
  preferences: ReturnType<typeof createPreferences>;
  log: (message: string, error: unknown) => void;
  /** Opens the data file again with the lock it kept, binds the services, and tells the host; throws (file let go) on failure. */
  reopen: (dataFile: string, lock: FileLock) => Promise<Services>;
};

/** The backups of the open file as the `backups.*` methods see them: list, back up now, restore, choose the folder. */
export const createSessionBackups = (deps: SessionBackupsDeps) => {
  const listOf = (open: WritableFile): BackupList => ({
    folder: open.backups.folder(),
    defaultFolder: defaultBackupFolder(open.file.path),
    backups: open.backups.list(),
  });

  return {
    list: (): BackupList => listOf(deps.writable()),

    /** "Sauvegarder maintenant". */
    create: async (): Promise<Backup> => {
      const open = deps.writable();
      const backup = await open.backups.create('manuelle');
      open.auto.backedUp(deps.now());
      open.backupWarning = null;
      return backup;
    },

    /**
     * Puts a backup's content back, after backing up the current state; reopens the file and
     * writes the restore on the structure's timeline (in the restored file, so it says when its
     * content came back and which backup kept what it replaced).
     */
    restore: async (id: string): Promise<{ restored: Backup; safety: Backup }> => {
      const open = deps.writable();
      const restored = open.backups.find(id);
      checkRestorable(restored, deps.latestVersion, deps.nativeBinding);
      await open.auto.flush();
      const safety = await open.backups.create('avant-restauration', { protect: restored.id });
      open.auto.stop();
      const { path: dataFile, lock } = open.file;
      open.file.db.close();
      let failure: unknown = null;
      try {
        await copyBackupInto(restored.path, dataFile, deps.nativeBinding);
      } catch (error) {
        failure = error;
      }
      const services = await deps.reopen(dataFile, lock).catch((error: unknown) => {
        failure ??= error;
        return null;
      });
      if (failure !== null) throw failure;
      try {
        services?.organisation.recordRestore({ backupTakenAt: restored.createdAt, backupKind: restored.kind, safetyBackup: safety.id });
      } catch (error) {
        // The content is back and the file open: a timeline entry that cannot be written (disk full) must not say otherwise.
        deps.log('Restauration non inscrite à l’historique', error);
      }
      return { restored, safety };
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
