import type Database from 'better-sqlite3';
import type { ActionStatus } from '../../../shared/domain/actions';
import type { ComplainantKind, ComplaintChannel, ComplaintFounded } from '../../../shared/domain/complaints';
import type { NonconformityStatus } from '../../../shared/domain/nonconformities';
import type { Complaint } from '../../../shared/schemas/complaints';

type ComplaintRow = {
  id: number;
  reference: string;
  complainant_kind: ComplainantKind;
  complainant: string | null;
  received_on: string;
  channel: ComplaintChannel;
  subject: string;
  process_id: number | null;
  process_name: string | null;
  handled_by: number | null;
  handled_by_name: string | null;
  response_due: string;
  responded_on: string | null;
  response: string | null;
  nc_id: number | null;
  nc_reference: string | null;
  nc_status: NonconformityStatus | null;
  founded: ComplaintFounded | null;
  analysed_on: string | null;
  cause: string | null;
  action_id: number | null;
  action_reference: string | null;
  action_status: ActionStatus | null;
  revision: number;
};

/** A réclamation as stored; its response time and state depend on the day, so the service adds them. */
export type StoredComplaint = Omit<Complaint, 'responseDays' | 'state'>;

const toComplaint = (row: ComplaintRow): StoredComplaint => ({
  id: row.id,
  reference: row.reference,
  complainantKind: row.complainant_kind,
  complainant: row.complainant,
  receivedOn: row.received_on,
  channel: row.channel,
  subject: row.subject,
  processId: row.process_id,
  processName: row.process_name,
  handledById: row.handled_by,
  handledByName: row.handled_by_name,
  responseDue: row.response_due,
  respondedOn: row.responded_on,
  response: row.response,
  nonconformity: row.nc_id === null ? null : { id: row.nc_id, reference: row.nc_reference ?? '', status: row.nc_status ?? 'a_traiter' },
  founded: row.founded,
  analysedOn: row.analysed_on,
  cause: row.cause,
  action:
    row.action_id === null ? null : { id: row.action_id, reference: row.action_reference ?? '', status: row.action_status ?? 'a_faire' },
  revision: row.revision,
});

export type ComplaintValues = {
  complainantKind: ComplainantKind;
  complainant: string | null;
  receivedOn: string;
  channel: ComplaintChannel;
  subject: string;
  processId: number | null;
  handledById: number | null;
  responseDue: string;
  respondedOn: string | null;
  response: string | null;
  founded: ComplaintFounded | null;
  analysedOn: string | null;
  cause: string | null;
  actionId: number | null;
};

const select = `SELECT c.id, c.reference, c.complainant_kind, c.complainant, c.received_on, c.channel, c.subject, c.process_id,
    p.name AS process_name, c.handled_by, h.name AS handled_by_name, c.response_due, c.responded_on, c.response,
    n.id AS nc_id, n.reference AS nc_reference, n.status AS nc_status, c.founded, c.analysed_on, c.cause,
    x.id AS action_id, x.reference AS action_reference, x.status AS action_status, c.revision
  FROM complaints c
  LEFT JOIN actions x ON x.id = c.action_id
  LEFT JOIN processes p ON p.id = c.process_id
  LEFT JOIN people h ON h.id = c.handled_by
  LEFT JOIN nonconformities n ON n.id = c.nonconformity_id`;

export const createComplaintsRepository = (db: Database.Database) => {
  const selectAll = db.prepare<{ openOnly: number }, ComplaintRow>(
    `${select} WHERE (@openOnly = 0 OR c.responded_on IS NULL) ORDER BY c.received_on DESC, c.id DESC`,
  );
  const selectOne = db.prepare<[number], ComplaintRow>(`${select} WHERE c.id = ?`);
  const insert = db.prepare(
    `INSERT INTO complaints (reference, complainant_kind, complainant, received_on, channel, subject, process_id, handled_by, response_due,
       responded_on, response, founded, analysed_on, cause, action_id, created_at, updated_at)
     VALUES (@reference, @complainantKind, @complainant, @receivedOn, @channel, @subject, @processId, @handledById, @responseDue,
       @respondedOn, @response, @founded, @analysedOn, @cause, @actionId, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE complaints SET complainant_kind = @complainantKind, complainant = @complainant, received_on = @receivedOn, channel = @channel,
       subject = @subject, process_id = @processId, handled_by = @handledById, response_due = @responseDue, responded_on = @respondedOn,
       response = @response, founded = @founded, analysed_on = @analysedOn, cause = @cause, action_id = @actionId,
       revision = revision + 1, updated_at = @at WHERE id = @id`,
  );
  const link = db.prepare<[number, string, number]>(
    'UPDATE complaints SET nonconformity_id = ?, revision = revision + 1, updated_at = ? WHERE id = ?',
  );
  return {
    list: (openOnly: boolean): StoredComplaint[] => selectAll.all({ openOnly: openOnly ? 1 : 0 }).map(toComplaint),
    get: (id: number): StoredComplaint | undefined => {
      const row = selectOne.get(id);
      return row && toComplaint(row);
    },
    insert: (reference: string, values: ComplaintValues, at: string): number =>
      Number(insert.run({ reference, ...values, at }).lastInsertRowid),
    update: (id: number, values: ComplaintValues, at: string): void => {
      update.run({ id, ...values, at });
    },
    linkNonconformity: (id: number, nonconformityId: number, at: string): void => {
      link.run(nonconformityId, at, id);
    },
  };
};
