import type Database from 'better-sqlite3';
import { mediaTypeOf } from '../../../shared/domain/files';
import type { Attachment, AttachmentOwner, AttachmentOwnerEntity } from '../../../shared/schemas/files';
import { sanitizeFileName } from './names';

type AttachmentRow = {
  id: number;
  owner_entity: AttachmentOwnerEntity;
  owner_id: number;
  file_name: string;
  size: number;
  blob_sha256: string;
  added_at: string;
  added_by: string;
};

/**
 * The name is cleaned again and the type derived from it: a file edited with another SQLite tool
 * may carry any name and any `media_type`, and only what the cleaned name says is trusted.
 */
const toAttachment = (row: AttachmentRow): Attachment => {
  const fileName = sanitizeFileName(row.file_name);
  return {
    id: row.id,
    owner: { entity: row.owner_entity, id: row.owner_id },
    fileName,
    mediaType: mediaTypeOf(fileName),
    size: row.size,
    sha256: row.blob_sha256,
    addedAt: row.added_at,
    addedBy: row.added_by,
  };
};

/** A file to attach, once the service has cleaned its name and hashed its bytes. */
export type NewAttachment = {
  owner: AttachmentOwner;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  at: string;
  actor: string;
};

const select = `SELECT id, owner_entity, owner_id, file_name, size, blob_sha256, added_at, added_by FROM attachments`;

export const createFilesRepository = (db: Database.Database) => {
  const insertBlob = db.prepare<[string, number, string, Buffer]>(
    'INSERT INTO blobs (sha256, size, created_at, data) VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING',
  );
  const selectBlob = db.prepare<[string], Buffer>('SELECT data FROM blobs WHERE sha256 = ?').pluck();
  const insertAttachment = db.prepare(
    `INSERT INTO attachments (owner_entity, owner_id, blob_sha256, file_name, media_type, size, added_at, added_by)
     VALUES (@entity, @id, @sha256, @fileName, @mediaType, @size, @at, @actor)`,
  );
  const selectActive = db.prepare<[number], AttachmentRow>(`${select} WHERE id = ? AND removed_at IS NULL`);
  const selectForOwner = db.prepare<[string, number], AttachmentRow>(
    `${select} WHERE owner_entity = ? AND owner_id = ? AND removed_at IS NULL ORDER BY file_name COLLATE NOCASE, id`,
  );
  // Same collation as the unique index, so "Rapport.pdf" and "rapport.pdf" count as one name.
  const selectNameTaken = db
    .prepare<[string, number, string], number>(
      `SELECT 1 FROM attachments WHERE owner_entity = ? AND owner_id = ? AND file_name = ? COLLATE NOCASE AND removed_at IS NULL`,
    )
    .pluck();
  const markRemoved = db.prepare<[string, string, number]>(
    'UPDATE attachments SET removed_at = ?, removed_by = ? WHERE id = ? AND removed_at IS NULL',
  );

  return {
    /** Stores bytes under their SHA-256; the same content already stored is kept as it is (one copy). */
    putBlob: (sha256: string, data: Buffer, at: string): void => {
      insertBlob.run(sha256, data.byteLength, at, data);
    },
    readBlob: (sha256: string): Buffer | undefined => selectBlob.get(sha256),
    insert: (attachment: NewAttachment): number =>
      Number(insertAttachment.run({ ...attachment, entity: attachment.owner.entity, id: attachment.owner.id }).lastInsertRowid),
    /** An attachment that has not been removed. */
    getActive: (id: number): Attachment | undefined => {
      const row = selectActive.get(id);
      return row && toAttachment(row);
    },
    listActive: (owner: AttachmentOwner): Attachment[] => selectForOwner.all(owner.entity, owner.id).map(toAttachment),
    isNameTaken: (owner: AttachmentOwner, fileName: string): boolean => selectNameTaken.get(owner.entity, owner.id, fileName) !== undefined,
    markRemoved: (id: number, at: string, actor: string): void => {
      markRemoved.run(at, actor, id);
    },
  };
};
