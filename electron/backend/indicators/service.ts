import type { z } from 'zod';
import { toCalendarDate } from '../../../shared/domain/dates';
import { indicatorTemplates, findTemplate } from '../../../shared/domain/indicator-templates';
import { checkMeasurement, formatIndicatorValue } from '../../../shared/domain/indicator-values';
import {
  gridRule,
  isOnGrid,
  lateMeasurements,
  nextExpectedMeasurement,
  periodEnd,
  periodLabel,
  slashDate,
} from '../../../shared/domain/indicators';
import type { FieldChange } from '../../../shared/schemas/history';
import type {
  Indicator,
  IndicatorDetail,
  indicatorFieldsSchema,
  indicatorUpdateSchema,
  measurementAddSchema,
} from '../../../shared/schemas/indicators';
import type { ServiceContext } from '../context';
import { ServiceError, invalidField, notFound, raise } from '../errors';
import { creationFields, diffFields } from '../history/changes';
import { createHistoryRepository } from '../history/repository';
import { namedPerson } from '../people/lookup';
import { createPeopleRepository } from '../people/repository';
import { createProcessesRepository } from '../processes/repository';
import { scheduleOf, toIndicator, toMeasurement } from './mapping';
import { createIndicatorsRepository, type IndicatorRow, type IndicatorValues, type MeasurementRow } from './repository';

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

const measurementSnapshot = (row: MeasurementRow | undefined, indicator: IndicatorRow) => ({
  value: row === undefined ? null : formatIndicatorValue(row.value, indicator.unit, indicator.scale_max),
  numerator: row?.numerator ?? null,
  denominator: row?.denominator ?? null,
  parts: row?.parts ?? null,
  comment: row?.comment ?? null,
});

/** Indicators and their measurements: the definitions, the period grid, rates checked and derived, what is late. */
export const createIndicatorsService = (ctx: ServiceContext) => {
  const repo = createIndicatorsRepository(ctx.db);
  const people = createPeopleRepository(ctx.db);
  const processes = createProcessesRepository(ctx.db);
  const history = createHistoryRepository(ctx.db, ctx.author);
  const today = () => toCalendarDate(ctx.now());

  /** A measurement a satisfaction survey wrote follows that survey's answers: only the survey changes it. */
  const fedBySurvey = (existing: MeasurementRow | undefined, fromSurvey: number | null, label: string): void => {
    if (existing !== undefined && existing.survey_id !== null && existing.survey_id !== fromSurvey) {
      throw new ServiceError(
        'conflict',
        `La mesure de ${label} vient d’une enquête de satisfaction : elle suit ses réponses. Modifiez l’enquête plutôt que la mesure.`,
      );
    }
  };
  const record = (id: number, action: string, changes: FieldChange[], at: string) =>
    history.append({ at, entity: 'indicator', entityId: id, action, changes });

  const mustGetRow = (id: number): IndicatorRow => repo.get(id) ?? raise(notFound('Cet indicateur'));
  const summary = (row: IndicatorRow): Indicator => {
    const rows = repo.measurements(row.id);
    return toIndicator(row, rows.at(-1), rows.length, today(), () => new Set(rows.map((m) => m.period_start)));
  };

  /** Stores the next expected measurement derived from the measurements (call after every change to them or to the grid). */
  const refreshNext = (id: number): void => {
    const row = mustGetRow(id);
    const next = nextExpectedMeasurement(scheduleOf(row), repo.measuredPeriods(id));
    repo.setNext(id, next.periodStart, next.due);
  };

  const checked = (fields: Fields, prefix: string, current: IndicatorRow | null): IndicatorValues => {
    namedPerson(people, fields.ownerId, `${prefix}ownerId`, current?.owner_id ?? null);
    if (fields.processId !== null && !processes.get(fields.processId))
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

  const detail = (id: number): IndicatorDetail => {
    const row = mustGetRow(id);
    const rows = repo.measurements(id);
    const measured = new Set(rows.map((m) => m.period_start));
    return {
      ...toIndicator(row, rows.at(-1), rows.length, today(), () => measured),
      measurements: rows.map((m) => toMeasurement(m, row)),
      latePeriods: row.active === 1 ? lateMeasurements(scheduleOf(row), measured, today()) : [],
      objectives: repo.objectivesOf(id),
    };
  };

  return {
    templates: () => indicatorTemplates,

    list: (includeInactive: boolean): Indicator[] => {
      const latest = repo.latestByIndicator();
      const counts = repo.countsByIndicator();
      return repo
        .list(includeInactive)
        .map((row) => toIndicator(row, latest.get(row.id), counts.get(row.id) ?? 0, today(), () => repo.measuredPeriods(row.id)));
    },

    get: detail,
    exists: (id: number): boolean => repo.get(id) !== undefined,

    create: (fields: Fields): IndicatorDetail =>
      ctx.db
        .transaction(() => {
          const at = ctx.now().toISOString();
          const id = repo.insert(checked(fields, '', null), at);
          refreshNext(id);
          const created = detail(id);
          record(id, 'create', creationFields(snapshot(created)), at);
          return created;
        })
        .immediate(),

    update: (input: z.output<typeof indicatorUpdateSchema>): IndicatorDetail =>
      ctx.db
        .transaction(() => {
          const current = mustGetRow(input.id);
          if (current.revision !== input.revision) {
            throw new ServiceError(
              'conflict',
              `L’indicateur « ${current.name} » a été modifié entre-temps. Rechargez la page, puis recommencez.`,
            );
          }
          const before = summary(current);
          const at = ctx.now().toISOString();
          repo.update(input.id, checked(input.fields, 'fields.', current), at);
          refreshNext(input.id);
          const updated = detail(input.id);
          const changes = diffFields(snapshot(before), snapshot(updated));
          if (changes.length > 0) record(input.id, 'update', changes, at);
          return updated;
        })
        .immediate(),

    /**
     * Records the measurement of one period. Refused with a French message, writing nothing: a
     * period off the indicator's grid or not begun, a value out of range, a rate whose numerator
     * exceeds its denominator, or a period already measured unless `replace` is set.
     */
    addMeasurement: (input: z.output<typeof measurementAddSchema>, fromSurvey: number | null = null): IndicatorDetail =>
      ctx.db
        .transaction(() => {
          const indicator = mustGetRow(input.indicatorId);
          if (indicator.active === 0) {
            throw new ServiceError(
              'conflict',
              `L’indicateur « ${indicator.name} » n’est plus suivi : réactivez-le avant de saisir une mesure.`,
            );
          }
          if (!isOnGrid(indicator.frequency, input.periodStart)) {
            throw invalidField(
              'periodStart',
              `La période du ${slashDate(input.periodStart)} ne suit pas la fréquence ${indicator.frequency} de « ${indicator.name} » : une période commence ${gridRule[indicator.frequency]}.`,
            );
          }
          if (input.periodStart > today()) {
            throw invalidField('periodStart', `La période ${periodLabel(indicator.frequency, input.periodStart)} n’a pas encore commencé.`);
          }
          const result = checkMeasurement(
            {
              unit: indicator.unit,
              scaleMax: indicator.scale_max,
              denominatorLabel: indicator.denominator_label,
              partLabels: indicator.part_labels === null ? null : (JSON.parse(indicator.part_labels) as string[]),
            },
            input,
          );
          if (!result.ok) {
            const [message] = Object.values(result.errors);
            throw new ServiceError('invalid_input', message ?? 'Mesure invalide.', result.errors);
          }
          const existing = repo.measurementAt(indicator.id, input.periodStart);
          const label = periodLabel(indicator.frequency, input.periodStart);
          fedBySurvey(existing, fromSurvey, label);
          if (existing !== undefined && fromSurvey !== null && existing.survey_id === null) {
            const shown = formatIndicatorValue(existing.value, indicator.unit, indicator.scale_max);
            throw new ServiceError(
              'conflict',
              `L’indicateur « ${indicator.name} » a déjà une mesure saisie pour ${label} (${shown}) : retirez-la de l’indicateur, ou choisissez un autre indicateur pour cette enquête.`,
              { indicatorId: `${label} est déjà mesurée à la main (${shown}).` },
            );
          }
          if (existing !== undefined && input.replace !== true) {
            const shown = formatIndicatorValue(existing.value, indicator.unit, indicator.scale_max);
            throw new ServiceError('conflict', `Une mesure existe déjà pour ${label} (${shown}). Remplacer la mesure existante ?`, {
              periodStart: `${label} est déjà mesurée (${shown}).`,
            });
          }
          const { measurement } = result;
          const values = {
            indicatorId: indicator.id,
            periodStart: input.periodStart,
            periodEnd: periodEnd(indicator.frequency, input.periodStart),
            value: measurement.value,
            numerator: measurement.numerator,
            denominator: measurement.denominator,
            parts: measurement.parts === null ? null : JSON.stringify(measurement.parts),
            comment: input.comment,
            surveyId: fromSurvey,
          };
          const at = ctx.now().toISOString();
          if (existing === undefined) repo.insertMeasurement(values, at);
          else repo.replaceMeasurement(values, at);
          refreshNext(indicator.id);
          const changes = diffFields(
            measurementSnapshot(existing, indicator),
            measurementSnapshot(repo.measurementAt(indicator.id, input.periodStart), indicator),
          );
          record(
            indicator.id,
            existing === undefined ? 'measurement_add' : 'measurement_replace',
            [{ field: 'period', before: null, after: label }, ...changes],
            at,
          );
          return detail(indicator.id);
        })
        .immediate(),

    /** Removes a measurement entered by mistake; history keeps what it was. */
    removeMeasurement: (id: number, fromSurvey: number | null = null): IndicatorDetail =>
      ctx.db
        .transaction(() => {
          const measurement = repo.measurement(id) ?? raise(notFound('Cette mesure'));
          const indicator = mustGetRow(measurement.indicator_id);
          fedBySurvey(measurement, fromSurvey, periodLabel(indicator.frequency, measurement.period_start));
          repo.removeMeasurement(id);
          refreshNext(indicator.id);
          const at = ctx.now().toISOString();
          const changes = diffFields(measurementSnapshot(measurement, indicator), measurementSnapshot(undefined, indicator));
          record(
            indicator.id,
            'measurement_remove',
            [{ field: 'period', before: periodLabel(indicator.frequency, measurement.period_start), after: null }, ...changes],
            at,
          );
          return detail(indicator.id);
        })
        .immediate(),

    /** Active indicators whose next measurement is due on or before `until` (late when due before today): the agenda's query. */
    dueMeasurements: (until: string) => repo.dueMeasurements(until),
  };
};

export type IndicatorsService = ReturnType<typeof createIndicatorsService>;
