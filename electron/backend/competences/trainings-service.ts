import type { z } from 'zod';
import { trainingState } from '../../../shared/domain/competences';
import { outOfOrder } from '../../../shared/domain/dates';
import type {
  Training,
  trainingEvaluationSchema,
  trainingFieldsSchema,
  trainingListQuerySchema,
  trainingUpdateSchema,
} from '../../../shared/schemas/competences';
import { ServiceError, invalidField, notFound, raise } from '../errors';
import { creationFields, diffFields } from '../history/changes';
import type { CompetencesContext } from './context';
import type { StoredTraining } from './repository';

type TrainingInput = z.output<typeof trainingFieldsSchema>;

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

/** Each person's trainings: planned, done, evaluated, with the state they give on a day. */
export const createTrainingsService = (cc: CompetencesContext) => {
  const { repo, people, today, record } = cc;
  const withState = (t: StoredTraining): Training => ({ ...t, state: trainingState(t, today()) });
  const mustGetTraining = (id: number): Training => withState(repo.training(id) ?? raise(notFound('Cette formation')));
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

  return {
    trainings: (query: z.output<typeof trainingListQuerySchema>): Training[] =>
      repo
        .trainings({
          personId: query.personId ?? null,
          competenceId: query.competenceId ?? null,
          year: query.year === undefined ? null : String(query.year),
          search: query.search ?? null,
        })
        .map(withState)
        .filter((t) => query.state === undefined || t.state === query.state),
    getTraining: mustGetTraining,

    createTraining: (fields: TrainingInput): Training =>
      cc.db
        .transaction(() => {
          checkTraining(fields, '');
          const at = cc.now().toISOString();
          const id = repo.insertTraining(fields, at);
          const created = mustGetTraining(id);
          record('training', id, 'create', creationFields(trainingSnapshot(created)), at);
          return created;
        })
        .immediate(),

    updateTraining: (input: z.output<typeof trainingUpdateSchema>): Training =>
      cc.db
        .transaction(() => {
          const current = mustGetTraining(input.id);
          mustBeCurrent(current, input.revision);
          checkTraining(input.fields, 'fields.', current);
          const at = cc.now().toISOString();
          repo.updateTraining(current.id, input.fields, at);
          const updated = mustGetTraining(current.id);
          const changes = diffFields(trainingSnapshot(current), trainingSnapshot(updated));
          if (changes.length > 0) record('training', current.id, 'update', changes, at);
          return updated;
        })
        .immediate(),

    /** Records the evaluation of a training's effect: after it took place, not in the future. */
    evaluateTraining: (input: z.output<typeof trainingEvaluationSchema>): Training =>
      cc.db
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
          const at = cc.now().toISOString();
          repo.evaluateTraining(current.id, input.evaluatedOn, input.result, input.comment, at);
          const updated = mustGetTraining(current.id);
          record('training', current.id, 'evaluation', diffFields(trainingSnapshot(current), trainingSnapshot(updated)), at);
          return updated;
        })
        .immediate(),
  };
};
