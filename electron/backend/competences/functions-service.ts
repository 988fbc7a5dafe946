import type { z } from 'zod';
import type {
  Competence,
  competenceCreateSchema,
  JobFunction,
  jobFunctionFieldsSchema,
  jobFunctionUpdateSchema,
} from '../../../shared/schemas/competences';
import { ServiceError, invalidField, notFound, raise } from '../errors';
import { creationFields, diffFields } from '../history/changes';
import { namedPerson } from '../people/lookup';
import type { CompetencesContext } from './context';

const functionSnapshot = (fn: JobFunction) => ({
  name: fn.name,
  description: fn.description,
  competences: fn.competences.map((c) => c.name).join(', ') || null,
  holders: fn.holders.map((h) => h.name).join(', ') || null,
});

/** The competences and the functions that require them, with who holds each function. */
export const createFunctionsService = (cc: CompetencesContext) => {
  const { repo, people, record } = cc;
  const mustGetFunction = (id: number): JobFunction => repo.function(id) ?? raise(notFound('Cette fonction'));

  const checkFunction = (fields: z.output<typeof jobFunctionFieldsSchema>, prefix: string, current?: JobFunction): void => {
    const sameName = repo.functionByName(fields.name);
    if (sameName !== undefined && sameName !== current?.id) {
      throw invalidField(`${prefix}name`, `La fonction « ${fields.name} » existe déjà : ouvrez-la pour la compléter.`);
    }
    fields.competenceIds.forEach((id, index) => {
      if (!repo.competence(id)) throw invalidField(`${prefix}competenceIds.${index}`, 'Cette compétence n’existe pas.');
    });
    const held = new Set(current?.holders.map((h) => h.id) ?? []);
    fields.holderIds.forEach((id, index) => namedPerson(people, id, `${prefix}holderIds.${index}`, held.has(id) ? id : null));
  };

  return {
    competences: (): Competence[] => repo.competences(),

    createCompetence: (input: z.output<typeof competenceCreateSchema>): Competence =>
      cc.db
        .transaction(() => {
          if (repo.competenceByName(input.name) !== undefined) {
            throw invalidField('name', `La compétence « ${input.name} » existe déjà.`);
          }
          const id = repo.insertCompetence(input.name, input.kind, cc.now().toISOString());
          return repo.competence(id) ?? raise(notFound('Cette compétence'));
        })
        .immediate(),

    functions: (): JobFunction[] => repo.functions(),
    getFunction: mustGetFunction,

    createFunction: (fields: z.output<typeof jobFunctionFieldsSchema>): JobFunction =>
      cc.db
        .transaction(() => {
          checkFunction(fields, '');
          const at = cc.now().toISOString();
          const id = repo.insertFunction(fields.name, fields.description, at);
          repo.setFunctionLinks(id, fields.competenceIds, fields.holderIds);
          const created = mustGetFunction(id);
          record('job_function', id, 'create', creationFields(functionSnapshot(created)), at);
          return created;
        })
        .immediate(),

    updateFunction: (input: z.output<typeof jobFunctionUpdateSchema>): JobFunction =>
      cc.db
        .transaction(() => {
          const current = mustGetFunction(input.id);
          if (current.revision !== input.revision) {
            throw new ServiceError('conflict', `La fonction « ${current.name} » a été modifiée entre-temps. Rechargez la page.`);
          }
          checkFunction(input.fields, 'fields.', current);
          const at = cc.now().toISOString();
          repo.updateFunction(current.id, input.fields.name, input.fields.description, at);
          repo.setFunctionLinks(current.id, input.fields.competenceIds, input.fields.holderIds);
          const updated = mustGetFunction(current.id);
          const changes = diffFields(functionSnapshot(current), functionSnapshot(updated));
          if (changes.length > 0) record('job_function', current.id, 'update', changes, at);
          return updated;
        })
        .immediate(),
  };
};
