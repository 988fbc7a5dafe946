import type { z } from 'zod';
import { competenceMatrix, trainingState } from '../../../shared/domain/competences';
import { outOfOrder, toCalendarDate } from '../../../shared/domain/dates';
import type {
  Competence,
  competenceCreateSchema,
  JobFunction,
  jobFunctionFieldsSchema,
  jobFunctionUpdateSchema,
  Matrix,
  Training,
  trainingEvaluationSchema,
  trainingFieldsSchema,
  trainingListQuerySchema,
  trainingUpdateSchema,
} from '../../../shared/schemas/competences';
import type { FieldChange } from '../../../shared/schemas/history';
import type { ServiceContext } from '../context';
import { ServiceError, invalidField, notFound, raise } from '../errors';
import { creationFields, diffFields } from '../history/changes';
import { createHistoryRepository } from '../history/repository';
import { namedPerson } from '../people/lookup';
import { createPeopleRepository } from '../people/repository';
import { createCompetencesRepository, type StoredTraining } from './repository';

type TrainingInput = z.output<typeof trainingFieldsSchema>;

const functionSnapshot = (fn: JobFunction) => ({
  name: fn.name,
  description: fn.description,
  competences: fn.competences.map((c) => c.name).join(', ') || null,
  holders: fn.holders.map((h) => h.name).join(', ') || null,
});

const trainingSnapshot = (t: Training) => ({
  person: t.personName,
  competence: t.competenceName,
  title: t.title,
  provider: t.providerName,
  status: t.status,
  plannedOn: t.plannedOn,
  doneOn: t.doneOn,
  expiresOn: t.expiresOn,
  evaluationDue: t.evaluationDue,
  evaluatedOn: t.evaluatedOn,
  evaluationResult: t.evaluationResult,
  evaluationComment: t.evaluationComment,
});

/** Competence (§7.2): the functions and what they require, each person's trainings and qualifications, the matrix. */
export const createCompetencesService = (ctx: ServiceContext) => {
  const repo = createCompetencesRepository(ctx.db);
  const people = createPeopleRepository(ctx.db);
  const history = createHistoryRepository(ctx.db, ctx.author);
  const today = () => toCalendarDate(ctx.now());
  const record = (entity: 'job_function' | 'training', entityId: number, action: string, changes: FieldChange[], at: string) =>
    history.append({ at, entity, entityId, action, changes });

  const withState = (t: StoredTraining): Training => ({ ...t, state: trainingState(t, today()) });
  const mustGetTraining = (id: number): Training => withState(repo.training(id) ?? raise(notFound('Cette formation')));
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

  const checkTraining = (fields: TrainingInput, prefix: string, current?: Training): void => {
    const person = people.get(fields.personId);
    if (!person) throw invalidField(`${prefix}personId`, 'Cette personne n’existe pas dans l’annuaire.');
    if (!person.active && fields.personId !== current?.personId) {
      throw invalidField(
        `${prefix}personId`,
        `${person.name} a quitté la structure (désactivé(e) dans l’annuaire) : une nouvelle formation ne peut pas lui être rattachée. Ses formations passées restent consultables.`,
      );
    }
    if (fields.competenceId !== null && !repo.competence(fields.competenceId)) {
      throw invalidField(`${prefix}competenceId`, 'Cette compétence n’existe pas.');
    }
    if (fields.providerId !== null && !repo.providerExists(fields.providerId)) {
      throw invalidField(`${prefix}providerId`, 'Ce prestataire n’existe pas.');
    }
    if (fields.doneOn !== null && fields.doneOn > today()) {
      throw invalidField(
        `${prefix}doneOn`,
        'Une formation réalisée a eu lieu : sa date ne peut pas être dans le futur. Notez-la « prévue ».',
      );
    }
    if (current?.evaluatedOn && fields.doneOn !== null && current.evaluatedOn < fields.doneOn) {
      throw invalidField(`${prefix}doneOn`, outOfOrder('L’évaluation déjà faite', current.evaluatedOn, 'la formation', fields.doneOn));
    }
  };

  const mustBeCurrent = (t: Training, revision: number): void => {
    if (t.revision !== revision) {
      throw new ServiceError('conflict', `La formation « ${t.title} » a été modifiée entre-temps. Rechargez la page.`);
    }
  };

  const listTrainings = (query: z.output<typeof trainingListQuerySchema>): Training[] =>
    repo
      .trainings({
        personId: query.personId ?? null,
        competenceId: query.competenceId ?? null,
        year: query.year === undefined ? null : String(query.year),
        search: query.search ?? null,
      })
      .map(withState)
      .filter((t) => query.state === undefined || t.state === query.state);

  return {
    competences: (): Competence[] => repo.competences(),

    createCompetence: (input: z.output<typeof competenceCreateSchema>): Competence =>
      ctx.db
        .transaction(() => {
          if (repo.competenceByName(input.name) !== undefined) {
            throw invalidField('name', `La compétence « ${input.name} » existe déjà.`);
          }
          const id = repo.insertCompetence(input.name, input.kind, ctx.now().toISOString());
          return repo.competence(id) ?? raise(notFound('Cette compétence'));
        })
        .immediate(),

    functions: (): JobFunction[] => repo.functions(),
    getFunction: mustGetFunction,

    createFunction: (fields: z.output<typeof jobFunctionFieldsSchema>): JobFunction =>
      ctx.db
        .transaction(() => {
          checkFunction(fields, '');
          const at = ctx.now().toISOString();
          const id = repo.insertFunction(fields.name, fields.description, at);
          repo.setFunctionLinks(id, fields.competenceIds, fields.holderIds);
          const created = mustGetFunction(id);
          record('job_function', id, 'create', creationFields(functionSnapshot(created)), at);
          return created;
        })
        .immediate(),

    updateFunction: (input: z.output<typeof jobFunctionUpdateSchema>): JobFunction =>
      ctx.db
        .transaction(() => {
          const current = mustGetFunction(input.id);
          if (current.revision !== input.revision) {
            throw new ServiceError('conflict', `La fonction « ${current.name} » a été modifiée entre-temps. Rechargez la page.`);
          }
          checkFunction(input.fields, 'fields.', current);
          const at = ctx.now().toISOString();
          repo.updateFunction(current.id, input.fields.name, input.fields.description, at);
          repo.setFunctionLinks(current.id, input.fields.competenceIds, input.fields.holderIds);
          const updated = mustGetFunction(current.id);
          const changes = diffFields(functionSnapshot(current), functionSnapshot(updated));
          if (changes.length > 0) record('job_function', current.id, 'update', changes, at);
          return updated;
        })
        .immediate(),

    trainings: listTrainings,
    getTraining: mustGetTraining,

    createTraining: (fields: TrainingInput): Training =>
      ctx.db
        .transaction(() => {
          checkTraining(fields, '');
          const at = ctx.now().toISOString();
          const id = repo.insertTraining(fields, at);
          const created = mustGetTraining(id);
          record('training', id, 'create', creationFields(trainingSnapshot(created)), at);
          return created;
        })
        .immediate(),

    updateTraining: (input: z.output<typeof trainingUpdateSchema>): Training =>
      ctx.db
        .transaction(() => {
          const current = mustGetTraining(input.id);
          mustBeCurrent(current, input.revision);
          checkTraining(input.fields, 'fields.', current);
          const at = ctx.now().toISOString();
          repo.updateTraining(current.id, input.fields, at);
          const updated = mustGetTraining(current.id);
          const changes = diffFields(trainingSnapshot(current), trainingSnapshot(updated));
          if (changes.length > 0) record('training', current.id, 'update', changes, at);
          return updated;
        })
        .immediate(),

    /** Records the evaluation of a training's effect: after it took place, not in the future. */
    evaluateTraining: (input: z.output<typeof trainingEvaluationSchema>): Training =>
      ctx.db
        .transaction(() => {
          const current = mustGetTraining(input.id);
          mustBeCurrent(current, input.revision);
          if (current.status !== 'realisee' || current.doneOn === null) {
            throw new ServiceError('conflict', `La formation « ${current.title} » n’est pas réalisée : son effet s’évalue après.`);
          }
          if (input.evaluatedOn > today()) throw invalidField('evaluatedOn', 'La date de l’évaluation ne peut pas être dans le futur.');
          if (input.evaluatedOn < current.doneOn) {
            throw invalidField('evaluatedOn', outOfOrder('L’évaluation', input.evaluatedOn, 'la formation', current.doneOn));
          }
          const at = ctx.now().toISOString();
          repo.evaluateTraining(current.id, input.evaluatedOn, input.result, input.comment, at);
          const updated = mustGetTraining(current.id);
          record('training', current.id, 'evaluation', diffFields(trainingSnapshot(current), trainingSnapshot(updated)), at);
          return updated;
        })
        .immediate(),

    /** Who is qualified for what today, function by function. */
    matrix: (): Matrix => {
      const date = today();
      const functions = repo.functions();
      const trainings = repo.trainings({ personId: null, competenceId: null, year: null, search: null });
      const matrix = competenceMatrix(
        {
          functions: functions.map((fn) => ({
            id: fn.id,
            name: fn.name,
            competenceIds: fn.competences.map((c) => c.id),
            holderIds: fn.holders.map((h) => h.id),
          })),
          competences: repo.competences(),
          people: functions.flatMap((fn) => fn.holders),
          trainings,
        },
        date,
      );
      return {
        date,
        functions: matrix.map(({ id, name, holders, competences, cells, missing }) => ({ id, name, holders, competences, cells, missing })),
      };
    },
  };
};

export type CompetencesService = ReturnType<typeof createCompetencesService>;
