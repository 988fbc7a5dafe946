import { actionStatusOn, isActionOverdueOn, type DatedAction } from '../../../shared/domain/actions';
import type { CalendarDate } from '../../../shared/domain/dates';
import type { Decision, ReviewSummary } from '../../../shared/schemas/management-review';
import type { DecisionRow, ParticipantRow, ReviewRow } from './repository';

/** A decision with its action as it stood on `date` (today on the review's page, the day of the next review's inputs). */
export const decisionOf = (row: DecisionRow, date: CalendarDate): Decision => {
  if (row.action_id === null) return { id: row.id, position: row.position, kind: row.kind, text: row.text, action: null };
  const action: DatedAction = {
    status: row.action_status ?? 'a_faire',
    openedOn: row.action_opened_on ?? '',
    dueDate: row.action_due ?? '',
    doneOn: row.action_done_on,
    abandonedOn: row.action_abandoned_on,
  };
  const status = actionStatusOn(action, date);
  return {
    id: row.id,
    position: row.position,
    kind: row.kind,
    text: row.text,
    action: {
      id: row.action_id,
      reference: row.action_reference ?? '',
      ownerName: row.action_owner ?? '',
      dueDate: action.dueDate,
      status,
      doneOn: status === 'realisee' ? action.doneOn : null,
      overdue: isActionOverdueOn(action, date),
    },
  };
};

export const toSummary = (row: ReviewRow, participants: readonly ParticipantRow[], decisions: readonly DecisionRow[]): ReviewSummary => ({
  id: row.id,
  heldOn: row.held_on,
  periodStart: row.period_start,
  periodEnd: row.period_end,
  status: row.status,
  participantNames: participants.map((p) => p.name),
  decisionCount: decisions.length,
  actionCount: decisions.filter((d) => d.action_id !== null).length,
  revision: row.revision,
});
