-- Sève schema 9: the indexes the "À faire" agenda needs so its one query reads each kind of
-- obligation by date range (the others already exist: documents_review, audits_dates,
-- findings_due, actions_plan, indicators_due).

-- Effectiveness checks still waiting for their verdict, by planned date.
CREATE INDEX effectiveness_checks_pending ON effectiveness_checks (planned_on) WHERE verdict IS NULL;

-- Réclamations not answered yet, by response due date.
CREATE INDEX complaints_unanswered ON complaints (response_due) WHERE responded_on IS NULL;

-- Versions in force by effective date (recent versions whose reading is still being collected).
CREATE INDEX document_versions_in_force_since ON document_versions (effective_date) WHERE status = 'en_vigueur';
