import type Database from 'better-sqlite3';
import type { ChartKind, IndicatorDirection, IndicatorFrequency, IndicatorTheme, IndicatorUnit } from '../../../shared/domain/indicators';

export type IndicatorRow = {
  id: number;
  name: string;
  description: string | null;
  theme: IndicatorTheme;
  process_id: number | null;
  process_name: string | null;
  owner_id: number;
  owner_name: string;
  unit: IndicatorUnit;
  scale_max: number | null;
  direction: IndicatorDirection;
  target: number | null;
  alert_threshold: number | null;
  frequency: IndicatorFrequency;
  first_period: string;
  entry_delay_days: number;
  chart_kind: ChartKind;
  numerator_label: string | null;
  denominator_label: string | null;
  part_labels: string | null;
  template_code: string | null;
  active: number;
  next_measurement_period: string;
  next_measurement_due: string;
  revision: number;
};

export type MeasurementRow = {
  id: number;
  indicator_id: number;
  period_start: string;
  period_end: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  parts: string | null;
  comment: string | null;
  recorded_at: string;
  /** The satisfaction survey whose rate wrote it; null when typed. */
  survey_id: number | null;
};

/** What the service stores of an indicator's form. */
export type IndicatorValues = {
  name: string;
  description: string | null;
  theme: IndicatorTheme;
  processId: number | null;
  ownerId: number;
  unit: IndicatorUnit;
  scaleMax: number | null;
  direction: IndicatorDirection;
  target: number | null;
  alertThreshold: number | null;
  frequency: IndicatorFrequency;
  firstPeriod: string;
  entryDelayDays: number;
  chartKind: ChartKind;
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  partLabels: string | null;
  templateCode: string | null;
  active: number;
};

export type MeasurementValues = {
  indicatorId: number;
  periodStart: string;
  periodEnd: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  parts: string | null;
  comment: string | null;
  surveyId: number | null;
};

/** An indicator whose next measurement is due on or before a day (the agenda's query). */
export type DueMeasurementRow = {
  id: number;
  name: string;
  owner_id: number;
  owner_name: string;
  frequency: IndicatorFrequency;
  next_measurement_period: string;
  next_measurement_due: string;
};

const select = `SELECT i.id, i.name, i.description, i.theme, i.process_id, p.name AS process_name, i.owner_id, o.name AS owner_name,
    i.unit, i.scale_max, i.direction, i.target, i.alert_threshold, i.frequency, i.first_period, i.entry_delay_days, i.chart_kind,
    i.numerator_label, i.denominator_label, i.part_labels, i.template_code, i.active, i.next_measurement_period,
    i.next_measurement_due, i.revision
  FROM indicators i
  JOIN people o ON o.id = i.owner_id
  LEFT JOIN processes p ON p.id = i.process_id`;

const measurementColumns =
  'id, indicator_id, period_start, period_end, value, numerator, denominator, parts, comment, recorded_at, survey_id';

export const createIndicatorsRepository = (db: Database.Database) => {
  const selectOne = db.prepare<[number], IndicatorRow>(`${select} WHERE i.id = ?`);
  const selectAll = db.prepare<[number], IndicatorRow>(`${select} WHERE (? = 1 OR i.active = 1) ORDER BY i.theme, i.name COLLATE NOCASE`);
  const selectByName = db.prepare<[string], number>('SELECT id FROM indicators WHERE name = ? COLLATE NOCASE').pluck();
  const insert = db.prepare(
    `INSERT INTO indicators (name, description, theme, process_id, owner_id, unit, scale_max, direction, target, alert_threshold,
       frequency, first_period, entry_delay_days, chart_kind, numerator_label, denominator_label, part_labels, template_code, active,
       next_measurement_period, next_measurement_due, created_at, updated_at)
     VALUES (@name, @description, @theme, @processId, @ownerId, @unit, @scaleMax, @direction, @target, @alertThreshold,
       @frequency, @firstPeriod, @entryDelayDays, @chartKind, @numeratorLabel, @denominatorLabel, @partLabels, @templateCode, @active,
       @firstPeriod, @firstPeriod, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE indicators SET name = @name, description = @description, theme = @theme, process_id = @processId, owner_id = @ownerId,
       unit = @unit, scale_max = @scaleMax, direction = @direction, target = @target, alert_threshold = @alertThreshold,
       frequency = @frequency, first_period = @firstPeriod, entry_delay_days = @entryDelayDays, chart_kind = @chartKind,
       numerator_label = @numeratorLabel, denominator_label = @denominatorLabel, part_labels = @partLabels,
       template_code = @templateCode, active = @active, revision = revision + 1, updated_at = @at
     WHERE id = @id`,
  );
  const setNext = db.prepare<[string, string, number]>(
    'UPDATE indicators SET next_measurement_period = ?, next_measurement_due = ? WHERE id = ?',
  );
  const touch = db.prepare<[string, number]>('UPDATE indicators SET revision = revision + 1, updated_at = ? WHERE id = ?');
  const selectMeasurements = db.prepare<[number], MeasurementRow>(
    `SELECT ${measurementColumns} FROM measurements WHERE indicator_id = ? ORDER BY period_start`,
  );
  const selectLatest = db.prepare<[], MeasurementRow>(
    `SELECT ${measurementColumns} FROM measurements m
     WHERE period_start = (SELECT max(period_start) FROM measurements WHERE indicator_id = m.indicator_id)`,
  );
  const selectCounts = db.prepare<[], { indicator_id: number; count: number }>(
    'SELECT indicator_id, count(*) AS count FROM measurements GROUP BY indicator_id',
  );
  const selectPeriods = db.prepare<[number], string>('SELECT period_start FROM measurements WHERE indicator_id = ?').pluck();
  const selectMeasurement = db.prepare<[number], MeasurementRow>(`SELECT ${measurementColumns} FROM measurements WHERE id = ?`);
  const selectAtPeriod = db.prepare<[number, string], MeasurementRow>(
    `SELECT ${measurementColumns} FROM measurements WHERE indicator_id = ? AND period_start = ?`,
  );
  const insertMeasurement = db.prepare(
    `INSERT INTO measurements (indicator_id, period_start, period_end, value, numerator, denominator, parts, comment, recorded_at, survey_id)
     VALUES (@indicatorId, @periodStart, @periodEnd, @value, @numerator, @denominator, @parts, @comment, @at, @surveyId)`,
  );
  const replaceMeasurement = db.prepare(
    `UPDATE measurements SET value = @value, numerator = @numerator, denominator = @denominator, parts = @parts, comment = @comment,
       recorded_at = @at, survey_id = @surveyId
     WHERE indicator_id = @indicatorId AND period_start = @periodStart`,
  );
  const deleteMeasurement = db.prepare<[number]>('DELETE FROM measurements WHERE id = ?');
  const selectDue = db.prepare<[string], DueMeasurementRow>(
    `SELECT i.id, i.name, i.owner_id, o.name AS owner_name, i.frequency, i.next_measurement_period, i.next_measurement_due
     FROM indicators i JOIN people o ON o.id = i.owner_id
     WHERE i.active = 1 AND i.next_measurement_due <= ? ORDER BY i.next_measurement_due, i.name COLLATE NOCASE`,
  );
  const selectObjectives = db.prepare<[number], { id: number; title: string }>(
    `SELECT q.id, q.title FROM quality_objective_indicators l JOIN quality_objectives q ON q.id = l.objective_id
     WHERE l.indicator_id = ? ORDER BY q.target_date, q.id`,
  );

  return {
    get: (id: number): IndicatorRow | undefined => selectOne.get(id),
    list: (includeInactive: boolean): IndicatorRow[] => selectAll.all(includeInactive ? 1 : 0),
    idByName: (name: string): number | undefined => selectByName.get(name),
    insert: (values: IndicatorValues, at: string): number => Number(insert.run({ ...values, at }).lastInsertRowid),
    update: (id: number, values: IndicatorValues, at: string): void => {
      update.run({ ...values, id, at });
    },
    /** Stores the derived next expected measurement (see shared/domain/indicators.ts). */
    setNext: (id: number, periodStart: string, due: string): void => {
      setNext.run(periodStart, due, id);
    },
    touch: (id: number, at: string): void => {
      touch.run(at, id);
    },
    measurements: (indicatorId: number): MeasurementRow[] => selectMeasurements.all(indicatorId),
    /** The latest measurement of every indicator, by indicator id. */
    latestByIndicator: (): Map<number, MeasurementRow> => new Map(selectLatest.all().map((row) => [row.indicator_id, row])),
    countsByIndicator: (): Map<number, number> => new Map(selectCounts.all().map((row) => [row.indicator_id, row.count])),
    measuredPeriods: (indicatorId: number): Set<string> => new Set(selectPeriods.all(indicatorId)),
    measurement: (id: number): MeasurementRow | undefined => selectMeasurement.get(id),
    measurementAt: (indicatorId: number, periodStart: string): MeasurementRow | undefined => selectAtPeriod.get(indicatorId, periodStart),
    insertMeasurement: (values: MeasurementValues, at: string): number => Number(insertMeasurement.run({ ...values, at }).lastInsertRowid),
    replaceMeasurement: (values: MeasurementValues, at: string): void => {
      replaceMeasurement.run({ ...values, at });
    },
    removeMeasurement: (id: number): void => {
      deleteMeasurement.run(id);
    },
    /** Active indicators whose next measurement is due on or before `until`; late ones are those due before today. */
    dueMeasurements: (until: string): DueMeasurementRow[] => selectDue.all(until),
    objectivesOf: (indicatorId: number) => selectObjectives.all(indicatorId),
  };
};

export type IndicatorsRepository = ReturnType<typeof createIndicatorsRepository>;
