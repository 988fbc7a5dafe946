import { twelveMonthsEndingOn } from '../../../../shared/domain/dates';
import { shortDate } from '../pdf/typography';
import { onClauses, referenceList } from './coverageClauses';
import type { CoverageSource } from './types';

/**
 * Performance evaluation as evidence: the management reviews held up to the pack's date (9.3), the
 * quality objectives set by then and still followed (6.2, documented information maintained in
 * Sève), the indicators measured within the 12 months up to it (9.1.1, 9.1.3; 9.1.2 for those on
 * satisfaction and réclamations).
 */
export const performanceCoverage: CoverageSource = (ctx) => {
  const from = twelveMonthsEndingOn(ctx.date);
  const reviews = ctx.db
    .prepare<[string], string>(
      `SELECT held_on FROM management_reviews WHERE status = 'tenue' AND held_on <= ? ORDER BY held_on DESC LIMIT 3`,
    )
    .pluck()
    .all(ctx.date);
  const objectives = ctx.db
    .prepare<{ date: string; from: string }, string>(
      `SELECT title FROM quality_objectives
       WHERE set_on <= @date AND (status = 'en_cours' OR target_date >= @from) ORDER BY target_date, id`,
    )
    .pluck()
    .all({ date: ctx.date, from });
  const indicators = ctx.db
    .prepare<{ date: string; from: string }, { name: string; theme: string }>(
      `SELECT i.name, i.theme FROM indicators i
       WHERE EXISTS (SELECT 1 FROM measurements m WHERE m.indicator_id = i.id AND m.period_start <= @date AND m.period_end >= @from)
       ORDER BY i.name`,
    )
    .all({ date: ctx.date, from });
  const satisfaction = indicators.filter((indicator) => indicator.theme === 'satisfaction' || indicator.theme === 'reclamations');
  return [
    ...reviews.flatMap((heldOn) =>
      onClauses(ctx, ['9.3', '9.3.1', '9.3.2', '9.3.3'], 'record', `Revue de direction du ${shortDate(heldOn)}`),
    ),
    ...(objectives.length > 0
      ? onClauses(ctx, ['6.2', '6.2.1', '6.2.2'], 'document', `Objectifs qualité : ${referenceList(objectives, 3)}`)
      : []),
    ...(indicators.length > 0
      ? onClauses(
          ctx,
          ['9.1', '9.1.1', '9.1.3'],
          'record',
          `Indicateurs mesurés depuis le ${shortDate(from)} : ${referenceList(
            indicators.map((indicator) => indicator.name),
            4,
          )}`,
        )
      : []),
    ...(satisfaction.length > 0
      ? onClauses(
          ctx,
          ['9.1.2'],
          'record',
          `Indicateurs de satisfaction : ${referenceList(
            satisfaction.map((indicator) => indicator.name),
            4,
          )}`,
        )
      : []),
  ];
};
