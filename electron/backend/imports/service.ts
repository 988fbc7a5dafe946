import type { DocumentType } from '../../../shared/domain/documents';
import { importedReviewPeriod } from '../../../shared/domain/import';
import { mediaTypeOf } from '../../../shared/domain/files';
import type { QualityDocument } from '../../../shared/schemas/documents';
import type { ServiceContext } from '../context';
import type { DocumentsService } from '../documents/service';
import { sanitizeFileName } from '../files/names';
import { createFilesRepository } from '../files/repository';
import { createHistoryRepository } from '../history/repository';

export type ImportedFile = {
  title: string;
  type: DocumentType;
  processId: number | null;
  effectiveDate: string;
  fileName: string;
  content: Buffer;
  sha256: string;
};

/** The register's side of an import: where a content already is, and one file made into one document. */
export const createImportService = (ctx: ServiceContext, documents: DocumentsService) => {
  const files = createFilesRepository(ctx.db);
  const history = createHistoryRepository(ctx.db, ctx.author);
  const storedAt = ctx.db.prepare<[string], { reference: string | null; title: string | null }>(
    `SELECT d.reference, d.title FROM attachments a
       LEFT JOIN document_versions v ON a.owner_entity = 'document_version' AND v.id = a.owner_id
       LEFT JOIN documents d ON d.id = v.document_id
       WHERE a.blob_sha256 = ? AND a.removed_at IS NULL
       ORDER BY d.id IS NULL, a.id LIMIT 1`,
  );

  return {
    /** Where the same content is already attached ("PR-003 Accueil", or "un autre enregistrement"), else null. */
    storedIn: (sha256: string): string | null => {
      const row = storedAt.get(sha256);
      if (row === undefined) return null;
      return row.reference === null ? 'joint à un autre enregistrement' : `${row.reference} « ${row.title ?? ''} »`;
    },

    /**
     * Registers the file as a document whose version 1 is in force from `effectiveDate` and holds
     * it, in one transaction: the file is stored once by its SHA-256 and attached to that version
     * (which, being in force, takes no other file afterwards), with the history of both.
     */
    importOne: (file: ImportedFile): QualityDocument =>
      ctx.db
        .transaction(() => {
          const document = documents.create({
            title: file.title,
            type: file.type,
            processId: file.processId,
            ownerId: null,
            reviewPeriodMonths: importedReviewPeriod(file.type),
            initialStatus: 'en_vigueur',
            effectiveDate: file.effectiveDate,
            approvedById: null,
            approvedOn: null,
          });
          const version = document.inForce;
          if (version === null) throw new Error('an imported document has no version in force');
          const at = ctx.now().toISOString();
          const fileName = sanitizeFileName(file.fileName);
          files.putBlob(file.sha256, file.content, at);
          files.insert({
            owner: { entity: 'document_version', id: version.id },
            fileName,
            mediaType: mediaTypeOf(fileName),
            size: file.content.byteLength,
            sha256: file.sha256,
            at,
            actor: ctx.author().name,
          });
          history.append({
            at,
            entity: 'document',
            entityId: document.id,
            action: 'file_add',
            changes: [
              { field: 'fileName', before: null, after: fileName },
              { field: 'size', before: null, after: file.content.byteLength },
              { field: 'sha256', before: null, after: file.sha256 },
              { field: 'indice', before: null, after: version.indice },
            ],
          });
          return document;
        })
        .immediate(),
  };
};

export type ImportService = ReturnType<typeof createImportService>;
