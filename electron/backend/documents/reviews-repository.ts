import type Database from 'better-sqlite3';
import type { ReviewOutcome } from '../../../shared/domain/versions';
import type { DocumentReview } from '../../../shared/schemas/versions';

type ReviewRow = {
  id: number;
  document_id: number;
  version_id: number;
  version_indice: string;
  planned_date: string | null;
  review_date: string;
  reviewer_id: number;
  reviewer_name: string;
  outcome: ReviewOutcome;
  comment: string | null;
  draft_indice: string | null;
};

const toReview = (row: ReviewRow): DocumentReview => ({
  id: row.id,
  documentId: row.document_id,
  versionId: row.version_id,
  versionIndice: row.version_indice,
  plannedDate: row.planned_date,
  reviewDate: row.review_date,
  reviewerId: row.reviewer_id,
  reviewerName: row.reviewer_name,
  outcome: row.outcome,
  comment: row.comment,
  draftIndice: row.draft_indice,
});

export type NewReview = {
  documentId: number;
  versionId: number;
  plannedDate: string | null;
  reviewDate: string;
  reviewerId: number;
  outcome: ReviewOutcome;
  comment: string | null;
  draftVersionId: number | null;
};

export const createReviewsRepository = (db: Database.Database) => {
  const selectForDocument = db.prepare<[number], ReviewRow>(
    `SELECT r.id, r.document_id, r.version_id, v.indice AS version_indice, r.planned_date, r.review_date, r.reviewer_id,
       p.name AS reviewer_name, r.outcome, r.comment, d.indice AS draft_indice
     FROM document_reviews r
     JOIN document_versions v ON v.id = r.version_id
     JOIN people p ON p.id = r.reviewer_id
     LEFT JOIN document_versions d ON d.id = r.draft_version_id
     WHERE r.document_id = ? ORDER BY r.review_date DESC, r.id DESC`,
  );
  const selectLastKept = db
    .prepare<[number], string | null>("SELECT max(review_date) FROM document_reviews WHERE version_id = ? AND outcome = 'reconduit'")
    .pluck();
  const insert = db.prepare(
    `INSERT INTO document_reviews (document_id, version_id, planned_date, review_date, reviewer_id, outcome, comment, draft_version_id, created_at)
     VALUES (@documentId, @versionId, @plannedDate, @reviewDate, @reviewerId, @outcome, @comment, @draftVersionId, @at)`,
  );
  return {
    forDocument: (documentId: number): DocumentReview[] => selectForDocument.all(documentId).map(toReview),
    /** Date of the last review that kept this version as it is, if any. */
    lastKept: (versionId: number): string | null => selectLastKept.get(versionId) ?? null,
    insert: (review: NewReview, at: string): number => Number(insert.run({ ...review, at }).lastInsertRowid),
  };
};
