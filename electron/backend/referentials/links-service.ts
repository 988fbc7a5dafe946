import type { LinkEntity } from '../../../shared/domain/referentials';
import type { RequirementAnswers, RequirementOption } from '../../../shared/schemas/referentials';
import { notFound, raise } from '../errors';
import type { ReferentialsContext } from './context';

type LinkInput = { requirementId: number; entity: LinkEntity; entityId: number };

/**
 * Adds or removes one link inside the caller's transaction, with its history on both the requirement
 * and the record (an auditor reads one record's history in one place). Returns whether it changed.
 */
export const createLinkWriter = (rc: ReferentialsContext) => {
  const { repo, history } = rc;
  const recordLabel = (entity: LinkEntity, entityId: number): string => {
    if (entity !== 'document') return repo.recordLabel(entity, entityId) ?? raise(notFound('Cet enregistrement'));
    const document = repo.document(entityId);
    if (!document) throw notFound('Ce document');
    return `${document.reference} ${document.title}`;
  };
  return (input: LinkInput, add: boolean, when: string): boolean => {
    const requirement = rc.mustGetRequirement(input.requirementId);
    const label = recordLabel(input.entity, input.entityId);
    const changed = add
      ? repo.link(input.requirementId, input.entity, input.entityId, when)
      : repo.unlink(input.requirementId, input.entity, input.entityId);
    if (!changed) return false;
    history.append({
      at: when,
      entity: 'requirement',
      entityId: input.requirementId,
      action: 'update',
      changes: [
        { field: input.entity === 'document' ? 'linkedDocument' : 'linkedRecord', before: add ? null : label, after: add ? label : null },
      ],
    });
    const requirementLabel = `${requirement.number} ${requirement.titleFr}`;
    history.append({
      at: when,
      entity: input.entity,
      entityId: input.entityId,
      action: add ? 'requirement_link' : 'requirement_unlink',
      changes: [{ field: 'requirement', before: add ? null : requirementLabel, after: add ? requirementLabel : null }],
    });
    return true;
  };
};

/** What answers a requirement: the records linked to it, each link written on both timelines. */
export const createRequirementLinks = (rc: ReferentialsContext) => {
  const { repo } = rc;
  const write = createLinkWriter(rc);

  /** Adds or removes one link, with its history on both the requirement and the record; returns the record's links. */
  const changeLink = (input: LinkInput, add: boolean): RequirementOption[] =>
    rc.db
      .transaction(() => {
        write(input, add, rc.now().toISOString());
        return repo.linkedTo(input.entity, input.entityId);
      })
      .immediate();

  return {
    /** What answers a requirement: the documents and the other records linked to it. */
    answers: (id: number): RequirementAnswers => {
      rc.mustGetRequirement(id);
      return { documents: repo.linkedDocuments(id), records: repo.linkedRecords(id) };
    },

    linksFor: (entity: LinkEntity, entityId: number): RequirementOption[] => repo.linkedTo(entity, entityId),
    link: (input: LinkInput) => changeLink(input, true),
    unlink: (input: LinkInput) => changeLink(input, false),
  };
};
