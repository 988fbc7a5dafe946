-- Schema 11: the history can be neither rewritten nor quietly edited.
--
-- 1. INSERT OR REPLACE with an existing id deletes the old row without firing history_no_delete
--    (delete triggers fire for REPLACE only with recursive_triggers on): refused before it starts.
CREATE TRIGGER history_no_replace BEFORE INSERT ON history
WHEN EXISTS (SELECT 1 FROM history WHERE id = NEW.id)
BEGIN
  SELECT RAISE(ABORT, 'history is append-only');
END;

-- 2. A hash chain: each row's hash covers the previous row's hash and the row itself
--    (electron/backend/history/chain.ts, registered as seve_history_hash on every connection that
--    writes). Append-only like the history it seals.
CREATE TABLE history_chain (
  history_id INTEGER PRIMARY KEY REFERENCES history (id),
  hash TEXT NOT NULL CHECK (length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*')
) STRICT;

-- The rows already there, in id order, each hash following from the one before.
WITH RECURSIVE chain (id, hash) AS (
  SELECT id, seve_history_hash(NULL, id, at, actor, entity, entity_id, action, changes)
  FROM history WHERE id = (SELECT min(id) FROM history)
  UNION ALL
  SELECT h.id, seve_history_hash(chain.hash, h.id, h.at, h.actor, h.entity, h.entity_id, h.action, h.changes)
  FROM chain JOIN history h ON h.id = (SELECT min(id) FROM history WHERE id > chain.id)
)
INSERT INTO history_chain (history_id, hash) SELECT id, hash FROM chain;

-- Every new row gets its hash inside the INSERT that adds it: no way of appending skips it.
CREATE TRIGGER history_chain_append AFTER INSERT ON history
BEGIN
  INSERT INTO history_chain (history_id, hash)
  VALUES (
    NEW.id,
    seve_history_hash(
      (SELECT hash FROM history_chain ORDER BY history_id DESC LIMIT 1),
      NEW.id, NEW.at, NEW.actor, NEW.entity, NEW.entity_id, NEW.action, NEW.changes
    )
  );
END;

CREATE TRIGGER history_chain_no_update BEFORE UPDATE ON history_chain
BEGIN
  SELECT RAISE(ABORT, 'history is append-only');
END;

CREATE TRIGGER history_chain_no_delete BEFORE DELETE ON history_chain
BEGIN
  SELECT RAISE(ABORT, 'history is append-only');
END;

CREATE TRIGGER history_chain_no_replace BEFORE INSERT ON history_chain
WHEN EXISTS (SELECT 1 FROM history_chain WHERE history_id = NEW.history_id)
BEGIN
  SELECT RAISE(ABORT, 'history is append-only');
END;
