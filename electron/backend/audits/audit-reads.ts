import type Database from 'better-sqlite3';
import type { AuditStatus, AuditType } from '../../../shared/domain/audits';
import { auditTypeFullLabels } from '../../../shared/labels/audits';
import type { Audit } from '../../../shared/schemas/audits';
import { inIds, matchesWords, registerSearchFold } from '../search/fold';

type AuditRow = {
  id: number;
  reference: string;
  certification_id: number | null;
  certification_scheme: string | null;
  type: AuditType;
  title: string | null;
  start_date: string;
  end_date: string;
  report_notified_on: string | null;
  status: AuditStatus;
  lead_auditor_id: number | null;
  lead_auditor_name: string | null;
  lead_auditor_external: string | null;
  window_start: string | null;
  window_end: string | null;
  cycle_slot: string | null;
  notes: string | null;
  objectives: string | null;
  criteria: string | null;
  conclusion: string | null;
  signed_off_by: number | null;
  signed_off_by_name: string | null;
  signed_off_on: string | null;
  revision: number;
};
type ParticipantRow = { audit_id: number; role: 'auditeur' | 'audite'; person_id: number | null; name: string };
type ScopeRow = { audit_id: number; process_id: number | null; requirement_id: number | null; name: string; number: string | null };
type CountRow = { audit_id: number; code: string; count: number };

export type AuditFilter = {
  certificationId: number | null;
  year: number | null;
  includeCancelled: boolean;
  /** A picker's question: typed words (`wordsParam`), chosen ids (`idsParam`), at most `limit` audits. */
  words?: string | null;
  ids?: string | null;
  limit?: number | null;
};

type FilterParams = {
  certificationId: number | null;
  year: number | null;
  includeCancelled: number;
  words: string | null;
  ids: string | null;
  limit: number;
  typeWords: string;
};

// An audit is found by its reference, its title and its type's words (« surveillance » finds an audit with no title).
const typeWords = JSON.stringify(auditTypeFullLabels.fr);
const searched = `a.reference || ' ' || coalesce(a.title, '') || ' ' || coalesce((SELECT t.value FROM json_each(@typeWords) t WHERE t.key = a.type), '')`;

const select = `SELECT a.id, a.reference, a.certification_id, c.scheme AS certification_scheme, a.type, a.title, a.start_date, a.end_date,
    a.report_notified_on, a.status, a.lead_auditor_id, p.name AS lead_auditor_name, a.lead_auditor_external, a.window_start, a.window_end, a.cycle_slot,
    a.notes, a.objectives, a.criteria, a.conclusion, a.signed_off_by, s.name AS signed_off_by_name, a.signed_off_on, a.revision
  FROM audits a
  LEFT JOIN certifications c ON c.id = a.certification_id
  LEFT JOIN people p ON p.id = a.lead_auditor_id
  LEFT JOIN people s ON s.id = a.signed_off_by`;

/** Audits as read: each with its team, scope and findings counted by grade, in three queries whatever their number. */
export const createAuditReads = (db: Database.Database) => {
  const selectOne = db.prepare<[number], AuditRow>(`${select} WHERE a.id = ?`);
  registerSearchFold(db);
  const selectFiltered = db.prepare<FilterParams, AuditRow>(`${select}
    WHERE (@certificationId IS NULL OR a.certification_id = @certificationId)
      AND (@year IS NULL OR substr(a.start_date, 1, 4) = printf('%04d', @year))
      AND (@includeCancelled = 1 OR a.status <> 'annule')
      AND ${matchesWords(searched)}
      AND ${inIds('a.id')}
    ORDER BY a.start_date DESC, a.id DESC
    LIMIT @limit`);
  const ids = (rows: { id: number }[]) => JSON.stringify(rows.map((row) => row.id));
  const selectParticipants = db.prepare<[string], ParticipantRow>(
    `SELECT ap.audit_id, ap.role, ap.person_id, coalesce(pe.name, ap.external_name) AS name
     FROM audit_participants ap LEFT JOIN people pe ON pe.id = ap.person_id
     WHERE ap.audit_id IN (SELECT value FROM json_each(?)) ORDER BY ap.id`,
  );
  const selectScope = db.prepare<[string], ScopeRow>(
    `SELECT s.audit_id, s.process_id, s.requirement_id, coalesce(p.name, r.title_fr) AS name, r.number
     FROM audit_scope s LEFT JOIN processes p ON p.id = s.process_id LEFT JOIN requirements r ON r.id = s.requirement_id
     WHERE s.audit_id IN (SELECT value FROM json_each(?)) ORDER BY p.name, r.sort_key`,
  );
  const selectCounts = db.prepare<[string], CountRow>(
    `SELECT f.audit_id, g.code, count(*) AS count FROM findings f JOIN finding_grades g ON g.id = f.grade_id
     WHERE f.audit_id IN (SELECT value FROM json_each(?)) GROUP BY f.audit_id, g.code`,
  );

  /** Rows of several audits, each audit's together (looked up once per audit, not filtered from all). */
  const byAudit = <T extends { audit_id: number }>(rows: readonly T[]): Map<number, T[]> => {
    const grouped = new Map<number, T[]>();
    for (const row of rows) {
      const list = grouped.get(row.audit_id);
      if (list) list.push(row);
      else grouped.set(row.audit_id, [row]);
    }
    return grouped;
  };

  /** Rows to audits, with their team, scope and findings counted by grade, in three queries. */
  const hydrate = (rows: AuditRow[]): Audit[] => {
    if (rows.length === 0) return [];
    const list = ids(rows);
    const participants = byAudit(selectParticipants.all(list));
    const scope = byAudit(selectScope.all(list));
    const counts = byAudit(selectCounts.all(list));
    return rows.map((row) => ({
      id: row.id,
      reference: row.reference,
      certificationId: row.certification_id,
      certificationScheme: row.certification_scheme,
      type: row.type,
      title: row.title,
      startDate: row.start_date,
      endDate: row.end_date,
      reportNotifiedOn: row.report_notified_on,
      status: row.status,
      leadAuditor:
        row.lead_auditor_id !== null
          ? { personId: row.lead_auditor_id, name: row.lead_auditor_name ?? '' }
          : row.lead_auditor_external !== null
            ? { personId: null, name: row.lead_auditor_external }
            : null,
      auditors: (participants.get(row.id) ?? []).filter((p) => p.role === 'auditeur').map((p) => ({ personId: p.person_id, name: p.name })),
      auditees: (participants.get(row.id) ?? []).filter((p) => p.role === 'audite').map((p) => ({ id: p.person_id ?? 0, name: p.name })),
      processes: (scope.get(row.id) ?? []).filter((s) => s.process_id !== null).map((s) => ({ id: s.process_id ?? 0, name: s.name })),
      requirements: (scope.get(row.id) ?? [])
        .filter((s) => s.requirement_id !== null)
        .map((s) => ({ id: s.requirement_id ?? 0, number: s.number ?? '', title: s.name })),
      windowStart: row.window_start,
      windowEnd: row.window_end,
      cycleSlot: row.cycle_slot,
      notes: row.notes,
      report: {
        objectives: row.objectives,
        criteria: row.criteria,
        conclusion: row.conclusion,
        signedOffBy: row.signed_off_by === null ? null : { id: row.signed_off_by, name: row.signed_off_by_name ?? '' },
        signedOffOn: row.signed_off_on,
      },
      findingCounts: Object.fromEntries((counts.get(row.id) ?? []).map((c) => [c.code, c.count])),
      revision: row.revision,
    }));
  };

  return {
    get: (id: number): Audit | undefined => hydrate(selectOne.all(id))[0],
    list: (filter: AuditFilter): Audit[] =>
      hydrate(
        selectFiltered.all({
          certificationId: filter.certificationId,
          year: filter.year,
          includeCancelled: filter.includeCancelled ? 1 : 0,
          words: filter.words ?? null,
          ids: filter.ids ?? null,
          // SQLite reads a negative LIMIT as none.
          limit: filter.limit ?? -1,
          typeWords,
        }),
      ),
  };
};
