import type { z } from 'zod';
import { referentialCode, requirementSortKey, type LinkEntity } from '../../../shared/domain/referentials';
import type {
  Referential,
  ReferentialDetail,
  ReferentialExport,
  Requirement,
  RequirementAnswers,
  RequirementDetail,
  RequirementNode,
  RequirementOption,
  applicabilitySchema,
  referentialCreateSchema,
  requirementCreateSchema,
  requirementFieldsSchema,
  requirementUpdateSchema,
} from '../../../shared/schemas/referentials';
import type { ServiceContext } from '../context';
import { ServiceError, invalidField, notFound, raise } from '../errors';
import { creationFields, diffFields } from '../history/changes';
import { createHistoryRepository } from '../history/repository';
import { createReferentialsRepository, noExtras, type RequirementValues } from './repository';
import { createTransfer, referentialSnapshot, requirementSnapshot } from './transfer';

type RequirementFields = z.output<typeof requirementFieldsSchema>;

const SHIPPED_IS_FIXED =
  'Ce référentiel est livré avec Sève : ses numéros et ses titres ne se modifient pas. Vous pouvez saisir votre propre texte, déclarer une exigence non applicable, ou créer un référentiel de schéma pour vos exigences.';

/** Nests a referential's requirements (already in natural order) under their parents. */
const toTree = (requirements: Requirement[]): RequirementNode[] => {
  const nodes = new Map(requirements.map((requirement) => [requirement.id, { ...requirement, children: [] as RequirementNode[] }]));
  const roots: RequirementNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
};

export const createReferentialsService = (ctx: ServiceContext) => {
  const repo = createReferentialsRepository(ctx.db);
  const history = createHistoryRepository(ctx.db);
  const transfer = createTransfer(ctx, repo, history);

  const mustGetReferential = (id: number): Referential => {
    const referential = repo.get(id);
    if (!referential) throw notFound('Ce référentiel');
    return referential;
  };

  const mustGetRequirement = (id: number): Requirement => {
    const requirement = repo.requirement(id);
    if (!requirement) throw notFound('Cette exigence');
    return requirement;
  };

  /** Checks number and parent against the referential, and computes the stored values. */
  const resolve = (
    referentialId: number,
    fields: RequirementFields,
    ownId: number | null,
  ): { values: RequirementValues; parentNumber: string | null } => {
    const sameNumber = repo.requirementIdByNumber(referentialId, fields.number);
    if (sameNumber !== undefined && sameNumber !== ownId) {
      const message = `Le numéro « ${fields.number} » existe déjà dans ce référentiel.`;
      throw new ServiceError('conflict', message, { 'fields.number': message });
    }
    let parentNumber: string | null = null;
    if (fields.parentId !== null) {
      const parent = repo.requirement(fields.parentId);
      if (!parent || parent.referentialId !== referentialId)
        throw invalidField('fields.parentId', 'Ce parent n’est pas une exigence de ce référentiel.');
      // Walking up from the new parent must never meet the requirement itself.
      for (let up: Requirement | undefined = parent; up; up = up.parentId === null ? undefined : repo.requirement(up.parentId)) {
        if (up.id === ownId)
          throw invalidField('fields.parentId', 'Une exigence ne peut pas être rangée sous elle-même ni sous une de ses sous-exigences.');
      }
      parentNumber = parent.number;
    }
    return { values: { ...fields, sortKey: requirementSortKey(fields.number) }, parentNumber };
  };

  const parentNumberOf = (requirement: Requirement): string | null =>
    requirement.parentId === null ? null : (repo.requirement(requirement.parentId)?.number ?? null);

  const recordLabel = (entity: LinkEntity, entityId: number): string => {
    if (entity !== 'document') return repo.recordLabel(entity, entityId) ?? raise(notFound('Cet enregistrement'));
    const document = repo.document(entityId);
    if (!document) throw notFound('Ce document');
    return `${document.reference} ${document.title}`;
  };

  /** Adds or removes one link, with its history on both the requirement and the record; returns the record's links. */
  const changeLink = (input: { requirementId: number; entity: LinkEntity; entityId: number }, add: boolean): RequirementOption[] =>
    ctx.db
      .transaction(() => {
        mustGetRequirement(input.requirementId);
        const label = recordLabel(input.entity, input.entityId);
        const when = ctx.now().toISOString();
        const changed = add
          ? repo.link(input.requirementId, input.entity, input.entityId, when)
          : repo.unlink(input.requirementId, input.entity, input.entityId);
        if (changed) {
          history.append({
            at: when,
            actor: ctx.actor,
            entity: 'requirement',
            entityId: input.requirementId,
            action: 'update',
            changes: [
              {
                field: input.entity === 'document' ? 'linkedDocument' : 'linkedRecord',
                before: add ? null : label,
                after: add ? label : null,
              },
            ],
          });
          // The document's own timeline shows it too: an auditor reads one record's history in one place.
          const requirement = mustGetRequirement(input.requirementId);
          const requirementLabel = `${requirement.number} ${requirement.titleFr}`;
          history.append({
            at: when,
            actor: ctx.actor,
            entity: input.entity,
            entityId: input.entityId,
            action: add ? 'requirement_link' : 'requirement_unlink',
            changes: [{ field: 'requirement', before: add ? null : requirementLabel, after: add ? requirementLabel : null }],
          });
        }
        return repo.linkedTo(input.entity, input.entityId);
      })
      .immediate();

  return {
    list: (): Referential[] => repo.list(),

    get: (id: number): ReferentialDetail => ({ referential: mustGetReferential(id), requirements: toTree(repo.requirements(id)) }),

    /** A certification scheme's own layer, standalone or on top of a standard. */
    create: (input: z.output<typeof referentialCreateSchema>): Referential =>
      ctx.db
        .transaction(() => {
          const base = input.baseId === null ? null : repo.get(input.baseId);
          if (base === undefined) throw invalidField('baseId', 'Ce référentiel de base n’existe pas.');
          if (base && base.kind !== 'norme') throw invalidField('baseId', 'Un schéma s’appuie sur une norme (par exemple ISO 9001:2015).');
          const code = referentialCode(input.name, input.edition);
          if (repo.idByCode(code) !== undefined) {
            const message = 'Un référentiel porte déjà ce nom et cette édition.';
            throw new ServiceError('conflict', message, { name: message });
          }
          const values = {
            code,
            name: input.name,
            edition: input.edition,
            kind: 'schema' as const,
            baseId: input.baseId,
            source: 'utilisateur' as const,
          };
          const when = ctx.now().toISOString();
          const id = repo.insert(values, when);
          history.append({
            at: when,
            actor: ctx.actor,
            entity: 'referential',
            entityId: id,
            action: 'create',
            changes: creationFields(referentialSnapshot(values, base?.name ?? null)),
          });
          return mustGetReferential(id);
        })
        .immediate(),

    getRequirement: (id: number): RequirementDetail => {
      const requirement = mustGetRequirement(id);
      const referential = mustGetReferential(requirement.referentialId);
      const brief = ({ id: briefId, number, titleFr, applicable }: Requirement) => ({ id: briefId, number, titleFr, applicable });
      const parent = requirement.parentId === null ? undefined : repo.requirement(requirement.parentId);
      return {
        ...requirement,
        referentialName: referential.name,
        referentialSource: referential.source,
        parent: parent ? brief(parent) : null,
        children: repo.children(id).map((child) => ({ ...brief(child), documentedInformation: child.documentedInformation })),
      };
    },

    addRequirement: (input: z.output<typeof requirementCreateSchema>): Requirement =>
      ctx.db
        .transaction(() => {
          const referential = mustGetReferential(input.referentialId);
          if (referential.source === 'livre') throw new ServiceError('invalid_input', SHIPPED_IS_FIXED);
          const { values, parentNumber } = resolve(referential.id, input.fields, null);
          const when = ctx.now().toISOString();
          // Under an excluded clause, a new sub-requirement is excluded with it (ISO 9001 §4.3).
          const parent = values.parentId === null ? undefined : repo.requirement(values.parentId);
          const exclusion = parent && !parent.applicable ? parent.nonApplicableJustification : null;
          const id = repo.insertRequirement(referential.id, values, when, noExtras, exclusion);
          repo.touch(referential.id, when);
          history.append({
            at: when,
            actor: ctx.actor,
            entity: 'requirement',
            entityId: id,
            action: 'create',
            changes: creationFields(requirementSnapshot(values, parentNumber)),
          });
          return mustGetRequirement(id);
        })
        .immediate(),

    /** Edits a requirement; in a shipped referential only the user's own text may change. */
    updateRequirement: (input: z.output<typeof requirementUpdateSchema>): Requirement =>
      ctx.db
        .transaction(() => {
          const current = mustGetRequirement(input.id);
          const referential = mustGetReferential(current.referentialId);
          const fields = input.fields;
          const structureChanged =
            fields.number !== current.number ||
            fields.titleFr !== current.titleFr ||
            fields.titleEn !== current.titleEn ||
            fields.parentId !== current.parentId;
          if (referential.source === 'livre' && structureChanged) throw new ServiceError('invalid_input', SHIPPED_IS_FIXED);
          const { values, parentNumber } = resolve(referential.id, fields, current.id);
          const changes = diffFields(requirementSnapshot(current, parentNumberOf(current)), requirementSnapshot(values, parentNumber));
          if (changes.length === 0 && current.parentId === values.parentId) return current;
          const when = ctx.now().toISOString();
          repo.updateRequirement(current.id, values, when);
          repo.touch(referential.id, when);
          history.append({ at: when, actor: ctx.actor, entity: 'requirement', entityId: current.id, action: 'update', changes });
          return mustGetRequirement(current.id);
        })
        .immediate(),

    /**
     * Non applicable only with a justification (the schema refuses one without); applicable again
     * clears it. An exclusion covers the sub-requirements (ISO 9001 §4.3): they take the same
     * justification, and come back with the clause, except those given a justification of their
     * own. A sub-requirement can still be brought back on its own.
     */
    setApplicability: (input: z.output<typeof applicabilitySchema>): Requirement =>
      ctx.db
        .transaction(() => {
          const current = mustGetRequirement(input.id);
          const justification = input.fields.applicable ? null : input.fields.justification;
          if (!input.fields.applicable && justification === null) {
            throw invalidField(
              'fields.justification',
              'Justifiez la non-applicabilité (elle figure dans le domaine d’application, § 4.3).',
            );
          }
          const changes = diffFields(
            { applicable: current.applicable, justification: current.nonApplicableJustification },
            { applicable: input.fields.applicable, justification },
          );
          if (changes.length === 0) return current;
          const when = ctx.now().toISOString();
          repo.setApplicability(current.id, justification, when);
          history.append({ at: when, actor: ctx.actor, entity: 'requirement', entityId: current.id, action: 'update', changes });
          const inherited = (below: Requirement) =>
            !below.applicable && below.nonApplicableJustification === current.nonApplicableJustification;
          for (const below of repo.descendants(current.id)) {
            // Excluding takes every applicable sub-requirement; re-wording or re-including moves only those that shared it.
            const follows = justification !== null && current.applicable ? below.applicable : inherited(below);
            if (!follows || below.nonApplicableJustification === justification) continue;
            repo.setApplicability(below.id, justification, when);
            history.append({
              at: when,
              actor: ctx.actor,
              entity: 'requirement',
              entityId: below.id,
              action: 'update',
              changes: [
                ...diffFields(
                  { applicable: below.applicable, justification: below.nonApplicableJustification },
                  { applicable: justification === null, justification },
                ),
                { field: 'inheritedFrom', before: null, after: current.number },
              ],
            });
          }
          return mustGetRequirement(current.id);
        })
        .immediate(),

    requirementOptions: (): RequirementOption[] => repo.options(),

    /** What answers a requirement: the documents linked to it (audits and actions will join). */
    answers: (id: number): RequirementAnswers => {
      mustGetRequirement(id);
      return { documents: repo.linkedDocuments(id), records: repo.linkedRecords(id) };
    },

    linksFor: (entity: LinkEntity, entityId: number): RequirementOption[] => repo.linkedTo(entity, entityId),
    link: (input: { requirementId: number; entity: LinkEntity; entityId: number }) => changeLink(input, true),
    unlink: (input: { requirementId: number; entity: LinkEntity; entityId: number }) => changeLink(input, false),

    exportJson: (id: number): ReferentialExport => {
      const exported = transfer.exportJson(id);
      if (!exported) throw notFound('Ce référentiel');
      return exported;
    },

    importJson: (json: string): Referential => mustGetReferential(transfer.importJson(json)),

    seedShipped: transfer.seedShipped,
  };
};
