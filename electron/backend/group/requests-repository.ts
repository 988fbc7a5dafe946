import type Database from 'better-sqlite3';
import type { ActionStatus } from '../../../shared/domain/actions';
import type { GroupRequest } from '../../../shared/schemas/group-requests';

type RequestRow = {
  id: number;
  code: string;
  nc_reference: string;
  description: string;
  received_on: string;
  concerned: number | null;
  answered_on: string | null;
  action_id: number | null;
  action_reference: string | null;
  action_description: string | null;
  action_status: ActionStatus | null;
};

const SELECT = `
  SELECT r.id, r.code, r.nc_reference, r.description, r.received_on, r.concerned, r.answered_on, r.action_id,
         a.reference AS action_reference, a.description AS action_description, a.status AS action_status
  FROM group_requests r LEFT JOIN actions a ON a.id = r.action_id`;

const toRequest = (row: RequestRow): GroupRequest => ({
  id: row.id,
  code: row.code,
  ncReference: row.nc_reference,
  description: row.description,
  receivedOn: row.received_on,
  answer:
    row.concerned === null || row.answered_on === null
      ? null
      : {
          concerned: row.concerned === 1,
          answeredOn: row.answered_on,
          action:
            row.action_id !== null && row.action_reference !== null && row.action_description !== null && row.action_status !== null
              ? { id: row.action_id, reference: row.action_reference, description: row.action_description, status: row.action_status }
              : null,
        },
});

/** The member's register of the group's requests (`group_requests`, in a member's file). */
export const createRequestsRepository = (db: Database.Database) => {
  const list = db.prepare<[], RequestRow>(`${SELECT} ORDER BY r.received_on DESC, r.id DESC`);
  const byId = db.prepare<[number], RequestRow>(`${SELECT} WHERE r.id = ?`);
  const byCode = db.prepare<[string], { id: number }>('SELECT id FROM group_requests WHERE code = ?');
  const insert = db.prepare<[string, string, string, string, string, string]>(
    `INSERT INTO group_requests (code, nc_reference, description, received_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const answer = db.prepare<[number, number | null, string, string, number]>(
    'UPDATE group_requests SET concerned = ?, action_id = ?, answered_on = ?, updated_at = ? WHERE id = ?',
  );
  const action = db.prepare<[number], { id: number; reference: string; opened_on: string }>(
    'SELECT id, reference, opened_on FROM actions WHERE id = ?',
  );
  return {
    list: (): GroupRequest[] => list.all().map(toRequest),
    find: (id: number): GroupRequest | null => {
      const row = byId.get(id);
      return row ? toRequest(row) : null;
    },
    codeTaken: (code: string): boolean => byCode.get(code) !== undefined,
    insert: (request: { code: string; ncReference: string; description: string; receivedOn: string }, at: string): number =>
      Number(insert.run(request.code, request.ncReference, request.description, request.receivedOn, at, at).lastInsertRowid),
    answer: (id: number, concerned: boolean, actionId: number | null, answeredOn: string, at: string): void => {
      answer.run(concerned ? 1 : 0, actionId, answeredOn, at, id);
    },
    action: (id: number): { id: number; reference: string; openedOn: string } | null => {
      const row = action.get(id);
      return row ? { id: row.id, reference: row.reference, openedOn: row.opened_on } : null;
    },
  };
};
