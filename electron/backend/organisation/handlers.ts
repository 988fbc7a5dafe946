import type { Handlers, MethodsOf } from '../handlers';

export const appHandlers: Handlers<MethodsOf<'app' | 'organisation'>> = {
  'app.info': (_input, session) => session.info(),
  'organisation.get': (_input, session) => session.services().organisation.get(),
  'organisation.update': (input, session) => session.services().organisation.update(input),
};
