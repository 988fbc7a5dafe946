import fs from 'node:fs';
import path from 'node:path';
import type { Reminders } from '../../shared/schemas/agenda';
import type { RecentFile } from '../../shared/schemas/datafile';
import type { PreferencesStore } from './prefs';
import type { HeldFile } from './session-file';

/** What this computer remembers beside the data file: recent files, reminders, « Premiers pas » hidden or shown. */
export const createComputerSettings = (preferences: PreferencesStore, held: HeldFile) => ({
  recentFiles: (): RecentFile[] => preferences.read().recentFiles.map((entry) => ({ ...entry, exists: fs.existsSync(entry.path) })),

  /** Paths this computer opened before: the only ones the desktop app's page may name itself. */
  isKnownPath: (filePath: string): boolean => {
    const resolved = path.resolve(filePath);
    return resolved === held.filePath() || preferences.read().recentFiles.some((entry) => entry.path === resolved);
  },

  /** « Premiers pas » hidden or shown on this computer for the open file. */
  firstSteps: {
    hidden: (): boolean => preferences.firstStepsHidden(held.current().file.path),
    setHidden: (hidden: boolean): void => preferences.setFirstStepsHidden(held.current().file.path, hidden),
  },

  /** This computer's reminder setting (desktop notifications, browser-mode banner). */
  reminders: {
    get: (): Reminders => ({ enabled: preferences.read().reminders, lastShownOn: preferences.read().lastReminderOn }),
    set: (enabled: boolean): Reminders => {
      preferences.setReminders(enabled);
      return { enabled, lastShownOn: preferences.read().lastReminderOn };
    },
    shown: (day: string): void => preferences.rememberReminder(day),
  },
});
