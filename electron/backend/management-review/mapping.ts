import { isActionOverdue } from '../../../shared/domain/actions';
import type { CalendarDate } from '../../../shared/domain/dates';
import type { Decision, ReviewSummary } from '../../../shared/schemas/management-review';
import type { DecisionRow, ParticipantRow, ReviewRow } from './repository';

/** A decision with its action as it stands on `today` (overdue or not). */
export const decisionOf = (row: DecisionRow, today: CalendarDate): Decision => ({
  id: row.id,
  position: row.position,
  kind: row.kind,
  text: row.text,
  action:
    row.action_id === null
      ? null
      : {
          id: row.action_id,
          reference: row.action_reference ?? '',
          ownerName: row.action_owner ?? '',
          dueDate: row.action_due ?? '',
          status: row.action_status ?? 'a_faire',
          doneOn: row.action_done_on,
          overdue: isActionOverdue({ status: row.action_status ?? 'a_faire', dueDate: row.action_due ?? '' }, today),
        },
});

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
