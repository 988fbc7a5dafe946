/**
 * The SQL twins of the dated rules of `shared/domain/actions.ts`, for queries that count or filter
 * actions on a date (the agenda, the management review's inputs, the evidence pack). `x` is the
 * alias of `actions`, `date` a bound parameter or a column. A test checks each twin gives the same
 * answer as its TypeScript rule on random actions.
 */

/** `isActionOpenOn`: opened by `date`, neither done nor abandoned by then. */
export const actionOpenOnSql = (x: string, date: string): string =>
  `(${x}.opened_on <= ${date} AND (${x}.done_on IS NULL OR ${x}.done_on > ${date}) AND (${x}.abandoned_on IS NULL OR ${x}.abandoned_on > ${date}))`;

/** `isActionOverdueOn`: open on `date` and due before it. */
export const actionOverdueOnSql = (x: string, date: string): string => `(${actionOpenOnSql(x, date)} AND ${x}.due_date < ${date})`;

/** Finished (done or abandoned) within [`from`, `to`]. */
export const actionFinishedWithinSql = (x: string, from: string, to: string): string =>
  `(${x}.done_on BETWEEN ${from} AND ${to} OR ${x}.abandoned_on BETWEEN ${from} AND ${to})`;
