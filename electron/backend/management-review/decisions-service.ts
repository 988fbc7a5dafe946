import type { z } from 'zod';
import { dateInWords } from '../../../shared/domain/dates';
import { reviewOriginNote } from '../../../shared/domain/management-review';
import { decisionKindLabels } from '../../../shared/labels/management-review';
import type { decisionActionSchema, decisionAddSchema, ManagementReview } from '../../../shared/schemas/management-review';
import type { ActionsService } from '../actions/service';
import { ServiceError, notFound, raise } from '../errors';
import { creationFields } from '../history/changes';
import type { ReviewContext } from './context';
import type { ReviewRow } from './repository';

type ActionRequest = z.output<typeof decisionActionSchema>;

/** A review's decisions: recorded, turned into actions of the one plan, removed while they are only text. */
export const createReviewDecisions = (rc: ReviewContext, actions: ActionsService) => {
  const { repo, today, record, mustGetRow, get, editable } = rc;

  /** Creates the action a decision becomes; the actions module's field errors are renamed to this method's input. */
  const createAction = (review: ReviewRow, decision: { position: number; text: string }, request: ActionRequest) => {
    if (review.held_on > today()) {
      throw new ServiceError(
        'conflict',
        `Cette revue se tient le ${dateInWords(review.held_on)} : ses décisions deviennent des actions ce jour-là. Enregistrez la décision sans action pour l’instant.`,
      );
    }
    try {
      return actions.create({
        origin: { source: 'revue_direction', note: reviewOriginNote(review.held_on, decision.position) },
        fields: { ...request, openedOn: review.held_on, description: decision.text, evidenceNotes: null },
      });
    } catch (error) {
      if (!(error instanceof ServiceError) || error.fields === undefined) throw error;
      const fields = Object.fromEntries(
        Object.entries(error.fields).map(([path, message]) => [
          path === 'fields.description' ? 'text' : path.replace(/^fields\./, 'action.'),
          message,
        ]),
      );
      throw new ServiceError(error.code, error.message, fields);
    }
  };

  return {
    /** Records a decision, and in the same step the action that carries it out (owner, due date) when one is asked for. */
    addDecision: (input: z.output<typeof decisionAddSchema>): ManagementReview =>
      rc.db
        .transaction(() => {
          const review = editable(mustGetRow(input.reviewId));
          const at = rc.now().toISOString();
          const decision = repo.addDecision(review.id, input.kind, input.text, at);
          const action =
            input.action === null ? null : createAction(review, { position: decision.position, text: input.text }, input.action);
          if (action !== null) repo.linkAction(decision.id, action.id);
          record(
            review.id,
            'decision_add',
            creationFields({
              decision: `${decision.position}. ${input.text}`,
              kind: decisionKindLabels.fr[input.kind],
              action: action?.reference ?? null,
            }),
            at,
          );
          return get(review.id);
        })
        .immediate(),

    /** Turns a decision recorded as text into its action. */
    decisionToAction: (decisionId: number, request: ActionRequest): ManagementReview =>
      rc.db
        .transaction(() => {
          const decision = repo.decision(decisionId) ?? raise(notFound('Cette décision'));
          const review = editable(mustGetRow(decision.review_id));
          if (decision.action_id !== null) {
            throw new ServiceError(
              'conflict',
              `Cette décision a déjà son action ${decision.action_reference ?? ''} dans le plan d’actions.`,
            );
          }
          const action = createAction(review, decision, request);
          repo.linkAction(decision.id, action.id);
          record(
            review.id,
            'decision_action',
            [
              { field: 'decision', before: null, after: `${decision.position}. ${decision.text}` },
              { field: 'action', before: null, after: action.reference },
            ],
            rc.now().toISOString(),
          );
          return get(review.id);
        })
        .immediate(),

    /** Removes a decision recorded by mistake, as long as it has not become an action. */
    removeDecision: (decisionId: number): ManagementReview =>
      rc.db
        .transaction(() => {
          const decision = repo.decision(decisionId) ?? raise(notFound('Cette décision'));
          const review = editable(mustGetRow(decision.review_id));
          if (decision.action_id !== null) {
            throw new ServiceError(
              'conflict',
              `Cette décision est devenue l’action ${decision.action_reference ?? ''} : abandonnez plutôt l’action, avec son motif, dans le plan d’actions.`,
            );
          }
          repo.removeDecision(decision.id);
          record(
            review.id,
            'decision_remove',
            [{ field: 'decision', before: `${decision.position}. ${decision.text}`, after: null }],
            rc.now().toISOString(),
          );
          return get(review.id);
        })
        .immediate(),
  };
};
