import type { Api, Handlers, MethodsOf } from '../handlers';
import type { Session } from '../session';
import { createExampleFile } from './service';

/** `openApi` gives the example's own session an API to be written through (injected by api.ts, which owns the table). */
export const exampleHandlers = (openApi: (writer: Session) => Api): Handlers<MethodsOf<'example'>> => ({
  'example.create': (_input, session) => createExampleFile(session, openApi),
});
