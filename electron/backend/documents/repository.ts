import type Database from 'better-sqlite3';
import { documentTypes } from '../../../shared/domain/documents';
import type { QualityDocument } from '../../../shared/schemas/documents';

type DocumentRow = {
  id: number;
  reference: string;
  title: string;
  type: QualityDocument['type'];
  status: QualityDocument['status'];
  process_id: number | null;
  process_name: string | null;
  owner_id: number | null;
  owner_name: string | null;
  review_period_months: number;
  last_review_date: string | null;
  next_review_due: string | null;
  revision: number;
  created_at: string;
  updated_at: string;
};

const toDocument = (row: DocumentRow): QualityDocument => ({
  id: row.id,
  reference: row.reference,
  title: row.title,
  type: row.type,
  status: row.status,
  processId: row.process_id,
  processName: row.process_name,
  ownerId: row.owner_id,
  ownerName: row.owner_name,
  reviewPeriodMonths: row.review_period_months,
  lastReviewDate: row.last_review_date,
  nextReviewDue: row.next_review_due,
  revision: row.revision,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** Stored fields of a document, as the service computes them. */
export type DocumentValues = {
  title: string;
  type: QualityDocument['type'];
  status: QualityDocument['status'];
  processId: number | null;
  ownerId: number | null;
  reviewPeriodMonths: number;
  lastReviewDate: string | null;
  nextReviewDue: string | null;
};

/** Filters of the register; null means "any". `search` is an FTS5 MATCH expression. */
export type DocumentFilter = {
  status: string | null;
  processId: number | null;
  ownerId: number | null;
  overdueBefore: string | null;
  search: string | null;
};

const select = `SELECT d.id, d.reference, d.title, d.type, d.status, d.process_id, p.name AS process_name,
    d.owner_id, o.name AS owner_name, d.review_period_months, d.last_review_date, d.next_review_due,
    d.revision, d.created_at, d.updated_at
  FROM documents d
  LEFT JOIN processes p ON p.id = d.process_id
  LEFT JOIN people o ON o.id = d.owner_id`;

/** Register order: policy and manual first, then procedures… as a quality manual lists them. */
const typeOrder = `CASE d.type ${documentTypes.map((type, rank) => `WHEN '${type}' THEN ${rank}`).join(' ')} END`;

export const createDocumentsRepository = (db: Database.Database) => {
  const selectOne = db.prepare<[number], DocumentRow>(`${select} WHERE d.id = ?`);
  const selectFiltered = db.prepare<DocumentFilter, DocumentRow>(`${select}
    WHERE (@status IS NULL OR d.status = @status)
      AND (@processId IS NULL OR d.process_id = @processId)
      AND (@ownerId IS NULL OR d.owner_id = @ownerId)
      AND (@overdueBefore IS NULL OR (d.status = 'en_vigueur' AND d.next_review_due < @overdueBefore))
      AND (@search IS NULL OR d.id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH @search))
    ORDER BY ${typeOrder}, d.reference`);
  const nextSequence = db
    .prepare<[string], number>(
      `INSERT INTO document_sequences (prefix, last_value) VALUES (?, 1)
     ON CONFLICT (prefix) DO UPDATE SET last_value = last_value + 1
     RETURNING last_value`,
    )
    .pluck();
  const insert = db.prepare(
    `INSERT INTO documents (reference, title, type, status, process_id, owner_id, review_period_months,
       last_review_date, next_review_due, revision, created_at, updated_at)
     VALUES (@reference, @title, @type, @status, @processId, @ownerId, @reviewPeriodMonths,
       @lastReviewDate, @nextReviewDue, 0, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE documents SET title = @title, type = @type, status = @status, process_id = @processId,
       owner_id = @ownerId, review_period_months = @reviewPeriodMonths, last_review_date = @lastReviewDate,
       next_review_due = @nextReviewDue, revision = revision + 1, updated_at = @at
     WHERE id = @id`,
  );
  return {
    get: (id: number): QualityDocument | undefined => {
      const row = selectOne.get(id);
      return row && toDocument(row);
    },
    list: (filter: DocumentFilter): QualityDocument[] => selectFiltered.all(filter).map(toDocument),
    /** Hands out the next number for a reference prefix; never reused, even after a deletion. */
    nextSequence: (prefix: string): number => nextSequence.get(prefix) as number,
    insert: (reference: string, values: DocumentValues, at: string): number =>
      Number(insert.run({ reference, ...values, at }).lastInsertRowid),
    update: (id: number, values: DocumentValues, at: string): void => {
      update.run({ id, ...values, at });
    },
  };
};
