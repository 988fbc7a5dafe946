import Database from 'better-sqlite3';
import type { VersionStatus } from '../../shared/domain/versions';

export type SeededVersion = { documentId: number; versionId: number; indice: string };

/**
 * A document with one version in `status`, written straight into the file (schemas 1 and 2) so
 * the files tests depend only on the tables, not on how the versions screens create them.
 */
export const seedVersion = (filePath: string, status: VersionStatus = 'brouillon', reference = 'PR-001'): SeededVersion => {
  const db = new Database(filePath);
  try {
    const at = '2026-11-20T09:00:00.000Z';
    const documentStatus = status === 'soumis' ? 'brouillon' : status;
    const documentId = Number(
      db
        .prepare(
          `INSERT INTO documents (reference, title, type, status, review_period_months, revision, created_at, updated_at)
           VALUES (?, 'Procédure achats', 'procedure', ?, 24, 0, ?, ?)`,
        )
        .run(reference, documentStatus, at, at).lastInsertRowid,
    );
    const versionId = Number(
      db
        .prepare(
          `INSERT INTO document_versions (document_id, sequence, indice, status, effective_date, obsolete_reason, created_at, updated_at)
           VALUES (?, 1, '1', ?, ?, ?, ?, ?)`,
        )
        .run(documentId, status, status === 'en_vigueur' ? '2026-11-20' : null, status === 'obsolete' ? 'retiree' : null, at, at)
        .lastInsertRowid,
    );
    return { documentId, versionId, indice: '1' };
  } finally {
    db.close();
  }
};

/** Moves a version to another status behind the service's back, as another window would. */
export const setVersionStatus = (filePath: string, versionId: number, status: VersionStatus): void => {
  const db = new Database(filePath);
  try {
    db.prepare(
      `UPDATE document_versions SET status = ?,
         effective_date = CASE WHEN ? = 'en_vigueur' THEN '2026-11-25' ELSE effective_date END,
         obsolete_reason = CASE WHEN ? = 'obsolete' THEN 'retiree' ELSE NULL END
       WHERE id = ?`,
    ).run(status, status, status, versionId);
  } finally {
    db.close();
  }
};

/** Row counts of the tables a file change touches, to prove a refusal wrote nothing. */
export const fileTableCounts = (filePath: string) => {
  const db = new Database(filePath, { readonly: true });
  try {
    const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    return { blobs: count('blobs'), attachments: count('attachments'), history: count('history') };
  } finally {
    db.close();
  }
};
