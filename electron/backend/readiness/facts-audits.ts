import type Database from 'better-sqlite3';
import type { CalendarDate } from '../../../shared/domain/dates';
import type { ReadinessFacts } from '../../../shared/domain/readiness/facts';

const INTERNAL = "('interne', 'croise', 'blanc')";
const EXTERNAL = "('etape_1', 'etape_2', 'surveillance', 'renouvellement', 'complementaire')";
const HELD = "('realise', 'rapport_recu', 'clos')";

type AuditRow = {
  id: number;
  reference: string;
  startDate: string;
  auditors: string | null;
  processIds: string | null;
  requirementIds: string | null;
};
type FindingRow = Omit<ReadinessFacts['bodyFindings'][number], 'answerExpected' | 'effective'> & { answer: string; effective: number };

/**
 * The internal audit programme of the cycle (each audit's team, lead auditor included, the processes its scope or
 * checklist names and the requirements its scope, checklist or findings name, gathered in SQL as JSON) and the body's last audit held before `asOf` (before
 * the audit prepared, when there is one) with its findings and how their answers stand.
 */
export const readAudits = (
  db: Database.Database,
  params: { asOf: CalendarDate; cycleStart: CalendarDate; cycleEnd: CalendarDate; beforeAuditId: number | null },
): Pick<ReadinessFacts, 'processes' | 'internalAudits' | 'lastBodyAudit' | 'bodyFindings'> => {
  const processes = db.prepare<[], ReadinessFacts['processes'][number]>('SELECT id, name, pilot_id AS pilotId FROM processes').all();
  const audits = db
    .prepare<{ cycleStart: string; cycleEnd: string }, AuditRow>(
      `SELECT a.id, a.reference, a.start_date AS startDate,
         (SELECT json_group_array(json_object('id', pe.id, 'name', pe.name)) FROM people pe
          WHERE pe.id = a.lead_auditor_id
             OR pe.id IN (SELECT person_id FROM audit_participants WHERE audit_id = a.id AND role = 'auditeur')) AS auditors,
         (SELECT json_group_array(DISTINCT process_id) FROM (
            SELECT process_id FROM audit_scope WHERE audit_id = a.id AND process_id IS NOT NULL
            UNION SELECT process_id FROM checklist_items WHERE audit_id = a.id AND process_id IS NOT NULL)) AS processIds,
         (SELECT json_group_array(DISTINCT requirement_id) FROM (
            SELECT requirement_id FROM audit_scope WHERE audit_id = a.id AND requirement_id IS NOT NULL
            UNION SELECT requirement_id FROM checklist_items WHERE audit_id = a.id AND requirement_id IS NOT NULL
            UNION SELECT requirement_id FROM findings WHERE audit_id = a.id AND requirement_id IS NOT NULL)) AS requirementIds
       FROM audits a
       WHERE a.type IN ${INTERNAL} AND a.status <> 'annule' AND a.start_date BETWEEN @cycleStart AND @cycleEnd`,
    )
    .all({ cycleStart: params.cycleStart, cycleEnd: params.cycleEnd });
  const before =
    params.beforeAuditId === null
      ? null
      : (db.prepare<[number], string>('SELECT start_date FROM audits WHERE id = ?').pluck().get(params.beforeAuditId) ?? null);
  const lastBodyAudit =
    db
      .prepare<{ asOf: string; before: string | null; self: number | null }, NonNullable<ReadinessFacts['lastBodyAudit']>>(
        `SELECT id, reference, start_date AS startDate FROM audits
         WHERE type IN ${EXTERNAL} AND status IN ${HELD} AND start_date <= @asOf
           AND (@before IS NULL OR start_date < @before) AND (@self IS NULL OR id <> @self)
         ORDER BY start_date DESC, id DESC LIMIT 1`,
      )
      .get({ asOf: params.asOf, before, self: params.beforeAuditId }) ?? null;
  const findings =
    lastBodyAudit === null
      ? []
      : db
          .prepare<{ auditId: number; asOf: string }, FindingRow>(
            `SELECT f.id, f.description, g.label AS gradeLabel, g.nc_severity AS ncSeverity, g.answer, f.status,
               r.number AS requirementNumber,
               count(ac.id) FILTER (WHERE ac.status IN ('a_faire', 'en_cours') AND ac.due_date < @asOf) AS actionsLate,
               count(ac.id) FILTER (WHERE ac.status IN ('a_faire', 'en_cours')) AS actionsOpen,
               count(ac.id) FILTER (WHERE ac.status = 'realisee') AS actionsDone,
               EXISTS (SELECT 1 FROM effectiveness_checks e WHERE e.nonconformity_id = n.id AND e.verdict = 'efficace' AND e.checked_on <= @asOf) AS effective
             FROM findings f JOIN finding_grades g ON g.id = f.grade_id
             LEFT JOIN requirements r ON r.id = f.requirement_id
             LEFT JOIN nonconformities n ON n.finding_id = f.id
             LEFT JOIN actions ac ON ac.finding_id = f.id OR (n.id IS NOT NULL AND ac.nonconformity_id = n.id)
             WHERE f.audit_id = @auditId
             GROUP BY f.id`,
          )
          .all({ auditId: lastBodyAudit.id, asOf: params.asOf });
  return {
    processes,
    internalAudits: audits.map((audit) => ({
      id: audit.id,
      reference: audit.reference,
      startDate: audit.startDate,
      auditors: JSON.parse(audit.auditors ?? '[]') as { id: number; name: string }[],
      processIds: JSON.parse(audit.processIds ?? '[]') as number[],
      requirementIds: JSON.parse(audit.requirementIds ?? '[]') as number[],
    })),
    lastBodyAudit,
    bodyFindings: findings.map(({ answer, effective, ...finding }) => ({
      ...finding,
      answerExpected: answer !== 'aucune',
      effective: effective === 1,
    })),
  };
};
