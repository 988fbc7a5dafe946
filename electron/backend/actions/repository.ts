import type Database from 'better-sqlite3';
import type { ActionSource, ActionStatus, ActionType } from '../../../shared/domain/actions';
import type { NonconformityStatus } from '../../../shared/domain/nonconformities';
import type { Action } from '../../../shared/schemas/actions';
import { inIds, matchesWords, registerSearchFold } from '../search/fold';
import { actionOverdueOnSql } from './dated';

type ActionRow = {
  id: number;
  reference: string;
  source: ActionSource;
  type: ActionType;
  description: string;
  owner_id: number;
  owner_name: string;
  process_id: number | null;
  process_name: string | null;
  opened_on: string;
  due_date: string;
  status: ActionStatus;
  done_on: string | null;
  abandoned_on: string | null;
  abandon_reason: string | null;
  evidence_notes: string | null;
  nonconformity_id: number | null;
  nc_status: NonconformityStatus | null;
  finding_id: number | null;
  suggestion_id: number | null;
  risk_id: number | null;
  watch_item_id: number | null;
  origin_reference: string | null;
  origin_id: number | null;
  origin_note: string | null;
  effectiveness_check_id: number | null;
  revision: number;
};

/** An action as stored; `overdue` depends on the day, so the service adds it. */
export type StoredAction = Omit<Action, 'overdue'>;

const toAction = (row: ActionRow): StoredAction => ({
  id: row.id,
  reference: row.reference,
  source: row.source,
  type: row.type,
  description: row.description,
  ownerId: row.owner_id,
  ownerName: row.owner_name,
  processId: row.process_id,
  processName: row.process_name,
  openedOn: row.opened_on,
  dueDate: row.due_date,
  status: row.status,
  doneOn: row.done_on,
  abandonedOn: row.abandoned_on,
  abandonReason: row.abandon_reason,
  evidenceNotes: row.evidence_notes,
  nonconformityId: row.nonconformity_id,
  nonconformityStatus: row.nc_status,
  findingId: row.finding_id,
  suggestionId: row.suggestion_id,
  riskId: row.risk_id,
  watchItemId: row.watch_item_id,
  originReference: row.origin_reference,
  originId: row.origin_id,
  originNote: row.origin_note,
  checkId: row.effectiveness_check_id,
  revision: row.revision,
});

export type ActionValues = {
  openedOn: string;
  type: ActionType;
  description: string;
  ownerId: number;
  processId: number | null;
  dueDate: string;
  evidenceNotes: string | null;
};
export type ActionLinks = {
  source: ActionSource;
  nonconformityId: number | null;
  findingId: number | null;
  suggestionId: number | null;
  originNote: string | null;
  checkId: number | null;
  /** The provider's evaluation or the survey the action answers (sources `evaluation_prestataire`, `enquete`). */
  providerEvaluationId?: number | null;
  surveyId?: number | null;
  /** The risk or the watch item the action answers (sources `risque`, `veille`). */
  riskId?: number | null;
  watchItemId?: number | null;
};
export type StatusValues = {
  status: ActionStatus;
  doneOn: string | null;
  abandonedOn: string | null;
  abandonReason: string | null;
  evidenceNotes: string | null;
};
export type ActionFilter = {
  ownerId: number | null;
  processId: number | null;
  status: ActionStatus | null;
  source: ActionSource | null;
  /** A day, to keep only the actions overdue on it (`isActionOverdueOn`); null keeps all. */
  overdueAsOf: string | null;
  /** Words that must begin words of the reference or description (`wordsParam`); null keeps all. */
  words: string | null;
  /** Only these actions (`idsParam`); null keeps all. */
  ids: string | null;
};

/**
 * The process an action `x` counts under: its own, else its nonconformity’s (`n`), finding’s (`f`),
 * fiche’s (`s`), risk’s (`rk`) or watch item’s (`wi`).
 */
export const processOf = 'coalesce(x.process_id, n.process_id, f.process_id, s.process_id, rk.process_id, wi.process_id)';
const select = `SELECT x.id, x.reference, x.source, x.type, x.description, x.owner_id, o.name AS owner_name,
    ${processOf} AS process_id, p.name AS process_name, x.opened_on, x.due_date, x.status, x.done_on, x.abandoned_on, x.abandon_reason,
    x.evidence_notes,
    x.nonconformity_id, n.status AS nc_status, x.finding_id, x.suggestion_id, x.risk_id, x.watch_item_id, x.origin_note,
    x.effectiveness_check_id,
    CASE x.source WHEN 'nonconformite' THEN n.reference WHEN 'constat' THEN a.reference WHEN 'fiche' THEN s.reference
      WHEN 'evaluation_prestataire' THEN pv.name WHEN 'enquete' THEN sv.title WHEN 'risque' THEN rk.reference
      WHEN 'veille' THEN wi.reference END AS origin_reference,
    CASE x.source WHEN 'nonconformite' THEN n.id WHEN 'constat' THEN a.id WHEN 'fiche' THEN s.id
      WHEN 'evaluation_prestataire' THEN pv.id WHEN 'enquete' THEN sv.id WHEN 'risque' THEN rk.id WHEN 'veille' THEN wi.id END AS origin_id,
    x.revision
  FROM actions x
  JOIN people o ON o.id = x.owner_id
  LEFT JOIN nonconformities n ON n.id = x.nonconformity_id
  LEFT JOIN findings f ON f.id = x.finding_id
  LEFT JOIN audits a ON a.id = f.audit_id
  LEFT JOIN suggestions s ON s.id = x.suggestion_id
  LEFT JOIN provider_evaluations ev ON ev.id = x.provider_evaluation_id
  LEFT JOIN providers pv ON pv.id = ev.provider_id
  LEFT JOIN surveys sv ON sv.id = x.survey_id
  LEFT JOIN risks rk ON rk.id = x.risk_id
  LEFT JOIN watch_items wi ON wi.id = x.watch_item_id
  LEFT JOIN processes p ON p.id = ${processOf}`;

/** A page of the plan: the filter, open actions only or all, after a cursor in (due date, id) order. */
export type ActionPageFilter = ActionFilter & { openOnly: 0 | 1; afterDue: string | null; afterId: number; limit: number };

const filtered = `(@ownerId IS NULL OR x.owner_id = @ownerId)
      AND (@processId IS NULL OR ${processOf} = @processId)
      AND (@status IS NULL OR x.status = @status)
      AND (@source IS NULL OR x.source = @source)
      AND (@overdueAsOf IS NULL OR ${actionOverdueOnSql('x', '@overdueAsOf')})
      AND ${matchesWords("x.reference || ' ' || x.description")}
      AND ${inIds('x.id')}`;
const isOpen = "x.status IN ('a_faire', 'en_cours')";

export const createActionsRepository = (db: Database.Database) => {
  registerSearchFold(db);
  const selectFiltered = db.prepare<ActionFilter, ActionRow>(`${select}
    WHERE ${filtered}
    ORDER BY x.due_date, x.id`);
  // Keyset paging: the next page starts after the last row's (due date, id), an index walk whatever the page's depth.
  const selectPage = db.prepare<ActionPageFilter, ActionRow>(`${select}
    WHERE ${filtered}
      AND (@openOnly = 0 OR ${isOpen})
      AND (@afterDue IS NULL OR (x.due_date, x.id) > (@afterDue, @afterId))
    ORDER BY x.due_date, x.id
    LIMIT @limit`);
  const countFiltered = db.prepare<ActionFilter, { total: number; open: number }>(`SELECT count(*) AS total,
      count(*) FILTER (WHERE ${isOpen}) AS open
    FROM actions x
    LEFT JOIN nonconformities n ON n.id = x.nonconformity_id
    LEFT JOIN findings f ON f.id = x.finding_id
    LEFT JOIN suggestions s ON s.id = x.suggestion_id
    LEFT JOIN risks rk ON rk.id = x.risk_id
    LEFT JOIN watch_items wi ON wi.id = x.watch_item_id
    WHERE ${filtered}`);
  const selectOne = db.prepare<[number], ActionRow>(`${select} WHERE x.id = ?`);
  const selectForNc = db.prepare<[number], ActionRow>(`${select} WHERE x.nonconformity_id = ? ORDER BY x.id`);
  const selectForFinding = db.prepare<[number], ActionRow>(`${select} WHERE x.finding_id = ? ORDER BY x.id`);
  const selectForEvaluation = db.prepare<[number], ActionRow>(`${select} WHERE x.provider_evaluation_id = ? ORDER BY x.id`);
  const selectForSurvey = db.prepare<[number], ActionRow>(`${select} WHERE x.survey_id = ? ORDER BY x.id`);
  const selectForRisk = db.prepare<[number], ActionRow>(`${select} WHERE x.risk_id = ? ORDER BY x.id`);
  const selectForWatchItem = db.prepare<[number], ActionRow>(`${select} WHERE x.watch_item_id = ? ORDER BY x.id`);
  const insert = db.prepare(
    `INSERT INTO actions (reference, source, nonconformity_id, finding_id, suggestion_id, provider_evaluation_id, survey_id, risk_id,
       watch_item_id, origin_note, effectiveness_check_id, type, description, owner_id, process_id, opened_on, due_date, status,
       evidence_notes, created_at, updated_at)
     VALUES (@reference, @source, @nonconformityId, @findingId, @suggestionId, @providerEvaluationId, @surveyId, @riskId, @watchItemId,
       @originNote, @checkId, @type,
       @description, @ownerId, @processId, @openedOn, @dueDate, 'a_faire', @evidenceNotes, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE actions SET opened_on = @openedOn, type = @type, description = @description, owner_id = @ownerId, process_id = @processId,
       due_date = @dueDate,
       evidence_notes = @evidenceNotes, revision = revision + 1, updated_at = @at WHERE id = @id`,
  );
  const updateStatus = db.prepare(
    `UPDATE actions SET status = @status, done_on = @doneOn, abandoned_on = @abandonedOn, abandon_reason = @abandonReason,
       evidence_notes = @evidenceNotes,
       revision = revision + 1, updated_at = @at WHERE id = @id`,
  );
  const assignCheck = db.prepare<[number, number]>(
    'UPDATE actions SET effectiveness_check_id = ? WHERE nonconformity_id = ? AND effectiveness_check_id IS NULL',
  );
  const findingOwner = db.prepare<[number], { id: number; process_id: number | null; audit_start: string }>(
    'SELECT f.id, f.process_id, a.start_date AS audit_start FROM findings f JOIN audits a ON a.id = f.audit_id WHERE f.id = ?',
  );
  const riskOwner = db.prepare<[number], { id: number; reference: string; identified_on: string; status: string }>(
    'SELECT id, reference, identified_on, status FROM risks WHERE id = ?',
  );
  const watchItemOwner = db.prepare<[number], { id: number; reference: string; noticed_on: string }>(
    'SELECT id, reference, noticed_on FROM watch_items WHERE id = ?',
  );
  return {
    list: (filter: ActionFilter): StoredAction[] => selectFiltered.all(filter).map(toAction),
    page: (filter: ActionPageFilter): StoredAction[] => selectPage.all(filter).map(toAction),
    /** How many actions match the filter, and how many of them are open. */
    count: (filter: ActionFilter): { total: number; open: number } => countFiltered.get(filter) ?? { total: 0, open: 0 },
    get: (id: number): StoredAction | undefined => {
      const row = selectOne.get(id);
      return row && toAction(row);
    },
    forNonconformity: (ncId: number): StoredAction[] => selectForNc.all(ncId).map(toAction),
    /** The actions answering an audit finding directly (a piste de progrès, a point sensible…). */
    forFinding: (findingId: number): StoredAction[] => selectForFinding.all(findingId).map(toAction),
    /** The actions a provider's evaluation led to. */
    forEvaluation: (evaluationId: number): StoredAction[] => selectForEvaluation.all(evaluationId).map(toAction),
    /** The actions a satisfaction survey's analysis decided. */
    forSurvey: (surveyId: number): StoredAction[] => selectForSurvey.all(surveyId).map(toAction),
    /** The actions treating a risk or an opportunity. */
    forRisk: (riskId: number): StoredAction[] => selectForRisk.all(riskId).map(toAction),
    /** The actions a watch item's decision called for. */
    forWatchItem: (itemId: number): StoredAction[] => selectForWatchItem.all(itemId).map(toAction),
    insert: (reference: string, links: ActionLinks, values: ActionValues, at: string): number =>
      Number(
        insert.run({ reference, providerEvaluationId: null, surveyId: null, riskId: null, watchItemId: null, ...links, ...values, at })
          .lastInsertRowid,
      ),
    update: (id: number, values: ActionValues, at: string): void => {
      update.run({ id, ...values, at });
    },
    setStatus: (id: number, values: StatusValues, at: string): void => {
      updateStatus.run({ id, ...values, at });
    },
    /** Puts the nonconformity's actions not yet answering a check under the one just planned. */
    assignCheck: (ncId: number, checkId: number): void => {
      assignCheck.run(checkId, ncId);
    },
    finding: (findingId: number) => findingOwner.get(findingId),
    risk: (riskId: number) => riskOwner.get(riskId),
    watchItem: (itemId: number) => watchItemOwner.get(itemId),
  };
};
