import { differenceInCalendarDays } from 'date-fns';
import { toCalendarDate } from './dates';

/** Why a backup was taken; part of its file name, so the folder reads on its own. */
export const backupKinds = ['ouverture', 'auto', 'manuelle', 'avant-restauration', 'avant-migration'] as const;
export type BackupKind = (typeof backupKinds)[number];

/** Changes are backed up at most this often while they happen. */
export const AUTO_BACKUP_INTERVAL_MS = 15 * 60 * 1000;

/** Retention: the most recent backups kept whatever their day… */
export const KEEP_LATEST = 10;
/** …plus the last backup of each of this many days. */
export const KEEP_DAILY_DAYS = 30;

export type DatedBackup = { id: string; createdAt: Date; kind: BackupKind };

/**
 * The backups to keep: the 10 most recent, plus the last one of each calendar day (local time)
 * of the past 30 days. Pre-migration copies are always kept: they are the only way back to the
 * previous version of Sève, and there is one per schema change.
 */
export const backupsToKeep = (backups: readonly DatedBackup[], now: Date): Set<string> => {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1));
  const keep = new Set(newestFirst.slice(0, KEEP_LATEST).map((backup) => backup.id));
  const daysSeen = new Set<string>();
  for (const backup of newestFirst) {
    if (backup.kind === 'avant-migration') keep.add(backup.id);
    const age = differenceInCalendarDays(now, backup.createdAt);
    const day = toCalendarDate(backup.createdAt);
    if (age >= 0 && age < KEEP_DAILY_DAYS && !daysSeen.has(day)) {
      daysSeen.add(day);
      keep.add(backup.id);
    }
  }
  return keep;
};

/** When the next automatic backup may run after a change: now if the last one is old enough, else at last + interval. */
export const nextAutoBackupAt = (lastBackupAt: Date | null, changedAt: Date): Date => {
  if (lastBackupAt === null) return changedAt;
  const earliest = lastBackupAt.getTime() + AUTO_BACKUP_INTERVAL_MS;
  return new Date(Math.max(earliest, changedAt.getTime()));
};

const MB = 1024 * 1024;
/** By default the backups of a file may take this many times its size… */
export const DEFAULT_BUDGET_FACTOR = 5;
/** …and never less than this, so a small file keeps its full history of backups. */
export const MIN_DEFAULT_BUDGET_BYTES = 500 * MB;
/** The smallest budget a user may set, and the largest (1 To). */
export const MIN_BUDGET_MB = 10;
export const MAX_BUDGET_MB = 1024 * 1024;

/** The space the backups of a file may take unless the user chose otherwise. */
export const defaultBackupBudget = (fileSizeBytes: number): number =>
  Math.max(MIN_DEFAULT_BUDGET_BYTES, DEFAULT_BUDGET_FACTOR * fileSizeBytes);

export type SizedBackup = DatedBackup & { sizeBytes: number };

/**
 * The backups the retention rule keeps, cut down to the space budget: the oldest go first. The
 * newest backup, the one about to be restored (`protect`) and pre-migration copies (the only way
 * back to a previous version of Sève) always stay, even when they alone pass the budget.
 */
export const backupsWithinBudget = (
  backups: readonly SizedBackup[],
  keep: ReadonlySet<string>,
  budgetBytes: number,
  protect?: string,
): Set<string> => {
  const kept = [...backups].filter((backup) => keep.has(backup.id) || backup.id === protect);
  const newestFirst = kept.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1));
  const result = new Set(newestFirst.map((backup) => backup.id));
  let used = newestFirst.reduce((sum, backup) => sum + backup.sizeBytes, 0);
  for (const backup of [...newestFirst].reverse()) {
    if (used <= budgetBytes) break;
    if (backup === newestFirst[0] || backup.id === protect || backup.kind === 'avant-migration') continue;
    result.delete(backup.id);
    used -= backup.sizeBytes;
  }
  return result;
};
