import type { DatedAction } from './actions';
import type { CalendarDate } from './dates';
import type { EffectivenessVerdict, NonconformityStatus } from './nonconformities';

/** What a nonconformity's own dates say of its life: analysed, checked, closed, and its actions' dates. */
export type DatedNonconformity = {
  analysedOn: CalendarDate | null;
  closedOn: CalendarDate | null;
  actions: readonly (Pick<DatedAction, 'openedOn' | 'doneOn' | 'abandonedOn'> & { checkId: number | null })[];
  checks: readonly { id: number; verdict: EffectivenessVerdict | null; checkedOn: CalendarDate | null }[];
};

/**
 * Where a nonconformity stood on `date`, read from the business dates of its life (never from clock
 * stamps), so that a management review or an evidence pack dated in the past tells the state of
 * that day: closed from its closure; to treat until its analysis; then, among the actions opened by
 * that day and not yet judged by a verdict given by then, with a check waiting for its verdict:
 * actions under way until every one is finished (one at least done), then verification. Without
 * such actions or such a check it is "en analyse" (as after a "non efficace" verdict). A check's
 * planning has no date of its own: a check planned later counts as planned. On today's date the
 * rule agrees with the state machine (tested on the improvement loop's fixture).
 */
export const nonconformityStatusOn = (nc: DatedNonconformity, date: CalendarDate): NonconformityStatus => {
  if (nc.closedOn !== null && nc.closedOn <= date) return 'close';
  if (nc.analysedOn === null || nc.analysedOn > date) return 'a_traiter';
  const judgedBy = new Set(nc.checks.filter((check) => check.checkedOn !== null && check.checkedOn <= date).map((check) => check.id));
  const round = nc.actions.filter((action) => action.openedOn <= date && (action.checkId === null || !judgedBy.has(action.checkId)));
  const checkPending = nc.checks.some((check) => !judgedBy.has(check.id));
  if (round.length === 0 || !checkPending) return 'en_analyse';
  const done = (on: CalendarDate | null) => on !== null && on <= date;
  const finished = round.every((action) => done(action.doneOn) || done(action.abandonedOn));
  return finished && round.some((action) => done(action.doneOn)) ? 'verification' : 'actions_en_cours';
};
