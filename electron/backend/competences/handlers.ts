import { toCalendarDate } from '../../../shared/domain/dates';
import type { Handlers, MethodsOf } from '../handlers';
import { trainingsCsv } from './csv';

export const competencesHandlers: Handlers<MethodsOf<'competences'>> = {
  'competences.list': (_input, session) => session.services().competences.competences(),
  'competences.create': (input, session) => session.services().competences.createCompetence(input),
  'competences.functions': (_input, session) => session.services().competences.functions(),
  'competences.getFunction': (input, session) => session.services().competences.getFunction(input.id),
  'competences.createFunction': (input, session) => session.services().competences.createFunction(input),
  'competences.updateFunction': (input, session) => session.services().competences.updateFunction(input),
  'competences.trainings': (input, session) => session.services().competences.trainings(input),
  'competences.getTraining': (input, session) => session.services().competences.getTraining(input.id),
  'competences.createTraining': (input, session) => session.services().competences.createTraining(input),
  'competences.updateTraining': (input, session) => session.services().competences.updateTraining(input),
  'competences.evaluateTraining': (input, session) => session.services().competences.evaluateTraining(input),
  'competences.exportTrainingsCsv': (input, session) =>
    trainingsCsv(session.services().competences.trainings(input), toCalendarDate(session.config.now())),
  'competences.matrix': (_input, session) => session.services().competences.matrix(),
};
