import type Database from 'better-sqlite3';
import type { DocumentedInformation } from '../../../shared/domain/referentials';
import type { Requirement } from '../../../shared/schemas/referentials';

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

const requirementColumns = `q.id, q.referential_id, q.number, q.title_fr, q.title_en, q.text, q.parent_id, q.note,
  q.documented_information, q.major_only, q.applicable, q.non_applicable_justification, q.created_at, q.updated_at`;

/** The requirements of the referentials: read in natural order, inserted, edited, their file content and applicability set. */
export const createRequirementsRepository = (db: Database.Database) => {
  const requirementsOf = db.prepare<[number], RequirementRow>(
    `SELECT ${requirementColumns} FROM requirements q WHERE q.referential_id = ? ORDER BY q.sort_key, q.number`,
  );
  const requirement = db.prepare<[number], RequirementRow>(`SELECT ${requirementColumns} FROM requirements q WHERE q.id = ?`);
  const childrenOf = db.prepare<[number], RequirementRow>(
    `SELECT ${requirementColumns} FROM requirements q WHERE q.parent_id = ? ORDER BY q.sort_key, q.number`,
  );
  const idByNumber = db.prepare<[number, string], number>('SELECT id FROM requirements WHERE referential_id = ? AND number = ?').pluck();
  const referentialsOf = db
    .prepare<[string], number>(
      'SELECT DISTINCT referential_id FROM requirements WHERE id IN (SELECT value FROM json_each(?)) ORDER BY referential_id',
    )
    .pluck();
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

  return {
    requirements: (referentialId: number): Requirement[] => requirementsOf.all(referentialId).map(toRequirement),
    requirement: (id: number): Requirement | undefined => {
      const row = requirement.get(id);
      return row && toRequirement(row);
    },
    children: (id: number): Requirement[] => childrenOf.all(id).map(toRequirement),
    /** The referentials these requirements belong to, in one query. */
    referentialIdsOf: (ids: readonly number[]): number[] => referentialsOf.all(JSON.stringify(ids)),
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
  };
};
