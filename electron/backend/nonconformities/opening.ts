import type { NonconformitySource } from '../../../shared/domain/nonconformities';
import type { FieldChange, HistoryEntity } from '../../../shared/schemas/history';
import type { Nonconformity } from '../../../shared/schemas/nonconformities';
import { invalidField } from '../errors';
import { creationFields } from '../history/changes';
import type { LoopRepositories } from './repositories';
import type { RegisterValues } from './repository';

type RecordChange = (entity: HistoryEntity, entityId: number, action: string, changes: FieldChange[], at: string) => void;

/** A nonconformity's register fields checked, and a new nonconformity opened with its timeline. */
export const createNonconformityOpening = (
  repos: LoopRepositories,
  today: () => string,
  record: RecordChange,
  detail: (id: number) => Nonconformity,
) => {
  /** Checks the links of a nonconformity's register fields (people, process, requirements); `prefix` names them in errors. */
  const checkRegister = (values: RegisterValues & { requirementIds: readonly number[] }, prefix: string, previous?: Nonconformity) => {
    if (values.detectedBy !== null && !repos.people.get(values.detectedBy)) {
      throw invalidField(`${prefix}detectedById`, 'Cette personne n’existe pas dans l’annuaire.');
    }
    if (values.processId !== null && !repos.processes.get(values.processId))
      throw invalidField(`${prefix}processId`, 'Ce processus n’existe pas.');
    values.requirementIds.forEach((id, index) => {
      if (!repos.requirementExists.get(id)) throw invalidField(`${prefix}requirementIds.${index}`, 'Cette exigence n’existe pas.');
    });
    if (values.detectedOn > today() && values.detectedOn !== previous?.detectedOn) {
      throw invalidField(`${prefix}detectedOn`, 'La date de détection ne peut pas être dans le futur.');
    }
  };

  /** Opens a nonconformity (by hand, from a réclamation or a fiche d'amélioration) and starts its timeline. */
  const openNonconformity = (
    source: NonconformitySource,
    values: RegisterValues & { requirementIds: readonly number[] },
    at: string,
    origin: Record<string, unknown> = {},
  ): number => {
    const reference = repos.sequences.nonconformityReference(Number(values.detectedOn.slice(0, 4)));
    const id = repos.nonconformities.insert({ reference, source, findingId: null, ...values }, at);
    repos.nonconformities.setRequirements(id, values.requirementIds);
    const created = detail(id);
    record(
      'nonconformity',
      id,
      'create',
      creationFields({
        reference,
        source,
        ...origin,
        detectedOn: created.detectedOn,
        detectedBy: created.detectedByName,
        process: created.processName,
        requirements: created.requirements.map((r) => r.number).join(', ') || null,
        severity: created.severity,
        description: created.description,
      }),
      at,
    );
    return id;
  };

  return { checkRegister, openNonconformity };
};
