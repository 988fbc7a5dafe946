-- Sève schema 10: the business dates records lacked. Every figure "over a period" or "as of a date"
-- reads what a user would write on paper (an action opened, abandoned; an objective set), never the
-- clock stamps `created_at` / `updated_at`, which stay for the history. Existing rows are backfilled
-- from what the file knows: the record they come from, their due and done dates, the clock stamp as
-- a last resort.

-- A fiche's triage was stamped with the day someone clicked: it cannot be later than what it led to
-- (its action's due or done date, its nonconformity's correction or analysis), nor before the fiche.
UPDATE suggestions SET triaged_on = max(suggested_on, min(
  triaged_on,
  coalesce((SELECT min(a.due_date, coalesce(a.done_on, a.due_date)) FROM actions a WHERE a.suggestion_id = suggestions.id), triaged_on),
  coalesce((SELECT n.correction_on FROM nonconformities n WHERE n.id = suggestions.nonconformity_id), triaged_on),
  coalesce((SELECT n.analysed_on FROM nonconformities n WHERE n.id = suggestions.nonconformity_id), triaged_on)
))
WHERE triaged_on IS NOT NULL;

-- The day an action was opened: its reference is numbered on that year from now on, and the plan,
-- the management review and the evidence pack count it from that day.
ALTER TABLE actions ADD COLUMN opened_on TEXT NOT NULL DEFAULT '2000-01-01' CHECK (date(opened_on) = opened_on);
-- The day it was abandoned (with its reason): until then it was open, and could be late.
ALTER TABLE actions ADD COLUMN abandoned_on TEXT CHECK (abandoned_on IS NULL OR date(abandoned_on) = abandoned_on);

-- Opened: a management review's decision on the review's day; a fiche's action on its triage; otherwise
-- the day it was typed in, but not after its due or done date (an action typed a year late was opened
-- by then) nor before what it answers (the nonconformity's detection, the audit, the fiche).
UPDATE actions SET opened_on = coalesce(
  (SELECT r.held_on FROM management_review_decisions d JOIN management_reviews r ON r.id = d.review_id WHERE d.action_id = actions.id),
  (SELECT s.triaged_on FROM suggestions s WHERE s.id = actions.suggestion_id),
  max(
    CASE source
      WHEN 'nonconformite' THEN (SELECT n.detected_on FROM nonconformities n WHERE n.id = actions.nonconformity_id)
      WHEN 'constat' THEN (SELECT au.start_date FROM findings f JOIN audits au ON au.id = f.audit_id WHERE f.id = actions.finding_id)
      ELSE '2000-01-01'
    END,
    min(substr(created_at, 1, 10), due_date, coalesce(done_on, due_date))
  )
);
-- Done cannot come before opened: where the lower bound passed the done date, the action was opened that day.
UPDATE actions SET opened_on = done_on WHERE done_on IS NOT NULL AND done_on < opened_on;
-- An abandoned action was abandoned on its last change, the only stamp the file has of it.
UPDATE actions SET abandoned_on = max(opened_on, substr(updated_at, 1, 10)) WHERE status = 'abandonnee';

CREATE INDEX actions_opened ON actions (opened_on);

-- The dates of an action agree with its life; the service says so in French before the file refuses.
CREATE TRIGGER actions_dates_insert BEFORE INSERT ON actions
WHEN new.done_on < new.opened_on OR new.abandoned_on < new.opened_on OR (new.status = 'abandonnee') <> (new.abandoned_on IS NOT NULL)
BEGIN
  SELECT RAISE(ABORT, 'action dates out of order');
END;
CREATE TRIGGER actions_dates_update BEFORE UPDATE OF opened_on, done_on, abandoned_on, status ON actions
WHEN new.done_on < new.opened_on OR new.abandoned_on < new.opened_on OR (new.status = 'abandonnee') <> (new.abandoned_on IS NOT NULL)
BEGIN
  SELECT RAISE(ABORT, 'action dates out of order');
END;

-- The day a quality objective was set: a review reads the objectives set by the end of its period.
ALTER TABLE quality_objectives ADD COLUMN set_on TEXT NOT NULL DEFAULT '2000-01-01' CHECK (date(set_on) = set_on);
UPDATE quality_objectives SET set_on = min(substr(created_at, 1, 10), target_date);
