import type { Handlers, MethodsOf } from '../handlers';

export const issuesHandlers: Handlers<MethodsOf<'issues'>> = {
  'issues.list': (input, session) => session.services().issues.list(input),
  'issues.get': (input, session) => session.services().issues.get(input.id),
  'issues.create': (input, session) => session.services().issues.create(input),
  'issues.update': (input, session) => session.services().issues.update(input),
  'issues.review': (input, session) => session.services().issues.review(input),
  'issues.retire': (input, session) => session.services().issues.retire(input),
  'issues.exportCsv': (input, session) => session.services().issues.exportCsv(input),
  'issues.overview': (_input, session) => session.services().issues.overview(),
  'issues.setGrouping': (input, session) => session.services().issues.setGrouping(input),
  'issues.answerClimate': (input, session) => session.services().issues.answerClimate(input),
};
