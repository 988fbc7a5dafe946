-- Sève schema 2: document versions with their approval, periodic reviews, read acknowledgements.
-- A document's status is now derived from its versions (kept in documents.status by the service).

CREATE TABLE document_versions (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE RESTRICT,
  sequence INTEGER NOT NULL CHECK (sequence >= 1),
  -- The indice as shown when the version was created (1, 2… or A, B…), frozen.
  indice TEXT NOT NULL CHECK (length(indice) BETWEEN 1 AND 8),
  status TEXT NOT NULL CHECK (status IN ('brouillon', 'soumis', 'en_vigueur', 'obsolete')),
  change_summary TEXT CHECK (change_summary IS NULL OR length(change_summary) <= 2000),
  effective_date TEXT CHECK (effective_date IS NULL OR date(effective_date) = effective_date),
  written_by INTEGER REFERENCES people (id) ON DELETE RESTRICT,
  written_on TEXT CHECK (written_on IS NULL OR date(written_on) = written_on),
  checked_by INTEGER REFERENCES people (id) ON DELETE RESTRICT,
  checked_on TEXT CHECK (checked_on IS NULL OR date(checked_on) = checked_on),
  approved_by INTEGER REFERENCES people (id) ON DELETE RESTRICT,
  approved_on TEXT CHECK (approved_on IS NULL OR date(approved_on) = approved_on),
  obsolete_reason TEXT CHECK (obsolete_reason IS NULL OR obsolete_reason IN ('remplacee', 'retiree')),
  obsolete_comment TEXT CHECK (obsolete_comment IS NULL OR length(obsolete_comment) <= 2000),
  obsolete_on TEXT CHECK (obsolete_on IS NULL OR date(obsolete_on) = obsolete_on),
  revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (document_id, sequence),
  CHECK (status <> 'en_vigueur' OR effective_date IS NOT NULL),
  CHECK ((status = 'obsolete') = (obsolete_reason IS NOT NULL))
) STRICT;

-- Exactly one version in force, and at most one version being written or approved, per document.
CREATE UNIQUE INDEX document_versions_in_force ON document_versions (document_id) WHERE status = 'en_vigueur';
CREATE UNIQUE INDEX document_versions_open ON document_versions (document_id) WHERE status IN ('brouillon', 'soumis');
CREATE INDEX document_versions_status ON document_versions (status, document_id);

-- Every document registered under schema 1 becomes its version 1, in its current state.
INSERT INTO document_versions (document_id, sequence, indice, status, change_summary, effective_date,
  obsolete_reason, obsolete_comment, obsolete_on, created_at, updated_at)
SELECT id, 1, '1', status, 'Version enregistrée avant le suivi des versions.',
  CASE WHEN status = 'en_vigueur' THEN coalesce(last_review_date, substr(created_at, 1, 10)) END,
  CASE WHEN status = 'obsolete' THEN 'retiree' END,
  CASE WHEN status = 'obsolete' THEN 'Déclaré obsolète avant le suivi des versions.' END,
  CASE WHEN status = 'obsolete' THEN substr(updated_at, 1, 10) END,
  created_at, updated_at
FROM documents;

CREATE TABLE document_reviews (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE RESTRICT,
  -- The version in force that was reviewed.
  version_id INTEGER NOT NULL REFERENCES document_versions (id) ON DELETE RESTRICT,
  planned_date TEXT CHECK (planned_date IS NULL OR date(planned_date) = planned_date),
  review_date TEXT NOT NULL CHECK (date(review_date) = review_date),
  reviewer_id INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
  outcome TEXT NOT NULL CHECK (outcome IN ('reconduit', 'a_reviser')),
  comment TEXT CHECK (comment IS NULL OR length(comment) <= 2000),
  -- The draft opened by an "à réviser" outcome.
  draft_version_id INTEGER REFERENCES document_versions (id) ON DELETE RESTRICT,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX document_reviews_document ON document_reviews (document_id, review_date);

CREATE TABLE version_reads (
  version_id INTEGER NOT NULL REFERENCES document_versions (id) ON DELETE RESTRICT,
  person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
  read_on TEXT NOT NULL CHECK (date(read_on) = read_on),
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (version_id, person_id)
) STRICT;
CREATE INDEX version_reads_person ON version_reads (person_id);
