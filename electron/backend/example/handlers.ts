import type { Handlers, MethodsOf } from '../handlers';
import type { Session } from '../session';
import type { Invoker } from './call';
import { createExampleFile } from './service';

/** The example's handlers, given the contract to write it through (the API's own, passed in so that no import loops back). */
export const createExampleHandlers = (invokerFor: (writer: Session) => Invoker): Handlers<MethodsOf<'example'>> => ({
  'example.create': (_input, session) => createExampleFile(session, invokerFor),
});
