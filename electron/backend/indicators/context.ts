import { toCalendarDate } from '../../../shared/domain/dates';
import { lateMeasurements, nextExpectedMeasurement } from '../../../shared/domain/indicators';
import type { FieldChange } from '../../../shared/schemas/history';
import type { Indicator, IndicatorDetail } from '../../../shared/schemas/indicators';
import type { ServiceContext } from '../context';
import { notFound, raise } from '../errors';
import { createHistoryRepository } from '../history/repository';
import { createPeopleRepository } from '../people/repository';
import { createProcessesRepository } from '../processes/repository';
import { scheduleOf, toIndicator, toMeasurement } from './mapping';
import { createIndicatorsRepository, type IndicatorRow } from './repository';

/** The repositories, history and readings that an indicator's definition and its measurements share, bound to one file. */
export const createIndicatorsContext = (ctx: ServiceContext) => {
  const repo = createIndicatorsRepository(ctx.db);
  const history = createHistoryRepository(ctx.db, ctx.author);
  const today = () => toCalendarDate(ctx.now());
  const mustGetRow = (id: number): IndicatorRow => repo.get(id) ?? raise(notFound('Cet indicateur'));

  return {
    ...ctx,
    repo,
    people: createPeopleRepository(ctx.db),
    processes: createProcessesRepository(ctx.db),
    today,
    mustGetRow,

    /** Appends to the indicator's timeline; call inside the transaction that makes the change. */
    record: (id: number, action: string, changes: FieldChange[], at: string) =>
      history.append({ at, entity: 'indicator', entityId: id, action, changes }),

    summary: (row: IndicatorRow): Indicator => {
      const rows = repo.measurements(row.id);
      return toIndicator(row, rows.at(-1), rows.length, today(), () => new Set(rows.map((m) => m.period_start)));
    },

    /** Stores the next expected measurement derived from the measurements (call after every change to them or to the grid). */
    refreshNext: (id: number): void => {
      const row = mustGetRow(id);
      const next = nextExpectedMeasurement(scheduleOf(row), repo.measuredPeriods(id));
      repo.setNext(id, next.periodStart, next.due);
    },

    detail: (id: number): IndicatorDetail => {
      const row = mustGetRow(id);
      const rows = repo.measurements(id);
      const measured = new Set(rows.map((m) => m.period_start));
      return {
        ...toIndicator(row, rows.at(-1), rows.length, today(), () => measured),
        measurements: rows.map((m) => toMeasurement(m, row)),
        latePeriods: row.active === 1 ? lateMeasurements(scheduleOf(row), measured, today()) : [],
        objectives: repo.objectivesOf(id),
      };
    },
  };
};

export type IndicatorsContext = ReturnType<typeof createIndicatorsContext>;
