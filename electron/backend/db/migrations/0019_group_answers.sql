-- Sève schema 19: the members' answers to the group's requests travel in their snapshots.
-- A member's file records the requests the group sent it (by phone, by e-mail) and its answers;
-- the group's file reads them from each snapshot it imports.

-- Member side: « Demandes du groupe ». The code (« EXT-12 ») and the NC reference are copied as
-- received; the answer is the member's own action from its plan when it is concerned.
CREATE TABLE group_requests (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 20),
  nc_reference TEXT NOT NULL CHECK (length(nc_reference) BETWEEN 1 AND 40),
  description TEXT NOT NULL CHECK (length(description) BETWEEN 1 AND 2000),
  received_on TEXT NOT NULL CHECK (date(received_on) = received_on),
  concerned INTEGER CHECK (concerned IS NULL OR concerned IN (0, 1)),
  action_id INTEGER REFERENCES actions (id) ON DELETE RESTRICT,
  answered_on TEXT CHECK (answered_on IS NULL OR (date(answered_on) = answered_on AND answered_on >= received_on)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  -- Answered means concerned or not, on a date; concerned means one of the member's actions.
  CHECK ((concerned IS NULL) = (answered_on IS NULL)),
  CHECK ((concerned IS 1) = (action_id IS NOT NULL))
) STRICT;

-- Group side: where an answer came from. NULL source: typed by the group's quality lead; else the
-- SHA-256 of the snapshot it was read in, with the member's action reference and its status as of
-- that snapshot's day.
ALTER TABLE group_extension_answers ADD COLUMN source_sha256 TEXT REFERENCES group_snapshots (sha256) ON DELETE RESTRICT;
ALTER TABLE group_extension_answers ADD COLUMN action_reference TEXT CHECK (action_reference IS NULL OR length(action_reference) BETWEEN 1 AND 40);
ALTER TABLE group_extension_answers ADD COLUMN action_status TEXT CHECK (action_status IS NULL OR action_status IN ('a_faire', 'en_cours', 'realisee', 'abandonnee'));

-- Answers a snapshot carried that the group could not record, each with why (its kind), kept per
-- snapshot so the group's view shows those of each member's latest.
CREATE TABLE group_unmatched_answers (
  id INTEGER PRIMARY KEY,
  snapshot_sha256 TEXT NOT NULL REFERENCES group_snapshots (sha256) ON DELETE RESTRICT,
  member_id INTEGER NOT NULL REFERENCES group_members (id) ON DELETE RESTRICT,
  code TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 20),
  nc_reference TEXT NOT NULL CHECK (length(nc_reference) BETWEEN 1 AND 40),
  answered_on TEXT NOT NULL CHECK (date(answered_on) = answered_on),
  reason TEXT NOT NULL CHECK (reason IN ('code_inconnu', 'reference_differente', 'membre_origine', 'avant_decision', 'reponse_plus_recente'))
) STRICT;
CREATE INDEX group_unmatched_answers_snapshot ON group_unmatched_answers (snapshot_sha256);
