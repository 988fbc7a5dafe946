import type { Handlers, MethodsOf } from '../handlers';

export const risksHandlers: Handlers<MethodsOf<'risks'>> = {
  'risks.list': (input, session) => session.services().risks.list(input),
  'risks.get': (input, session) => session.services().risks.get(input.id),
  'risks.create': (input, session) => session.services().risks.create(input),
  'risks.update': (input, session) => session.services().risks.update(input),
  'risks.reevaluate': (input, session) => session.services().risks.reevaluate(input),
  'risks.treat': (input, session) => session.services().risks.treat(input),
  'risks.review': (input, session) => session.services().risks.review(input),
  'risks.retire': (input, session) => session.services().risks.retire(input),
  'risks.exportCsv': (input, session) => session.services().risks.exportCsv(input),
  'risks.scale': (_input, session) => session.services().risks.scale(),
  'risks.setScale': (input, session) => session.services().risks.setScale(input),
};
