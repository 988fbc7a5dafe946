-- Sève schema 12: the certification rules of each scheme, two deadlines per finding counted from the
-- audit's end or the report's notification, what each grade asks of the structure, and the
-- referential's notes, documented information and "major only" requirements. A clause declared non
-- applicable now carries its sub-clauses with it.

-- The scheme's rules as edited on the certification (JSON checked by shared/schemas/certification-rules.ts);
-- NULL: the defaults of the scheme's family (Qualiopi, else ISO/IEC 17021-1), computed by the code.
ALTER TABLE certifications ADD COLUMN rules TEXT CHECK (rules IS NULL OR json_valid(rules));

-- The day the body notified its report (Qualiopi deadlines count from it).
ALTER TABLE audits ADD COLUMN report_notified_on TEXT
  CHECK (report_notified_on IS NULL OR (date(report_notified_on) = report_notified_on AND report_notified_on >= end_date));

-- The second deadline of a finding: implementation of the actions, or the body's verification.
ALTER TABLE findings ADD COLUMN follow_up_due TEXT CHECK (follow_up_due IS NULL OR date(follow_up_due) = follow_up_due);
CREATE INDEX findings_follow_up ON findings (status, follow_up_due);

-- What a grade asks: an answer by a deadline (always, for an NC grade), to be taken into account, or nothing.
ALTER TABLE finding_grades ADD COLUMN answer TEXT NOT NULL DEFAULT 'reponse'
  CHECK (answer IN ('reponse', 'prise_en_compte', 'aucune') AND (nc_severity IS NULL OR answer = 'reponse'));
UPDATE finding_grades SET answer = CASE
    WHEN code IN ('piste_progres', 'point_fort', 'conformite') THEN 'aucune'
    ELSE 'prise_en_compte'
  END
WHERE nc_severity IS NULL;

-- A note shown with the requirement (an amendment), the documented information the standard asks
-- for (JSON list of {kind: tenir_a_jour|conserver, what}), and whether it can only give a major NC.
ALTER TABLE requirements ADD COLUMN note TEXT CHECK (note IS NULL OR length(note) BETWEEN 1 AND 1000);
ALTER TABLE requirements ADD COLUMN documented_information TEXT
  CHECK (documented_information IS NULL OR (json_valid(documented_information) AND json_type(documented_information) = 'array'));
ALTER TABLE requirements ADD COLUMN major_only INTEGER NOT NULL DEFAULT 0 CHECK (major_only IN (0, 1));

-- Exclusion of a clause covers its sub-clauses (ISO 9001 §4.3): every applicable descendant of a
-- non-applicable requirement takes the nearest excluded ancestor's justification, with a history entry.
CREATE TEMP TABLE inherited_exclusions (id INTEGER PRIMARY KEY, justification TEXT NOT NULL, from_number TEXT NOT NULL);
WITH RECURSIVE walk (id, justification, from_number) AS (
  SELECT child.id, parent.non_applicable_justification, parent.number
  FROM requirements child JOIN requirements parent ON parent.id = child.parent_id
  WHERE parent.applicable = 0 AND child.applicable = 1
  UNION ALL
  SELECT child.id, walk.justification, walk.from_number
  FROM requirements child JOIN walk ON child.parent_id = walk.id
  WHERE child.applicable = 1
)
INSERT INTO inherited_exclusions (id, justification, from_number) SELECT id, justification, from_number FROM walk;

UPDATE requirements
SET applicable = 0,
  non_applicable_justification = (SELECT justification FROM inherited_exclusions e WHERE e.id = requirements.id),
  updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
WHERE id IN (SELECT id FROM inherited_exclusions);

INSERT INTO history (at, actor, entity, entity_id, action, changes)
SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'Sève (mise à jour du fichier)', 'requirement', e.id, 'update',
  json_array(
    json_object('field', 'applicable', 'before', json('true'), 'after', json('false')),
    json_object('field', 'justification', 'before', NULL, 'after', e.justification),
    json_object('field', 'inheritedFrom', 'before', NULL, 'after', e.from_number)
  )
FROM inherited_exclusions e ORDER BY e.id;

DROP TABLE inherited_exclusions;
