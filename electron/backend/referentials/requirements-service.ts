import type { z } from 'zod';
import { requirementSortKey } from '../../../shared/domain/referentials';
import type {
  Requirement,
  RequirementDetail,
  RequirementOption,
  requirementCreateSchema,
  requirementFieldsSchema,
  requirementUpdateSchema,
} from '../../../shared/schemas/referentials';
import { ServiceError, invalidField } from '../errors';
import { creationFields, diffFields } from '../history/changes';
import type { ReferentialsContext } from './context';
import { noExtras, type RequirementValues } from './requirements-repository';
import { requirementSnapshot } from './snapshots';

type RequirementFields = z.output<typeof requirementFieldsSchema>;

const SHIPPED_IS_FIXED =
  'Ce référentiel est livré avec Sève : ses numéros et ses titres ne se modifient pas. Vous pouvez saisir votre propre texte, déclarer une exigence non applicable, ou créer un référentiel de schéma pour vos exigences.';

/** A referential's requirements one by one: read with their parent and children, added, edited. */
export const createRequirementsService = (rc: ReferentialsContext) => {
  const { repo, history } = rc;

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

  return {
    getRequirement: (id: number): RequirementDetail => {
      const requirement = rc.mustGetRequirement(id);
      const referential = rc.mustGetReferential(requirement.referentialId);
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
      rc.db
        .transaction(() => {
          const referential = rc.mustGetReferential(input.referentialId);
          if (referential.source === 'livre') throw new ServiceError('invalid_input', SHIPPED_IS_FIXED);
          const { values, parentNumber } = resolve(referential.id, input.fields, null);
          const when = rc.now().toISOString();
          // Under an excluded clause, a new sub-requirement is excluded with it (ISO 9001 §4.3).
          const parent = values.parentId === null ? undefined : repo.requirement(values.parentId);
          const exclusion = parent && !parent.applicable ? parent.nonApplicableJustification : null;
          const id = repo.insertRequirement(referential.id, values, when, noExtras, exclusion);
          repo.touch(referential.id, when);
          history.append({
            at: when,
            entity: 'requirement',
            entityId: id,
            action: 'create',
            changes: creationFields(requirementSnapshot(values, parentNumber)),
          });
          return rc.mustGetRequirement(id);
        })
        .immediate(),

    /** Edits a requirement; in a shipped referential only the user's own text may change. */
    updateRequirement: (input: z.output<typeof requirementUpdateSchema>): Requirement =>
      rc.db
        .transaction(() => {
          const current = rc.mustGetRequirement(input.id);
          const referential = rc.mustGetReferential(current.referentialId);
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
          const when = rc.now().toISOString();
          repo.updateRequirement(current.id, values, when);
          repo.touch(referential.id, when);
          history.append({ at: when, entity: 'requirement', entityId: current.id, action: 'update', changes });
          return rc.mustGetRequirement(current.id);
        })
        .immediate(),

    requirementOptions: (): RequirementOption[] => repo.options(),
  };
};
