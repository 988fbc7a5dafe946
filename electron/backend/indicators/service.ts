import { indicatorTemplates } from '../../../shared/domain/indicator-templates';
import type { Indicator } from '../../../shared/schemas/indicators';
import type { ServiceContext } from '../context';
import { createIndicatorsContext } from './context';
import { createIndicatorDefinitions } from './definitions-service';
import { toIndicator } from './mapping';
import { createIndicatorMeasurements } from './measurements-service';

/** Indicators and their measurements: the definitions, the period grid, rates checked and derived, what is late. */
export const createIndicatorsService = (ctx: ServiceContext) => {
  const ic = createIndicatorsContext(ctx);
  const { repo, today } = ic;

  return {
    templates: () => indicatorTemplates,

    list: (includeInactive: boolean): Indicator[] => {
      const latest = repo.latestByIndicator();
      const counts = repo.countsByIndicator();
      return repo
        .list(includeInactive)
        .map((row) => toIndicator(row, latest.get(row.id), counts.get(row.id) ?? 0, today(), () => repo.measuredPeriods(row.id)));
    },

    get: ic.detail,
    exists: (id: number): boolean => repo.get(id) !== undefined,

    ...createIndicatorDefinitions(ic),
    ...createIndicatorMeasurements(ic),

    /** Active indicators whose next measurement is due on or before `until` (late when due before today): the agenda's query. */
    dueMeasurements: (until: string) => repo.dueMeasurements(until),
  };
};

export type IndicatorsService = ReturnType<typeof createIndicatorsService>;
