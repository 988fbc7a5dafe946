import { toCalendarDate } from '../../../shared/domain/dates';
import type { Handlers, MethodsOf } from '../handlers';
import { providersCsv } from './csv';

export const providersHandlers: Handlers<MethodsOf<'providers'>> = {
  'providers.list': (input, session) => session.services().providers.list(input),
  'providers.get': (input, session) => session.services().providers.get(input.id),
  'providers.create': (input, session) => session.services().providers.create(input),
  'providers.update': (input, session) => session.services().providers.update(input),
  'providers.criteria': (_input, session) => session.services().providers.criteria(),
  'providers.addCriterion': (input, session) => session.services().providers.addCriterion(input),
  'providers.updateCriterion': (input, session) => session.services().providers.updateCriterion(input),
  'providers.evaluate': (input, session) => session.services().providers.evaluate(input),
  'providers.addAction': (input, session) => session.services().providers.addAction(input),
  'providers.openNonconformity': (input, session) => session.services().providers.openNonconformity(input),
  'providers.exportCsv': (input, session) => providersCsv(session.services().providers.list(input), toCalendarDate(session.config.now())),
};
