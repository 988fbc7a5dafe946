import type { Handlers, MethodsOf } from '../handlers';

export const processesHandlers: Handlers<MethodsOf<'processes'>> = {
  'processes.list': (_input, session) => session.services().processes.list(),
  'processes.create': (input, session) => session.services().processes.create(input),
  'processes.update': (input, session) => session.services().processes.update(input),
  'processes.createMany': (input, session) => session.services().processes.createMany(input),
};
