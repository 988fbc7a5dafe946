import type { z } from 'zod';
import { outOfOrder } from '../../../shared/domain/dates';
import { riskScore, treatmentNeedsAction, treatmentsFor } from '../../../shared/domain/risks';
import { riskTreatmentLabels } from '../../../shared/labels/risks';
import type { Risk, riskReevaluateSchema, riskTreatSchema } from '../../../shared/schemas/risks';
import { openDecidedAction } from '../actions/decided';
import type { ActionsService } from '../actions/service';
import { invalidField } from '../errors';
import { diffFields } from '../history/changes';
import { notInFuture } from '../issues/life';
import { evaluationFields, type RisksContext } from './context';

type Treat = z.output<typeof riskTreatSchema>;

/** The treatment refused in French when it does not suit the kind, comes before the risk, or needs an action it has not got. */
const checkTreatment = (rc: RisksContext, before: Risk, { fields, action }: Treat): void => {
  if (!treatmentsFor[before.kind].includes(fields.treatment)) {
    const allowed = treatmentsFor[before.kind].map((treatment) => `« ${riskTreatmentLabels.fr[treatment]} »`).join(', ');
    throw invalidField('fields.treatment', `${before.kind === 'risque' ? 'Un risque' : 'Une opportunité'} se traite par : ${allowed}.`);
  }
  notInFuture(fields.decidedOn, rc.today(), 'fields.decidedOn', 'La date de la décision');
  if (fields.decidedOn < before.identifiedOn) {
    throw invalidField('fields.decidedOn', outOfOrder('La décision', fields.decidedOn, 'l’identification', before.identifiedOn));
  }
  const live = before.actions.filter((existing) => existing.status !== 'abandonnee');
  if (treatmentNeedsAction(fields.treatment) && live.length === 0 && action === null) {
    const word = riskTreatmentLabels.fr[fields.treatment].toLocaleLowerCase('fr-FR');
    throw invalidField('action', `Pour « ${word} », décrivez au moins une action du plan : qui fait quoi, et pour quand.`);
  }
};

/** What is decided about a risk after its identification: its re-evaluations and its treatment with the plan's actions. */
export const createRiskDecisions = (rc: RisksContext, actions: ActionsService) => ({
  /** A new evaluation on the scale (after the treatment, or at a review), dated; the next one may be planned. */
  reevaluate: (input: z.output<typeof riskReevaluateSchema>): Risk =>
    rc.db
      .transaction(() => {
        const before = rc.current(input.id, input.revision);
        rc.life(before).editable(before);
        const { fields } = input;
        evaluationFields('fields.', rc.scales.get(), fields);
        notInFuture(fields.evaluatedOn, rc.today(), 'fields.evaluatedOn', 'La date de la réévaluation');
        const last = before.evaluations.at(-1);
        if (last !== undefined && fields.evaluatedOn < last.evaluatedOn) {
          throw invalidField(
            'fields.evaluatedOn',
            outOfOrder('La réévaluation', fields.evaluatedOn, 'l’évaluation précédente', last.evaluatedOn),
          );
        }
        if (fields.nextReevaluationDue !== null && fields.nextReevaluationDue < fields.evaluatedOn) {
          throw invalidField(
            'fields.nextReevaluationDue',
            outOfOrder('La prochaine réévaluation', fields.nextReevaluationDue, 'cette réévaluation', fields.evaluatedOn),
          );
        }
        const at = rc.now().toISOString();
        rc.risks.evaluate(before.id, fields, at);
        rc.risks.setReevaluationDue(before.id, fields.nextReevaluationDue, at);
        rc.record(
          before.id,
          'reevaluation',
          [
            { field: 'evaluatedOn', before: last?.evaluatedOn ?? null, after: fields.evaluatedOn },
            { field: 'likelihood', before: last?.likelihood ?? null, after: fields.likelihood },
            { field: 'impact', before: last?.impact ?? null, after: fields.impact },
            { field: 'score', before: last?.score ?? null, after: riskScore(fields) },
            ...(fields.comment === null ? [] : [{ field: 'comment', before: null, after: fields.comment }]),
            { field: 'reevaluationDue', before: before.reevaluationDue, after: fields.nextReevaluationDue },
          ],
          at,
        );
        return rc.mustGet(before.id);
      })
      .immediate(),

  /**
   * The treatment decided on a day; one carried out by actions (reduce, avoid, share, seize) needs one
   * that is not abandoned: the first comes with the decision when the risk has none yet.
   */
  treat: (input: Treat): Risk =>
    rc.db
      .transaction(() => {
        const before = rc.current(input.id, input.revision);
        rc.life(before).editable(before);
        checkTreatment(rc, before, input);
        const { fields, action } = input;
        const at = rc.now().toISOString();
        rc.risks.treat(before.id, fields, at);
        const decision = (risk: Pick<Risk, 'treatment' | 'treatmentNote' | 'decidedOn' | 'reevaluationDue'>) => ({
          treatment: risk.treatment,
          treatmentNote: risk.treatmentNote,
          decidedOn: risk.decidedOn,
          reevaluationDue: risk.reevaluationDue,
        });
        rc.record(before.id, 'treatment', diffFields(decision(before), decision(fields)), at);
        if (action !== null) openDecidedAction(actions, { source: 'risque', riskId: before.id }, action, fields.decidedOn);
        return rc.mustGet(before.id);
      })
      .immediate(),
});
