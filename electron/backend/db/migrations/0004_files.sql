-- Sève schema 4: files stored inside the data file, so one file is the whole backup.

-- Content-addressed: one row per distinct content, however many records it is attached to.
-- `data` comes last so that reading the other columns never loads a large file.
CREATE TABLE blobs (
  sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  size INTEGER NOT NULL CHECK (size BETWEEN 0 AND 104857600),
  created_at TEXT NOT NULL,
  data BLOB NOT NULL CHECK (length(data) = size)
) STRICT;

-- A file attached to a record. The owner kinds grow with later schemas (actions, audits,
-- findings…), so they are checked in code; here only their shape is. A removed file keeps its
-- row (and its content) for the audit trail; it is hidden from lists and downloads.
CREATE TABLE attachments (
  id INTEGER PRIMARY KEY,
  owner_entity TEXT NOT NULL CHECK (length(owner_entity) BETWEEN 1 AND 40 AND owner_entity NOT GLOB '*[^a-z_]*'),
  owner_id INTEGER NOT NULL CHECK (owner_id > 0),
  blob_sha256 TEXT NOT NULL REFERENCES blobs (sha256) ON DELETE RESTRICT,
  -- Cleaned by the service: no folders, control characters, reserved Windows names; ≤ 255 UTF-8 bytes.
  file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  media_type TEXT NOT NULL CHECK (length(media_type) BETWEEN 1 AND 127),
  size INTEGER NOT NULL CHECK (size BETWEEN 0 AND 104857600),
  added_at TEXT NOT NULL,
  added_by TEXT NOT NULL CHECK (length(added_by) > 0),
  removed_at TEXT,
  removed_by TEXT,
  CHECK ((removed_at IS NULL) = (removed_by IS NULL))
) STRICT;

-- One name per record among the files still attached (case-insensitively, as Windows and macOS
-- folders would see them once downloaded); the service gives a duplicate a " (2)" suffix.
CREATE UNIQUE INDEX attachments_name ON attachments (owner_entity, owner_id, file_name COLLATE NOCASE) WHERE removed_at IS NULL;
CREATE INDEX attachments_owner ON attachments (owner_entity, owner_id, id);
CREATE INDEX attachments_blob ON attachments (blob_sha256);
