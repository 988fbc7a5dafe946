-- Who made a change is a person of the directory chosen in Sève (ISO 9001 §7.5.3), no longer the
-- computer's account: `actor` keeps the name as it read then, `actor_person_id` the person, and
-- `account` the computer's account beside it. Rows written before schema 13 keep their `actor`
-- (the account, or Sève's own name) and have neither.
ALTER TABLE history ADD COLUMN actor_person_id INTEGER REFERENCES people (id);
ALTER TABLE history ADD COLUMN account TEXT CHECK (account IS NULL OR length(account) > 0);
