import type { z } from 'zod';
import { outOfOrder, toCalendarDate } from '../../../shared/domain/dates';
import { evaluationOutsideScale, type RiskScale } from '../../../shared/domain/risks';
import type { FieldChange } from '../../../shared/schemas/history';
import type { Risk, riskFieldsSchema } from '../../../shared/schemas/risks';
import type { ServiceContext } from '../context';
import { ServiceError, invalidField, notFound, raise } from '../errors';
import { createHistoryRepository } from '../history/repository';
import { registerLife } from '../issues/life';
import type { LoopContext } from '../nonconformities/context';
import { namedPerson } from '../people/lookup';
import { toRisk } from './mapping';
import { checkedOrigin } from './origin';
import { createRisksRepository, type RiskRow } from './repository';
import { createRiskScale } from './scale-service';

export type RiskFields = z.output<typeof riskFieldsSchema>;

/** Levels outside the structure's scale are refused on the level that is out, in French. */
export const evaluationFields = (prefix: string, scale: RiskScale, evaluation: { likelihood: number; impact: number }): void => {
  const outside = evaluationOutsideScale(evaluation, scale);
  if (outside === null) return;
  const field = evaluation.likelihood >= 1 && evaluation.likelihood <= scale.likelihood.length ? 'impact' : 'likelihood';
  throw invalidField(`${prefix}${field}`, outside);
};

/** What the risks' writes share, bound to one file: the repository, the scale, the history, a risk read whole, the checks. */
export const createRisksContext = (ctx: ServiceContext, lc: LoopContext) => {
  const risks = createRisksRepository(ctx.db);
  const history = createHistoryRepository(ctx.db, ctx.author);
  const scales = createRiskScale(ctx, risks);
  const today = () => toCalendarDate(ctx.now());
  const build = (row: RiskRow): Risk =>
    toRisk(row, risks.evaluations(row.id), lc.repos.actions.forRisk(row.id).map(lc.withOverdue), scales.get(), today());
  const mustGet = (id: number): Risk => build(risks.get(id) ?? raise(notFound('Ce risque ou cette opportunité')));
  const life = (risk?: Risk) => registerLife(today, risk ? `${risk.reference} « ${risk.title} »` : 'Ce risque');

  return {
    ...ctx,
    lc,
    risks,
    scales,
    today,
    mustGet,
    life,
    record: (entityId: number, action: string, changes: FieldChange[], at: string) =>
      history.append({ at, entity: 'risk', entityId, action, changes }),

    /** The risk at the revision the user saw; a stale edit is refused. */
    current: (id: number, revision: number): Risk => {
      const risk = mustGet(id);
      if (risk.revision !== revision) {
        throw new ServiceError('conflict', `${risk.reference} a été modifié entre-temps. Rechargez la page, puis recommencez.`);
      }
      return risk;
    },

    /** The people, process and origin named exist (and are active when newly named); the dates follow the origin's. */
    checked: (fields: RiskFields, prefix: string, before?: Risk) => {
      namedPerson(lc.repos.people, fields.ownerId, `${prefix}ownerId`, before?.ownerId ?? null);
      const origin = checkedOrigin(lc, risks, fields, prefix, before);
      life(before).identified(fields.identifiedOn, `${prefix}identifiedOn`, before);
      if (before !== undefined) {
        // Nothing that followed the identification may come before it.
        const followers = [
          { what: 'La réévaluation', date: before.evaluations[1]?.evaluatedOn ?? null },
          { what: 'La décision de traitement', date: before.decidedOn },
          { what: 'La première action', date: risks.firstActionOpened(before.id) },
        ];
        for (const follower of followers) {
          if (follower.date !== null && follower.date < fields.identifiedOn) {
            throw invalidField(`${prefix}identifiedOn`, outOfOrder(follower.what, follower.date, 'l’identification', fields.identifiedOn));
          }
        }
      }
      return origin;
    },
  };
};

export type RisksContext = ReturnType<typeof createRisksContext>;
