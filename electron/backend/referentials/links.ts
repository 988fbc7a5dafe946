import type Database from 'better-sqlite3';
import { naturalClauses, SHIPPED_ISO_9001, type LinkEntity } from '../../../shared/domain/referentials';
import type { LinkedRecord, RequirementOption } from '../../../shared/schemas/referentials';
import type { ServiceContext } from '../context';
import { notFound, raise } from '../errors';
import { createHistoryRepository } from '../history/repository';
import { createReferentialsRepository } from './repository';

/** How each kind of record reads in a link's history and on the requirement page, and what it is called when missing. */
const recordKinds: Record<LinkEntity, { sql: string; missing: string }> = {
  document: { sql: "SELECT reference || ' ' || title FROM documents WHERE id = ?", missing: 'Ce document' },
  issue: { sql: "SELECT 'Enjeu : ' || title FROM context_issues WHERE id = ?", missing: 'Cet enjeu' },
  party: { sql: "SELECT 'Partie intéressée : ' || name FROM interested_parties WHERE id = ?", missing: 'Cette partie intéressée' },
  risk: { sql: "SELECT reference || ' ' || title FROM risks WHERE id = ?", missing: 'Ce risque ou cette opportunité' },
  watch_item: { sql: "SELECT reference || ' ' || title FROM watch_items WHERE id = ?", missing: 'Cette information de veille' },
};

const linkedRecordsSql = `SELECT l.entity, l.entity_id AS id, CASE l.entity
    WHEN 'issue' THEN (SELECT 'Enjeu : ' || title FROM context_issues WHERE id = l.entity_id)
    WHEN 'party' THEN (SELECT 'Partie intéressée : ' || name FROM interested_parties WHERE id = l.entity_id)
    WHEN 'risk' THEN (SELECT reference || ' ' || title FROM risks WHERE id = l.entity_id)
    WHEN 'watch_item' THEN (SELECT reference || ' ' || title FROM watch_items WHERE id = l.entity_id)
  END AS label
  FROM requirement_links l WHERE l.requirement_id = ? AND l.entity <> 'document' ORDER BY l.entity, label`;

/**
 * Links between requirements and the records that answer them, with their history on both sides:
 * the requirement's timeline names the record, the record's names the requirement.
 */
export const createRequirementLinks = (ctx: ServiceContext) => {
  const repo = createReferentialsRepository(ctx.db);
  const history = createHistoryRepository(ctx.db, ctx.author);
  const labels = Object.fromEntries(
    Object.entries(recordKinds).map(([entity, kind]) => [entity, ctx.db.prepare<[number], string>(kind.sql).pluck()]),
  ) as Record<LinkEntity, Database.Statement<[number], string>>;
  const linkedRecords = ctx.db.prepare<[number], LinkedRecord>(linkedRecordsSql);
  const shippedClause = ctx.db
    .prepare<[string, string], number>(
      "SELECT q.id FROM requirements q JOIN referentials r ON r.id = q.referential_id WHERE r.code = ? AND r.source = 'livre' AND q.number = ?",
    )
    .pluck();

  const recordLabel = (entity: LinkEntity, entityId: number): string =>
    labels[entity].get(entityId) ?? raise(notFound(recordKinds[entity].missing));

  /** Adds or removes one link with its two history entries; call inside the caller's transaction. Returns whether it changed. */
  const write = (input: { requirementId: number; entity: LinkEntity; entityId: number }, add: boolean, at: string): boolean => {
    const requirement = repo.requirement(input.requirementId);
    if (!requirement) throw notFound('Cette exigence');
    const label = recordLabel(input.entity, input.entityId);
    const changed = add
      ? repo.link(input.requirementId, input.entity, input.entityId, at)
      : repo.unlink(input.requirementId, input.entity, input.entityId);
    if (!changed) return false;
    const field = input.entity === 'document' ? 'linkedDocument' : 'linkedRecord';
    history.append({
      at,

      entity: 'requirement',
      entityId: input.requirementId,
      action: 'update',
      changes: [{ field, before: add ? null : label, after: add ? label : null }],
    });
    // The record's own timeline shows it too: an auditor reads one record's history in one place.
    const requirementLabel = `${requirement.number} ${requirement.titleFr}`;
    history.append({
      at,

      entity: input.entity,
      entityId: input.entityId,
      action: add ? 'requirement_link' : 'requirement_unlink',
      changes: [{ field: 'requirement', before: add ? null : requirementLabel, after: add ? requirementLabel : null }],
    });
    return true;
  };

  return {
    write,
    /** Adds or removes one link in its own transaction; returns the record's links. */
    change: (input: { requirementId: number; entity: LinkEntity; entityId: number }, add: boolean): RequirementOption[] =>
      ctx.db
        .transaction(() => {
          write(input, add, ctx.now().toISOString());
          return repo.linkedTo(input.entity, input.entityId);
        })
        .immediate(),
    /** Links a new record to the shipped ISO 9001 clause it evidences by nature (`naturalClauses`), if the file has it. */
    linkNaturalClause: (entity: keyof typeof naturalClauses, entityId: number, at: string): void => {
      const requirementId = shippedClause.get(SHIPPED_ISO_9001, naturalClauses[entity]);
      if (requirementId !== undefined) write({ requirementId, entity, entityId }, true, at);
    },
    /** The records other than documents linked to a requirement. */
    records: (requirementId: number): LinkedRecord[] => linkedRecords.all(requirementId),
  };
};

export type RequirementLinks = ReturnType<typeof createRequirementLinks>;
