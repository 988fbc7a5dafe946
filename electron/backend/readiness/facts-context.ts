import type Database from 'better-sqlite3';
import type { CalendarDate } from '../../../shared/domain/dates';
import type { ReadinessFacts } from '../../../shared/domain/readiness/facts';
import { readRiskScale } from '../risks/scale';

// Risks and opportunities in the register on @asOf, each with the evaluation standing then (the
// latest by then, through risk_evaluations_risk), the treatment if decided by then, and its actions
// opened by then and not abandoned by then. One statement for the register.
const RISKS_SQL = `
  SELECT * FROM (
    SELECT r.id, r.reference, r.kind, r.title,
      (SELECT e.likelihood * e.impact FROM risk_evaluations e WHERE e.risk_id = r.id AND e.evaluated_on <= @asOf
       ORDER BY e.evaluated_on DESC, e.id DESC LIMIT 1) AS score,
      CASE WHEN r.decided_on <= @asOf THEN r.treatment END AS treatment,
      (SELECT count(*) FROM actions a WHERE a.risk_id = r.id AND a.opened_on <= @asOf
         AND (a.abandoned_on IS NULL OR a.abandoned_on > @asOf)) AS liveActions,
      r.reevaluation_due AS reevaluationDue
    FROM risks r WHERE r.identified_on <= @asOf AND (r.retired_on IS NULL OR r.retired_on > @asOf)
  ) WHERE score IS NOT NULL`;

const WATCH_SQL = `
  SELECT (SELECT max(noticed_on) FROM watch_items WHERE domain = 'reglementaire' AND noticed_on <= @asOf) AS lastNoticedOn,
    (SELECT count(*) FROM watch_sources WHERE domain = 'reglementaire' AND active = 1 AND followed_since <= @asOf) AS sources`;

/** The context registers as the rules read them on `asOf`: the risks with the structure's scale, and the regulatory watch. */
export const readContextRegisters = (
  db: Database.Database,
  asOf: CalendarDate,
): Pick<ReadinessFacts, 'riskScale' | 'risks' | 'regulatoryWatch'> => {
  const { mediumFrom, highFrom } = readRiskScale(db);
  return {
    riskScale: { mediumFrom, highFrom },
    risks: db.prepare<{ asOf: string }, ReadinessFacts['risks'][number]>(RISKS_SQL).all({ asOf }),
    regulatoryWatch: db.prepare<{ asOf: string }, ReadinessFacts['regulatoryWatch']>(WATCH_SQL).get({ asOf }) ?? {
      lastNoticedOn: null,
      sources: 0,
    },
  };
};
