-- Sève schema 18: the group's audits. Which members the certification body samples at each audit
-- of the group's certification cycle, and the cross-audits members hold of one another.

-- The members a body's audit samples (or will sample): one row per audit and member. The audit is
-- one of the file's certification register; the service keeps it to the group certification's
-- cycle and the member to those in the group on the audit's days.
CREATE TABLE group_audit_samples (
  audit_id INTEGER NOT NULL REFERENCES audits (id) ON DELETE RESTRICT,
  member_id INTEGER NOT NULL REFERENCES group_members (id) ON DELETE RESTRICT,
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (audit_id, member_id)
) STRICT;
CREATE INDEX group_audit_samples_member ON group_audit_samples (member_id);

-- A cross-audit: one member's auditor audits another member. Planned, then done (with its date
-- and conclusion) or cancelled (with its date and reason); never deleted.
CREATE TABLE group_cross_audits (
  id INTEGER PRIMARY KEY,
  auditor_member_id INTEGER NOT NULL REFERENCES group_members (id) ON DELETE RESTRICT,
  auditor_name TEXT NOT NULL CHECK (length(auditor_name) BETWEEN 1 AND 160),
  auditee_member_id INTEGER NOT NULL REFERENCES group_members (id) ON DELETE RESTRICT,
  planned_on TEXT NOT NULL CHECK (date(planned_on) = planned_on),
  scope TEXT NOT NULL CHECK (length(scope) BETWEEN 1 AND 2000),
  status TEXT NOT NULL CHECK (status IN ('planifie', 'realise', 'annule')),
  done_on TEXT CHECK (done_on IS NULL OR date(done_on) = done_on),
  conclusion TEXT CHECK (conclusion IS NULL OR length(conclusion) BETWEEN 1 AND 2000),
  cancelled_on TEXT CHECK (cancelled_on IS NULL OR date(cancelled_on) = cancelled_on),
  cancel_reason TEXT CHECK (cancel_reason IS NULL OR length(cancel_reason) BETWEEN 1 AND 2000),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (auditor_member_id <> auditee_member_id),
  CHECK ((status = 'realise') = (done_on IS NOT NULL AND conclusion IS NOT NULL)),
  CHECK (status = 'realise' OR (done_on IS NULL AND conclusion IS NULL)),
  CHECK ((status = 'annule') = (cancelled_on IS NOT NULL AND cancel_reason IS NOT NULL)),
  CHECK (status = 'annule' OR (cancelled_on IS NULL AND cancel_reason IS NULL))
) STRICT;
CREATE INDEX group_cross_audits_planned ON group_cross_audits (status, planned_on);
