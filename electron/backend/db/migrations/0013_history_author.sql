-- Who made a change is a person of the directory chosen in Sève (ISO 9001 §7.5.3), no longer the
-- computer's account: `actor` keeps the name as it read then, `actor_person_id` the person, and
-- `account` the computer's account beside it. Rows written before schema 13 keep their `actor`
-- (the account, or Sève's own name) and have neither.
ALTER TABLE history ADD COLUMN actor_person_id INTEGER REFERENCES people (id);
ALTER TABLE history ADD COLUMN account TEXT CHECK (account IS NULL OR length(account) > 0);

-- The hash chain (schema 11) covers the author too from now on: the trigger passes both columns,
-- and a row that has neither hashes as it did before, so the chain of older rows stays intact.
DROP TRIGGER history_chain_append;
CREATE TRIGGER history_chain_append AFTER INSERT ON history
BEGIN
  INSERT INTO history_chain (history_id, hash)
  VALUES (
    NEW.id,
    seve_history_hash(
      (SELECT hash FROM history_chain ORDER BY history_id DESC LIMIT 1),
      NEW.id, NEW.at, NEW.actor, NEW.entity, NEW.entity_id, NEW.action, NEW.changes, NEW.actor_person_id, NEW.account
    )
  );
END;
