import type { z } from 'zod';
import { outOfOrder } from '../../../shared/domain/dates';
import { evaluationOutcome, nextEvaluationDue } from '../../../shared/domain/providers';
import { evaluationResultLabels } from '../../../shared/labels/providers';
import type { Action } from '../../../shared/schemas/actions';
import type { Nonconformity } from '../../../shared/schemas/nonconformities';
import type {
  evaluationActionSchema,
  evaluationNonconformitySchema,
  ProviderDetail,
  providerEvaluateSchema,
} from '../../../shared/schemas/providers';
import type { ActionsService } from '../actions/service';
import { ServiceError, invalidField, notFound, raise } from '../errors';
import { namedPerson } from '../people/lookup';
import type { ProvidersContext } from './context';

/** A provider's periodic evaluations, and the action or nonconformity a poor one leads to. */
export const createEvaluationsService = (pc: ProvidersContext, actions: ActionsService) => {
  const { repo, repos, providerDetail: detail } = pc;

  const mustGetEvaluation = (id: number) => repo.evaluation(id) ?? raise(notFound('Cette évaluation'));

  return {
    /**
     * Records a periodic evaluation: a score of 1 to 4 on each criterion (the scale is checked by the
     * schema), its mean and result, and moves the next one due a period later.
     */
    evaluate: (input: z.output<typeof providerEvaluateSchema>): ProviderDetail =>
      pc.db
        .transaction(() => {
          const provider = detail(input.providerId);
          if (!provider.active) {
            throw new ServiceError(
              'conflict',
              `« ${provider.name} » n’est plus un prestataire actif : réactivez sa fiche avant de l’évaluer.`,
            );
          }
          namedPerson(repos.people, input.evaluatedById, 'evaluatedById');
          if (input.evaluatedOn > pc.today()) throw invalidField('evaluatedOn', 'La date de l’évaluation ne peut pas être dans le futur.');
          if (input.evaluatedOn < provider.since) {
            throw invalidField('evaluatedOn', outOfOrder('L’évaluation', input.evaluatedOn, 'le début de la relation', provider.since));
          }
          input.scores.forEach((s, index) => {
            const criterion = repo.criterion(s.criterionId);
            if (!criterion) throw invalidField(`scores.${index}.criterionId`, 'Ce critère n’existe pas.');
            if (!criterion.active)
              throw invalidField(`scores.${index}.criterionId`, `Le critère « ${criterion.label} » n’est plus utilisé.`);
          });
          const outcome = evaluationOutcome(input.scores.map((s) => s.score));
          const at = pc.now().toISOString();
          repo.insertEvaluation(
            {
              providerId: provider.id,
              evaluatedOn: input.evaluatedOn,
              evaluatedBy: input.evaluatedById,
              ...outcome,
              comment: input.comment,
            },
            input.scores,
            at,
          );
          const due = nextEvaluationDue(provider.since, repo.lastEvaluatedOn(provider.id), provider.evaluationMonths);
          repo.setNextDue(provider.id, due, at);
          pc.record(
            'provider',
            provider.id,
            'evaluation',
            [
              { field: 'evaluatedOn', before: null, after: input.evaluatedOn },
              { field: 'score', before: null, after: outcome.score },
              { field: 'result', before: null, after: evaluationResultLabels.fr[outcome.result] },
              { field: 'nextEvaluationDue', before: provider.nextEvaluationDue, after: due },
            ],
            at,
          );
          return detail(provider.id);
        })
        .immediate(),

    /** The action an evaluation leads to (source "évaluation d'un prestataire"), opened on or after the evaluation. */
    addAction: (input: z.output<typeof evaluationActionSchema>): Action =>
      pc.db
        .transaction(() => {
          const evaluation = mustGetEvaluation(input.evaluationId);
          const provider = detail(evaluation.provider_id);
          const at = pc.now().toISOString();
          const links = {
            source: 'evaluation_prestataire' as const,
            nonconformityId: null,
            findingId: null,
            suggestionId: null,
            originNote: null,
          };
          const action = actions.createLinked(
            { ...links, providerEvaluationId: evaluation.id },
            input.fields,
            at,
            { what: 'l’évaluation du prestataire', date: evaluation.evaluated_on },
            { provider: provider.name },
          );
          pc.record('provider', provider.id, 'action_add', [{ field: 'action', before: null, after: action.reference }], at);
          return action;
        })
        .immediate(),

    /** Opens the nonconformity of an evaluation (source "prestataire"), detected the day of the evaluation. */
    openNonconformity: (input: z.output<typeof evaluationNonconformitySchema>): Nonconformity =>
      pc.db
        .transaction(() => {
          const evaluation = mustGetEvaluation(input.evaluationId);
          const provider = detail(evaluation.provider_id);
          if (evaluation.nonconformity_id !== null) {
            throw new ServiceError('conflict', 'Cette évaluation a déjà sa non-conformité : complétez-la.');
          }
          namedPerson(repos.people, input.fields.detectedById, 'fields.detectedById');
          const at = pc.now().toISOString();
          const ncId = pc.openNonconformity(
            'prestataire',
            {
              detectedOn: evaluation.evaluated_on,
              detectedBy: input.fields.detectedById,
              processId: provider.processId,
              requirementId: null,
              requirementIds: [],
              description: input.fields.description,
              severity: input.fields.severity,
            },
            at,
            { provider: provider.name },
          );
          repo.linkNonconformity(evaluation.id, ncId);
          const nc = pc.detail(ncId);
          pc.record('provider', provider.id, 'nonconformity_open', [{ field: 'nonconformity', before: null, after: nc.reference }], at);
          return nc;
        })
        .immediate(),
  };
};
