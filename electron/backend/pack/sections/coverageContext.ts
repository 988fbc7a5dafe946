import { inRegisterOn } from './contextIssues';
import type { CoverageSource } from './types';

/**
 * The context registers as evidence, from the links the user kept (and the clause Sève linked on
 * creation): issues, interested parties, risks and watch items in their register on the pack's date,
 * each on the requirements of the pack's scope it is linked to (4.1, 4.2, 6.1 by default).
 */
export const contextCoverage: CoverageSource = (ctx) =>
  ctx.db
    .prepare<{ date: string }, { requirementId: number; label: string | null }>(
      `SELECT l.requirement_id AS requirementId, CASE l.entity
           WHEN 'issue' THEN (SELECT 'Enjeu : ' || i.title FROM context_issues i WHERE i.id = l.entity_id AND ${inRegisterOn('i')})
           WHEN 'party' THEN (SELECT 'Partie intéressée : ' || p.name FROM interested_parties p WHERE p.id = l.entity_id AND ${inRegisterOn('p')})
           WHEN 'risk' THEN (SELECT r.reference || ' ' || r.title FROM risks r WHERE r.id = l.entity_id AND ${inRegisterOn('r')})
           WHEN 'watch_item' THEN (SELECT w.reference || ' ' || w.title FROM watch_items w WHERE w.id = l.entity_id AND w.noticed_on <= @date)
         END AS label
       FROM requirement_links l
       WHERE l.entity IN ('issue', 'party', 'risk', 'watch_item') AND l.requirement_id IN (SELECT id FROM temp.pack_requirements)
       ORDER BY l.entity, label`,
    )
    .all({ date: ctx.date })
    .flatMap(({ requirementId, label }) => (label === null ? [] : [{ requirementId, kind: 'record' as const, label }]));
