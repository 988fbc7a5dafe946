import { toCalendarDate } from '../../../shared/domain/dates';
import type { ReadinessFacts } from '../../../shared/domain/readiness/facts';
import type { Readiness, ReadinessQuery } from '../../../shared/schemas/readiness';
import type { ServiceContext } from '../context';
import { readReadiness } from './read';
import { resolveTarget, type ReadinessTarget } from './target';

/** What the checks run for, with the backup's age when it counts: the day checked is today or later (its age is today's fact). */
export type ReadinessRun = ReadinessTarget & { backup?: ReadinessFacts['backup'] };

/**
 * « Prêt pour l'audit ? ». `lastBackupAt` tells when the file was last backed up (null: never;
 * undefined when this session cannot know: a read-only view keeps no backups).
 */
export const createReadinessService = (ctx: ServiceContext) => {
  const run = (query: ReadinessQuery, lastBackupAt: Date | null | undefined): ReadinessRun => {
    const today = toCalendarDate(ctx.now());
    const target = resolveTarget(ctx.db, query, today);
    return lastBackupAt === undefined || target.asOf < today
      ? target
      : { ...target, backup: { today, lastOn: lastBackupAt === null ? null : toCalendarDate(lastBackupAt) } };
  };
  return {
    /** The run the PDF's worker repeats on its own connection. */
    run,
    check: (query: ReadinessQuery, lastBackupAt: Date | null | undefined): Readiness => {
      const { backup, ...target } = run(query, lastBackupAt);
      return ctx.db.transaction(() => readReadiness(ctx.db, target, backup))();
    },
  };
};
