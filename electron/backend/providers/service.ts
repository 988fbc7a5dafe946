import type { z } from 'zod';
import { nextEvaluationDue } from '../../../shared/domain/providers';
import type {
  Provider,
  ProviderDetail,
  providerFieldsSchema,
  providerListQuerySchema,
  providerUpdateSchema,
} from '../../../shared/schemas/providers';
import type { ActionsService } from '../actions/service';
import { ServiceError, invalidField } from '../errors';
import { creationFields, diffFields } from '../history/changes';
import type { LoopContext } from '../nonconformities/context';
import { createProvidersContext } from './context';
import { createCriteriaService } from './criteria-service';
import { createEvaluationsService } from './evaluations-service';

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
  const pc = createProvidersContext(lc);
  const { repo, repos, withLateness, providerDetail: detail } = pc;

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

    ...createCriteriaService(pc),
    ...createEvaluationsService(pc, actions),
  };
};
