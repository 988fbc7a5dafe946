-- Sève schema 3: referentials (standards and certification schemes), their requirements with
-- applicability, and links from requirements to the records that answer them.
-- Referentials are data: ISO 9001:2015 clause numbers and titles are loaded by the service from
-- resources/referentials/, never written here, and a scheme's own requirements are typed or imported.

CREATE TABLE referentials (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 60 AND code NOT GLOB '*[^a-z0-9._-]*'),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  edition TEXT NOT NULL CHECK (length(edition) BETWEEN 1 AND 60),
  kind TEXT NOT NULL CHECK (kind IN ('norme', 'schema')),
  -- A scheme's layer on top of a standard (Cèdre ISO 9001 on ISO 9001:2015); NULL when standalone.
  base_referential_id INTEGER REFERENCES referentials (id) ON DELETE RESTRICT,
  source TEXT NOT NULL CHECK (source IN ('livre', 'utilisateur', 'importe')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (base_referential_id IS NULL OR base_referential_id <> id)
) STRICT;
CREATE INDEX referentials_base ON referentials (base_referential_id);

CREATE TABLE requirements (
  id INTEGER PRIMARY KEY,
  referential_id INTEGER NOT NULL REFERENCES referentials (id) ON DELETE RESTRICT,
  number TEXT NOT NULL CHECK (length(number) BETWEEN 1 AND 30),
  title_fr TEXT NOT NULL CHECK (length(title_fr) BETWEEN 1 AND 300),
  title_en TEXT CHECK (title_en IS NULL OR length(title_en) BETWEEN 1 AND 300),
  -- Typed by the user only: the standard's own wording is copyrighted and never shipped.
  text TEXT CHECK (text IS NULL OR length(text) BETWEEN 1 AND 10000),
  parent_id INTEGER,
  -- Natural order of numbers (4.9 before 4.10), computed by shared/domain/referentials.ts.
  sort_key TEXT NOT NULL CHECK (length(sort_key) > 0),
  applicable INTEGER NOT NULL DEFAULT 1 CHECK (applicable IN (0, 1)),
  non_applicable_justification TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (referential_id, number),
  -- Target of the parent key below, which keeps a parent inside the same referential.
  UNIQUE (referential_id, id),
  FOREIGN KEY (referential_id, parent_id) REFERENCES requirements (referential_id, id) ON DELETE RESTRICT,
  CHECK (parent_id IS NULL OR parent_id <> id),
  -- Non applicable only with a justification (ISO 9001 4.3); applicable carries none.
  CHECK (
    (applicable = 0 AND non_applicable_justification IS NOT NULL AND length(trim(non_applicable_justification)) > 0)
    OR (applicable = 1 AND non_applicable_justification IS NULL)
  )
) STRICT;
CREATE INDEX requirements_order ON requirements (referential_id, sort_key);
CREATE INDEX requirements_parent ON requirements (parent_id);

-- What answers a requirement. `entity` names the kind of record ('document' now; audits, findings
-- and actions later), so like history's it is checked in code and by the triggers below.
CREATE TABLE requirement_links (
  requirement_id INTEGER NOT NULL REFERENCES requirements (id) ON DELETE RESTRICT,
  entity TEXT NOT NULL CHECK (length(entity) BETWEEN 1 AND 40),
  entity_id INTEGER NOT NULL CHECK (entity_id > 0),
  created_at TEXT NOT NULL,
  PRIMARY KEY (requirement_id, entity, entity_id)
) STRICT;
CREATE INDEX requirement_links_entity ON requirement_links (entity, entity_id);

-- A link to a document must name a document of this file (a foreign key cannot, the column being shared).
CREATE TRIGGER requirement_links_document_exists BEFORE INSERT ON requirement_links
WHEN new.entity = 'document' AND NOT EXISTS (SELECT 1 FROM documents WHERE id = new.entity_id)
BEGIN
  SELECT RAISE(ABORT, 'requirement link to a missing document');
END;

-- Documents are not deleted today; if a later schema allows it, its links go with it.
CREATE TRIGGER documents_requirement_links_delete AFTER DELETE ON documents
BEGIN
  DELETE FROM requirement_links WHERE entity = 'document' AND entity_id = old.id;
END;
