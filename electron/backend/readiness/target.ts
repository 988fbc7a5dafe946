import type Database from 'better-sqlite3';
import { subYears } from 'date-fns';
import { fromCalendarDate, toCalendarDate, type CalendarDate } from '../../../shared/domain/dates';
import type { ReadinessQuery } from '../../../shared/schemas/readiness';
import { rulesOf } from '../certifications/repository';
import { notFound, ServiceError } from '../errors';

/** What the checks are run for: a day, and the audit of that day when there is one. */
export type ReadinessTarget = { asOf: CalendarDate; auditId: number | null };

type AuditRow = { id: number; status: string; start_date: string; reference: string };

/**
 * The audit chosen (its first day), or the day chosen, or else the next certification audit
 * planned, or else today. A cancelled audit is refused: nothing will be found on its day.
 */
export const resolveTarget = (db: Database.Database, query: ReadinessQuery, today: CalendarDate): ReadinessTarget => {
  if (query.auditId !== undefined) {
    const audit = db.prepare<[number], AuditRow>('SELECT id, status, start_date, reference FROM audits WHERE id = ?').get(query.auditId);
    if (!audit) throw notFound('Cet audit');
    if (audit.status === 'annule')
      throw new ServiceError('conflict', `${audit.reference} est annulé : choisissez un autre audit, ou une date.`);
    return { asOf: audit.start_date, auditId: audit.id };
  }
  if (query.date !== undefined) return { asOf: query.date, auditId: null };
  const next = db
    .prepare<[string], { id: number; start_date: string }>(
      `SELECT id, start_date FROM audits WHERE status = 'planifie' AND start_date >= ?
         AND type NOT IN ('interne', 'croise', 'blanc') ORDER BY start_date, id LIMIT 1`,
    )
    .get(today);
  return next ? { asOf: next.start_date, auditId: next.id } : { asOf: today, auditId: null };
};

type CertificationRow = {
  id: number;
  scheme: string;
  rules: string | null;
  referential_id: number | null;
  decision_date: string | null;
  expiry_date: string | null;
};

/**
 * The certification the audit belongs to (else the one covering the day, else the latest known),
 * its referential with its base (ISO 9001 when it names none), the cycle the programme covers, and
 * whether it follows Qualiopi's rules.
 */
export const certificationContext = (db: Database.Database, target: ReadinessTarget) => {
  const certification =
    (target.auditId === null
      ? undefined
      : db
          .prepare<[number], CertificationRow>(
            `SELECT c.id, c.scheme, c.rules, c.referential_id, c.decision_date, c.expiry_date
             FROM certifications c JOIN audits a ON a.certification_id = c.id WHERE a.id = ?`,
          )
          .get(target.auditId)) ??
    db
      .prepare<{ asOf: string }, CertificationRow>(
        `SELECT id, scheme, rules, referential_id, decision_date, expiry_date FROM certifications
         ORDER BY (decision_date IS NOT NULL AND decision_date <= @asOf AND (expiry_date IS NULL OR expiry_date >= @asOf)) DESC,
           status = 'certifie' DESC, id DESC LIMIT 1`,
      )
      .get({ asOf: target.asOf });
  const referentialId =
    certification?.referential_id ??
    db.prepare<[], number>("SELECT id FROM referentials WHERE code LIKE 'iso9001%' ORDER BY id LIMIT 1").pluck().get() ??
    null;
  const baseId =
    referentialId === null
      ? null
      : (db.prepare<[number], number | null>('SELECT base_referential_id FROM referentials WHERE id = ?').pluck().get(referentialId) ??
        null);
  const threeYearsBefore = toCalendarDate(subYears(fromCalendarDate(target.asOf), 3));
  const cycle =
    certification?.decision_date && certification.expiry_date && certification.decision_date <= target.asOf
      ? { start: certification.decision_date, end: certification.expiry_date }
      : { start: threeYearsBefore, end: target.asOf };
  const qualiopi = certification !== undefined && rulesOf(certification).family === 'qualiopi';
  return { referentialId, baseId, cycle, qualiopi };
};

/** The certification's scale: the words of its grades (its referential's own, else Sève's defaults). */
export const gradeScale = (db: Database.Database, referentialIds: readonly (number | null)[]) => {
  type Grade = { code: string; label: string; nc_severity: string | null; referential_id: number | null };
  const all = db.prepare<[], Grade>('SELECT code, label, nc_severity, referential_id FROM finding_grades ORDER BY rank').all();
  const own = all.filter((g) => g.referential_id !== null && referentialIds.includes(g.referential_id));
  const grades = own.length > 0 ? own : all.filter((g) => g.referential_id === null);
  return {
    majeure: grades.find((g) => g.nc_severity === 'majeure')?.label ?? 'NC majeure',
    mineure: grades.find((g) => g.nc_severity === 'mineure')?.label ?? 'NC mineure',
    sensible: (grades.find((g) => g.code === 'point_sensible') ?? grades.find((g) => g.nc_severity === null))?.label ?? 'Point sensible',
  };
};
