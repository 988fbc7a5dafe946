import type { Handlers, MethodsOf } from '../handlers';

/** What the host and its open file are: the page asks it first, and after every change of file. */
export const appHandlers: Handlers<MethodsOf<'app'>> = {
  'app.info': (_input, session) => session.info(),
};
