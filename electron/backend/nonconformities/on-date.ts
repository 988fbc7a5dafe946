import type Database from 'better-sqlite3';
import type { CalendarDate } from '../../../shared/domain/dates';
import type { EffectivenessVerdict, NonconformityStatus } from '../../../shared/domain/nonconformities';
import { nonconformityStatusOn, type DatedNonconformity } from '../../../shared/domain/nonconformity-on-date';

type NcRow = { id: number; analysed_on: string | null; closed_on: string | null };
type ActionRow = {
  nonconformity_id: number;
  opened_on: string;
  done_on: string | null;
  abandoned_on: string | null;
  effectiveness_check_id: number | null;
};
type CheckRow = { id: number; nonconformity_id: number; verdict: EffectivenessVerdict | null; checked_on: string | null };

const IDS = 'SELECT value FROM json_each(?)';

/**
 * The state of each nonconformity on `date` (`nonconformityStatusOn`), read from its business dates
 * in three queries whatever the number of nonconformities: the management review's inputs and the
 * evidence pack use it, so a past date shows the same states everywhere.
 */
export const nonconformityStatusesOn = (
  db: Database.Database,
  ids: readonly number[],
  date: CalendarDate,
): Map<number, NonconformityStatus> => {
  const list = JSON.stringify(ids);
  const rows = db.prepare<[string], NcRow>(`SELECT id, analysed_on, closed_on FROM nonconformities WHERE id IN (${IDS})`).all(list);
  const actions = db
    .prepare<[string], ActionRow>(
      `SELECT nonconformity_id, opened_on, done_on, abandoned_on, effectiveness_check_id FROM actions WHERE nonconformity_id IN (${IDS})`,
    )
    .all(list);
  const checks = db
    .prepare<[string], CheckRow>(
      `SELECT id, nonconformity_id, verdict, checked_on FROM effectiveness_checks WHERE nonconformity_id IN (${IDS})`,
    )
    .all(list);
  const facts = new Map<
    number,
    DatedNonconformity & { actions: DatedNonconformity['actions'][number][]; checks: DatedNonconformity['checks'][number][] }
  >(rows.map((row) => [row.id, { analysedOn: row.analysed_on, closedOn: row.closed_on, actions: [], checks: [] }]));
  for (const a of actions) {
    facts
      .get(a.nonconformity_id)
      ?.actions.push({ openedOn: a.opened_on, doneOn: a.done_on, abandonedOn: a.abandoned_on, checkId: a.effectiveness_check_id });
  }
  for (const c of checks) facts.get(c.nonconformity_id)?.checks.push({ id: c.id, verdict: c.verdict, checkedOn: c.checked_on });
  return new Map([...facts].map(([id, nc]) => [id, nonconformityStatusOn(nc, date)]));
};
