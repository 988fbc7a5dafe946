-- Sève schema 6: certifications and their cycle, audits (internal and external) with their team,
-- scope, checklist and graded findings, and the nonconformity each NC finding opens.

CREATE TABLE certifications (
  id INTEGER PRIMARY KEY,
  scheme TEXT NOT NULL CHECK (length(scheme) BETWEEN 1 AND 120),
  referential_id INTEGER REFERENCES referentials (id) ON DELETE RESTRICT,
  body TEXT CHECK (body IS NULL OR length(body) BETWEEN 1 AND 160),
  certificate_number TEXT CHECK (certificate_number IS NULL OR length(certificate_number) BETWEEN 1 AND 80),
  decision_date TEXT CHECK (decision_date IS NULL OR date(decision_date) = decision_date),
  expiry_date TEXT CHECK (expiry_date IS NULL OR date(expiry_date) = expiry_date),
  status TEXT NOT NULL CHECK (status IN ('en_preparation', 'certifie', 'suspendu', 'expire')),
  is_group INTEGER NOT NULL DEFAULT 0 CHECK (is_group IN (0, 1)),
  group_name TEXT CHECK (group_name IS NULL OR length(group_name) BETWEEN 1 AND 160),
  central_function TEXT CHECK (central_function IS NULL OR length(central_function) BETWEEN 1 AND 160),
  other_members TEXT CHECK (other_members IS NULL OR length(other_members) <= 4000),
  revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (decision_date IS NULL OR expiry_date IS NULL OR expiry_date > decision_date),
  CHECK (is_group = 1 OR group_name IS NULL)
) STRICT;

-- Last number handed out per reference kind and year (AUD-2026-01, NC-2026-001).
CREATE TABLE yearly_sequences (
  kind TEXT NOT NULL CHECK (kind IN ('audit', 'nonconformity')),
  year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  last_value INTEGER NOT NULL CHECK (last_value >= 0),
  PRIMARY KEY (kind, year)
) STRICT;

CREATE TABLE audits (
  id INTEGER PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,
  certification_id INTEGER REFERENCES certifications (id) ON DELETE RESTRICT,
  type TEXT NOT NULL CHECK (type IN ('interne', 'croise', 'blanc', 'etape_1', 'etape_2', 'surveillance', 'renouvellement', 'complementaire')),
  title TEXT CHECK (title IS NULL OR length(title) BETWEEN 1 AND 200),
  start_date TEXT NOT NULL CHECK (date(start_date) = start_date),
  end_date TEXT NOT NULL CHECK (date(end_date) = end_date),
  status TEXT NOT NULL CHECK (status IN ('planifie', 'realise', 'rapport_recu', 'clos', 'annule')),
  lead_auditor_id INTEGER REFERENCES people (id) ON DELETE RESTRICT,
  lead_auditor_external TEXT CHECK (lead_auditor_external IS NULL OR length(lead_auditor_external) BETWEEN 1 AND 120),
  -- The planner's target window and slot, for an audit of the certification cycle.
  window_start TEXT CHECK (window_start IS NULL OR date(window_start) = window_start),
  window_end TEXT CHECK (window_end IS NULL OR date(window_end) = window_end),
  cycle_slot TEXT CHECK (cycle_slot IS NULL OR cycle_slot IN ('surveillance_1', 'surveillance_2', 'renouvellement')),
  notes TEXT CHECK (notes IS NULL OR length(notes) <= 4000),
  revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (end_date >= start_date),
  CHECK (lead_auditor_id IS NULL OR lead_auditor_external IS NULL),
  CHECK ((window_start IS NULL) = (window_end IS NULL))
) STRICT;
CREATE INDEX audits_dates ON audits (status, start_date);
CREATE INDEX audits_certification ON audits (certification_id, cycle_slot);

-- The audit team (auditeur) and the people audited (audite).
CREATE TABLE audit_participants (
  id INTEGER PRIMARY KEY,
  audit_id INTEGER NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('auditeur', 'audite')),
  person_id INTEGER REFERENCES people (id) ON DELETE RESTRICT,
  external_name TEXT CHECK (external_name IS NULL OR length(external_name) BETWEEN 1 AND 120),
  CHECK ((person_id IS NULL) <> (external_name IS NULL)),
  CHECK (role = 'auditeur' OR person_id IS NOT NULL)
) STRICT;
CREATE INDEX audit_participants_audit ON audit_participants (audit_id, role);
CREATE INDEX audit_participants_person ON audit_participants (person_id);

CREATE TABLE audit_scope (
  audit_id INTEGER NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
  process_id INTEGER REFERENCES processes (id) ON DELETE RESTRICT,
  requirement_id INTEGER REFERENCES requirements (id) ON DELETE RESTRICT,
  CHECK ((process_id IS NULL) <> (requirement_id IS NULL))
) STRICT;
CREATE UNIQUE INDEX audit_scope_process ON audit_scope (audit_id, process_id) WHERE process_id IS NOT NULL;
CREATE UNIQUE INDEX audit_scope_requirement ON audit_scope (audit_id, requirement_id) WHERE requirement_id IS NOT NULL;
CREATE INDEX audit_scope_by_process ON audit_scope (process_id);

CREATE TABLE checklist_items (
  id INTEGER PRIMARY KEY,
  audit_id INTEGER NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 1),
  requirement_id INTEGER REFERENCES requirements (id) ON DELETE RESTRICT,
  process_id INTEGER REFERENCES processes (id) ON DELETE RESTRICT,
  question TEXT NOT NULL CHECK (length(question) BETWEEN 1 AND 1000),
  result TEXT CHECK (result IS NULL OR result IN ('conforme', 'constat', 'non_vu')),
  comment TEXT CHECK (comment IS NULL OR length(comment) <= 2000)
) STRICT;
CREATE INDEX checklist_items_audit ON checklist_items (audit_id, position);

-- Grading scales: rows without a referential are the default scale (AFNOR's grades); a referential
-- with rows of its own uses those instead.
CREATE TABLE finding_grades (
  id INTEGER PRIMARY KEY,
  referential_id INTEGER REFERENCES referentials (id) ON DELETE RESTRICT,
  code TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 40),
  label TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 80),
  rank INTEGER NOT NULL CHECK (rank >= 1),
  nc_severity TEXT CHECK (nc_severity IS NULL OR nc_severity IN ('majeure', 'mineure'))
) STRICT;
CREATE UNIQUE INDEX finding_grades_code ON finding_grades (coalesce(referential_id, 0), code);

INSERT INTO finding_grades (referential_id, code, label, rank, nc_severity) VALUES
  (NULL, 'nc_majeure', 'NC majeure', 1, 'majeure'),
  (NULL, 'nc_mineure', 'NC mineure', 2, 'mineure'),
  (NULL, 'point_sensible', 'Point sensible', 3, NULL),
  (NULL, 'point_vigilance', 'Point de vigilance', 4, NULL),
  (NULL, 'piste_progres', 'Piste de progrès', 5, NULL),
  (NULL, 'point_fort', 'Point fort', 6, NULL),
  (NULL, 'conformite', 'Constat de conformité', 7, NULL);

CREATE TABLE findings (
  id INTEGER PRIMARY KEY,
  audit_id INTEGER NOT NULL REFERENCES audits (id) ON DELETE RESTRICT,
  grade_id INTEGER NOT NULL REFERENCES finding_grades (id) ON DELETE RESTRICT,
  requirement_id INTEGER REFERENCES requirements (id) ON DELETE RESTRICT,
  process_id INTEGER REFERENCES processes (id) ON DELETE RESTRICT,
  description TEXT NOT NULL CHECK (length(description) BETWEEN 1 AND 4000),
  evidence TEXT CHECK (evidence IS NULL OR length(evidence) <= 4000),
  response_due TEXT CHECK (response_due IS NULL OR date(response_due) = response_due),
  status TEXT NOT NULL CHECK (status IN ('a_traiter', 'repondu', 'leve', 'sans_suite')),
  revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX findings_audit ON findings (audit_id);
CREATE INDEX findings_due ON findings (status, response_due);

-- The register of nonconformities (fiche de non-conformité). Schema 6 holds what an audit finding
-- opens; the closed loop (correction, causes, actions, effectiveness) comes with a later schema.
CREATE TABLE nonconformities (
  id INTEGER PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL CHECK (source IN ('audit', 'reclamation', 'indicateur', 'quotidien', 'prestataire', 'autre')),
  finding_id INTEGER UNIQUE REFERENCES findings (id) ON DELETE RESTRICT,
  detected_on TEXT NOT NULL CHECK (date(detected_on) = detected_on),
  detected_by INTEGER REFERENCES people (id) ON DELETE RESTRICT,
  process_id INTEGER REFERENCES processes (id) ON DELETE RESTRICT,
  requirement_id INTEGER REFERENCES requirements (id) ON DELETE RESTRICT,
  description TEXT NOT NULL CHECK (length(description) BETWEEN 1 AND 4000),
  severity TEXT NOT NULL CHECK (severity IN ('majeure', 'mineure', 'observation')),
  status TEXT NOT NULL CHECK (status IN ('a_traiter', 'en_analyse', 'actions_en_cours', 'verification', 'close')),
  revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (source <> 'audit' OR finding_id IS NOT NULL)
) STRICT;
CREATE INDEX nonconformities_status ON nonconformities (status, detected_on);
