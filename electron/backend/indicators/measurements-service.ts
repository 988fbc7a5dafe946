import type { z } from 'zod';
import { checkMeasurement, formatIndicatorValue } from '../../../shared/domain/indicator-values';
import { gridRule, isOnGrid, periodEnd, periodLabel, slashDate } from '../../../shared/domain/indicators';
import type { IndicatorDetail, measurementAddSchema } from '../../../shared/schemas/indicators';
import { ServiceError, invalidField, notFound, raise } from '../errors';
import { diffFields } from '../history/changes';
import type { IndicatorsContext } from './context';
import type { IndicatorRow, MeasurementRow } from './repository';

const measurementSnapshot = (row: MeasurementRow | undefined, indicator: IndicatorRow) => ({
  value: row === undefined ? null : formatIndicatorValue(row.value, indicator.unit, indicator.scale_max),
  numerator: row?.numerator ?? null,
  denominator: row?.denominator ?? null,
  parts: row?.parts ?? null,
  comment: row?.comment ?? null,
});

/** A measurement a satisfaction survey wrote follows that survey's answers: only the survey changes it. */
const fedBySurvey = (existing: MeasurementRow | undefined, fromSurvey: number | null, label: string): void => {
  if (existing !== undefined && existing.survey_id !== null && existing.survey_id !== fromSurvey) {
    throw new ServiceError(
      'conflict',
      `La mesure de ${label} vient d’une enquête de satisfaction : elle suit ses réponses. Modifiez l’enquête plutôt que la mesure.`,
    );
  }
};

/** An indicator's measurements: one per period of its grid, checked and derived, entered, replaced or removed. */
export const createIndicatorMeasurements = (ic: IndicatorsContext) => {
  const { repo, today, mustGetRow, record, refreshNext, detail } = ic;
  return {
    /**
     * Records the measurement of one period. Refused with a French message, writing nothing: a
     * period off the indicator's grid or not begun, a value out of range, a rate whose numerator
     * exceeds its denominator, or a period already measured unless `replace` is set.
     */
    addMeasurement: (input: z.output<typeof measurementAddSchema>, fromSurvey: number | null = null): IndicatorDetail =>
      ic.db
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
          const at = ic.now().toISOString();
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
      ic.db
        .transaction(() => {
          const measurement = repo.measurement(id) ?? raise(notFound('Cette mesure'));
          const indicator = mustGetRow(measurement.indicator_id);
          fedBySurvey(measurement, fromSurvey, periodLabel(indicator.frequency, measurement.period_start));
          repo.removeMeasurement(id);
          refreshNext(indicator.id);
          const at = ic.now().toISOString();
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
  };
};
