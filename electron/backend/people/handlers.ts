import type { Handlers, MethodsOf } from '../handlers';

export const peopleHandlers: Handlers<MethodsOf<'people'>> = {
  'people.list': (_input, session) => session.services().people.list(),
  'people.create': (input, session) => session.services().people.create(input),
  'people.update': (input, session) => session.services().people.update(input),
};
