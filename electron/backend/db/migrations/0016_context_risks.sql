-- Sève schema 16: the structure's context (§4.1) with the climate-change question, its interested
-- parties (§4.2), its risks and opportunities with their evaluations and treatment (§6.1), and the
-- regulatory and sector watch (Qualiopi indicators 23 to 25). Actions of the plan may now come from
-- a risk's treatment or a watch item's decision.

-- References of the new registers join the others (RO-2026-001, VEI-2026-001). The kinds are a
-- CHECK, so the table is rebuilt with its rows.
CREATE TABLE yearly_sequences_next (
  kind TEXT NOT NULL CHECK (kind IN ('audit', 'nonconformity', 'action', 'complaint', 'suggestion', 'risk', 'watch_item')),
  year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  last_value INTEGER NOT NULL CHECK (last_value >= 0),
  PRIMARY KEY (kind, year)
) STRICT;
INSERT INTO yearly_sequences_next (kind, year, last_value) SELECT kind, year, last_value FROM yearly_sequences;
DROP TABLE yearly_sequences;
ALTER TABLE yearly_sequences_next RENAME TO yearly_sequences;

-- Internal and external issues: each dated, with its source, reviewed by a due date, retired once it
-- no longer applies. Nature and effect place it in a SWOT; its heading groups it PESTEL-wise.
CREATE TABLE context_issues (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description TEXT CHECK (description IS NULL OR length(description) BETWEEN 1 AND 4000),
  nature TEXT NOT NULL CHECK (nature IN ('interne', 'externe')),
  effect TEXT NOT NULL CHECK (effect IN ('favorable', 'defavorable')),
  heading TEXT CHECK (heading IS NULL OR length(heading) BETWEEN 1 AND 80),
  source TEXT CHECK (source IS NULL OR length(source) BETWEEN 1 AND 200),
  identified_on TEXT NOT NULL CHECK (date(identified_on) = identified_on),
  last_reviewed_on TEXT CHECK (last_reviewed_on IS NULL OR (date(last_reviewed_on) = last_reviewed_on AND last_reviewed_on >= identified_on)),
  review_due TEXT NOT NULL CHECK (date(review_due) = review_due AND review_due >= identified_on),
  status TEXT NOT NULL CHECK (status IN ('actif', 'retire')),
  retired_on TEXT CHECK (retired_on IS NULL OR (date(retired_on) = retired_on AND retired_on >= identified_on)),
  retire_reason TEXT CHECK (retire_reason IS NULL OR length(retire_reason) BETWEEN 1 AND 2000),
  revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((status = 'retire') = (retired_on IS NOT NULL)),
  CHECK ((retired_on IS NULL) = (retire_reason IS NULL))
) STRICT;
CREATE INDEX context_issues_review ON context_issues (review_due) WHERE status = 'actif';
CREATE INDEX context_issues_identified ON context_issues (identified_on);

-- "Is climate change a relevant issue?" (Amendment 1:2024): each answer dated; the latest by date stands.
CREATE TABLE climate_answers (
  id INTEGER PRIMARY KEY,
  answered_on TEXT NOT NULL CHECK (date(answered_on) = answered_on),
  relevant INTEGER NOT NULL CHECK (relevant IN (0, 1)),
  justification TEXT NOT NULL CHECK (length(justification) BETWEEN 1 AND 4000),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX climate_answers_on ON climate_answers (answered_on, id);

-- Interested parties: their needs and expectations, how the structure answers them, how much they weigh.
CREATE TABLE interested_parties (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  nature TEXT NOT NULL CHECK (nature IN ('interne', 'externe')),
  needs TEXT NOT NULL CHECK (length(needs) BETWEEN 1 AND 4000),
  response TEXT CHECK (response IS NULL OR length(response) BETWEEN 1 AND 4000),
  climate TEXT CHECK (climate IS NULL OR length(climate) BETWEEN 1 AND 2000),
  relevance TEXT NOT NULL CHECK (relevance IN ('faible', 'moyenne', 'forte')),
  identified_on TEXT NOT NULL CHECK (date(identified_on) = identified_on),
  last_reviewed_on TEXT CHECK (last_reviewed_on IS NULL OR (date(last_reviewed_on) = last_reviewed_on AND last_reviewed_on >= identified_on)),
  review_due TEXT NOT NULL CHECK (date(review_due) = review_due AND review_due >= identified_on),
  status TEXT NOT NULL CHECK (status IN ('actif', 'retire')),
  retired_on TEXT CHECK (retired_on IS NULL OR (date(retired_on) = retired_on AND retired_on >= identified_on)),
  retire_reason TEXT CHECK (retire_reason IS NULL OR length(retire_reason) BETWEEN 1 AND 2000),
  revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((status = 'retire') = (retired_on IS NOT NULL)),
  CHECK ((retired_on IS NULL) = (retire_reason IS NULL))
) STRICT;
CREATE INDEX interested_parties_review ON interested_parties (review_due) WHERE status = 'actif';
CREATE INDEX interested_parties_identified ON interested_parties (identified_on);

-- What answers a party's needs: processes, documents, indicators of the file (exactly one per row).
CREATE TABLE interested_party_answers (
  party_id INTEGER NOT NULL REFERENCES interested_parties (id) ON DELETE CASCADE,
  process_id INTEGER REFERENCES processes (id) ON DELETE RESTRICT,
  document_id INTEGER REFERENCES documents (id) ON DELETE RESTRICT,
  indicator_id INTEGER REFERENCES indicators (id) ON DELETE RESTRICT,
  CHECK ((process_id IS NOT NULL) + (document_id IS NOT NULL) + (indicator_id IS NOT NULL) = 1)
) STRICT;
CREATE UNIQUE INDEX interested_party_processes ON interested_party_answers (party_id, process_id) WHERE process_id IS NOT NULL;
CREATE UNIQUE INDEX interested_party_documents ON interested_party_answers (party_id, document_id) WHERE document_id IS NOT NULL;
CREATE UNIQUE INDEX interested_party_indicators ON interested_party_answers (party_id, indicator_id) WHERE indicator_id IS NOT NULL;
CREATE INDEX interested_party_answers_process ON interested_party_answers (process_id);

-- Risks and opportunities: where each was seen (one link, matching its origin), who follows it, the
-- treatment decided and when it is to be re-evaluated, reviewed by a due date, retired when over.
CREATE TABLE risks (
  id INTEGER PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('risque', 'opportunite')),
  title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description TEXT CHECK (description IS NULL OR length(description) BETWEEN 1 AND 4000),
  origin TEXT NOT NULL CHECK (origin IN ('enjeu', 'partie', 'processus', 'constat', 'nonconformite', 'autre')),
  issue_id INTEGER REFERENCES context_issues (id) ON DELETE RESTRICT,
  party_id INTEGER REFERENCES interested_parties (id) ON DELETE RESTRICT,
  finding_id INTEGER REFERENCES findings (id) ON DELETE RESTRICT,
  nonconformity_id INTEGER REFERENCES nonconformities (id) ON DELETE RESTRICT,
  origin_note TEXT CHECK (origin_note IS NULL OR length(origin_note) BETWEEN 1 AND 200),
  process_id INTEGER REFERENCES processes (id) ON DELETE RESTRICT,
  owner_id INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
  identified_on TEXT NOT NULL CHECK (date(identified_on) = identified_on),
  treatment TEXT CHECK (treatment IS NULL OR treatment IN ('accepter', 'reduire', 'eviter', 'partager', 'saisir', 'ne_pas_saisir')),
  treatment_note TEXT CHECK (treatment_note IS NULL OR length(treatment_note) BETWEEN 1 AND 2000),
  decided_on TEXT CHECK (decided_on IS NULL OR (date(decided_on) = decided_on AND decided_on >= identified_on)),
  reevaluation_due TEXT CHECK (reevaluation_due IS NULL OR date(reevaluation_due) = reevaluation_due),
  last_reviewed_on TEXT CHECK (last_reviewed_on IS NULL OR (date(last_reviewed_on) = last_reviewed_on AND last_reviewed_on >= identified_on)),
  review_due TEXT NOT NULL CHECK (date(review_due) = review_due AND review_due >= identified_on),
  status TEXT NOT NULL CHECK (status IN ('actif', 'retire')),
  retired_on TEXT CHECK (retired_on IS NULL OR (date(retired_on) = retired_on AND retired_on >= identified_on)),
  retire_reason TEXT CHECK (retire_reason IS NULL OR length(retire_reason) BETWEEN 1 AND 2000),
  revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((origin = 'enjeu') = (issue_id IS NOT NULL)),
  CHECK ((origin = 'partie') = (party_id IS NOT NULL)),
  CHECK ((origin = 'constat') = (finding_id IS NOT NULL)),
  CHECK ((origin = 'nonconformite') = (nonconformity_id IS NOT NULL)),
  CHECK ((origin = 'autre') = (origin_note IS NOT NULL)),
  CHECK (origin <> 'processus' OR process_id IS NOT NULL),
  CHECK ((treatment IS NULL) = (decided_on IS NULL)),
  CHECK ((status = 'retire') = (retired_on IS NOT NULL)),
  CHECK ((retired_on IS NULL) = (retire_reason IS NULL))
) STRICT;
CREATE INDEX risks_review ON risks (review_due) WHERE status = 'actif';
CREATE INDEX risks_reevaluation ON risks (reevaluation_due) WHERE status = 'actif' AND reevaluation_due IS NOT NULL;
CREATE INDEX risks_issue ON risks (issue_id);
CREATE INDEX risks_party ON risks (party_id);

-- Each evaluation of a risk, dated: the first at identification, then the re-evaluations. The one
-- standing on a day is the latest evaluated by then. Levels are checked against the scale in code
-- (the scale is the user's setting `risks.scale`).
CREATE TABLE risk_evaluations (
  id INTEGER PRIMARY KEY,
  risk_id INTEGER NOT NULL REFERENCES risks (id) ON DELETE RESTRICT,
  evaluated_on TEXT NOT NULL CHECK (date(evaluated_on) = evaluated_on),
  likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 6),
  impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 6),
  comment TEXT CHECK (comment IS NULL OR length(comment) BETWEEN 1 AND 2000),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX risk_evaluations_risk ON risk_evaluations (risk_id, evaluated_on, id);

-- Sources the structure follows, at a pace; the next consultation is derived and stored for the agenda.
CREATE TABLE watch_sources (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  domain TEXT NOT NULL CHECK (domain IN ('reglementaire', 'sectorielle', 'emplois_competences', 'innovations')),
  url TEXT CHECK (url IS NULL OR length(url) BETWEEN 1 AND 500),
  frequency TEXT NOT NULL CHECK (frequency IN ('hebdomadaire', 'mensuelle', 'trimestrielle', 'semestrielle', 'annuelle')),
  owner_id INTEGER REFERENCES people (id) ON DELETE RESTRICT,
  followed_since TEXT NOT NULL CHECK (date(followed_since) = followed_since),
  last_consulted_on TEXT CHECK (last_consulted_on IS NULL OR (date(last_consulted_on) = last_consulted_on AND last_consulted_on >= followed_since)),
  next_consultation_due TEXT NOT NULL CHECK (date(next_consultation_due) = next_consultation_due),
  active INTEGER NOT NULL CHECK (active IN (0, 1)),
  notes TEXT CHECK (notes IS NULL OR length(notes) BETWEEN 1 AND 2000),
  revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX watch_sources_due ON watch_sources (next_consultation_due) WHERE active = 1;

-- Items noticed: when, from which source, what; then the impact analysis and the decision (both
-- dated together), and who was told.
CREATE TABLE watch_items (
  id INTEGER PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,
  source_id INTEGER REFERENCES watch_sources (id) ON DELETE RESTRICT,
  noticed_on TEXT NOT NULL CHECK (date(noticed_on) = noticed_on),
  title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  summary TEXT NOT NULL CHECK (length(summary) BETWEEN 1 AND 4000),
  url TEXT CHECK (url IS NULL OR length(url) BETWEEN 1 AND 500),
  domain TEXT NOT NULL CHECK (domain IN ('reglementaire', 'sectorielle', 'emplois_competences', 'innovations')),
  process_id INTEGER REFERENCES processes (id) ON DELETE RESTRICT,
  analysis TEXT CHECK (analysis IS NULL OR length(analysis) BETWEEN 1 AND 4000),
  impact TEXT CHECK (impact IS NULL OR impact IN ('aucun', 'faible', 'important')),
  decision TEXT CHECK (decision IS NULL OR decision IN ('sans_suite', 'information', 'action')),
  decision_note TEXT CHECK (decision_note IS NULL OR length(decision_note) BETWEEN 1 AND 2000),
  decided_on TEXT CHECK (decided_on IS NULL OR (date(decided_on) = decided_on AND decided_on >= noticed_on)),
  informed_on TEXT CHECK (informed_on IS NULL OR (date(informed_on) = informed_on AND informed_on >= noticed_on)),
  informed_others TEXT CHECK (informed_others IS NULL OR length(informed_others) BETWEEN 1 AND 300),
  revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((decision IS NULL) = (decided_on IS NULL)),
  CHECK ((decision IS NULL) = (analysis IS NULL)),
  CHECK ((decision IS NULL) = (impact IS NULL)),
  CHECK (informed_others IS NULL OR informed_on IS NOT NULL)
) STRICT;
CREATE INDEX watch_items_noticed ON watch_items (noticed_on);
CREATE INDEX watch_items_source ON watch_items (source_id);

CREATE TABLE watch_item_recipients (
  item_id INTEGER NOT NULL REFERENCES watch_items (id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
  PRIMARY KEY (item_id, person_id)
) STRICT;

-- Actions may come from a risk's treatment or a watch item's decision: the source list is a CHECK,
-- so the table is rebuilt from schema 15's (SQLite's procedure: create, copy, drop, rename; foreign
-- keys are off while migrations run and checked before they commit, see db/migrate.ts), keeping
-- every action, its id, its links (to providers' evaluations and surveys too), and what refers to it
-- (management review decisions, réclamations) untouched.
CREATE TABLE actions_next (
  id INTEGER PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL CHECK (
    source IN ('nonconformite', 'constat', 'fiche', 'revue_direction', 'autre', 'evaluation_prestataire', 'enquete', 'risque', 'veille')
  ),
  nonconformity_id INTEGER REFERENCES nonconformities (id) ON DELETE RESTRICT,
  finding_id INTEGER REFERENCES findings (id) ON DELETE RESTRICT,
  suggestion_id INTEGER UNIQUE REFERENCES suggestions (id) ON DELETE RESTRICT,
  provider_evaluation_id INTEGER REFERENCES provider_evaluations (id) ON DELETE RESTRICT,
  survey_id INTEGER REFERENCES surveys (id) ON DELETE RESTRICT,
  risk_id INTEGER REFERENCES risks (id) ON DELETE RESTRICT,
  watch_item_id INTEGER REFERENCES watch_items (id) ON DELETE RESTRICT,
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
  opened_on TEXT NOT NULL DEFAULT '2000-01-01' CHECK (date(opened_on) = opened_on),
  abandoned_on TEXT CHECK (abandoned_on IS NULL OR date(abandoned_on) = abandoned_on),
  CHECK ((source = 'nonconformite') = (nonconformity_id IS NOT NULL)),
  CHECK ((source = 'constat') = (finding_id IS NOT NULL)),
  CHECK ((source = 'fiche') = (suggestion_id IS NOT NULL)),
  CHECK ((source = 'evaluation_prestataire') = (provider_evaluation_id IS NOT NULL)),
  CHECK ((source = 'enquete') = (survey_id IS NOT NULL)),
  CHECK ((source = 'risque') = (risk_id IS NOT NULL)),
  CHECK ((source = 'veille') = (watch_item_id IS NOT NULL)),
  CHECK (effectiveness_check_id IS NULL OR nonconformity_id IS NOT NULL),
  CHECK ((status = 'realisee') = (done_on IS NOT NULL)),
  CHECK ((status = 'abandonnee') = (abandon_reason IS NOT NULL))
) STRICT;
INSERT INTO actions_next (id, reference, source, nonconformity_id, finding_id, suggestion_id, provider_evaluation_id, survey_id,
    origin_note, effectiveness_check_id, type, description, owner_id, process_id, due_date, status, done_on, abandon_reason,
    evidence_notes, revision, created_at, updated_at, opened_on, abandoned_on)
  SELECT id, reference, source, nonconformity_id, finding_id, suggestion_id, provider_evaluation_id, survey_id,
    origin_note, effectiveness_check_id, type, description, owner_id, process_id, due_date, status, done_on, abandon_reason,
    evidence_notes, revision, created_at, updated_at, opened_on, abandoned_on
  FROM actions;
DROP TABLE actions;
ALTER TABLE actions_next RENAME TO actions;
CREATE INDEX actions_plan ON actions (status, due_date);
CREATE INDEX actions_nonconformity ON actions (nonconformity_id, id);
CREATE INDEX actions_owner ON actions (owner_id);
CREATE INDEX actions_finding ON actions (finding_id);
CREATE INDEX actions_opened ON actions (opened_on);
CREATE INDEX actions_provider_evaluation ON actions (provider_evaluation_id);
CREATE INDEX actions_survey ON actions (survey_id);
CREATE INDEX actions_risk ON actions (risk_id);
CREATE INDEX actions_watch_item ON actions (watch_item_id);
-- The dates of an action agree with its life (as schemas 10 and 15 wrote them, on the rebuilt table).
CREATE TRIGGER actions_dates_insert BEFORE INSERT ON actions
WHEN new.done_on < new.opened_on OR new.abandoned_on < new.opened_on OR (new.status = 'abandonnee') <> (new.abandoned_on IS NOT NULL)
BEGIN
  SELECT RAISE(ABORT, 'action dates out of order');
END;
CREATE TRIGGER actions_dates_update BEFORE UPDATE OF opened_on, done_on, abandoned_on, status ON actions
WHEN new.done_on < new.opened_on OR new.abandoned_on < new.opened_on OR (new.status = 'abandonnee') <> (new.abandoned_on IS NOT NULL)
BEGIN
  SELECT RAISE(ABORT, 'action dates out of order');
END;

-- A link of a requirement to one of the new records must name a record of this file, as for documents.
CREATE TRIGGER requirement_links_context_exists BEFORE INSERT ON requirement_links
WHEN (new.entity = 'issue' AND NOT EXISTS (SELECT 1 FROM context_issues WHERE id = new.entity_id))
  OR (new.entity = 'party' AND NOT EXISTS (SELECT 1 FROM interested_parties WHERE id = new.entity_id))
  OR (new.entity = 'risk' AND NOT EXISTS (SELECT 1 FROM risks WHERE id = new.entity_id))
  OR (new.entity = 'watch_item' AND NOT EXISTS (SELECT 1 FROM watch_items WHERE id = new.entity_id))
BEGIN
  SELECT RAISE(ABORT, 'requirement link to a missing record');
END;
