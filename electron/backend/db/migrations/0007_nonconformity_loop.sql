-- Sève schema 7: the closed loop of ISO 9001 §10.2 on the register schema 6 opened. Correction, cause
-- analysis (5 pourquoi, Ishikawa 5M or plain text), actions with owner and due date (on their own too),
-- the effectiveness check planned with them, closure; réclamations and fiches d'amélioration.

-- References of the new registers join those of audits and nonconformities (ACT-2026-001,
-- REC-2026-001, FA-2026-001). The kinds are a CHECK, so the table is rebuilt with its rows.
CREATE TABLE yearly_sequences_next (
  kind TEXT NOT NULL CHECK (kind IN ('audit', 'nonconformity', 'action', 'complaint', 'suggestion')),
  year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  last_value INTEGER NOT NULL CHECK (last_value >= 0),
  PRIMARY KEY (kind, year)
) STRICT;
INSERT INTO yearly_sequences_next (kind, year, last_value) SELECT kind, year, last_value FROM yearly_sequences;
DROP TABLE yearly_sequences;
ALTER TABLE yearly_sequences_next RENAME TO yearly_sequences;

-- Correction (immediate action on the effect), the analysis's method and author, and closure.
ALTER TABLE nonconformities ADD COLUMN correction_what TEXT CHECK (correction_what IS NULL OR length(correction_what) BETWEEN 1 AND 2000);
ALTER TABLE nonconformities ADD COLUMN correction_by INTEGER REFERENCES people (id) ON DELETE RESTRICT;
ALTER TABLE nonconformities ADD COLUMN correction_on TEXT CHECK (correction_on IS NULL OR date(correction_on) = correction_on);
ALTER TABLE nonconformities ADD COLUMN analysis_method TEXT
  CHECK (analysis_method IS NULL OR analysis_method IN ('cinq_pourquoi', 'ishikawa', 'texte'));
-- The plain-text analysis; null for the two structured methods, whose causes are rows.
ALTER TABLE nonconformities ADD COLUMN analysis_text TEXT CHECK (analysis_text IS NULL OR length(analysis_text) BETWEEN 1 AND 4000);
ALTER TABLE nonconformities ADD COLUMN analysed_by INTEGER REFERENCES people (id) ON DELETE RESTRICT;
ALTER TABLE nonconformities ADD COLUMN analysed_on TEXT CHECK (analysed_on IS NULL OR date(analysed_on) = analysed_on);
ALTER TABLE nonconformities ADD COLUMN closed_on TEXT CHECK (closed_on IS NULL OR date(closed_on) = closed_on);

-- A closed nonconformity is a record for the auditor: the file itself refuses to change it, and
-- refuses a closure without its date (the service checks the closure gate before either).
CREATE TRIGGER nonconformities_closed_frozen BEFORE UPDATE ON nonconformities
WHEN old.status = 'close'
BEGIN
  SELECT RAISE(ABORT, 'closed nonconformity');
END;
CREATE TRIGGER nonconformities_close_dated BEFORE UPDATE OF status ON nonconformities
WHEN new.status = 'close' AND new.closed_on IS NULL
BEGIN
  SELECT RAISE(ABORT, 'closure without a date');
END;

-- Every requirement a nonconformity is against; schema 6 held one, kept as the first.
CREATE TABLE nonconformity_requirements (
  nonconformity_id INTEGER NOT NULL REFERENCES nonconformities (id) ON DELETE RESTRICT,
  requirement_id INTEGER NOT NULL REFERENCES requirements (id) ON DELETE RESTRICT,
  PRIMARY KEY (nonconformity_id, requirement_id)
) STRICT;
CREATE INDEX nonconformity_requirements_requirement ON nonconformity_requirements (requirement_id);
INSERT INTO nonconformity_requirements (nonconformity_id, requirement_id)
  SELECT id, requirement_id FROM nonconformities WHERE requirement_id IS NOT NULL;
-- An audit finding still opens its nonconformity through the schema-6 column.
CREATE TRIGGER nonconformities_requirement_link AFTER INSERT ON nonconformities
WHEN new.requirement_id IS NOT NULL
BEGIN
  INSERT OR IGNORE INTO nonconformity_requirements (nonconformity_id, requirement_id) VALUES (new.id, new.requirement_id);
END;

-- Causes of a structured analysis: a 5-pourquoi step (why → because, in order) or an Ishikawa cause
-- on one of the 5M branches. Retained root causes are marked.
CREATE TABLE nonconformity_causes (
  id INTEGER PRIMARY KEY,
  nonconformity_id INTEGER NOT NULL REFERENCES nonconformities (id) ON DELETE RESTRICT,
  position INTEGER NOT NULL CHECK (position >= 1),
  branch TEXT CHECK (branch IS NULL OR branch IN ('main_oeuvre', 'methodes', 'materiel', 'milieu', 'matiere')),
  why TEXT CHECK (why IS NULL OR length(why) BETWEEN 1 AND 1000),
  cause TEXT NOT NULL CHECK (length(cause) BETWEEN 1 AND 1000),
  retained INTEGER NOT NULL DEFAULT 0 CHECK (retained IN (0, 1)),
  CHECK ((branch IS NULL) <> (why IS NULL)),
  UNIQUE (nonconformity_id, position)
) STRICT;

-- The effectiveness check planned with the actions (date and criterion), then its verdict. A
-- "non efficace" verdict sends the nonconformity back to analysis; the next plan is a new row.
CREATE TABLE effectiveness_checks (
  id INTEGER PRIMARY KEY,
  nonconformity_id INTEGER NOT NULL REFERENCES nonconformities (id) ON DELETE RESTRICT,
  planned_on TEXT NOT NULL CHECK (date(planned_on) = planned_on),
  criterion TEXT NOT NULL CHECK (length(criterion) BETWEEN 1 AND 2000),
  verdict TEXT CHECK (verdict IS NULL OR verdict IN ('efficace', 'non_efficace')),
  checked_on TEXT CHECK (checked_on IS NULL OR date(checked_on) = checked_on),
  checked_by INTEGER REFERENCES people (id) ON DELETE RESTRICT,
  comment TEXT CHECK (comment IS NULL OR length(comment) BETWEEN 1 AND 4000),
  revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((verdict IS NULL) = (checked_on IS NULL)),
  CHECK ((verdict IS NULL) = (checked_by IS NULL)),
  CHECK ((verdict IS NULL) = (comment IS NULL)),
  CHECK (checked_on IS NULL OR checked_on >= planned_on)
) STRICT;
-- At most one check waiting for its verdict per nonconformity.
CREATE UNIQUE INDEX effectiveness_checks_open ON effectiveness_checks (nonconformity_id) WHERE verdict IS NULL;
CREATE INDEX effectiveness_checks_nonconformity ON effectiveness_checks (nonconformity_id, id);

-- Fiches d'amélioration: an idea or a problem, noted by anyone named in the file, then triaged into
-- a nonconformity, an action (which points back here), or "non retenue" with the reason.
CREATE TABLE suggestions (
  id INTEGER PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,
  author_id INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
  suggested_on TEXT NOT NULL CHECK (date(suggested_on) = suggested_on),
  kind TEXT NOT NULL CHECK (kind IN ('idee', 'probleme')),
  description TEXT NOT NULL CHECK (length(description) BETWEEN 1 AND 4000),
  process_id INTEGER REFERENCES processes (id) ON DELETE RESTRICT,
  status TEXT NOT NULL CHECK (status IN ('a_trier', 'nc', 'action', 'non_retenue')),
  nonconformity_id INTEGER UNIQUE REFERENCES nonconformities (id) ON DELETE RESTRICT,
  rejection_reason TEXT CHECK (rejection_reason IS NULL OR length(rejection_reason) BETWEEN 1 AND 2000),
  triaged_on TEXT CHECK (triaged_on IS NULL OR date(triaged_on) = triaged_on),
  revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((status = 'nc') = (nonconformity_id IS NOT NULL)),
  CHECK ((status = 'non_retenue') = (rejection_reason IS NOT NULL)),
  CHECK ((status = 'a_trier') = (triaged_on IS NULL))
) STRICT;
CREATE INDEX suggestions_status ON suggestions (status, suggested_on);

-- Actions: of a nonconformity, of an audit finding (piste de progrès, point sensible…), of a fiche
-- d'amélioration, of a management review, or other. `source` says which; the later management
-- review module adds its own link beside `source = 'revue_direction'`.
CREATE TABLE actions (
  id INTEGER PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL CHECK (source IN ('nonconformite', 'constat', 'fiche', 'revue_direction', 'autre')),
  nonconformity_id INTEGER REFERENCES nonconformities (id) ON DELETE RESTRICT,
  finding_id INTEGER REFERENCES findings (id) ON DELETE RESTRICT,
  suggestion_id INTEGER UNIQUE REFERENCES suggestions (id) ON DELETE RESTRICT,
  -- What a management decision or other origin was, in words ("Revue de direction du 12 mars 2026").
  origin_note TEXT CHECK (origin_note IS NULL OR length(origin_note) BETWEEN 1 AND 200),
  -- The effectiveness check the action answers to; null until the check is planned.
  effectiveness_check_id INTEGER REFERENCES effectiveness_checks (id) ON DELETE RESTRICT,
  type TEXT NOT NULL CHECK (type IN ('corrective', 'preventive', 'amelioration')),
  description TEXT NOT NULL CHECK (length(description) BETWEEN 1 AND 2000),
  owner_id INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
  process_id INTEGER REFERENCES processes (id) ON DELETE RESTRICT,
  due_date TEXT NOT NULL CHECK (date(due_date) = due_date),
  status TEXT NOT NULL CHECK (status IN ('a_faire', 'en_cours', 'realisee', 'abandonnee')),
  done_on TEXT CHECK (done_on IS NULL OR date(done_on) = done_on),
  abandon_reason TEXT CHECK (abandon_reason IS NULL OR length(abandon_reason) BETWEEN 1 AND 2000),
  evidence_notes TEXT CHECK (evidence_notes IS NULL OR length(evidence_notes) BETWEEN 1 AND 4000),
  revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((source = 'nonconformite') = (nonconformity_id IS NOT NULL)),
  CHECK ((source = 'constat') = (finding_id IS NOT NULL)),
  CHECK ((source = 'fiche') = (suggestion_id IS NOT NULL)),
  CHECK (effectiveness_check_id IS NULL OR nonconformity_id IS NOT NULL),
  CHECK ((status = 'realisee') = (done_on IS NOT NULL)),
  CHECK ((status = 'abandonnee') = (abandon_reason IS NOT NULL))
) STRICT;
CREATE INDEX actions_plan ON actions (status, due_date);
CREATE INDEX actions_nonconformity ON actions (nonconformity_id, id);
CREATE INDEX actions_owner ON actions (owner_id);
CREATE INDEX actions_finding ON actions (finding_id);

-- Réclamations: who complained (a kind, and a name only if it is not personal data), when, how,
-- about what; the response due date and the response date give the response time.
CREATE TABLE complaints (
  id INTEGER PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,
  complainant_kind TEXT NOT NULL CHECK (complainant_kind IN ('client', 'salarie', 'partenaire', 'autre')),
  complainant TEXT CHECK (complainant IS NULL OR length(complainant) BETWEEN 1 AND 120),
  received_on TEXT NOT NULL CHECK (date(received_on) = received_on),
  channel TEXT NOT NULL CHECK (channel IN ('courrier', 'courriel', 'telephone', 'en_personne', 'formulaire', 'autre')),
  subject TEXT NOT NULL CHECK (length(subject) BETWEEN 1 AND 2000),
  process_id INTEGER REFERENCES processes (id) ON DELETE RESTRICT,
  handled_by INTEGER REFERENCES people (id) ON DELETE RESTRICT,
  response_due TEXT NOT NULL CHECK (date(response_due) = response_due),
  responded_on TEXT CHECK (responded_on IS NULL OR date(responded_on) = responded_on),
  response TEXT CHECK (response IS NULL OR length(response) BETWEEN 1 AND 4000),
  nonconformity_id INTEGER UNIQUE REFERENCES nonconformities (id) ON DELETE RESTRICT,
  revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (response_due >= received_on),
  CHECK (responded_on IS NULL OR responded_on >= received_on)
) STRICT;
CREATE INDEX complaints_received ON complaints (received_on);
