import type { z } from 'zod';
import { findTemplate } from '../../../shared/domain/indicator-templates';
import type { Indicator, IndicatorDetail, indicatorFieldsSchema, indicatorUpdateSchema } from '../../../shared/schemas/indicators';
import { ServiceError, invalidField } from '../errors';
import { creationFields, diffFields } from '../history/changes';
import { namedPerson } from '../people/lookup';
import type { IndicatorsContext } from './context';
import type { IndicatorRow, IndicatorValues } from './repository';

type Fields = z.output<typeof indicatorFieldsSchema>;

/** What history keeps of an indicator: names and values as they read at the time. */
const snapshot = (indicator: Indicator) => ({
  name: indicator.name,
  description: indicator.description,
  theme: indicator.theme,
  process: indicator.processName,
  owner: indicator.ownerName,
  unit: indicator.unit,
  scaleMax: indicator.scaleMax,
  direction: indicator.direction,
  target: indicator.target,
  alertThreshold: indicator.alertThreshold,
  frequency: indicator.frequency,
  firstPeriod: indicator.firstPeriod,
  entryDelayDays: indicator.entryDelayDays,
  chartKind: indicator.chartKind,
  numeratorLabel: indicator.numeratorLabel,
  denominatorLabel: indicator.denominatorLabel,
  partLabels: indicator.partLabels?.join(', ') ?? null,
  active: indicator.active,
});

/** An indicator's definition: its fields checked (links, name, template, what its measurements already fix), created, edited. */
export const createIndicatorDefinitions = (ic: IndicatorsContext) => {
  const { repo, record, refreshNext, detail } = ic;

  const checked = (fields: Fields, prefix: string, current: IndicatorRow | null): IndicatorValues => {
    namedPerson(ic.people, fields.ownerId, `${prefix}ownerId`, current?.owner_id ?? null);
    if (fields.processId !== null && !ic.processes.get(fields.processId))
      throw invalidField(`${prefix}processId`, 'Ce processus n’existe pas.');
    const sameName = repo.idByName(fields.name);
    if (sameName !== undefined && sameName !== current?.id) {
      throw invalidField(`${prefix}name`, `Un indicateur s’appelle déjà « ${fields.name} » : choisissez un autre nom.`);
    }
    if (fields.templateCode !== null && findTemplate(fields.templateCode) === undefined) {
      throw invalidField(`${prefix}templateCode`, 'Ce modèle d’indicateur n’existe pas.');
    }
    const partLabels = fields.partLabels !== null && fields.partLabels.length > 0 ? fields.partLabels : null;
    if (current !== null && repo.measurements(current.id).length > 0) {
      if (fields.frequency !== current.frequency) {
        throw invalidField(
          `${prefix}frequency`,
          'Cet indicateur a déjà des mesures sur sa fréquence actuelle : créez plutôt un nouvel indicateur pour changer de fréquence.',
        );
      }
      if (fields.unit !== current.unit) {
        throw invalidField(`${prefix}unit`, 'Cet indicateur a déjà des mesures dans son unité actuelle : l’unité ne peut plus changer.');
      }
      const storedParts = (JSON.parse(current.part_labels ?? '[]') as string[]).length;
      const withParts = repo.measurements(current.id).some((m) => m.parts !== null);
      if (withParts && (partLabels?.length ?? 0) !== storedParts) {
        throw invalidField(
          `${prefix}partLabels`,
          `Des mesures ont déjà ${storedParts} composantes : renommez-les, sans en ajouter ni en retirer.`,
        );
      }
    }
    return {
      name: fields.name,
      description: fields.description,
      theme: fields.theme,
      processId: fields.processId,
      ownerId: fields.ownerId,
      unit: fields.unit,
      scaleMax: fields.scaleMax,
      direction: fields.direction,
      target: fields.target,
      alertThreshold: fields.alertThreshold,
      frequency: fields.frequency,
      firstPeriod: fields.firstPeriod,
      entryDelayDays: fields.entryDelayDays,
      chartKind: fields.chartKind,
      numeratorLabel: fields.numeratorLabel,
      denominatorLabel: fields.denominatorLabel,
      partLabels: partLabels === null ? null : JSON.stringify(partLabels),
      templateCode: fields.templateCode,
      active: fields.active ? 1 : 0,
    };
  };

  return {
    create: (fields: Fields): IndicatorDetail =>
      ic.db
        .transaction(() => {
          const at = ic.now().toISOString();
          const id = repo.insert(checked(fields, '', null), at);
          refreshNext(id);
          const created = detail(id);
          record(id, 'create', creationFields(snapshot(created)), at);
          return created;
        })
        .immediate(),

    update: (input: z.output<typeof indicatorUpdateSchema>): IndicatorDetail =>
      ic.db
        .transaction(() => {
          const current = ic.mustGetRow(input.id);
          if (current.revision !== input.revision) {
            throw new ServiceError(
              'conflict',
              `L’indicateur « ${current.name} » a été modifié entre-temps. Rechargez la page, puis recommencez.`,
            );
          }
          const before = ic.summary(current);
          const at = ic.now().toISOString();
          repo.update(input.id, checked(input.fields, 'fields.', current), at);
          refreshNext(input.id);
          const updated = detail(input.id);
          const changes = diffFields(snapshot(before), snapshot(updated));
          if (changes.length > 0) record(input.id, 'update', changes, at);
          return updated;
        })
        .immediate(),
  };
};
