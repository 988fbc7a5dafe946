import type { Handlers, MethodsOf } from '../handlers';

export const certificationsHandlers: Handlers<MethodsOf<'certifications'>> = {
  'certifications.list': (_input, session) => session.services().certifications.list(),
  'certifications.get': (input, session) => session.services().certifications.get(input.id),
  'certifications.create': (input, session) => session.services().certifications.create(input),
  'certifications.update': (input, session) => session.services().certifications.update(input),
  'certifications.plan': (input, session) => session.services().certifications.plan(input.id),
  'certifications.acceptPlan': (input, session) => session.services().certifications.acceptPlan(input),
};
