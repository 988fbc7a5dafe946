-- Sève schema 8: what the director looks at. Indicators and their measurements (§9.1), quality
-- objectives (§6.2), and the management review (§9.3) whose decisions become actions of the plan.

-- An indicator and how it is measured. Periods follow the calendar grid of its frequency
-- (shared/domain/indicators.ts), named by their first day.
CREATE TABLE indicators (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  description TEXT CHECK (description IS NULL OR length(description) BETWEEN 1 AND 2000),
  theme TEXT NOT NULL CHECK (theme IN ('parcours', 'satisfaction', 'reclamations', 'activite', 'autre')),
  process_id INTEGER REFERENCES processes (id) ON DELETE RESTRICT,
  owner_id INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
  unit TEXT NOT NULL CHECK (unit IN ('pourcentage', 'nombre', 'heures', 'jours', 'note')),
  -- A note is "sur 10", "sur 20"…; the other units have no maximum of their own.
  scale_max REAL CHECK (scale_max IS NULL OR scale_max > 0),
  direction TEXT NOT NULL CHECK (direction IN ('hausse', 'baisse')),
  target REAL,
  alert_threshold REAL,
  frequency TEXT NOT NULL CHECK (frequency IN ('mensuelle', 'trimestrielle', 'semestrielle', 'annuelle')),
  -- First day of the first period followed: lateness counts from there.
  first_period TEXT NOT NULL CHECK (date(first_period) = first_period AND substr(first_period, 9, 2) = '01'),
  entry_delay_days INTEGER NOT NULL CHECK (entry_delay_days BETWEEN 0 AND 180),
  chart_kind TEXT NOT NULL CHECK (chart_kind IN ('ligne', 'barres')),
  -- A rate: what is counted over what; its numerator may be split into named parts (JSON list).
  numerator_label TEXT CHECK (numerator_label IS NULL OR length(numerator_label) BETWEEN 1 AND 120),
  denominator_label TEXT CHECK (denominator_label IS NULL OR length(denominator_label) BETWEEN 1 AND 120),
  part_labels TEXT CHECK (part_labels IS NULL OR (json_valid(part_labels) AND json_type(part_labels) = 'array')),
  template_code TEXT CHECK (template_code IS NULL OR length(template_code) BETWEEN 1 AND 40),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  -- Derived by the service (shared/domain/indicators.ts nextExpectedMeasurement): the earliest
  -- period from first_period without a measurement, and the day it is due. They depend on the
  -- measurements only, so "late" is `next_measurement_due < today`, found through the index.
  next_measurement_period TEXT NOT NULL CHECK (date(next_measurement_period) = next_measurement_period),
  next_measurement_due TEXT NOT NULL CHECK (date(next_measurement_due) = next_measurement_due),
  revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((unit = 'note') = (scale_max IS NOT NULL)),
  CHECK ((numerator_label IS NULL) = (denominator_label IS NULL)),
  CHECK (numerator_label IS NULL OR unit = 'pourcentage'),
  CHECK (part_labels IS NULL OR numerator_label IS NOT NULL),
  CHECK (alert_threshold IS NULL OR target IS NOT NULL),
  CHECK (alert_threshold IS NULL OR (direction = 'hausse' AND alert_threshold <= target) OR (direction = 'baisse' AND alert_threshold >= target)),
  CHECK (next_measurement_period >= first_period)
) STRICT;
CREATE UNIQUE INDEX indicators_name ON indicators (name COLLATE NOCASE);
CREATE INDEX indicators_due ON indicators (active, next_measurement_due);
CREATE INDEX indicators_owner ON indicators (owner_id);
CREATE INDEX indicators_process ON indicators (process_id);

-- One value per indicator and period. A rate keeps its counts; the value is derived from them.
CREATE TABLE measurements (
  id INTEGER PRIMARY KEY,
  indicator_id INTEGER NOT NULL REFERENCES indicators (id) ON DELETE RESTRICT,
  period_start TEXT NOT NULL CHECK (date(period_start) = period_start AND substr(period_start, 9, 2) = '01'),
  period_end TEXT NOT NULL CHECK (date(period_end) = period_end),
  value REAL NOT NULL,
  numerator REAL,
  denominator REAL,
  parts TEXT CHECK (parts IS NULL OR (json_valid(parts) AND json_type(parts) = 'array')),
  comment TEXT CHECK (comment IS NULL OR length(comment) BETWEEN 1 AND 2000),
  recorded_at TEXT NOT NULL,
  CHECK (period_end > period_start),
  CHECK ((numerator IS NULL) = (denominator IS NULL)),
  CHECK (denominator IS NULL OR (denominator > 0 AND numerator >= 0 AND numerator <= denominator)),
  CHECK (parts IS NULL OR numerator IS NOT NULL),
  UNIQUE (indicator_id, period_start)
) STRICT;

-- Objectifs qualité (§6.2): what is aimed at, by when, who answers for it, and the indicators that say whether it is met.
CREATE TABLE quality_objectives (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  description TEXT CHECK (description IS NULL OR length(description) BETWEEN 1 AND 4000),
  owner_id INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
  process_id INTEGER REFERENCES processes (id) ON DELETE RESTRICT,
  target_date TEXT NOT NULL CHECK (date(target_date) = target_date),
  status TEXT NOT NULL CHECK (status IN ('en_cours', 'atteint', 'non_atteint', 'abandonne')),
  revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX quality_objectives_due ON quality_objectives (status, target_date);

CREATE TABLE quality_objective_indicators (
  objective_id INTEGER NOT NULL REFERENCES quality_objectives (id) ON DELETE RESTRICT,
  indicator_id INTEGER NOT NULL REFERENCES indicators (id) ON DELETE RESTRICT,
  PRIMARY KEY (objective_id, indicator_id)
) STRICT;
CREATE INDEX quality_objective_indicators_indicator ON quality_objective_indicators (indicator_id);

-- The management review. While it is prepared its inputs are read live from the file; once held
-- they are frozen in `inputs_snapshot` (JSON), so its minutes read the same years later.
CREATE TABLE management_reviews (
  id INTEGER PRIMARY KEY,
  held_on TEXT NOT NULL CHECK (date(held_on) = held_on),
  period_start TEXT NOT NULL CHECK (date(period_start) = period_start),
  period_end TEXT NOT NULL CHECK (date(period_end) = period_end),
  status TEXT NOT NULL CHECK (status IN ('en_preparation', 'tenue')),
  other_participants TEXT CHECK (other_participants IS NULL OR length(other_participants) BETWEEN 1 AND 1000),
  -- What the file cannot know (§9.3.2): typed by the user.
  context_changes TEXT CHECK (context_changes IS NULL OR length(context_changes) BETWEEN 1 AND 8000),
  resources TEXT CHECK (resources IS NULL OR length(resources) BETWEEN 1 AND 8000),
  risks_opportunities TEXT CHECK (risks_opportunities IS NULL OR length(risks_opportunities) BETWEEN 1 AND 8000),
  external_providers TEXT CHECK (external_providers IS NULL OR length(external_providers) BETWEEN 1 AND 8000),
  conclusion TEXT CHECK (conclusion IS NULL OR length(conclusion) BETWEEN 1 AND 8000),
  inputs_snapshot TEXT CHECK (inputs_snapshot IS NULL OR json_valid(inputs_snapshot)),
  held_at TEXT,
  revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (period_end >= period_start),
  CHECK ((status = 'tenue') = (inputs_snapshot IS NOT NULL)),
  CHECK ((status = 'tenue') = (held_at IS NOT NULL))
) STRICT;
CREATE INDEX management_reviews_held ON management_reviews (held_on, id);

-- A held review is a record for the auditor: the file itself refuses to change it.
CREATE TRIGGER management_reviews_held_frozen BEFORE UPDATE ON management_reviews
WHEN old.status = 'tenue'
BEGIN
  SELECT RAISE(ABORT, 'held management review');
END;

CREATE TABLE management_review_participants (
  review_id INTEGER NOT NULL REFERENCES management_reviews (id) ON DELETE RESTRICT,
  person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
  PRIMARY KEY (review_id, person_id)
) STRICT;
CREATE INDEX management_review_participants_person ON management_review_participants (person_id);

-- Decisions and outputs (§9.3.3), each turned into an action of the plan (source 'revue_direction') or kept as text.
CREATE TABLE management_review_decisions (
  id INTEGER PRIMARY KEY,
  review_id INTEGER NOT NULL REFERENCES management_reviews (id) ON DELETE RESTRICT,
  position INTEGER NOT NULL CHECK (position >= 1),
  kind TEXT NOT NULL CHECK (kind IN ('amelioration', 'changement_smq', 'ressources', 'autre')),
  text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
  action_id INTEGER UNIQUE REFERENCES actions (id) ON DELETE RESTRICT,
  created_at TEXT NOT NULL,
  UNIQUE (review_id, position)
) STRICT;

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
