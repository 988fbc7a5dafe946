import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** How many files "Fichiers récents" remembers. */
export const MAX_RECENT_FILES = 10;

const preferencesSchema = z.object({
  recentFiles: z.array(z.object({ path: z.string(), openedAt: z.string() })).catch([]),
  /** Data file path → folder chosen for its backups (absent: `Sauvegardes` beside the file). */
  backupFolders: z.record(z.string(), z.string()).catch({}),
  /** Data file path → the space its backups may take, in bytes (absent: the default budget). */
  backupBudgets: z.record(z.string(), z.number().int().positive()).catch({}),
  /** Desktop notifications (and the browser-mode banner) of what is late or due this week. */
  reminders: z.boolean().catch(true),
  /** The day the last desktop reminder was shown, so a day brings one, and what became late since. */
  lastReminderOn: z.string().nullable().catch(null),
  /** Data file path → the person of its directory this computer's user said they are ("Qui êtes-vous ?"). */
  authors: z.record(z.string(), z.number().int().positive()).catch({}),
  /** Data file path → whether « Premiers pas » was hidden on this computer. */
  firstStepsHidden: z.record(z.string(), z.boolean()).catch({}),
});
export type Preferences = z.infer<typeof preferencesSchema>;

const empty = (): Preferences => ({
  recentFiles: [],
  backupFolders: {},
  backupBudgets: {},
  reminders: true,
  lastReminderOn: null,
  authors: {},
  firstStepsHidden: {},
});

/**
 * This computer's preferences (recent files, backup folders): they describe this machine's
 * folders, so they live in the user's settings folder, not in the data file that travels.
 * A missing or damaged preferences file is read as empty: losing the recent list must never stop
 * Sève from opening. `folder` null keeps them in memory only (tests that do not care).
 */
export const createPreferences = (folder: string | null) => {
  const file = folder === null ? null : path.join(folder, 'preferences.json');
  let memory = empty();

  const read = (): Preferences => {
    if (file === null) return memory;
    try {
      return preferencesSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
    } catch {
      return empty();
    }
  };

  const write = (next: Preferences): void => {
    if (file === null) {
      memory = next;
      return;
    }
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    // Temporary name then rename: a crash never leaves half a preferences file.
    const partial = `${file}.${crypto.randomBytes(6).toString('hex')}.tmp`;
    fs.writeFileSync(partial, `${JSON.stringify(next, null, 2)}\n`, { mode: 0o600 });
    fs.renameSync(partial, file);
  };

  return {
    read,
    /** Puts `dataFile` first in the recent list. Failing to save preferences is not worth refusing a file for. */
    rememberOpened: (dataFile: string, at: Date): void => {
      const current = read();
      const recentFiles = [
        { path: dataFile, openedAt: at.toISOString() },
        ...current.recentFiles.filter((entry) => entry.path !== dataFile),
      ];
      try {
        write({ ...current, recentFiles: recentFiles.slice(0, MAX_RECENT_FILES) });
      } catch (error) {
        console.error('Préférences non enregistrées', error);
      }
    },
    backupFolderOf: (dataFile: string): string | null => read().backupFolders[dataFile] ?? null,
    setBackupFolder: (dataFile: string, backupFolder: string | null): void => {
      const current = read();
      const backupFolders = { ...current.backupFolders };
      if (backupFolder === null) delete backupFolders[dataFile];
      else backupFolders[dataFile] = backupFolder;
      write({ ...current, backupFolders });
    },
    backupBudgetOf: (dataFile: string): number | null => read().backupBudgets[dataFile] ?? null,
    setBackupBudget: (dataFile: string, budgetBytes: number | null): void => {
      const current = read();
      const backupBudgets = { ...current.backupBudgets };
      if (budgetBytes === null) delete backupBudgets[dataFile];
      else backupBudgets[dataFile] = budgetBytes;
      write({ ...current, backupBudgets });
    },
    setReminders: (enabled: boolean): void => write({ ...read(), reminders: enabled }),
    authorOf: (dataFile: string): number | null => read().authors[dataFile] ?? null,
    setAuthor: (dataFile: string, personId: number): void => {
      const current = read();
      write({ ...current, authors: { ...current.authors, [dataFile]: personId } });
    },
    firstStepsHidden: (dataFile: string): boolean => read().firstStepsHidden[dataFile] ?? false,
    setFirstStepsHidden: (dataFile: string, hidden: boolean): void => {
      const current = read();
      write({ ...current, firstStepsHidden: { ...current.firstStepsHidden, [dataFile]: hidden } });
    },
    rememberReminder: (day: string): void => {
      try {
        write({ ...read(), lastReminderOn: day });
      } catch (error) {
        console.error('Préférences non enregistrées', error);
      }
    },
  };
};

export type PreferencesStore = ReturnType<typeof createPreferences>;
