import { indicatorState } from '../../../shared/domain/indicator-state';
import { lateMeasurements, periodEnd, periodLabel } from '../../../shared/domain/indicators';
import type { Indicator, Measurement } from '../../../shared/schemas/indicators';
import type { IndicatorRow, MeasurementRow } from './repository';

const numberList = (json: string | null): number[] | null => (json === null ? null : (JSON.parse(json) as number[]));
const textList = (json: string | null): string[] | null => (json === null ? null : (JSON.parse(json) as string[]));

const targetsOf = (row: IndicatorRow) => ({ direction: row.direction, target: row.target, alertThreshold: row.alert_threshold });

export const toMeasurement = (row: MeasurementRow, indicator: IndicatorRow): Measurement => ({
  id: row.id,
  indicatorId: row.indicator_id,
  periodStart: row.period_start,
  periodEnd: row.period_end,
  periodLabel: periodLabel(indicator.frequency, row.period_start),
  value: row.value,
  numerator: row.numerator,
  denominator: row.denominator,
  parts: numberList(row.parts),
  comment: row.comment,
  state: indicatorState(targetsOf(indicator), row.value),
  recordedAt: row.recorded_at,
});

export const scheduleOf = (row: IndicatorRow) => ({
  frequency: row.frequency,
  firstPeriod: row.first_period,
  entryDelayDays: row.entry_delay_days,
});

/**
 * An indicator as the board shows it on `today`. `measured` (periods with a measurement) is only
 * needed to count late periods when the stored next one is already late.
 */
export const toIndicator = (
  row: IndicatorRow,
  latest: MeasurementRow | undefined,
  count: number,
  today: string,
  measured: () => ReadonlySet<string>,
): Indicator => {
  const late = row.active === 1 && row.next_measurement_due < today;
  const latestMeasurement = latest === undefined ? null : toMeasurement(latest, row);
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    theme: row.theme,
    processId: row.process_id,
    processName: row.process_name,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    unit: row.unit,
    scaleMax: row.scale_max,
    direction: row.direction,
    target: row.target,
    alertThreshold: row.alert_threshold,
    frequency: row.frequency,
    firstPeriod: row.first_period,
    entryDelayDays: row.entry_delay_days,
    chartKind: row.chart_kind,
    numeratorLabel: row.numerator_label,
    denominatorLabel: row.denominator_label,
    partLabels: textList(row.part_labels),
    templateCode: row.template_code,
    active: row.active === 1,
    nextMeasurement: {
      periodStart: row.next_measurement_period,
      periodEnd: periodEnd(row.frequency, row.next_measurement_period),
      due: row.next_measurement_due,
    },
    lateCount: late ? lateMeasurements(scheduleOf(row), measured(), today).length : 0,
    latest: latestMeasurement,
    state: indicatorState(targetsOf(row), latestMeasurement?.value ?? null),
    measurementCount: count,
    revision: row.revision,
  };
};
