import type Database from 'better-sqlite3';
import type { SearchKind } from '../../../shared/schemas/search';

/** One record as the search reads it: what it is called and the text it may be found by. */
export type SearchRow = { id: number; pageId: number; label: string; title: string; titleEn: string | null; body: string };

/**
 * Where the search reads one kind of record. `sql` selects every `SearchRow` of the register (the
 * registers of a small association hold hundreds of rows); a large register narrows first with the
 * full-text index, whose MATCH expression is its one parameter (`fts: true`).
 */
export type SearchSource = { kind: SearchKind; sql: string; fts?: true };

const text = (...columns: string[]) => columns.map((column) => `coalesce(${column}, '')`).join(` || ' ' || `);
const register = (kind: SearchKind, from: string, label: string, title: string, body: string): SearchSource => ({
  kind,
  sql: `SELECT id, id AS pageId, ${label} AS label, ${title} AS title, NULL AS titleEn, ${body} AS body FROM ${from}`,
});

/** One entry per register: a new register adds its line here (and its kind and page). */
export const searchSources: SearchSource[] = [
  register(
    'nonconformity',
    'nonconformities n',
    'reference',
    'description',
    `coalesce((SELECT group_concat(${text('why', 'cause')}, ' ') FROM nonconformity_causes c WHERE c.nonconformity_id = n.id), '')`,
  ),
  register('action', 'actions', 'reference', 'description', text('origin_note', 'evidence_notes', 'abandon_reason')),
  register(
    'audit',
    'audits',
    'reference',
    "coalesce(title, '')",
    text('objectives', 'criteria', 'notes', 'conclusion', 'lead_auditor_external'),
  ),
  {
    kind: 'finding',
    sql: `SELECT f.id, f.audit_id AS pageId, a.reference AS label, f.description AS title, NULL AS titleEn, ${text('f.evidence')} AS body
          FROM findings f JOIN audits a ON a.id = f.audit_id`,
  },
  register('complaint', 'complaints', 'reference', 'subject', text('complainant', 'response')),
  register('suggestion', 'suggestions', 'reference', 'description', text('rejection_reason')),
  {
    kind: 'document',
    fts: true,
    sql: `SELECT d.id, d.id AS pageId, d.reference AS label, d.title, NULL AS titleEn, s.body
          FROM search_index s JOIN documents d ON d.id = s.record_id
          WHERE search_index MATCH ? AND s.kind = 'document' ORDER BY rank LIMIT 60`,
  },
  {
    kind: 'requirement',
    fts: true,
    sql: `SELECT r.id, r.id AS pageId, r.number AS label, r.title_fr AS title, r.title_en AS titleEn, coalesce(r.text, '') AS body
          FROM search_index s JOIN requirements r ON r.id = s.record_id
          WHERE search_index MATCH ? AND s.kind = 'requirement' ORDER BY rank LIMIT 60`,
  },
  register('indicator', 'indicators', "''", 'name', text('description', 'theme', 'unit')),
  register('objective', 'quality_objectives', "''", 'title', text('description')),
  register(
    'review',
    'management_reviews m',
    'held_on',
    "''",
    `${text('other_participants', 'context_changes', 'resources', 'risks_opportunities', 'external_providers', 'conclusion')}
     || ' ' || coalesce((SELECT group_concat(d.text, ' ') FROM management_review_decisions d WHERE d.review_id = m.id), '')`,
  ),
  register('function', 'job_functions', "''", 'name', text('description')),
  {
    kind: 'training',
    sql: `SELECT t.id, t.id AS pageId, '' AS label, coalesce(t.title, c.name, '') AS title, NULL AS titleEn, ${text('p.name', 'c.name', 't.evaluation_comment')} AS body
          FROM trainings t LEFT JOIN competences c ON c.id = t.competence_id LEFT JOIN people p ON p.id = t.person_id`,
  },
  register('provider', 'providers', "''", 'name', text('supplies')),
  register('survey', 'surveys', "''", 'title', text('population', 'analysis')),
  register('issue', 'context_issues', "''", 'title', text('description', 'heading', 'source', 'retire_reason')),
  register('party', 'interested_parties', "''", 'name', text('needs', 'response', 'climate', 'retire_reason')),
  register('risk', 'risks', 'reference', 'title', text('description', 'origin_note', 'treatment_note', 'retire_reason')),
  register('watch_item', 'watch_items', 'reference', 'title', text('summary', 'analysis', 'decision_note', 'informed_others')),
  register('watch_source', 'watch_sources', "''", 'name', text('url', 'notes')),
  register('person', 'people', "''", 'name', text('job_title')),
  register('process', 'processes', "''", 'name', "''"),
];

/** Prepares every source once for a file. */
export const prepareSources = (db: Database.Database) =>
  searchSources.map((source) => ({ kind: source.kind, fts: source.fts === true, statement: db.prepare<unknown[], SearchRow>(source.sql) }));
