import type { Handlers, MethodsOf } from '../handlers';

export const nonconformitiesHandlers: Handlers<MethodsOf<'nonconformities'>> = {
  'nonconformities.list': (input, session) => session.services().nonconformities.list(input),
  'nonconformities.page': (input, session) => session.services().nonconformities.page(input),
  'nonconformities.get': (input, session) => session.services().nonconformities.get(input.id),
  'nonconformities.create': (input, session) => session.services().nonconformities.create(input),
  'nonconformities.update': (input, session) => session.services().nonconformities.update(input),
  'nonconformities.recordCorrection': (input, session) => session.services().nonconformities.recordCorrection(input),
  'nonconformities.saveAnalysis': (input, session) => session.services().nonconformities.saveAnalysis(input),
  'nonconformities.planCheck': (input, session) => session.services().nonconformities.planCheck(input),
  'nonconformities.recordVerdict': (input, session) => session.services().nonconformities.recordVerdict(input),
  'nonconformities.close': (input, session) => session.services().nonconformities.close(input),
};
