import type Database from 'better-sqlite3';
import type { ObsoleteReason, VersionStatus } from '../../../shared/domain/versions';
import type { DocumentVersion } from '../../../shared/schemas/versions';

type VersionRow = {
  id: number;
  document_id: number;
  sequence: number;
  indice: string;
  status: VersionStatus;
  change_summary: string | null;
  effective_date: string | null;
  written_by: number | null;
  written_by_name: string | null;
  written_on: string | null;
  checked_by: number | null;
  checked_by_name: string | null;
  checked_on: string | null;
  approved_by: number | null;
  approved_by_name: string | null;
  approved_on: string | null;
  obsolete_reason: ObsoleteReason | null;
  obsolete_comment: string | null;
  obsolete_on: string | null;
  revision: number;
};

const toVersion = (row: VersionRow): DocumentVersion => ({
  id: row.id,
  documentId: row.document_id,
  sequence: row.sequence,
  indice: row.indice,
  status: row.status,
  changeSummary: row.change_summary,
  effectiveDate: row.effective_date,
  writtenById: row.written_by,
  writtenByName: row.written_by_name,
  writtenOn: row.written_on,
  checkedById: row.checked_by,
  checkedByName: row.checked_by_name,
  checkedOn: row.checked_on,
  approvedById: row.approved_by,
  approvedByName: row.approved_by_name,
  approvedOn: row.approved_on,
  obsoleteReason: row.obsolete_reason,
  obsoleteComment: row.obsolete_comment,
  obsoleteOn: row.obsolete_on,
  revision: row.revision,
});

/** Every stored field of a version but its identity; the service decides them. */
export type VersionValues = Omit<DocumentVersion, 'id' | 'documentId' | 'sequence' | 'indice' | 'revision' | `${string}Name`>;

const select = `SELECT v.id, v.document_id, v.sequence, v.indice, v.status, v.change_summary, v.effective_date,
    v.written_by, w.name AS written_by_name, v.written_on, v.checked_by, c.name AS checked_by_name, v.checked_on,
    v.approved_by, a.name AS approved_by_name, v.approved_on, v.obsolete_reason, v.obsolete_comment, v.obsolete_on, v.revision
  FROM document_versions v
  LEFT JOIN people w ON w.id = v.written_by
  LEFT JOIN people c ON c.id = v.checked_by
  LEFT JOIN people a ON a.id = v.approved_by`;

const valueParams = (values: VersionValues) => ({
  status: values.status,
  changeSummary: values.changeSummary,
  effectiveDate: values.effectiveDate,
  writtenBy: values.writtenById,
  writtenOn: values.writtenOn,
  checkedBy: values.checkedById,
  checkedOn: values.checkedOn,
  approvedBy: values.approvedById,
  approvedOn: values.approvedOn,
  obsoleteReason: values.obsoleteReason,
  obsoleteComment: values.obsoleteComment,
  obsoleteOn: values.obsoleteOn,
});

export const createVersionsRepository = (db: Database.Database) => {
  const selectOne = db.prepare<[number], VersionRow>(`${select} WHERE v.id = ?`);
  const selectForDocument = db.prepare<[number], VersionRow>(`${select} WHERE v.document_id = ? ORDER BY v.sequence DESC`);
  const selectStatuses = db.prepare<[number], VersionStatus>('SELECT status FROM document_versions WHERE document_id = ?').pluck();
  const selectLastSequence = db
    .prepare<[number], number>('SELECT coalesce(max(sequence), 0) FROM document_versions WHERE document_id = ?')
    .pluck();
  const insert = db.prepare(
    `INSERT INTO document_versions (document_id, sequence, indice, status, change_summary, effective_date, written_by, written_on,
       checked_by, checked_on, approved_by, approved_on, obsolete_reason, obsolete_comment, obsolete_on, revision, created_at, updated_at)
     VALUES (@documentId, @sequence, @indice, @status, @changeSummary, @effectiveDate, @writtenBy, @writtenOn,
       @checkedBy, @checkedOn, @approvedBy, @approvedOn, @obsoleteReason, @obsoleteComment, @obsoleteOn, 0, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE document_versions SET status = @status, change_summary = @changeSummary, effective_date = @effectiveDate,
       written_by = @writtenBy, written_on = @writtenOn, checked_by = @checkedBy, checked_on = @checkedOn,
       approved_by = @approvedBy, approved_on = @approvedOn, obsolete_reason = @obsoleteReason,
       obsolete_comment = @obsoleteComment, obsolete_on = @obsoleteOn, revision = revision + 1, updated_at = @at
     WHERE id = @id`,
  );
  return {
    get: (id: number): DocumentVersion | undefined => {
      const row = selectOne.get(id);
      return row && toVersion(row);
    },
    forDocument: (documentId: number): DocumentVersion[] => selectForDocument.all(documentId).map(toVersion),
    statuses: (documentId: number): VersionStatus[] => selectStatuses.all(documentId),
    lastSequence: (documentId: number): number => selectLastSequence.get(documentId) ?? 0,
    insert: (documentId: number, sequence: number, indice: string, values: VersionValues, at: string): number =>
      Number(insert.run({ documentId, sequence, indice, ...valueParams(values), at }).lastInsertRowid),
    update: (id: number, values: VersionValues, at: string): void => {
      update.run({ id, ...valueParams(values), at });
    },
  };
};

export type VersionsRepository = ReturnType<typeof createVersionsRepository>;

/** A blank draft: nothing written yet. */
export const emptyDraft: VersionValues = {
  status: 'brouillon',
  changeSummary: null,
  effectiveDate: null,
  writtenById: null,
  writtenOn: null,
  checkedById: null,
  checkedOn: null,
  approvedById: null,
  approvedOn: null,
  obsoleteReason: null,
  obsoleteComment: null,
  obsoleteOn: null,
};

/** The stored values of a version, to change a few of them. */
export const valuesOf = (version: DocumentVersion): VersionValues => ({
  status: version.status,
  changeSummary: version.changeSummary,
  effectiveDate: version.effectiveDate,
  writtenById: version.writtenById,
  writtenOn: version.writtenOn,
  checkedById: version.checkedById,
  checkedOn: version.checkedOn,
  approvedById: version.approvedById,
  approvedOn: version.approvedOn,
  obsoleteReason: version.obsoleteReason,
  obsoleteComment: version.obsoleteComment,
  obsoleteOn: version.obsoleteOn,
});
