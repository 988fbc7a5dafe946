import type Database from 'better-sqlite3';
import type { AgendaKind } from '../../../shared/schemas/agenda';

/** One dated obligation as SQL finds it; the service turns base dates into due dates with the shared rules. */
export type AgendaRow = {
  kind: AgendaKind | 'certification';
  record_id: number;
  route_id: number;
  reference: string | null;
  label: string;
  detail: string | null;
  amount: number | null;
  base_date: string;
  responsible_id: number | null;
  responsible_name: string | null;
  process_id: number | null;
  process_name: string | null;
};

export type AgendaParams = {
  /** Last due date shown. */
  horizon: string;
  /** Last audit date whose 30-day preparation falls in the horizon. */
  preparationHorizon: string;
  today: string;
  /** Versions in force since this day still collect read acknowledgements. */
  readsSince: string;
  personId: number | null;
  /** 1: with a person, also the items nobody is responsible for (SQLite binds no booleans). */
  withUnassigned: 0 | 1;
  processId: number | null;
  /** Rows dated before this day are old overdue ones: counted per kind (`backlog`), not read one by one (`items`). */
  listedSince: string;
};

/** Old overdue rows of one kind, as the database counts them. */
export type BacklogRow = { kind: AgendaRow['kind']; count: number; oldest: string };

/**
 * Every kind of obligation in ONE statement: each branch reads its table through an index on its
 * date (see tests/integration/agenda.test.ts, which checks the query plan), people and processes by
 * primary key. Filters by person and process apply to the whole. Who has not read a version is
 * counted as the active people less its readers (one read per person and version): asking each
 * person in turn cost 30 ms on a large file.
 */
const AGENDA_SQL = `
SELECT * FROM (
  SELECT 'document_review' AS kind, d.id AS record_id, d.id AS route_id, d.reference, d.title AS label, NULL AS detail, NULL AS amount,
    d.next_review_due AS base_date, d.owner_id AS responsible_id, o.name AS responsible_name, d.process_id, p.name AS process_name
  FROM documents d LEFT JOIN people o ON o.id = d.owner_id LEFT JOIN processes p ON p.id = d.process_id
  WHERE d.status = 'en_vigueur' AND d.next_review_due <= @horizon

  UNION ALL
  SELECT 'document_reads', v.id, d.id, d.reference, d.title, v.indice,
    (SELECT count(*) FROM people pe WHERE pe.active = 1)
      - (SELECT count(*) FROM version_reads r JOIN people pe ON pe.id = r.person_id WHERE r.version_id = v.id AND pe.active = 1),
    v.effective_date, d.owner_id, o.name, d.process_id, p.name
  FROM document_versions v INDEXED BY document_versions_in_force_since
  JOIN documents d ON d.id = v.document_id LEFT JOIN people o ON o.id = d.owner_id LEFT JOIN processes p ON p.id = d.process_id
  WHERE v.status = 'en_vigueur' AND v.effective_date BETWEEN @readsSince AND @horizon

  UNION ALL
  SELECT 'audit', a.id, a.id, a.reference, coalesce(a.title, ''), a.type, NULL, a.start_date, a.lead_auditor_id, l.name, NULL, NULL
  FROM audits a LEFT JOIN people l ON l.id = a.lead_auditor_id
  WHERE a.status = 'planifie' AND a.start_date <= @horizon

  UNION ALL
  SELECT 'audit_preparation', a.id, a.id, a.reference, coalesce(a.title, ''), a.type, NULL, a.start_date, a.lead_auditor_id, l.name, NULL, NULL
  FROM audits a LEFT JOIN people l ON l.id = a.lead_auditor_id
  WHERE a.status = 'planifie' AND a.start_date BETWEEN @today AND @preparationHorizon AND a.type NOT IN ('interne', 'croise', 'blanc')

  UNION ALL
  SELECT 'certification', c.id, c.id, c.certificate_number, c.scheme, c.body,
    coalesce(json_extract(c.rules, '$.renewalMarginMonths'), 3), c.expiry_date, NULL, NULL, NULL, NULL
  FROM certifications c
  WHERE c.status IN ('certifie', 'suspendu') AND c.expiry_date IS NOT NULL

  UNION ALL
  SELECT 'finding_response', f.id, f.audit_id, a.reference, f.description, g.label, NULL, f.response_due, NULL, NULL, f.process_id, p.name
  FROM findings f JOIN audits a ON a.id = f.audit_id JOIN finding_grades g ON g.id = f.grade_id LEFT JOIN processes p ON p.id = f.process_id
  WHERE f.status = 'a_traiter' AND f.response_due <= @horizon AND g.answer <> 'aucune'

  UNION ALL
  SELECT 'finding_follow_up', f.id, f.audit_id, a.reference, f.description, g.label, NULL, f.follow_up_due, NULL, NULL, f.process_id, p.name
  FROM findings f INDEXED BY findings_follow_up
  JOIN audits a ON a.id = f.audit_id JOIN finding_grades g ON g.id = f.grade_id LEFT JOIN processes p ON p.id = f.process_id
  WHERE f.status IN ('a_traiter', 'repondu') AND f.follow_up_due <= @horizon

  UNION ALL
  SELECT 'action', ac.id, ac.id, ac.reference, ac.description, ac.type, NULL, ac.due_date, ac.owner_id, o.name, ac.process_id, p.name
  FROM actions ac LEFT JOIN people o ON o.id = ac.owner_id LEFT JOIN processes p ON p.id = ac.process_id
  WHERE ac.status IN ('a_faire', 'en_cours') AND ac.due_date <= @horizon

  UNION ALL
  SELECT 'effectiveness_check', e.id, n.id, n.reference, e.criterion, NULL, NULL, e.planned_on, NULL, NULL, n.process_id, p.name
  FROM effectiveness_checks e JOIN nonconformities n ON n.id = e.nonconformity_id LEFT JOIN processes p ON p.id = n.process_id
  WHERE e.verdict IS NULL AND e.planned_on <= @horizon

  UNION ALL
  SELECT 'complaint', c.id, c.id, c.reference, c.subject, NULL, NULL, c.response_due, c.handled_by, h.name, c.process_id, p.name
  FROM complaints c LEFT JOIN people h ON h.id = c.handled_by LEFT JOIN processes p ON p.id = c.process_id
  WHERE c.responded_on IS NULL AND c.response_due <= @horizon

  UNION ALL
  SELECT 'measurement', i.id, i.id, NULL, i.name, i.next_measurement_period, NULL, i.next_measurement_due, i.owner_id, o.name, i.process_id, p.name
  FROM indicators i LEFT JOIN people o ON o.id = i.owner_id LEFT JOIN processes p ON p.id = i.process_id
  WHERE i.active = 1 AND i.next_measurement_due <= @horizon

  UNION ALL
  SELECT 'training_expiry', t.id, t.id, NULL, t.title, pe.name, NULL, t.expires_on, t.person_id, pe.name, NULL, NULL
  FROM trainings t INDEXED BY trainings_expiry JOIN people pe ON pe.id = t.person_id
  WHERE t.status = 'realisee' AND t.expires_on <= @horizon AND pe.active = 1
    AND NOT EXISTS (
      SELECT 1 FROM trainings r INDEXED BY trainings_person
      WHERE r.person_id = t.person_id AND r.competence_id = t.competence_id AND r.status = 'realisee' AND r.done_on > t.done_on
    )

  UNION ALL
  SELECT 'training_planned', t.id, t.id, NULL, t.title, pe.name, NULL, t.planned_on, t.person_id, pe.name, NULL, NULL
  FROM trainings t INDEXED BY trainings_planned JOIN people pe ON pe.id = t.person_id
  WHERE t.status = 'prevue' AND t.planned_on <= @horizon AND pe.active = 1

  UNION ALL
  SELECT 'training_evaluation', t.id, t.id, NULL, t.title, pe.name, NULL, t.evaluation_due, t.person_id, pe.name, NULL, NULL
  FROM trainings t INDEXED BY trainings_evaluation JOIN people pe ON pe.id = t.person_id
  WHERE t.status = 'realisee' AND t.evaluated_on IS NULL AND t.evaluation_due <= @horizon

  UNION ALL
  SELECT 'provider_evaluation', v.id, v.id, NULL, v.name, NULL, NULL, v.next_evaluation_due, NULL, NULL, v.process_id, p.name
  FROM providers v LEFT JOIN processes p ON p.id = v.process_id
  WHERE v.active = 1 AND v.next_evaluation_due <= @horizon

  UNION ALL
  SELECT 'survey_analysis', s.id, s.id, NULL, s.title, NULL, NULL, s.closes_on, NULL, NULL, NULL, NULL
  FROM surveys s INDEXED BY surveys_unanalysed
  WHERE s.analysed_on IS NULL AND s.closes_on <= @horizon

  UNION ALL
  SELECT 'issue_review', ci.id, ci.id, NULL, ci.title, ci.nature, NULL, ci.review_due, NULL, NULL, NULL, NULL
  FROM context_issues ci
  WHERE ci.status = 'actif' AND ci.review_due <= @horizon

  UNION ALL
  SELECT 'party_review', ip.id, ip.id, NULL, ip.name, ip.relevance, NULL, ip.review_due, NULL, NULL, NULL, NULL
  FROM interested_parties ip
  WHERE ip.status = 'actif' AND ip.review_due <= @horizon

  UNION ALL
  SELECT 'risk_review', rk.id, rk.id, rk.reference, rk.title, rk.kind, NULL, rk.review_due, rk.owner_id, o.name, rk.process_id, p.name
  FROM risks rk LEFT JOIN people o ON o.id = rk.owner_id LEFT JOIN processes p ON p.id = rk.process_id
  WHERE rk.status = 'actif' AND rk.review_due <= @horizon

  UNION ALL
  SELECT 'risk_reevaluation', rk.id, rk.id, rk.reference, rk.title, rk.kind, NULL, rk.reevaluation_due, rk.owner_id, o.name,
    rk.process_id, p.name
  FROM risks rk LEFT JOIN people o ON o.id = rk.owner_id LEFT JOIN processes p ON p.id = rk.process_id
  WHERE rk.status = 'actif' AND rk.reevaluation_due <= @horizon

  UNION ALL
  SELECT 'watch_source', ws.id, ws.id, NULL, ws.name, ws.frequency, NULL, ws.next_consultation_due, ws.owner_id, o.name, NULL, NULL
  FROM watch_sources ws LEFT JOIN people o ON o.id = ws.owner_id
  WHERE ws.active = 1 AND ws.next_consultation_due <= @horizon
)
WHERE (@personId IS NULL OR responsible_id = @personId OR (@withUnassigned = 1 AND responsible_id IS NULL))
  AND (@processId IS NULL OR process_id = @processId)`;

// The date bound is pushed into each branch (SQLite's push-down into UNION ALL), so each reads its index from that day on.
const RECENT_SQL = `${AGENDA_SQL} AND base_date >= @listedSince`;
const BACKLOG_SQL = `SELECT kind, count(*) AS count, min(base_date) AS oldest FROM (${AGENDA_SQL} AND base_date < @listedSince) GROUP BY kind`;

export const createAgendaRepository = (db: Database.Database) => {
  const items = db.prepare<AgendaParams, AgendaRow>(RECENT_SQL);
  const backlog = db.prepare<AgendaParams, BacklogRow>(BACKLOG_SQL);
  const inForce = db.prepare<[string], { total: number; on_time: number }>(
    "SELECT count(*) AS total, count(*) FILTER (WHERE next_review_due >= ?) AS on_time FROM documents WHERE status = 'en_vigueur'",
  );
  const openNonconformities = db.prepare<[], { severity: string; count: number }>(
    "SELECT severity, count(*) AS count FROM nonconformities WHERE status <> 'close' GROUP BY severity",
  );
  const overdueActions = db
    .prepare<[string], number>("SELECT count(*) FROM actions WHERE status IN ('a_faire', 'en_cours') AND due_date < ?")
    .pluck();
  const nextExternal = db.prepare<[string], { id: number; reference: string; type: string; start_date: string }>(
    `SELECT id, reference, type, start_date FROM audits
     WHERE status = 'planifie' AND start_date >= ? AND type NOT IN ('interne', 'croise', 'blanc') ORDER BY start_date LIMIT 1`,
  );
  return {
    sql: RECENT_SQL,
    backlogSql: BACKLOG_SQL,
    /** The obligations listed one by one: from `listedSince` to the horizon. */
    items: (params: AgendaParams): AgendaRow[] => items.all(params),
    /** The older overdue ones, counted per kind. */
    backlog: (params: AgendaParams): BacklogRow[] => backlog.all(params),
    documentsInForce: (today: string) => inForce.get(today) ?? { total: 0, on_time: 0 },
    openNonconformities: () => openNonconformities.all(),
    overdueActions: (today: string): number => overdueActions.get(today) ?? 0,
    nextExternalAudit: (today: string) => nextExternal.get(today),
  };
};
