import type Database from 'better-sqlite3';
import { twelveMonthsEndingOn } from '../../../shared/domain/dates';
import { assessReadiness } from '../../../shared/domain/readiness/assess';
import type { ReadinessFacts } from '../../../shared/domain/readiness/facts';
import type { Readiness } from '../../../shared/schemas/readiness';
import { readAudits } from './facts-audits';
import { readContextRegisters } from './facts-context';
import { readLoop } from './facts-loop';
import { readDocuments, readRequirements } from './facts-system';
import { certificationContext, gradeScale, type ReadinessTarget } from './target';

/** Every fact the rules read, as of the target's day: a dozen set-based statements, none per record. */
const readFacts = (
  db: Database.Database,
  target: ReadinessTarget,
  context: ReturnType<typeof certificationContext>,
  backup?: ReadinessFacts['backup'],
): ReadinessFacts => {
  const asOf = target.asOf;
  const yearAgo = twelveMonthsEndingOn(asOf);
  return {
    asOf,
    cycle: context.cycle,
    requirements: context.referentialId === null ? [] : readRequirements(db, asOf, { id: context.referentialId, baseId: context.baseId }),
    ...readDocuments(db, asOf, yearAgo),
    ...readAudits(db, { asOf, cycleStart: context.cycle.start, cycleEnd: context.cycle.end, beforeAuditId: target.auditId }),
    ...readLoop(db, { asOf, yearAgo }),
    ...readContextRegisters(db, asOf),
    qualiopi: context.qualiopi,
    ...(backup === undefined ? {} : { backup }),
  };
};

type AuditRow = { id: number; reference: string; type: string; startDate: string };

/**
 * « Prêt pour l'audit ? » on the target's day, and the same checks on the day of the body's last
 * audit (where the structure stood then: the figure's evolution). The file's records keep their
 * business dates, so the earlier run reads what was late or missing on that day.
 */
export const readReadiness = (db: Database.Database, target: ReadinessTarget, backup?: ReadinessFacts['backup']): Readiness => {
  const context = certificationContext(db, target);
  const facts = readFacts(db, target, context, backup);
  const scale = gradeScale(db, [context.referentialId, context.baseId]);
  const { groups, figure } = assessReadiness(facts, scale);
  const beforeTarget = facts.lastBodyAudit && { asOf: facts.lastBodyAudit.startDate, auditId: facts.lastBodyAudit.id };
  // That day's own certification and cycle: the last audit may belong to the previous certificate.
  const before = beforeTarget ? assessReadiness(readFacts(db, beforeTarget, certificationContext(db, beforeTarget)), scale).figure : null;
  const audit =
    target.auditId === null
      ? null
      : (db
          .prepare<[number], AuditRow>('SELECT id, reference, type, start_date AS startDate FROM audits WHERE id = ?')
          .get(target.auditId) ?? null);
  return { asOf: target.asOf, audit, lastBodyAudit: facts.lastBodyAudit, scale, figure, before, groups };
};
