import crypto from 'node:crypto';
import type Database from 'better-sqlite3';

/** What the pack benchmark adds to a filled file: reviews, requirement links, and stored evidence files. */
export type PackLoad = { files: number; bytesPerFile: number; reviewsPerDocument: number; linksPerRequirement: number };

/**
 * Evidence files are random bytes (incompressible, as PDFs and scans are), attached to the versions
 * in force of the first documents; each document gets reviews; each ISO clause links documents.
 * Written straight into the tables in one transaction: the benchmark measures the pack, not the forms.
 */
export const fillPackLoad = (db: Database.Database, load: PackLoad): void => {
  const at = '2026-11-26T08:00:00.000Z';
  db.transaction(() => {
    const versions = db
      .prepare<[], { id: number; document_id: number; effective_date: string }>(
        "SELECT id, document_id, effective_date FROM document_versions WHERE status = 'en_vigueur' ORDER BY document_id",
      )
      .all();
    const blob = db.prepare('INSERT INTO blobs (sha256, size, created_at, data) VALUES (?, ?, ?, ?)');
    const attachment = db.prepare(
      `INSERT INTO attachments (owner_entity, owner_id, blob_sha256, file_name, media_type, size, added_at, added_by)
       VALUES ('document_version', ?, ?, ?, 'application/pdf', ?, ?, 'bench')`,
    );
    for (let index = 0; index < load.files; index++) {
      const version = versions[index % versions.length];
      if (!version) break;
      const content = crypto.randomBytes(load.bytesPerFile);
      const sha256 = crypto.createHash('sha256').update(content).digest('hex');
      blob.run(sha256, content.byteLength, at, content);
      attachment.run(version.id, sha256, `Preuve ${index + 1} — procès-verbal signé.pdf`, content.byteLength, at);
    }
    const review = db.prepare(
      `INSERT INTO document_reviews (document_id, version_id, planned_date, review_date, reviewer_id, outcome, comment, created_at)
       VALUES (?, ?, ?, ?, ?, 'reconduit', ?, ?)`,
    );
    for (const version of versions) {
      for (let n = 0; n < load.reviewsPerDocument; n++) {
        const date = `${2025 - n}-${String(1 + (version.document_id % 12)).padStart(2, '0')}-15`;
        review.run(
          version.document_id,
          version.id,
          date,
          date,
          1 + (version.document_id % 40),
          `Relu en groupe qualité : conforme, aucune modification (${n + 1}).`,
          at,
        );
      }
    }
    const requirements = db.prepare<[], number>('SELECT id FROM requirements').pluck().all();
    const link = db.prepare(
      "INSERT OR IGNORE INTO requirement_links (requirement_id, entity, entity_id, created_at) VALUES (?, 'document', ?, ?)",
    );
    requirements.forEach((requirementId, index) => {
      for (let n = 0; n < load.linksPerRequirement; n++) link.run(requirementId, 1 + ((index * 37 + n * 101) % versions.length), at);
    });
  }).immediate();
};
