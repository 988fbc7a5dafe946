-- Competence (§7.2), external providers (§8.4) and satisfaction surveys (§9.1.2): three registers
-- an auditor asks for at every visit. People stay the directory's (staff only): a training names a
-- person of the directory, a survey's answers name nobody.

-- Functions of the structure (encadrant technique, accompagnateur socioprofessionnel…) and the
-- competences each requires; who holds which function.
CREATE TABLE job_functions (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 120),
  description TEXT CHECK (description IS NULL OR length(description) BETWEEN 1 AND 2000),
  revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE competences (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 120),
  -- An habilitation (SST, CACES, électrique, permis) lapses: its trainings carry an expiry.
  kind TEXT NOT NULL CHECK (kind IN ('savoir_faire', 'habilitation', 'diplome')),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE job_function_competences (
  function_id INTEGER NOT NULL REFERENCES job_functions (id) ON DELETE RESTRICT,
  competence_id INTEGER NOT NULL REFERENCES competences (id) ON DELETE RESTRICT,
  PRIMARY KEY (function_id, competence_id)
) STRICT;
CREATE INDEX job_function_competences_competence ON job_function_competences (competence_id);

CREATE TABLE person_functions (
  person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
  function_id INTEGER NOT NULL REFERENCES job_functions (id) ON DELETE RESTRICT,
  PRIMARY KEY (person_id, function_id)
) STRICT;
CREATE INDEX person_functions_function ON person_functions (function_id);

-- External providers and partners whose work affects the service, evaluated periodically.
CREATE TABLE providers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 120),
  kind TEXT NOT NULL CHECK (kind IN ('organisme_formation', 'sous_traitant', 'partenaire_placement', 'fournisseur', 'autre')),
  supplies TEXT NOT NULL CHECK (length(supplies) BETWEEN 1 AND 2000),
  process_id INTEGER REFERENCES processes (id) ON DELETE RESTRICT,
  -- The day the structure started working with it: its first evaluation is due a period later.
  since TEXT NOT NULL CHECK (date(since) = since),
  evaluation_months INTEGER NOT NULL CHECK (evaluation_months BETWEEN 1 AND 60),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  -- Derived (shared/domain/providers.ts): the last evaluation, else `since`, plus the period.
  next_evaluation_due TEXT NOT NULL CHECK (date(next_evaluation_due) = next_evaluation_due),
  revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX providers_due ON providers (active, next_evaluation_due);

-- The criteria providers are scored on, the structure's own; a default set to start from.
CREATE TABLE provider_criteria (
  id INTEGER PRIMARY KEY,
  label TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(label) BETWEEN 1 AND 120),
  position INTEGER NOT NULL CHECK (position >= 1),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL
) STRICT;
INSERT INTO provider_criteria (label, position, created_at) VALUES
  ('Qualité de la prestation', 1, '2000-01-01T00:00:00.000Z'),
  ('Respect des délais', 2, '2000-01-01T00:00:00.000Z'),
  ('Respect des exigences convenues', 3, '2000-01-01T00:00:00.000Z'),
  ('Communication et réactivité', 4, '2000-01-01T00:00:00.000Z');

CREATE TABLE provider_evaluations (
  id INTEGER PRIMARY KEY,
  provider_id INTEGER NOT NULL REFERENCES providers (id) ON DELETE RESTRICT,
  evaluated_on TEXT NOT NULL CHECK (date(evaluated_on) = evaluated_on),
  evaluated_by INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
  -- The mean of the criteria's scores (1 to 4) and what it says.
  score REAL NOT NULL CHECK (score BETWEEN 1 AND 4),
  result TEXT NOT NULL CHECK (result IN ('satisfaisant', 'a_surveiller', 'insuffisant')),
  comment TEXT CHECK (comment IS NULL OR length(comment) BETWEEN 1 AND 4000),
  -- A poor result may open a nonconformity (source 'prestataire'); actions point back themselves.
  nonconformity_id INTEGER UNIQUE REFERENCES nonconformities (id) ON DELETE RESTRICT,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX provider_evaluations_provider ON provider_evaluations (provider_id, evaluated_on);
CREATE INDEX provider_evaluations_day ON provider_evaluations (evaluated_on);

CREATE TABLE provider_evaluation_scores (
  evaluation_id INTEGER NOT NULL REFERENCES provider_evaluations (id) ON DELETE RESTRICT,
  criterion_id INTEGER NOT NULL REFERENCES provider_criteria (id) ON DELETE RESTRICT,
  score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 4),
  PRIMARY KEY (evaluation_id, criterion_id)
) STRICT;

-- Qualifications and trainings of the people of the directory: planned, done, evaluated; an
-- habilitation's expiry. No health data, ever.
CREATE TABLE trainings (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
  competence_id INTEGER REFERENCES competences (id) ON DELETE RESTRICT,
  title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  provider_id INTEGER REFERENCES providers (id) ON DELETE RESTRICT,
  status TEXT NOT NULL CHECK (status IN ('prevue', 'realisee', 'annulee')),
  planned_on TEXT CHECK (planned_on IS NULL OR date(planned_on) = planned_on),
  done_on TEXT CHECK (done_on IS NULL OR date(done_on) = done_on),
  expires_on TEXT CHECK (expires_on IS NULL OR date(expires_on) = expires_on),
  -- By when the training's effect is to be evaluated, then the evaluation itself.
  evaluation_due TEXT CHECK (evaluation_due IS NULL OR date(evaluation_due) = evaluation_due),
  evaluated_on TEXT CHECK (evaluated_on IS NULL OR date(evaluated_on) = evaluated_on),
  evaluation_result TEXT CHECK (evaluation_result IS NULL OR evaluation_result IN ('efficace', 'partiellement_efficace', 'non_efficace')),
  evaluation_comment TEXT CHECK (evaluation_comment IS NULL OR length(evaluation_comment) BETWEEN 1 AND 2000),
  revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((status = 'realisee') = (done_on IS NOT NULL)),
  CHECK (status <> 'prevue' OR planned_on IS NOT NULL),
  CHECK (expires_on IS NULL OR (done_on IS NOT NULL AND expires_on > done_on)),
  CHECK ((evaluated_on IS NULL) = (evaluation_result IS NULL)),
  CHECK (evaluated_on IS NULL OR (done_on IS NOT NULL AND evaluated_on >= done_on)),
  CHECK (evaluation_due IS NULL OR done_on IS NULL OR evaluation_due >= done_on)
) STRICT;
CREATE INDEX trainings_person ON trainings (person_id, competence_id, done_on);
CREATE INDEX trainings_expiry ON trainings (expires_on) WHERE status = 'realisee';
CREATE INDEX trainings_planned ON trainings (planned_on) WHERE status = 'prevue';
CREATE INDEX trainings_evaluation ON trainings (evaluation_due) WHERE status = 'realisee' AND evaluated_on IS NULL;
CREATE INDEX trainings_done ON trainings (done_on);

-- Satisfaction surveys: a campaign to a population, its questions, and anonymous answers.
CREATE TABLE surveys (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  population TEXT NOT NULL CHECK (population IN ('salaries_parcours', 'clients', 'prescripteurs', 'partenaires', 'autre')),
  opens_on TEXT NOT NULL CHECK (date(opens_on) = opens_on),
  closes_on TEXT NOT NULL CHECK (date(closes_on) = closes_on),
  -- How many people were asked (for the response rate), when known.
  solicited INTEGER CHECK (solicited IS NULL OR solicited BETWEEN 1 AND 100000),
  -- The satisfaction indicator its rate feeds, a measurement for the period the campaign opened in.
  indicator_id INTEGER REFERENCES indicators (id) ON DELETE RESTRICT,
  analysis TEXT CHECK (analysis IS NULL OR length(analysis) BETWEEN 1 AND 8000),
  analysed_on TEXT CHECK (analysed_on IS NULL OR date(analysed_on) = analysed_on),
  revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (closes_on >= opens_on),
  CHECK ((analysis IS NULL) = (analysed_on IS NULL)),
  CHECK (analysed_on IS NULL OR analysed_on >= opens_on)
) STRICT;
CREATE INDEX surveys_unanalysed ON surveys (closes_on) WHERE analysed_on IS NULL;
CREATE INDEX surveys_opens ON surveys (opens_on);

CREATE TABLE survey_questions (
  id INTEGER PRIMARY KEY,
  survey_id INTEGER NOT NULL REFERENCES surveys (id) ON DELETE RESTRICT,
  position INTEGER NOT NULL CHECK (position >= 1),
  text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
  kind TEXT NOT NULL CHECK (kind IN ('echelle', 'oui_non', 'texte')),
  scale_max INTEGER CHECK (scale_max IS NULL OR scale_max BETWEEN 2 AND 10),
  -- Whether its answers count in the campaign's satisfaction rate.
  satisfaction INTEGER NOT NULL DEFAULT 0 CHECK (satisfaction IN (0, 1)),
  UNIQUE (survey_id, position),
  CHECK ((kind = 'echelle') = (scale_max IS NOT NULL)),
  CHECK (kind <> 'texte' OR satisfaction = 0)
) STRICT;

-- One answered questionnaire: nobody's name, only the day it was answered when known.
CREATE TABLE survey_responses (
  id INTEGER PRIMARY KEY,
  survey_id INTEGER NOT NULL REFERENCES surveys (id) ON DELETE RESTRICT,
  answered_on TEXT CHECK (answered_on IS NULL OR date(answered_on) = answered_on),
  origin TEXT NOT NULL CHECK (origin IN ('saisie', 'import')),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX survey_responses_survey ON survey_responses (survey_id);

CREATE TABLE survey_answers (
  response_id INTEGER NOT NULL REFERENCES survey_responses (id) ON DELETE CASCADE,
  question_id INTEGER NOT NULL REFERENCES survey_questions (id) ON DELETE RESTRICT,
  -- A scale's step (1 to its maximum), or 1 for yes and 0 for no; text for a free answer.
  value INTEGER CHECK (value IS NULL OR value BETWEEN 0 AND 10),
  text TEXT CHECK (text IS NULL OR length(text) BETWEEN 1 AND 4000),
  PRIMARY KEY (response_id, question_id),
  CHECK ((value IS NULL) <> (text IS NULL))
) STRICT;
CREATE INDEX survey_answers_question ON survey_answers (question_id);

-- A measurement a survey's rate wrote: it follows the survey's answers, not the keyboard.
ALTER TABLE measurements ADD COLUMN survey_id INTEGER REFERENCES surveys (id) ON DELETE RESTRICT;

-- Actions gain two sources: a provider's poor evaluation and a survey's analysis. The sources are
-- a CHECK, so the table is rebuilt with every row, and so is management_review_decisions, the one
-- table whose foreign key names it (foreign keys stay on inside the migration's transaction: a
-- table still referenced cannot be dropped, so the child moves to the new parent first).
CREATE TABLE actions_next (
  id INTEGER PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL CHECK (
    source IN ('nonconformite', 'constat', 'fiche', 'revue_direction', 'autre', 'evaluation_prestataire', 'enquete')
  ),
  nonconformity_id INTEGER REFERENCES nonconformities (id) ON DELETE RESTRICT,
  finding_id INTEGER REFERENCES findings (id) ON DELETE RESTRICT,
  suggestion_id INTEGER UNIQUE REFERENCES suggestions (id) ON DELETE RESTRICT,
  provider_evaluation_id INTEGER REFERENCES provider_evaluations (id) ON DELETE RESTRICT,
  survey_id INTEGER REFERENCES surveys (id) ON DELETE RESTRICT,
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
  CHECK (effectiveness_check_id IS NULL OR nonconformity_id IS NOT NULL),
  CHECK ((status = 'realisee') = (done_on IS NOT NULL)),
  CHECK ((status = 'abandonnee') = (abandon_reason IS NOT NULL))
) STRICT;
INSERT INTO actions_next (id, reference, source, nonconformity_id, finding_id, suggestion_id, origin_note, effectiveness_check_id, type,
    description, owner_id, process_id, due_date, status, done_on, abandon_reason, evidence_notes, revision, created_at, updated_at,
    opened_on, abandoned_on)
  SELECT id, reference, source, nonconformity_id, finding_id, suggestion_id, origin_note, effectiveness_check_id, type,
    description, owner_id, process_id, due_date, status, done_on, abandon_reason, evidence_notes, revision, created_at, updated_at,
    opened_on, abandoned_on
  FROM actions;

CREATE TABLE management_review_decisions_next (
  id INTEGER PRIMARY KEY,
  review_id INTEGER NOT NULL REFERENCES management_reviews (id) ON DELETE RESTRICT,
  position INTEGER NOT NULL CHECK (position >= 1),
  kind TEXT NOT NULL CHECK (kind IN ('amelioration', 'changement_smq', 'ressources', 'autre')),
  text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
  action_id INTEGER UNIQUE REFERENCES actions_next (id) ON DELETE RESTRICT,
  created_at TEXT NOT NULL,
  UNIQUE (review_id, position)
) STRICT;
INSERT INTO management_review_decisions_next (id, review_id, position, kind, text, action_id, created_at)
  SELECT id, review_id, position, kind, text, action_id, created_at FROM management_review_decisions;

DROP TABLE management_review_decisions;
DROP TABLE actions;
-- Renaming rewrites the decisions' foreign key to name `actions` again.
ALTER TABLE actions_next RENAME TO actions;
ALTER TABLE management_review_decisions_next RENAME TO management_review_decisions;

CREATE INDEX actions_plan ON actions (status, due_date);
CREATE INDEX actions_nonconformity ON actions (nonconformity_id, id);
CREATE INDEX actions_owner ON actions (owner_id);
CREATE INDEX actions_finding ON actions (finding_id);
CREATE INDEX actions_opened ON actions (opened_on);
CREATE INDEX actions_provider_evaluation ON actions (provider_evaluation_id);
CREATE INDEX actions_survey ON actions (survey_id);

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

CREATE TRIGGER management_review_decisions_frozen_insert BEFORE INSERT ON management_review_decisions
WHEN (SELECT status FROM management_reviews WHERE id = new.review_id) = 'tenue'
BEGIN
  SELECT RAISE(ABORT, 'held management review');
END;
CREATE TRIGGER management_review_decisions_frozen_update BEFORE UPDATE ON management_review_decisions
WHEN (SELECT status FROM management_reviews WHERE id = old.review_id) = 'tenue'
BEGIN
  SELECT RAISE(ABORT, 'held management review');
END;
CREATE TRIGGER management_review_decisions_frozen_delete BEFORE DELETE ON management_review_decisions
WHEN (SELECT status FROM management_reviews WHERE id = old.review_id) = 'tenue'
BEGIN
  SELECT RAISE(ABORT, 'held management review');
END;

-- Links to the requirements a record evidences (7.2, 8.4, 9.1.2…) must name an existing record.
CREATE TRIGGER requirement_links_records_exist BEFORE INSERT ON requirement_links
WHEN (new.entity = 'job_function' AND NOT EXISTS (SELECT 1 FROM job_functions WHERE id = new.entity_id))
  OR (new.entity = 'training' AND NOT EXISTS (SELECT 1 FROM trainings WHERE id = new.entity_id))
  OR (new.entity = 'provider' AND NOT EXISTS (SELECT 1 FROM providers WHERE id = new.entity_id))
  OR (new.entity = 'survey' AND NOT EXISTS (SELECT 1 FROM surveys WHERE id = new.entity_id))
BEGIN
  SELECT RAISE(ABORT, 'requirement link to a missing record');
END;
