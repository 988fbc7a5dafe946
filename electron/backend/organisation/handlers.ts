import type { Handlers, MethodsOf } from '../handlers';

export const appHandlers: Handlers<MethodsOf<'app' | 'organisation'>> = {
  'app.info': (_input, session) => session.info(),
  'organisation.update': (input, session) => session.services().organisation.update(input),
};
