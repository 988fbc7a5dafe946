import type Database from 'better-sqlite3';
import { actionStatusOn, type ActionStatus } from '../../../shared/domain/actions';
import { treatmentState, type RiskScale } from '../../../shared/domain/risks';
import type { RiskOnDate } from '../../../shared/schemas/risks';
import { toEvaluation } from './mapping';
import { RISK_SELECT, type EvaluationRow, type RiskRow } from './repository';

type ActionRow = {
  risk_id: number;
  reference: string;
  description: string;
  due_date: string;
  status: ActionStatus;
  opened_on: string;
  done_on: string | null;
  abandoned_on: string | null;
};

/** Rows grouped by their risk, in their order (`Map.groupBy` is not in Node 20). */
const byRisk = <T extends { risk_id: number }>(rows: readonly T[]): Map<number, T[]> => {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(row.risk_id);
    if (group) group.push(row);
    else groups.set(row.risk_id, [row]);
  }
  return groups;
};

/**
 * The risks and opportunities register as it stood on `asOf`: those identified by then and not yet
 * retired, each with its evaluation at identification and the latest one made by then, the
 * treatment if decided by then, and its actions opened by then in the state they were in that day.
 * The management review reads it on its day (`reviewAsOf`), the evidence pack on its date.
 */
export const risksOn = (db: Database.Database, asOf: string, scale: RiskScale): RiskOnDate[] => {
  const rows = db
    .prepare<[string, string], RiskRow>(
      `${RISK_SELECT} WHERE r.identified_on <= ? AND (r.retired_on IS NULL OR r.retired_on > ?) ORDER BY r.kind, r.reference`,
    )
    .all(asOf, asOf);
  const evaluations = db
    .prepare<[string], EvaluationRow>(
      'SELECT id, risk_id, evaluated_on, likelihood, impact, comment FROM risk_evaluations WHERE evaluated_on <= ? ORDER BY risk_id, evaluated_on, id',
    )
    .all(asOf);
  const actions = db
    .prepare<[string], ActionRow>(
      `SELECT risk_id, reference, description, due_date, status, opened_on, done_on, abandoned_on FROM actions
       WHERE risk_id IS NOT NULL AND opened_on <= ? ORDER BY risk_id, reference`,
    )
    .all(asOf);
  // Grouped once by risk (the rows come sorted by risk): a register of hundreds of risks is not
  // searched again for each of them.
  const evaluationsOf = byRisk(evaluations);
  const actionsOf = byRisk(actions);
  return rows.flatMap((row) => {
    const own = evaluationsOf.get(row.id) ?? [];
    const first = own[0];
    const last = own.at(-1);
    if (first === undefined || last === undefined) return [];
    const decided = row.decided_on !== null && row.decided_on <= asOf;
    const standing = (actionsOf.get(row.id) ?? []).map((action) => ({
      reference: action.reference,
      description: action.description,
      dueDate: action.due_date,
      status: actionStatusOn(
        {
          status: action.status,
          openedOn: action.opened_on,
          dueDate: action.due_date,
          doneOn: action.done_on,
          abandonedOn: action.abandoned_on,
        },
        asOf,
      ),
    }));
    const treatment = decided ? row.treatment : null;
    return [
      {
        id: row.id,
        reference: row.reference,
        kind: row.kind,
        title: row.title,
        origin: row.origin,
        originLabel: row.origin_label,
        processId: row.process_id,
        processName: row.process_name,
        ownerName: row.owner_name,
        identifiedOn: row.identified_on,
        initial: toEvaluation(first, scale),
        current: toEvaluation(last, scale),
        treatment,
        treatmentNote: decided ? row.treatment_note : null,
        decidedOn: decided ? row.decided_on : null,
        actions: standing,
        treatmentState: treatmentState(treatment, standing),
      },
    ];
  });
};
