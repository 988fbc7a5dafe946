import type { Handlers, MethodsOf } from '../handlers';
import { createExampleFile } from './service';

export const exampleHandlers: Handlers<MethodsOf<'example'>> = {
  'example.create': (_input, session) => createExampleFile(session),
};
