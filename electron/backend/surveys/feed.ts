import { periodContaining, type IndicatorFrequency } from '../../../shared/domain/indicators';
import { satisfactionRate } from '../../../shared/domain/surveys';
import { notFound, raise } from '../errors';
import type { IndicatorsService } from '../indicators/service';
import type { LoopContext } from '../nonconformities/context';
import { toRule, type createSurveysRepository } from './repository';

/**
 * The satisfaction indicator a campaign feeds: its rate, as satisfied answers over counted ones,
 * for the indicator's period containing the campaign's opening day. Call inside the transaction
 * that changed the campaign's answers, link or dates.
 */
export const createIndicatorFeed = (lc: LoopContext, repo: ReturnType<typeof createSurveysRepository>, indicators: IndicatorsService) => {
  /** Writes the campaign's rate on its indicator, for the period the campaign opened in; removes it when it has none to give. */
  return (id: number): void => {
    const row = repo.get(id) ?? raise(notFound('Cette enquête'));
    const previous = repo.measurementOf(id);
    const figures = satisfactionRate(repo.questions(id).map(toRule), repo.answers(id));
    const indicator = row.indicator_id === null ? undefined : repo.indicator(row.indicator_id);
    const periodStart = indicator && periodContaining(indicator.frequency as IndicatorFrequency, row.opens_on);
    const keep =
      indicator !== undefined && figures.total > 0 && previous?.indicator_id === indicator.id && previous.period_start === periodStart;
    if (previous !== undefined && !keep) indicators.removeMeasurement(previous.id, id);
    if (indicator === undefined || periodStart === undefined || figures.total === 0 || periodStart > lc.today()) return;
    indicators.addMeasurement(
      {
        indicatorId: indicator.id,
        periodStart,
        value: null,
        numerator: figures.satisfied,
        denominator: figures.total,
        parts: null,
        comment: `Enquête « ${row.title} » : ${figures.satisfied} réponse(s) satisfaite(s) sur ${figures.total}.`.slice(0, 2000),
        replace: true,
      },
      id,
    );
  };
};
