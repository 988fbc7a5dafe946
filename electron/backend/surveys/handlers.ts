import { toCalendarDate } from '../../../shared/domain/dates';
import type { Handlers, MethodsOf } from '../handlers';
import { surveysCsv } from './csv';

export const surveysHandlers: Handlers<MethodsOf<'surveys'>> = {
  'surveys.list': (input, session) => session.services().surveys.list(input),
  'surveys.get': (input, session) => session.services().surveys.get(input.id),
  'surveys.create': (input, session) => session.services().surveys.create(input),
  'surveys.update': (input, session) => session.services().surveys.update(input),
  'surveys.addQuestion': (input, session) => session.services().surveys.addQuestion(input),
  'surveys.removeQuestion': (input, session) => session.services().surveys.removeQuestion(input),
  'surveys.addResponse': (input, session) => session.services().surveys.addResponse(input),
  'surveys.previewImport': (input, session) => session.services().surveys.previewImport(input),
  'surveys.import': (input, session) => session.services().surveys.import(input),
  'surveys.analyse': (input, session) => session.services().surveys.analyse(input),
  'surveys.addAction': (input, session) => session.services().surveys.addAction(input),
  'surveys.exportCsv': (input, session) => surveysCsv(session.services().surveys.list(input), toCalendarDate(session.config.now())),
};
