import type { Handlers, MethodsOf } from '../handlers';

export const managementReviewsHandlers: Handlers<MethodsOf<'managementReviews'>> = {
  'managementReviews.list': (_input, session) => session.services().managementReviews.list(),
  'managementReviews.get': (input, session) => session.services().managementReviews.get(input.id),
  'managementReviews.inputs': (input, session) => session.services().managementReviews.inputs(input.id),
  'managementReviews.create': (input, session) => session.services().managementReviews.create(input),
  'managementReviews.update': (input, session) => session.services().managementReviews.update(input),
  'managementReviews.addDecision': (input, session) => session.services().managementReviews.addDecision(input),
  'managementReviews.decisionToAction': (input, session) =>
    session.services().managementReviews.decisionToAction(input.decisionId, input.action),
  'managementReviews.removeDecision': (input, session) => session.services().managementReviews.removeDecision(input.decisionId),
  'managementReviews.hold': (input, session) => session.services().managementReviews.hold(input),
};
