-- Sève schema 17: group certification. A member file holds its own signing key; a group file
-- (the fonction centrale's) declares its members by their key's fingerprint and keeps the
-- snapshots they send, each verified before it is kept.

-- The member's Ed25519 key pair, created once per file (DER: SubjectPublicKeyInfo, PKCS#8). A
-- snapshot carries the public key only: its copy of this row has no private key.
CREATE TABLE member_key (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  public_key BLOB NOT NULL CHECK (length(public_key) BETWEEN 32 AND 200),
  private_key BLOB CHECK (private_key IS NULL OR length(private_key) BETWEEN 32 AND 200),
  fingerprint TEXT NOT NULL CHECK (length(fingerprint) = 64 AND fingerprint NOT GLOB '*[^0-9a-f]*'),
  created_on TEXT NOT NULL CHECK (date(created_on) = created_on),
  created_at TEXT NOT NULL
) STRICT;

-- The structures of the group, named as the group knows them, with the fingerprint read over the
-- phone. A member leaves (removed_on) and is never deleted: its past snapshots stay proof.
CREATE TABLE group_members (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 160),
  key_fingerprint TEXT NOT NULL CHECK (length(key_fingerprint) = 64 AND key_fingerprint NOT GLOB '*[^0-9a-f]*'),
  joined_on TEXT NOT NULL CHECK (date(joined_on) = joined_on),
  removed_on TEXT CHECK (removed_on IS NULL OR (date(removed_on) = removed_on AND removed_on >= joined_on)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
-- One current member per key, and per name (case-insensitive).
CREATE UNIQUE INDEX group_members_key ON group_members (key_fingerprint) WHERE removed_on IS NULL;
CREATE UNIQUE INDEX group_members_name ON group_members (name COLLATE NOCASE) WHERE removed_on IS NULL;

-- Every snapshot imported, by the SHA-256 of its database (never the same twice). Only a member's
-- latest keeps its bytes: the ones it replaces keep their manifest, the proof of what was seen.
CREATE TABLE group_snapshots (
  id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES group_members (id) ON DELETE RESTRICT,
  sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  created_on TEXT NOT NULL CHECK (date(created_on) = created_on),
  schema_version INTEGER NOT NULL CHECK (schema_version > 0),
  manifest TEXT NOT NULL CHECK (json_valid(manifest)),
  size INTEGER NOT NULL CHECK (size > 0),
  imported_at TEXT NOT NULL,
  data BLOB CHECK (data IS NULL OR length(data) = size)
) STRICT;
CREATE INDEX group_snapshots_member ON group_snapshots (member_id, created_on);

-- An NC found at one member that the group asks the others to check for (ISO 9001 §10.2.1 c),
-- named as it reads in the snapshot it was seen in.
CREATE TABLE group_extensions (
  id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES group_members (id) ON DELETE RESTRICT,
  snapshot_sha256 TEXT NOT NULL REFERENCES group_snapshots (sha256) ON DELETE RESTRICT,
  nc_reference TEXT NOT NULL CHECK (length(nc_reference) BETWEEN 1 AND 40),
  nc_description TEXT NOT NULL CHECK (length(nc_description) BETWEEN 1 AND 4000),
  decided_on TEXT NOT NULL CHECK (date(decided_on) = decided_on),
  created_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX group_extensions_nc ON group_extensions (member_id, nc_reference);

-- Each other member's answer: concerned or not, and if so what it does. Recorded by the group's
-- quality lead; a later answer replaces the earlier one (the history keeps both).
CREATE TABLE group_extension_answers (
  extension_id INTEGER NOT NULL REFERENCES group_extensions (id) ON DELETE RESTRICT,
  member_id INTEGER NOT NULL REFERENCES group_members (id) ON DELETE RESTRICT,
  concerned INTEGER NOT NULL CHECK (concerned IN (0, 1)),
  action TEXT CHECK (action IS NULL OR length(action) BETWEEN 1 AND 2000),
  answered_on TEXT NOT NULL CHECK (date(answered_on) = answered_on),
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (extension_id, member_id),
  CHECK (concerned = 0 OR action IS NOT NULL)
) STRICT;
