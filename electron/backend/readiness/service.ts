import { toCalendarDate } from '../../../shared/domain/dates';
import type { Readiness, ReadinessQuery } from '../../../shared/schemas/readiness';
import type { ServiceContext } from '../context';
import { readReadiness } from './read';
import { resolveTarget, type ReadinessTarget } from './target';

/**
 * « Prêt pour l'audit ? ». `lastBackupAt` tells when the file was last backed up (undefined when
 * this session cannot know: a read-only view); it counts only when the checks are run for today
 * or later, since a backup's age is today's fact.
 */
export const createReadinessService = (ctx: ServiceContext) => ({
  target: (query: ReadinessQuery): ReadinessTarget => resolveTarget(ctx.db, query, toCalendarDate(ctx.now())),
  check: (query: ReadinessQuery, lastBackupAt?: Date | null): Readiness => {
    const today = toCalendarDate(ctx.now());
    const target = resolveTarget(ctx.db, query, today);
    const backup =
      lastBackupAt === undefined || target.asOf < today
        ? undefined
        : { today, lastOn: lastBackupAt === null ? null : toCalendarDate(lastBackupAt) };
    return ctx.db.transaction(() => readReadiness(ctx.db, target, backup))();
  },
});
