import type { Handlers, MethodsOf } from '../handlers';

export const organisationHandlers: Handlers<MethodsOf<'organisation'>> = {
  'organisation.get': (_input, session) => session.services().organisation.get(),
  'organisation.update': (input, session) => session.services().organisation.update(input),
};
