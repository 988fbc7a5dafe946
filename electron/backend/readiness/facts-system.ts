import type Database from 'better-sqlite3';
import type { CalendarDate } from '../../../shared/domain/dates';
import type { DocumentedInformation } from '../../../shared/domain/referentials';
import type { ReadinessFacts } from '../../../shared/domain/readiness/facts';

/** Clause numbers of ISO 9001 a register answers once it holds records (as the pack's coverage counts them). */
const REGISTER_CLAUSES_SQL = `
  SELECT '4.3' AS number WHERE EXISTS (SELECT 1 FROM settings WHERE key = 'organisation.scopeStatement')
  UNION ALL SELECT '4.4' WHERE EXISTS (SELECT 1 FROM processes)
  UNION ALL SELECT '5.2' WHERE EXISTS (SELECT 1 FROM settings WHERE key = 'quality.policyText')
    OR EXISTS (SELECT 1 FROM documents WHERE type = 'politique' AND status = 'en_vigueur')
  UNION ALL SELECT '6.2' WHERE EXISTS (SELECT 1 FROM quality_objectives WHERE set_on <= @asOf)
  UNION ALL SELECT '7.2' WHERE EXISTS (SELECT 1 FROM trainings WHERE status = 'realisee' AND done_on <= @asOf)
  UNION ALL SELECT '7.3' WHERE EXISTS (SELECT 1 FROM version_reads WHERE read_on <= @asOf)
  UNION ALL SELECT '7.5' WHERE EXISTS (SELECT 1 FROM documents WHERE status = 'en_vigueur')
  UNION ALL SELECT '8.2' WHERE EXISTS (SELECT 1 FROM complaints WHERE received_on <= @asOf)
  UNION ALL SELECT '8.4' WHERE EXISTS (SELECT 1 FROM provider_evaluations WHERE evaluated_on <= @asOf)
  UNION ALL SELECT '9.1' WHERE EXISTS (SELECT 1 FROM measurements WHERE period_start <= @asOf)
    OR EXISTS (SELECT 1 FROM surveys WHERE opens_on <= @asOf)
  UNION ALL SELECT '9.2' WHERE EXISTS (SELECT 1 FROM audits WHERE type IN ('interne', 'croise', 'blanc') AND status IN ('realise', 'rapport_recu', 'clos') AND start_date <= @asOf)
  UNION ALL SELECT '9.3' WHERE EXISTS (SELECT 1 FROM management_reviews WHERE status = 'tenue' AND held_on <= @asOf)
  UNION ALL SELECT '10.2' WHERE EXISTS (SELECT 1 FROM nonconformities WHERE detected_on <= @asOf)
  UNION ALL SELECT '10.3' WHERE EXISTS (SELECT 1 FROM actions WHERE type = 'amelioration' AND opened_on <= @asOf)
    OR EXISTS (SELECT 1 FROM suggestions WHERE suggested_on <= @asOf)`;

/** Everything that answers a requirement by its id: links of any kind, audits' scopes and checklists, findings, NCs. */
const REQUIREMENTS_SQL = `
  WITH evidenced(id) AS (
    SELECT requirement_id FROM requirement_links
    UNION SELECT requirement_id FROM audit_scope WHERE requirement_id IS NOT NULL
    UNION SELECT requirement_id FROM checklist_items WHERE requirement_id IS NOT NULL
    UNION SELECT requirement_id FROM findings WHERE requirement_id IS NOT NULL
    UNION SELECT requirement_id FROM nonconformities WHERE requirement_id IS NOT NULL
    UNION SELECT requirement_id FROM nonconformity_requirements
  ),
  in_force(id) AS (
    SELECT l.requirement_id FROM requirement_links l JOIN documents d ON d.id = l.entity_id
    WHERE l.entity = 'document' AND d.status = 'en_vigueur'
  )
  SELECT r.id, r.number, r.title_fr AS titleFr, r.parent_id AS parentId, r.applicable, r.major_only AS majorOnly,
    r.documented_information AS documentedInformation, r.id IN (SELECT id FROM in_force) AS documentInForce,
    r.id IN (SELECT id FROM evidenced) AS evidenced, f.code AS referentialCode
  FROM requirements r JOIN referentials f ON f.id = r.referential_id
  WHERE r.referential_id IN (@referentialId, @baseId)`;

type RequirementRow = {
  id: number;
  number: string;
  titleFr: string;
  parentId: number | null;
  applicable: number;
  majorOnly: number;
  documentedInformation: string | null;
  documentInForce: number;
  evidenced: number;
  referentialCode: string;
};

/** The referential's requirements as the rules see them; clause numbers of ISO 9001 also count the registers that answer them. */
export const readRequirements = (
  db: Database.Database,
  asOf: CalendarDate,
  referential: { id: number; baseId: number | null },
): ReadinessFacts['requirements'] => {
  const registers = new Set(db.prepare<{ asOf: string }, string>(REGISTER_CLAUSES_SQL).pluck().all({ asOf }));
  const rows = db.prepare<{ referentialId: number; baseId: number | null }, RequirementRow>(REQUIREMENTS_SQL).all({
    referentialId: referential.id,
    baseId: referential.baseId,
  });
  return rows.map((row) => {
    const kinds = row.documentedInformation === null ? [] : (JSON.parse(row.documentedInformation) as DocumentedInformation[]);
    return {
      id: row.id,
      number: row.number,
      titleFr: row.titleFr,
      parentId: row.parentId,
      applicable: row.applicable === 1,
      majorOnly: row.majorOnly === 1,
      keepsDocument: kinds.some((item) => item.kind === 'tenir_a_jour'),
      documentInForce: row.documentInForce === 1,
      evidenced: row.evidenced === 1 || (row.referentialCode.startsWith('iso9001') && registers.has(row.number)),
    };
  });
};

/**
 * The documents the rules may speak of (in force and due for review by `asOf`, or linked to a
 * requirement), and the versions in force of the year with their émargements: the active people
 * counted once, each version's reads through its primary key.
 */
export const readDocuments = (db: Database.Database, asOf: CalendarDate, yearAgo: CalendarDate) => ({
  documents: db
    .prepare<{ asOf: string }, ReadinessFacts['documents'][number]>(
      `SELECT d.id, d.reference, d.title, d.status, d.next_review_due AS nextReviewDue, coalesce(l.n, 0) AS linkedRequirements
       FROM documents d
       LEFT JOIN (SELECT entity_id, count(*) AS n FROM requirement_links WHERE entity = 'document' GROUP BY entity_id) l ON l.entity_id = d.id
       WHERE (d.status = 'en_vigueur' AND d.next_review_due <= @asOf) OR l.n > 0`,
    )
    .all({ asOf }),
  versionsInForce: db
    .prepare<{ asOf: string; yearAgo: string }, ReadinessFacts['versionsInForce'][number]>(
      `WITH active(n) AS (SELECT count(*) FROM people WHERE active = 1)
       SELECT d.id AS documentId, d.reference, d.title, v.indice, v.effective_date AS effectiveDate,
         (SELECT n FROM active) - (SELECT count(*) FROM version_reads r JOIN people pe ON pe.id = r.person_id
            WHERE r.version_id = v.id AND pe.active = 1 AND r.read_on <= @asOf) AS unread
       FROM document_versions v INDEXED BY document_versions_in_force_since JOIN documents d ON d.id = v.document_id
       WHERE v.status = 'en_vigueur' AND v.effective_date BETWEEN @yearAgo AND @asOf`,
    )
    .all({ asOf, yearAgo }),
});
