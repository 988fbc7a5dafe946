import type Database from 'better-sqlite3';
import type { ChecklistResult } from '../../../shared/domain/audits';
import type { ChecklistItem } from '../../../shared/schemas/audits';

type ItemRow = {
  id: number;
  audit_id: number;
  position: number;
  requirement_id: number | null;
  requirement_label: string | null;
  process_id: number | null;
  process_name: string | null;
  question: string;
  result: ChecklistResult | null;
  comment: string | null;
};

const toItem = (row: ItemRow): ChecklistItem & { auditId: number } => ({
  id: row.id,
  auditId: row.audit_id,
  position: row.position,
  requirementId: row.requirement_id,
  requirementLabel: row.requirement_label,
  processId: row.process_id,
  processName: row.process_name,
  question: row.question,
  result: row.result,
  comment: row.comment,
});

export type ItemValues = {
  requirementId: number | null;
  processId: number | null;
  question: string;
  result: ChecklistResult | null;
  comment: string | null;
};

const select = `SELECT i.id, i.audit_id, i.position, i.requirement_id, r.number || ' ' || r.title_fr AS requirement_label, i.process_id,
    p.name AS process_name, i.question, i.result, i.comment
  FROM checklist_items i LEFT JOIN requirements r ON r.id = i.requirement_id LEFT JOIN processes p ON p.id = i.process_id`;

export const createChecklistRepository = (db: Database.Database) => {
  const selectForAudit = db.prepare<[number], ItemRow>(`${select} WHERE i.audit_id = ? ORDER BY i.position, i.id`);
  const selectOne = db.prepare<[number], ItemRow>(`${select} WHERE i.id = ?`);
  const lastPosition = db.prepare<[number], number>('SELECT coalesce(max(position), 0) FROM checklist_items WHERE audit_id = ?').pluck();
  const insert = db.prepare(
    `INSERT INTO checklist_items (audit_id, position, requirement_id, process_id, question, result, comment)
     VALUES (@auditId, @position, @requirementId, @processId, @question, @result, @comment)`,
  );
  const update = db.prepare(
    'UPDATE checklist_items SET requirement_id = @requirementId, process_id = @processId, question = @question, result = @result, comment = @comment WHERE id = @id',
  );
  const remove = db.prepare<[number]>('DELETE FROM checklist_items WHERE id = ?');
  const setPosition = db.prepare<[number, number]>('UPDATE checklist_items SET position = ? WHERE id = ?');
  const namedRequirements = db.prepare<[], { audit_id: number; requirement_id: number }>(
    'SELECT DISTINCT audit_id, requirement_id FROM checklist_items WHERE requirement_id IS NOT NULL',
  );
  return {
    /** The requirements every audit's checklist names, for a whole programme in one statement. */
    namedRequirements: () => namedRequirements.all(),
    forAudit: (auditId: number) => selectForAudit.all(auditId).map(toItem),
    get: (id: number) => {
      const row = selectOne.get(id);
      return row && toItem(row);
    },
    /** Appends a line at the end of the audit's checklist. */
    append: (auditId: number, values: ItemValues): number =>
      Number(insert.run({ auditId, position: (lastPosition.get(auditId) ?? 0) + 1, ...values }).lastInsertRowid),
    update: (id: number, values: ItemValues): void => {
      update.run({ id, ...values });
    },
    remove: (id: number): void => {
      remove.run(id);
    },
    setPosition: (id: number, position: number): void => {
      setPosition.run(position, id);
    },
  };
};
