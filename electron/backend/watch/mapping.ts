import { watchItemState } from '../../../shared/domain/watch';
import type { Action } from '../../../shared/schemas/actions';
import type { WatchItem, WatchSource } from '../../../shared/schemas/watch';
import type { ItemRow, SourceRow } from './repository';

export const toSource = (row: SourceRow, today: string): WatchSource => ({
  id: row.id,
  name: row.name,
  domain: row.domain,
  url: row.url,
  frequency: row.frequency,
  ownerId: row.owner_id,
  ownerName: row.owner_name,
  followedSince: row.followed_since,
  lastConsultedOn: row.last_consulted_on,
  nextConsultationDue: row.next_consultation_due,
  active: row.active === 1,
  notes: row.notes,
  consultationLate: row.active === 1 && row.next_consultation_due < today,
  itemCount: row.item_count,
  revision: row.revision,
});

export const toItem = (row: ItemRow, actions: readonly Action[], informed: { id: number; name: string }[]): WatchItem => ({
  id: row.id,
  reference: row.reference,
  sourceId: row.source_id,
  sourceName: row.source_name,
  noticedOn: row.noticed_on,
  title: row.title,
  summary: row.summary,
  url: row.url,
  domain: row.domain,
  processId: row.process_id,
  processName: row.process_name,
  analysis: row.analysis,
  impact: row.impact,
  decision: row.decision,
  decisionNote: row.decision_note,
  decidedOn: row.decided_on,
  actions: actions.map((action) => ({
    id: action.id,
    reference: action.reference,
    description: action.description,
    ownerName: action.ownerName,
    dueDate: action.dueDate,
    status: action.status,
    doneOn: action.doneOn,
    overdue: action.overdue,
  })),
  informedOn: row.informed_on,
  informed,
  informedOthers: row.informed_others,
  state: watchItemState(row.decision, actions),
  revision: row.revision,
});
