import type Database from 'better-sqlite3';
import type { IssueEffect, IssueNature } from '../../../shared/domain/issues';
import type { PartyRelevance } from '../../../shared/domain/parties';
import type { WatchDecision, WatchImpact } from '../../../shared/domain/watch';
import type { ContextChanges } from '../../../shared/schemas/issues';

const LIST_LIMIT = 100;

/**
 * How the context changed between `start` and `asOf` (§9.3.2 b), from business dates only: issues
 * and parties identified or retired in the period, those in the registers on `asOf`, the climate
 * answer standing that day, and the watch items noticed in the period with their decision as of then.
 */
export const contextChanges = (db: Database.Database, start: string, asOf: string): ContextChanges => {
  const window = { start, asOf, limit: LIST_LIMIT };
  const inForce = (table: string) =>
    db
      .prepare<typeof window, number>(
        `SELECT count(*) FROM ${table} WHERE identified_on <= @asOf AND (retired_on IS NULL OR retired_on > @asOf)`,
      )
      .pluck()
      .get(window) ?? 0;
  const issuesAdded = db
    .prepare<typeof window, { id: number; title: string; nature: IssueNature; effect: IssueEffect; identified_on: string }>(
      `SELECT id, title, nature, effect, identified_on FROM context_issues WHERE identified_on BETWEEN @start AND @asOf
       ORDER BY identified_on, id LIMIT @limit`,
    )
    .all(window);
  const retired = (table: string, name: string) =>
    db
      .prepare<typeof window, { id: number; name: string; retired_on: string; retire_reason: string }>(
        `SELECT id, ${name} AS name, retired_on, retire_reason FROM ${table} WHERE retired_on BETWEEN @start AND @asOf
         ORDER BY retired_on, id LIMIT @limit`,
      )
      .all(window)
      .map((row) => ({ id: row.id, name: row.name, retiredOn: row.retired_on, reason: row.retire_reason }));
  const partiesAdded = db
    .prepare<typeof window, { id: number; name: string; relevance: PartyRelevance; identified_on: string }>(
      `SELECT id, name, relevance, identified_on FROM interested_parties WHERE identified_on BETWEEN @start AND @asOf
       ORDER BY identified_on, id LIMIT @limit`,
    )
    .all(window);
  const climate = db
    .prepare<typeof window, { id: number; answered_on: string; relevant: number; justification: string }>(
      'SELECT id, answered_on, relevant, justification FROM climate_answers WHERE answered_on <= @asOf ORDER BY answered_on DESC, id DESC LIMIT 1',
    )
    .get(window);
  const watchItems = db
    .prepare<
      typeof window,
      { id: number; reference: string; noticed_on: string; title: string; impact: WatchImpact | null; decision: WatchDecision | null }
    >(
      `SELECT id, reference, noticed_on, title,
         CASE WHEN decided_on <= @asOf THEN impact END AS impact, CASE WHEN decided_on <= @asOf THEN decision END AS decision
       FROM watch_items WHERE noticed_on BETWEEN @start AND @asOf ORDER BY noticed_on, id LIMIT @limit`,
    )
    .all(window);
  return {
    issuesInForce: inForce('context_issues'),
    issuesAdded: issuesAdded.map((row) => ({
      id: row.id,
      title: row.title,
      nature: row.nature,
      effect: row.effect,
      identifiedOn: row.identified_on,
    })),
    issuesRetired: retired('context_issues', 'title').map(({ name, ...rest }) => ({ ...rest, title: name })),
    partiesInForce: inForce('interested_parties'),
    partiesAdded: partiesAdded.map((row) => ({ id: row.id, name: row.name, relevance: row.relevance, identifiedOn: row.identified_on })),
    partiesRetired: retired('interested_parties', 'name'),
    climate: climate
      ? { id: climate.id, answeredOn: climate.answered_on, relevant: climate.relevant === 1, justification: climate.justification }
      : null,
    watchItems: watchItems.map((row) => ({
      id: row.id,
      reference: row.reference,
      noticedOn: row.noticed_on,
      title: row.title,
      impact: row.impact,
      decision: row.decision,
    })),
  };
};
