import type { z } from 'zod';
import type {
  Suggestion,
  suggestionFieldsSchema,
  suggestionListQuerySchema,
  suggestionTriageSchema,
  suggestionUpdateSchema,
} from '../../../shared/schemas/suggestions';
import { outOfOrder } from '../../../shared/domain/dates';
import { dateRuleMessages } from '../../../shared/domain/nonconformities';
import type { ActionsService } from '../actions/service';
import type { ServiceContext } from '../context';
import { ServiceError, invalidField, notFound, raise } from '../errors';
import { creationFields, diffFields } from '../history/changes';
import type { LoopContext } from '../nonconformities/context';
import { namedPerson } from '../people/lookup';
import { createSuggestionsRepository } from './repository';

type Fields = z.output<typeof suggestionFieldsSchema>;

const snapshot = (suggestion: Suggestion) => ({
  author: suggestion.authorName,
  suggestedOn: suggestion.suggestedOn,
  kind: suggestion.kind,
  description: suggestion.description,
  process: suggestion.processName,
});

/** Fiches d'amélioration: anyone named in the file notes an idea or a problem; the quality lead triages it. */
export const createSuggestionsService = (ctx: ServiceContext, lc: LoopContext, actions: ActionsService) => {
  const suggestions = createSuggestionsRepository(ctx.db);
  const { repos } = lc;
  const mustGet = (id: number): Suggestion => suggestions.get(id) ?? raise(notFound('Cette fiche d’amélioration'));

  const checked = (fields: Fields, prefix: string, current?: Suggestion): Fields => {
    namedPerson(repos.people, fields.authorId, `${prefix}authorId`, current?.authorId ?? null);
    if (fields.processId !== null && !repos.processes.get(fields.processId))
      throw invalidField(`${prefix}processId`, 'Ce processus n’existe pas.');
    if (fields.suggestedOn > lc.today()) throw invalidField(`${prefix}suggestedOn`, 'La date ne peut pas être dans le futur.');
    return fields;
  };

  /** Loads a fiche still waiting for its triage, refusing a stale revision. */
  const forChange = (id: number, revision: number): Suggestion => {
    const current = mustGet(id);
    if (current.revision !== revision) {
      throw new ServiceError('conflict', `La fiche ${current.reference} a été modifiée entre-temps. Rechargez la page.`);
    }
    if (current.status !== 'a_trier') {
      throw new ServiceError('conflict', `La fiche ${current.reference} est déjà triée : elle reste consultable telle quelle.`);
    }
    return current;
  };

  return {
    list: (query: z.output<typeof suggestionListQuerySchema>): Suggestion[] => suggestions.list(query.status ?? null),

    get: mustGet,

    create: (fields: Fields): Suggestion =>
      ctx.db
        .transaction(() => {
          const at = ctx.now().toISOString();
          const reference = repos.sequences.suggestionReference(Number(fields.suggestedOn.slice(0, 4)));
          const id = suggestions.insert(reference, checked(fields, ''), at);
          const created = mustGet(id);
          lc.record('suggestion', id, 'create', creationFields({ reference, ...snapshot(created) }), at);
          return created;
        })
        .immediate(),

    update: (input: z.output<typeof suggestionUpdateSchema>): Suggestion =>
      ctx.db
        .transaction(() => {
          const current = forChange(input.id, input.revision);
          const at = ctx.now().toISOString();
          suggestions.update(current.id, checked(input.fields, 'fields.', current), at);
          const updated = mustGet(current.id);
          const changes = diffFields(snapshot(current), snapshot(updated));
          if (changes.length > 0) lc.record('suggestion', current.id, 'update', changes, at);
          return updated;
        })
        .immediate(),

    /** Turns the fiche into a nonconformity or an action, or sets it aside with the reason; once. */
    triage: (input: z.output<typeof suggestionTriageSchema>): Suggestion =>
      ctx.db
        .transaction(() => {
          const current = forChange(input.id, input.revision);
          const { decision } = input;
          const at = ctx.now().toISOString();
          const { triagedOn } = input;
          if (triagedOn > lc.today()) throw invalidField('triagedOn', dateRuleMessages.inFuture('La date du tri'));
          if (triagedOn < current.suggestedOn) {
            throw invalidField('triagedOn', outOfOrder('Le tri', triagedOn, 'la fiche', current.suggestedOn));
          }
          const origin = { suggestion: current.reference };
          if (decision.to === 'nc') {
            const values = {
              detectedOn: current.suggestedOn,
              detectedBy: current.authorId,
              processId: current.processId,
              requirementId: null,
              requirementIds: [],
              description: decision.description,
              severity: decision.severity,
            };
            const ncId = lc.openNonconformity(decision.source, values, at, origin);
            suggestions.triage(current.id, { status: 'nc', nonconformityId: ncId, rejectionReason: null, triagedOn }, at);
          } else if (decision.to === 'action') {
            if (decision.action.dueDate < triagedOn) {
              throw invalidField(
                'decision.action.dueDate',
                outOfOrder('L’échéance', decision.action.dueDate, 'le tri de la fiche', triagedOn),
              );
            }
            namedPerson(repos.people, decision.action.ownerId, 'decision.action.ownerId');
            if (decision.action.processId !== null && !repos.processes.get(decision.action.processId)) {
              throw invalidField('decision.action.processId', 'Ce processus n’existe pas.');
            }
            actions.insert(
              { source: 'fiche', nonconformityId: null, findingId: null, suggestionId: current.id, originNote: null },
              { ...decision.action, openedOn: triagedOn },
              at,
              origin,
            );
            suggestions.triage(current.id, { status: 'action', nonconformityId: null, rejectionReason: null, triagedOn }, at);
          } else {
            suggestions.triage(
              current.id,
              { status: 'non_retenue', nonconformityId: null, rejectionReason: decision.reason, triagedOn },
              at,
            );
          }
          const triaged = mustGet(current.id);
          lc.record(
            'suggestion',
            current.id,
            'triage',
            [
              { field: 'status', before: current.status, after: triaged.status },
              ...(triaged.nonconformity ? [{ field: 'nonconformity', before: null, after: triaged.nonconformity.reference }] : []),
              ...(triaged.action ? [{ field: 'action', before: null, after: triaged.action.reference }] : []),
              ...(triaged.rejectionReason ? [{ field: 'rejectionReason', before: null, after: triaged.rejectionReason }] : []),
            ],
            at,
          );
          return triaged;
        })
        .immediate(),
  };
};
