import { naturalClauses, SHIPPED_ISO_9001 } from '../../../shared/domain/referentials';
import type { ServiceContext } from '../context';
import { createReferentialsContext } from './context';
import { createLinkWriter } from './links-service';

/**
 * Links a new record of the context registers to the clause of the shipped ISO 9001 referential it
 * evidences by nature (`naturalClauses`: an issue §4.1, a party §4.2, a risk §6.1), inside the
 * caller's transaction and with the link's history; nothing when the file lacks that referential.
 * The user may remove the link like any other.
 */
export const createNaturalLinks = (ctx: ServiceContext) => {
  const rc = createReferentialsContext(ctx);
  const write = createLinkWriter(rc);
  const shippedClause = ctx.db
    .prepare<[string, string], number>(
      "SELECT q.id FROM requirements q JOIN referentials r ON r.id = q.referential_id WHERE r.code = ? AND r.source = 'livre' AND q.number = ?",
    )
    .pluck();
  return {
    linkNaturalClause: (entity: keyof typeof naturalClauses, entityId: number, at: string): void => {
      const requirementId = shippedClause.get(SHIPPED_ISO_9001, naturalClauses[entity]);
      if (requirementId !== undefined) write({ requirementId, entity, entityId }, true, at);
    },
  };
};
