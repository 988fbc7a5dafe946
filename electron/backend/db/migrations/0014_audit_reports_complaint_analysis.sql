-- Sève schema 14: what an internal audit report carries (ISO 19011 §6.5: objectives, criteria,
-- conclusion, and the auditee's acknowledgement), and the analysis of each réclamation (founded or
-- not, its cause, the action that answers it). Number 13 belongs to another change.

ALTER TABLE audits ADD COLUMN objectives TEXT CHECK (objectives IS NULL OR length(objectives) BETWEEN 1 AND 4000);
ALTER TABLE audits ADD COLUMN criteria TEXT CHECK (criteria IS NULL OR length(criteria) BETWEEN 1 AND 4000);
ALTER TABLE audits ADD COLUMN conclusion TEXT CHECK (conclusion IS NULL OR length(conclusion) BETWEEN 1 AND 4000);
-- The auditee who acknowledged the report, and the day: both or neither, not before the audit's end.
ALTER TABLE audits ADD COLUMN signed_off_by INTEGER REFERENCES people (id) ON DELETE RESTRICT;
ALTER TABLE audits ADD COLUMN signed_off_on TEXT
  CHECK (
    (signed_off_on IS NULL) = (signed_off_by IS NULL)
    AND (signed_off_on IS NULL OR (date(signed_off_on) = signed_off_on AND signed_off_on >= end_date))
  );

-- The analysis of a réclamation: founded or not, on a day not before its receipt, its cause, and the
-- action of the plan that answers it (the nonconformity it may open is `nonconformity_id`).
ALTER TABLE complaints ADD COLUMN founded TEXT CHECK (founded IS NULL OR founded IN ('fondee', 'non_fondee'));
ALTER TABLE complaints ADD COLUMN analysed_on TEXT
  CHECK (
    (analysed_on IS NULL) = (founded IS NULL)
    AND (analysed_on IS NULL OR (date(analysed_on) = analysed_on AND analysed_on >= received_on))
  );
ALTER TABLE complaints ADD COLUMN cause TEXT CHECK (cause IS NULL OR length(cause) BETWEEN 1 AND 4000);
ALTER TABLE complaints ADD COLUMN action_id INTEGER REFERENCES actions (id) ON DELETE RESTRICT;
CREATE INDEX complaints_action ON complaints (action_id) WHERE action_id IS NOT NULL;
