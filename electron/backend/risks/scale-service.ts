import type { z } from 'zod';
import type { RiskScale } from '../../../shared/domain/risks';
import type { riskScaleSchema } from '../../../shared/schemas/risks';
import type { ServiceContext } from '../context';
import { invalidField } from '../errors';
import { createHistoryRepository } from '../history/repository';
import { createSettingsRepository } from '../organisation/repository';
import { ORGANISATION_ID } from '../organisation/service';
import type { RisksRepository } from './repository';
import { readRiskScale, RISK_SCALE_KEY } from './scale';

const described = (scale: RiskScale): string =>
  `Probabilité : ${scale.likelihood.join(', ')} ; impact : ${scale.impact.join(', ')} ; moyen dès ${scale.mediumFrom}, élevé dès ${scale.highFrom}`;

/**
 * The structure's evaluation scale: read from the file, and changed with a history entry on the
 * organisation. It cannot lose a level an evaluation already used (the register would no longer read).
 */
export const createRiskScale = (ctx: ServiceContext, risks: RisksRepository) => {
  const settings = createSettingsRepository(ctx.db);
  const history = createHistoryRepository(ctx.db, ctx.author);
  const get = (): RiskScale => readRiskScale(ctx.db);
  return {
    get,
    set: (scale: z.output<typeof riskScaleSchema>): RiskScale =>
      ctx.db
        .transaction(() => {
          const used = risks.highestLevels();
          if (used.likelihood !== null && used.likelihood > scale.likelihood.length) {
            throw invalidField(
              'likelihood',
              `Des évaluations utilisent le niveau ${used.likelihood} de probabilité : gardez au moins ${used.likelihood} niveaux.`,
            );
          }
          if (used.impact !== null && used.impact > scale.impact.length) {
            throw invalidField(
              'impact',
              `Des évaluations utilisent le niveau ${used.impact} d’impact : gardez au moins ${used.impact} niveaux.`,
            );
          }
          const before = get();
          const after: RiskScale = {
            likelihood: scale.likelihood,
            impact: scale.impact,
            mediumFrom: scale.mediumFrom,
            highFrom: scale.highFrom,
          };
          if (described(before) === described(after)) return before;
          settings.set(RISK_SCALE_KEY, JSON.stringify(after));
          history.append({
            at: ctx.now().toISOString(),

            entity: 'organisation',
            entityId: ORGANISATION_ID,
            action: 'update',
            changes: [{ field: 'riskScale', before: described(before), after: described(after) }],
          });
          return get();
        })
        .immediate(),
  };
};
