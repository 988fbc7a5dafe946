import type Database from 'better-sqlite3';
import type { DocumentedInformation, LinkEntity, ReferentialKind, ReferentialSource } from '../../../shared/domain/referentials';
import type { LinkedDocument, Referential, Requirement, RequirementOption } from '../../../shared/schemas/referentials';

type ReferentialRow = {
  id: number;
  code: string;
  name: string;
  edition: string;
  kind: ReferentialKind;
  base_referential_id: number | null;
  base_name: string | null;
  source: ReferentialSource;
  requirement_count: number;
  non_applicable_count: number;
  created_at: string;
  updated_at: string;
};

const toReferential = (row: ReferentialRow): Referential => ({
  id: row.id,
  code: row.code,
  name: row.name,
  edition: row.edition,
  kind: row.kind,
  baseId: row.base_referential_id,
  baseName: row.base_name,
  source: row.source,
  requirementCount: row.requirement_count,
  nonApplicableCount: row.non_applicable_count,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

type RequirementRow = {
  id: number;
  referential_id: number;
  number: string;
  title_fr: string;
  title_en: string | null;
  text: string | null;
  parent_id: number | null;
  note: string | null;
  documented_information: string | null;
  major_only: number;
  applicable: number;
  non_applicable_justification: string | null;
  created_at: string;
  updated_at: string;
};

const toRequirement = (row: RequirementRow): Requirement => ({
  id: row.id,
  referentialId: row.referential_id,
  number: row.number,
  titleFr: row.title_fr,
  titleEn: row.title_en,
  text: row.text,
  parentId: row.parent_id,
  note: row.note,
  documentedInformation: row.documented_information === null ? [] : (JSON.parse(row.documented_information) as DocumentedInformation[]),
  majorOnly: row.major_only === 1,
  applicable: row.applicable === 1,
  nonApplicableJustification: row.non_applicable_justification,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

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

export type ReferentialValues = {
  code: string;
  name: string;
  edition: string;
  kind: ReferentialKind;
  baseId: number | null;
  source: ReferentialSource;
};

/** Stored fields of a requirement; `sortKey` comes from shared/domain/referentials.ts. */
export type RequirementValues = {
  number: string;
  titleFr: string;
  titleEn: string | null;
  text: string | null;
  parentId: number | null;
  sortKey: string;
};

/** What a shipped or imported file says beside titles: a note, the documented information, "major only". */
export type RequirementExtras = { note: string | null; documentedInformation: DocumentedInformation[]; majorOnly: boolean };

export const noExtras: RequirementExtras = { note: null, documentedInformation: [], majorOnly: false };

const extrasParams = (extras: RequirementExtras) => ({
  note: extras.note,
  documentedInformation: extras.documentedInformation.length === 0 ? null : JSON.stringify(extras.documentedInformation),
  majorOnly: extras.majorOnly ? 1 : 0,
});

const selectReferential = `SELECT r.id, r.code, r.name, r.edition, r.kind, r.base_referential_id, b.name AS base_name, r.source,
    (SELECT count(*) FROM requirements q WHERE q.referential_id = r.id) AS requirement_count,
    (SELECT count(*) FROM requirements q WHERE q.referential_id = r.id AND q.applicable = 0) AS non_applicable_count,
    r.created_at, r.updated_at
  FROM referentials r LEFT JOIN referentials b ON b.id = r.base_referential_id`;

const requirementColumns = `q.id, q.referential_id, q.number, q.title_fr, q.title_en, q.text, q.parent_id, q.note,
  q.documented_information, q.major_only, q.applicable, q.non_applicable_justification, q.created_at, q.updated_at`;

const selectOption = `SELECT q.id, q.number, q.title_fr, q.title_en, q.applicable, q.referential_id, r.name AS referential_name
  FROM requirements q JOIN referentials r ON r.id = q.referential_id`;

export const createReferentialsRepository = (db: Database.Database) => {
  // Standards first, then schemes, each by name: the order a quality manual cites them in.
  const listAll = db.prepare<[], ReferentialRow>(`${selectReferential} ORDER BY r.kind = 'schema', r.name COLLATE NOCASE, r.edition`);
  const selectOne = db.prepare<[number], ReferentialRow>(`${selectReferential} WHERE r.id = ?`);
  const idByCode = db.prepare<[string], number>('SELECT id FROM referentials WHERE code = ?').pluck();
  const insertReferential = db.prepare(
    `INSERT INTO referentials (code, name, edition, kind, base_referential_id, source, created_at, updated_at)
     VALUES (@code, @name, @edition, @kind, @baseId, @source, @at, @at)`,
  );
  const touchReferential = db.prepare<[string, number]>('UPDATE referentials SET updated_at = ? WHERE id = ?');
  const requirementsOf = db.prepare<[number], RequirementRow>(
    `SELECT ${requirementColumns} FROM requirements q WHERE q.referential_id = ? ORDER BY q.sort_key, q.number`,
  );
  const requirement = db.prepare<[number], RequirementRow>(`SELECT ${requirementColumns} FROM requirements q WHERE q.id = ?`);
  const childrenOf = db.prepare<[number], RequirementRow>(
    `SELECT ${requirementColumns} FROM requirements q WHERE q.parent_id = ? ORDER BY q.sort_key, q.number`,
  );
  const idByNumber = db.prepare<[number, string], number>('SELECT id FROM requirements WHERE referential_id = ? AND number = ?').pluck();
  const insertRequirement = db.prepare(
    `INSERT INTO requirements (referential_id, number, title_fr, title_en, text, parent_id, sort_key, note, documented_information,
       major_only, applicable, non_applicable_justification, created_at, updated_at)
     VALUES (@referentialId, @number, @titleFr, @titleEn, @text, @parentId, @sortKey, @note, @documentedInformation,
       @majorOnly, @applicable, @justification, @at, @at)`,
  );
  const updateRequirement = db.prepare(
    `UPDATE requirements SET number = @number, title_fr = @titleFr, title_en = @titleEn, text = @text, parent_id = @parentId,
       sort_key = @sortKey, updated_at = @at WHERE id = @id`,
  );
  const updateExtras = db.prepare(
    `UPDATE requirements SET title_fr = @titleFr, title_en = @titleEn, note = @note, documented_information = @documentedInformation,
       major_only = @majorOnly, updated_at = @at WHERE id = @id`,
  );
  const descendantsOf = db.prepare<[number], RequirementRow>(
    `WITH RECURSIVE below (id) AS (
       SELECT id FROM requirements WHERE parent_id = ?
       UNION ALL SELECT r.id FROM requirements r JOIN below ON r.parent_id = below.id
     )
     SELECT ${requirementColumns} FROM requirements q WHERE q.id IN (SELECT id FROM below) ORDER BY q.sort_key, q.number`,
  );
  const updateApplicability = db.prepare<{ id: number; applicable: number; justification: string | null; at: string }>(
    `UPDATE requirements SET applicable = @applicable, non_applicable_justification = @justification, updated_at = @at WHERE id = @id`,
  );
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
    list: (): Referential[] => listAll.all().map(toReferential),
    get: (id: number): Referential | undefined => {
      const row = selectOne.get(id);
      return row && toReferential(row);
    },
    idByCode: (code: string): number | undefined => idByCode.get(code),
    insert: (values: ReferentialValues, at: string): number => Number(insertReferential.run({ ...values, at }).lastInsertRowid),
    /** Marks a referential changed when one of its requirements is. */
    touch: (id: number, at: string): void => {
      touchReferential.run(at, id);
    },
    requirements: (referentialId: number): Requirement[] => requirementsOf.all(referentialId).map(toRequirement),
    requirement: (id: number): Requirement | undefined => {
      const row = requirement.get(id);
      return row && toRequirement(row);
    },
    children: (id: number): Requirement[] => childrenOf.all(id).map(toRequirement),
    /** Every requirement under this one, at any depth, in natural order. */
    descendants: (id: number): Requirement[] => descendantsOf.all(id).map(toRequirement),
    requirementIdByNumber: (referentialId: number, number: string): number | undefined => idByNumber.get(referentialId, number),
    /** `exclusion`: the justification of an excluded parent, which a new sub-requirement shares (ISO 9001 §4.3). */
    insertRequirement: (
      referentialId: number,
      values: RequirementValues,
      at: string,
      extras: RequirementExtras = noExtras,
      exclusion: string | null = null,
    ): number =>
      Number(
        insertRequirement.run({
          referentialId,
          ...values,
          ...extrasParams(extras),
          applicable: exclusion === null ? 1 : 0,
          justification: exclusion,
          at,
        }).lastInsertRowid,
      ),
    updateRequirement: (id: number, values: RequirementValues, at: string): void => {
      updateRequirement.run({ id, ...values, at });
    },
    /** What a shipped or imported file brings beside the structure (titles, note, documented information, "major only"). */
    setFileContent: (id: number, content: { titleFr: string; titleEn: string | null } & RequirementExtras, at: string): void => {
      updateExtras.run({ id, titleFr: content.titleFr, titleEn: content.titleEn, ...extrasParams(content), at });
    },
    setApplicability: (id: number, justification: string | null, at: string): void => {
      updateApplicability.run({ id, applicable: justification === null ? 1 : 0, justification, at });
    },
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

export type ReferentialsRepository = ReturnType<typeof createReferentialsRepository>;
