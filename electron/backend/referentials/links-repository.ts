import type Database from 'better-sqlite3';
import type { LinkEntity } from '../../../shared/domain/referentials';
import type { LinkedDocument, RequirementOption } from '../../../shared/schemas/referentials';

type OptionRow = {
  id: number;
  number: string;
  title_fr: string;
  title_en: string | null;
  applicable: number;
  referential_id: number;
  referential_name: string;
};

const toOption = (row: OptionRow): RequirementOption => ({
  id: row.id,
  number: row.number,
  titleFr: row.title_fr,
  titleEn: row.title_en,
  applicable: row.applicable === 1,
  referentialId: row.referential_id,
  referentialName: row.referential_name,
});

const selectOption = `SELECT q.id, q.number, q.title_fr, q.title_en, q.applicable, q.referential_id, r.name AS referential_name
  FROM requirements q JOIN referentials r ON r.id = q.referential_id`;

/** Requirements as options to pick, and their links to documents and other records, with the words that name those. */
export const createRequirementLinksRepository = (db: Database.Database) => {
  const options = db.prepare<[], OptionRow>(`${selectOption} ORDER BY r.kind = 'schema', r.name COLLATE NOCASE, q.sort_key, q.number`);
  const linkedTo = db.prepare<[string, number], OptionRow>(
    `${selectOption} JOIN requirement_links l ON l.requirement_id = q.id
     WHERE l.entity = ? AND l.entity_id = ? ORDER BY r.kind = 'schema', r.name COLLATE NOCASE, q.sort_key, q.number`,
  );
  const insertLink = db.prepare<[number, string, number, string]>(
    'INSERT OR IGNORE INTO requirement_links (requirement_id, entity, entity_id, created_at) VALUES (?, ?, ?, ?)',
  );
  const deleteLink = db.prepare<[number, string, number]>(
    'DELETE FROM requirement_links WHERE requirement_id = ? AND entity = ? AND entity_id = ?',
  );
  const documentLabel = db.prepare<[number], { id: number; reference: string; title: string }>(
    'SELECT id, reference, title FROM documents WHERE id = ?',
  );
  // The words a link names another record by, as its page titles it.
  const recordLabels: Record<Exclude<LinkEntity, 'document'>, Database.Statement<[number], string>> = {
    job_function: db.prepare<[number], string>("SELECT 'Fonction « ' || name || ' »' FROM job_functions WHERE id = ?").pluck(),
    training: db
      .prepare<[number], string>(
        "SELECT 'Formation « ' || t.title || ' » (' || p.name || ')' FROM trainings t JOIN people p ON p.id = t.person_id WHERE t.id = ?",
      )
      .pluck(),
    provider: db.prepare<[number], string>("SELECT 'Prestataire « ' || name || ' »' FROM providers WHERE id = ?").pluck(),
    survey: db.prepare<[number], string>("SELECT 'Enquête « ' || title || ' »' FROM surveys WHERE id = ?").pluck(),
    issue: db.prepare<[number], string>("SELECT 'Enjeu : ' || title FROM context_issues WHERE id = ?").pluck(),
    party: db.prepare<[number], string>("SELECT 'Partie intéressée : ' || name FROM interested_parties WHERE id = ?").pluck(),
    risk: db.prepare<[number], string>("SELECT reference || ' ' || title FROM risks WHERE id = ?").pluck(),
    watch_item: db.prepare<[number], string>("SELECT reference || ' ' || title FROM watch_items WHERE id = ?").pluck(),
  };
  const linkedRecords = db.prepare<[number], { entity: Exclude<LinkEntity, 'document'>; id: number }>(
    "SELECT entity, entity_id AS id FROM requirement_links WHERE requirement_id = ? AND entity <> 'document' ORDER BY entity, entity_id",
  );
  const linkedDocuments = db.prepare<[number], LinkedDocument>(
    `SELECT d.id, d.reference, d.title, d.status FROM requirement_links l JOIN documents d ON d.id = l.entity_id
     WHERE l.requirement_id = ? AND l.entity = 'document' ORDER BY d.reference`,
  );

  return {
    options: (): RequirementOption[] => options.all().map(toOption),
    linkedTo: (entity: LinkEntity, entityId: number): RequirementOption[] => linkedTo.all(entity, entityId).map(toOption),
    /** True when the link is new (linking twice is not an error, and not a second history entry). */
    link: (requirementId: number, entity: LinkEntity, entityId: number, at: string): boolean =>
      insertLink.run(requirementId, entity, entityId, at).changes === 1,
    unlink: (requirementId: number, entity: LinkEntity, entityId: number): boolean =>
      deleteLink.run(requirementId, entity, entityId).changes === 1,
    linkedDocuments: (requirementId: number): LinkedDocument[] => linkedDocuments.all(requirementId),
    /** A record other than a document, named as its page titles it; undefined when it does not exist. */
    recordLabel: (entity: Exclude<LinkEntity, 'document'>, id: number): string | undefined => recordLabels[entity].get(id),
    /** The records other than documents linked to a requirement: functions, trainings, providers, surveys, the context registers'. */
    linkedRecords: (requirementId: number) =>
      linkedRecords.all(requirementId).map((row) => ({ ...row, label: recordLabels[row.entity].get(row.id) ?? '' })),
    /** A document's reference and title, as history names it; undefined when there is no such document. */
    document: (id: number): { id: number; reference: string; title: string } | undefined => documentLabel.get(id),
  };
};
