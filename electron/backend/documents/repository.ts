import type Database from 'better-sqlite3';
import { documentTypes } from '../../../shared/domain/documents';
import type { QualityDocument } from '../../../shared/schemas/documents';
import type { PageRead } from '../paging';
import { inIds } from '../search/fold';

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
  in_force_id: number | null;
  in_force_indice: string | null;
  in_force_effective: string | null;
  pending_id: number | null;
  pending_indice: string | null;
  pending_status: 'brouillon' | 'soumis' | null;
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
  inForce:
    row.in_force_id === null
      ? null
      : { id: row.in_force_id, indice: row.in_force_indice ?? '', effectiveDate: row.in_force_effective ?? '' },
  pending:
    row.pending_id === null ? null : { id: row.pending_id, indice: row.pending_indice ?? '', status: row.pending_status ?? 'brouillon' },
  revision: row.revision,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** What the register form edits. */
export type DocumentFieldValues = {
  title: string;
  type: QualityDocument['type'];
  processId: number | null;
  ownerId: number | null;
  reviewPeriodMonths: number;
};

/** What versions and reviews decide, derived by the service. */
export type DocumentState = {
  status: QualityDocument['status'];
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
  type: string | null;
  /** Only these documents (`idsParam`); null keeps all. */
  ids: string | null;
};

const columns = `SELECT d.id, d.reference, d.title, d.type, d.status, d.process_id, p.name AS process_name,
    d.owner_id, o.name AS owner_name, d.review_period_months, d.last_review_date, d.next_review_due,
    vf.id AS in_force_id, vf.indice AS in_force_indice, vf.effective_date AS in_force_effective,
    vp.id AS pending_id, vp.indice AS pending_indice, vp.status AS pending_status,
    d.revision, d.created_at, d.updated_at`;
const joins = `LEFT JOIN processes p ON p.id = d.process_id
  LEFT JOIN people o ON o.id = d.owner_id
  LEFT JOIN document_versions vf ON vf.document_id = d.id AND vf.status = 'en_vigueur'
  LEFT JOIN document_versions vp ON vp.document_id = d.id AND vp.status IN ('brouillon', 'soumis')`;
const select = `${columns} FROM documents d ${joins}`;

/** Register order: policy and manual first, then procedures… as a quality manual lists them. */
const typeOrder = `CASE d.type ${documentTypes.map((type, rank) => `WHEN '${type}' THEN ${rank}`).join(' ')} END`;

/** A page of the register: current documents only (in force or in draft) or all, after a cursor in (type's rank, reference) order. */
export type DocumentPageFilter = DocumentFilter & PageRead & { afterRank: number | null; afterReference: string };

const filtered = `(@status IS NULL OR d.status = @status)
      AND (@processId IS NULL OR d.process_id = @processId)
      AND (@ownerId IS NULL OR d.owner_id = @ownerId)
      AND (@overdueBefore IS NULL OR (d.status = 'en_vigueur' AND d.next_review_due < @overdueBefore))
      AND (@search IS NULL OR d.id * 2 IN (SELECT rowid FROM search_index WHERE search_index MATCH @search))
      AND (@type IS NULL OR d.type = @type)
      AND ${inIds('d.id')}`;
const isCurrent = "d.status <> 'obsolete'";

export const createDocumentsRepository = (db: Database.Database) => {
  const selectOne = db.prepare<[number], DocumentRow>(`${select} WHERE d.id = ?`);
  const selectFiltered = db.prepare<DocumentFilter, DocumentRow>(`${select}
    WHERE ${filtered}
    ORDER BY ${typeOrder}, d.reference`);
  // Keyset paging on the register's own order: the page is chosen among the documents alone (a few
  // thousand sort in memory in a few milliseconds), then only its rows are joined to their versions.
  const selectPage = db.prepare<DocumentPageFilter, DocumentRow>(`${columns}
    FROM (SELECT * FROM documents d
      WHERE ${filtered}
        AND (@openOnly = 0 OR ${isCurrent})
        AND (@afterRank IS NULL OR (${typeOrder}, d.reference) > (@afterRank, @afterReference))
      ORDER BY ${typeOrder}, d.reference
      LIMIT @limit) d
    ${joins}
    ORDER BY ${typeOrder}, d.reference`);
  const countFiltered = db.prepare<DocumentFilter, { total: number; open: number }>(`SELECT count(*) AS total,
      count(*) FILTER (WHERE ${isCurrent}) AS open
    FROM documents d
    WHERE ${filtered}`);
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
  const updateFields = db.prepare(
    `UPDATE documents SET title = @title, type = @type, process_id = @processId, owner_id = @ownerId,
       review_period_months = @reviewPeriodMonths, next_review_due = @nextReviewDue, revision = revision + 1, updated_at = @at
     WHERE id = @id`,
  );
  const updateState = db.prepare(
    `UPDATE documents SET status = @status, last_review_date = @lastReviewDate, next_review_due = @nextReviewDue, updated_at = @at
     WHERE id = @id`,
  );
  return {
    get: (id: number): QualityDocument | undefined => {
      const row = selectOne.get(id);
      return row && toDocument(row);
    },
    list: (filter: DocumentFilter): QualityDocument[] => selectFiltered.all(filter).map(toDocument),
    page: (filter: DocumentPageFilter): QualityDocument[] => selectPage.all(filter).map(toDocument),
    /** How many documents match the filter, and how many of them are current (in force or in draft). */
    count: (filter: DocumentFilter): { total: number; open: number } => countFiltered.get(filter) ?? { total: 0, open: 0 },
    /** Hands out the next number for a reference prefix; never reused, even after a deletion. */
    nextSequence: (prefix: string): number => nextSequence.get(prefix) as number,
    insert: (reference: string, fields: DocumentFieldValues, state: DocumentState, at: string): number =>
      Number(insert.run({ reference, ...fields, ...state, at }).lastInsertRowid),
    updateFields: (id: number, fields: DocumentFieldValues, nextReviewDue: string | null, at: string): void => {
      updateFields.run({ id, ...fields, nextReviewDue, at });
    },
    updateState: (id: number, state: DocumentState, at: string): void => {
      updateState.run({ id, ...state, at });
    },
  };
};

export type DocumentsRepository = ReturnType<typeof createDocumentsRepository>;
