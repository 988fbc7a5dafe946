import type { z } from 'zod';
import { outOfOrder } from '../../../shared/domain/dates';
import { evaluationOutcome, nextEvaluationDue } from '../../../shared/domain/providers';
import { evaluationResultLabels } from '../../../shared/labels/providers';
import type { Action } from '../../../shared/schemas/actions';
import type { Nonconformity } from '../../../shared/schemas/nonconformities';
import type {
  Criterion,
  criterionFieldsSchema,
  criterionUpdateSchema,
  evaluationActionSchema,
  evaluationNonconformitySchema,
  Provider,
  ProviderDetail,
  providerEvaluateSchema,
  providerFieldsSchema,
  providerListQuerySchema,
  providerUpdateSchema,
} from '../../../shared/schemas/providers';
import type { ActionsService } from '../actions/service';
import { ServiceError, invalidField, notFound, raise } from '../errors';
import { creationFields, diffFields } from '../history/changes';
import type { LoopContext } from '../nonconformities/context';
import { namedPerson } from '../people/lookup';
import { createProvidersRepository, type StoredProvider } from './repository';

type Fields = z.output<typeof providerFieldsSchema>;

const snapshot = (p: Provider) => ({
  name: p.name,
  kind: p.kind,
  supplies: p.supplies,
  process: p.processName,
  since: p.since,
  evaluationMonths: p.evaluationMonths,
  active: p.active,
});

/** External providers and partners (§8.4): register, criteria, periodic evaluations, and what a poor one leads to. */
export const createProvidersService = (lc: LoopContext, actions: ActionsService) => {
  const repo = createProvidersRepository(lc.db);
  const { repos } = lc;

  const withLateness = (p: StoredProvider): Provider => ({ ...p, evaluationLate: p.active && p.nextEvaluationDue < lc.today() });

  const detail = (id: number): ProviderDetail => {
    const provider = withLateness(repo.get(id) ?? raise(notFound('Ce prestataire')));
    return {
      ...provider,
      evaluations: repo.evaluations(id).map((e) => ({
        id: e.id,
        evaluatedOn: e.evaluated_on,
        evaluatedById: e.evaluated_by,
        evaluatedByName: e.evaluated_by_name,
        score: e.score,
        result: e.result,
        comment: e.comment,
        scores: repo.scores(e.id).map((s) => ({ criterionId: s.criterion_id, label: s.label, score: s.score })),
        nonconformity:
          e.nonconformity_id === null
            ? null
            : { id: e.nonconformity_id, reference: e.nc_reference ?? '', status: e.nc_status ?? 'a_traiter' },
        actions: repos.actions.forEvaluation(e.id).map((a) => ({
          id: a.id,
          reference: a.reference,
          description: a.description,
          ownerName: a.ownerName,
          dueDate: a.dueDate,
          status: a.status,
        })),
      })),
    };
  };

  const values = (fields: Fields, id: number | null) => ({
    ...fields,
    nextEvaluationDue: nextEvaluationDue(fields.since, id === null ? null : repo.lastEvaluatedOn(id), fields.evaluationMonths),
  });

  const checked = (fields: Fields, prefix: string, current?: Provider): Fields => {
    const sameName = repo.idByName(fields.name);
    if (sameName !== undefined && sameName !== current?.id) {
      throw invalidField(`${prefix}name`, `« ${fields.name} » est déjà au registre des prestataires : ouvrez sa fiche.`);
    }
    if (fields.processId !== null && !repos.processes.get(fields.processId))
      throw invalidField(`${prefix}processId`, 'Ce processus n’existe pas.');
    if (fields.since > lc.today()) throw invalidField(`${prefix}since`, 'Le début de la relation ne peut pas être dans le futur.');
    return fields;
  };

  const mustGetEvaluation = (id: number) => repo.evaluation(id) ?? raise(notFound('Cette évaluation'));

  const checkCriterionLabel = (label: string, field: string, ownId?: number): void => {
    const same = repo.criterionByLabel(label);
    if (same !== undefined && same !== ownId) throw invalidField(field, `Le critère « ${label} » existe déjà.`);
  };

  return {
    list: (query: z.output<typeof providerListQuerySchema>): Provider[] =>
      repo
        .list({ kind: query.kind ?? null, activeOnly: query.activeOnly ?? false, lateBefore: query.lateOnly ? lc.today() : null })
        .map(withLateness),

    get: detail,

    create: (fields: Fields): ProviderDetail =>
      lc.db
        .transaction(() => {
          const at = lc.now().toISOString();
          const id = repo.insert(values(checked(fields, ''), null), at);
          const created = detail(id);
          lc.record('provider', id, 'create', creationFields(snapshot(created)), at);
          return created;
        })
        .immediate(),

    update: (input: z.output<typeof providerUpdateSchema>): ProviderDetail =>
      lc.db
        .transaction(() => {
          const current = detail(input.id);
          if (current.revision !== input.revision) {
            throw new ServiceError('conflict', `La fiche de « ${current.name} » a été modifiée entre-temps. Rechargez la page.`);
          }
          const at = lc.now().toISOString();
          repo.update(current.id, values(checked(input.fields, 'fields.', current), current.id), at);
          const updated = detail(current.id);
          const changes = diffFields(snapshot(current), snapshot(updated));
          if (changes.length > 0) lc.record('provider', current.id, 'update', changes, at);
          return updated;
        })
        .immediate(),

    criteria: (): Criterion[] => repo.criteria(),

    addCriterion: (fields: z.output<typeof criterionFieldsSchema>): Criterion =>
      lc.db
        .transaction(() => {
          checkCriterionLabel(fields.label, 'label');
          const id = repo.insertCriterion(fields.label, lc.now().toISOString());
          if (!fields.active) repo.updateCriterion(id, fields.label, false);
          return repo.criterion(id) ?? raise(notFound('Ce critère'));
        })
        .immediate(),

    updateCriterion: (input: z.output<typeof criterionUpdateSchema>): Criterion =>
      lc.db
        .transaction(() => {
          if (!repo.criterion(input.id)) throw notFound('Ce critère');
          checkCriterionLabel(input.fields.label, 'fields.label', input.id);
          repo.updateCriterion(input.id, input.fields.label, input.fields.active);
          return repo.criterion(input.id) ?? raise(notFound('Ce critère'));
        })
        .immediate(),

    /**
     * Records a periodic evaluation: a score of 1 to 4 on each criterion (the scale is checked by the
     * schema), its mean and result, and moves the next one due a period later.
     */
    evaluate: (input: z.output<typeof providerEvaluateSchema>): ProviderDetail =>
      lc.db
        .transaction(() => {
          const provider = detail(input.providerId);
          if (!provider.active) {
            throw new ServiceError(
              'conflict',
              `« ${provider.name} » n’est plus un prestataire actif : réactivez sa fiche avant de l’évaluer.`,
            );
          }
          namedPerson(repos.people, input.evaluatedById, 'evaluatedById');
          if (input.evaluatedOn > lc.today()) throw invalidField('evaluatedOn', 'La date de l’évaluation ne peut pas être dans le futur.');
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
          const at = lc.now().toISOString();
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
          lc.record(
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
      lc.db
        .transaction(() => {
          const evaluation = mustGetEvaluation(input.evaluationId);
          const provider = detail(evaluation.provider_id);
          const at = lc.now().toISOString();
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
          lc.record('provider', provider.id, 'action_add', [{ field: 'action', before: null, after: action.reference }], at);
          return action;
        })
        .immediate(),

    /** Opens the nonconformity of an evaluation (source "prestataire"), detected the day of the evaluation. */
    openNonconformity: (input: z.output<typeof evaluationNonconformitySchema>): Nonconformity =>
      lc.db
        .transaction(() => {
          const evaluation = mustGetEvaluation(input.evaluationId);
          const provider = detail(evaluation.provider_id);
          if (evaluation.nonconformity_id !== null) {
            throw new ServiceError('conflict', 'Cette évaluation a déjà sa non-conformité : complétez-la.');
          }
          namedPerson(repos.people, input.fields.detectedById, 'fields.detectedById');
          const at = lc.now().toISOString();
          const ncId = lc.openNonconformity(
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
          const nc = lc.detail(ncId);
          lc.record('provider', provider.id, 'nonconformity_open', [{ field: 'nonconformity', before: null, after: nc.reference }], at);
          return nc;
        })
        .immediate(),
  };
};
