import type { Handlers, MethodsOf } from '../handlers';

export const partiesHandlers: Handlers<MethodsOf<'parties'>> = {
  'parties.list': (input, session) => session.services().parties.list(input),
  'parties.get': (input, session) => session.services().parties.get(input.id),
  'parties.create': (input, session) => session.services().parties.create(input),
  'parties.update': (input, session) => session.services().parties.update(input),
  'parties.review': (input, session) => session.services().parties.review(input),
  'parties.retire': (input, session) => session.services().parties.retire(input),
  'parties.exportCsv': (input, session) => session.services().parties.exportCsv(input),
};
