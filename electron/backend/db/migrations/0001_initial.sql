-- Sève schema 1: settings, people, processes, documents register, append-only history, search.
-- Enumerations are checked here as well as in the shared zod schemas.

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE people (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  job_title TEXT CHECK (job_title IS NULL OR length(job_title) BETWEEN 1 AND 120),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE processes (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  kind TEXT NOT NULL CHECK (kind IN ('pilotage', 'realisation', 'support')),
  pilot_id INTEGER REFERENCES people (id) ON DELETE RESTRICT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX processes_name ON processes (name COLLATE NOCASE);
CREATE INDEX processes_pilot ON processes (pilot_id);

-- Last sequence number handed out per reference prefix, so a reference is never reused.
CREATE TABLE document_sequences (
  prefix TEXT PRIMARY KEY,
  last_value INTEGER NOT NULL CHECK (last_value >= 0)
) STRICT;

CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  type TEXT NOT NULL CHECK (type IN ('politique', 'manuel', 'procedure', 'mode_operatoire', 'formulaire', 'enregistrement', 'autre')),
  status TEXT NOT NULL CHECK (status IN ('brouillon', 'en_vigueur', 'obsolete')),
  process_id INTEGER REFERENCES processes (id) ON DELETE RESTRICT,
  owner_id INTEGER REFERENCES people (id) ON DELETE RESTRICT,
  review_period_months INTEGER NOT NULL CHECK (review_period_months BETWEEN 1 AND 120),
  last_review_date TEXT CHECK (last_review_date IS NULL OR date(last_review_date) = last_review_date),
  -- Derived by the service from shared/domain (month-end rules differ from SQLite's date()).
  next_review_due TEXT CHECK (next_review_due IS NULL OR date(next_review_due) = next_review_due),
  revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX documents_review ON documents (status, next_review_due);
CREATE INDEX documents_process ON documents (process_id);
CREATE INDEX documents_owner ON documents (owner_id);

-- Append-only audit trail (ISO 9001 7.5.3): who changed what, when. Entity and action lists
-- grow with later schemas, so they are checked in code rather than by CHECK constraints.
CREATE TABLE history (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  entity TEXT NOT NULL CHECK (length(entity) > 0),
  entity_id INTEGER NOT NULL,
  action TEXT NOT NULL CHECK (length(action) > 0),
  changes TEXT NOT NULL CHECK (json_valid(changes))
) STRICT;
CREATE INDEX history_record ON history (entity, entity_id, id);

CREATE TRIGGER history_no_update BEFORE UPDATE ON history
BEGIN
  SELECT RAISE(ABORT, 'history is append-only');
END;

CREATE TRIGGER history_no_delete BEFORE DELETE ON history
BEGIN
  SELECT RAISE(ABORT, 'history is append-only');
END;

-- Accent- and case-insensitive search over references and titles.
CREATE VIRTUAL TABLE documents_fts USING fts5 (
  reference,
  title,
  content = 'documents',
  content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents
BEGIN
  INSERT INTO documents_fts (rowid, reference, title) VALUES (new.id, new.reference, new.title);
END;

CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents
BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, reference, title) VALUES ('delete', old.id, old.reference, old.title);
END;

CREATE TRIGGER documents_fts_update AFTER UPDATE OF reference, title ON documents
BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, reference, title) VALUES ('delete', old.id, old.reference, old.title);
  INSERT INTO documents_fts (rowid, reference, title) VALUES (new.id, new.reference, new.title);
END;
