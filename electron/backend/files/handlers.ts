import type { Handlers, MethodsOf } from '../handlers';

export const filesHandlers: Handlers<MethodsOf<'files'>> = {
  'files.list': (input, session) => session.services().files.list(input.owner),
  'files.upload': (input, session) => session.services().files.upload(input),
  'files.download': (input, session) => session.services().files.download(input.id),
  'files.remove': (input, session) => session.services().files.remove(input.id),
};
