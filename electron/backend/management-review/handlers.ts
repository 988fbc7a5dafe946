import { reviewMinutesFileName } from '../../../shared/domain/pack';
import type { Handlers, MethodsOf } from '../handlers';

export const managementReviewHandlers: Handlers<MethodsOf<'managementReview'>> = {
  'managementReview.list': (_input, session) => session.services().managementReviews.list(),
  'managementReview.get': (input, session) => session.services().managementReviews.get(input.id),
  'managementReview.inputs': (input, session) => session.services().managementReviews.inputs(input.id),
  'managementReview.create': (input, session) => session.services().managementReviews.create(input),
  'managementReview.update': (input, session) => session.services().managementReviews.update(input),
  'managementReview.addDecision': (input, session) => session.services().managementReviews.addDecision(input),
  'managementReview.decisionToAction': (input, session) =>
    session.services().managementReviews.decisionToAction(input.decisionId, input.action),
  'managementReview.removeDecision': (input, session) => session.services().managementReviews.removeDecision(input.decisionId),
  'managementReview.hold': (input, session) => session.services().managementReviews.hold(input),
  'managementReview.startMinutes': (input, session) => {
    const review = session.services().managementReviews.get(input.reviewId);
    return session.pack.start(
      session.filePath(),
      { kind: 'reviewMinutes', reviewId: review.id },
      reviewMinutesFileName(review.heldOn),
      input.targetId,
    );
  },
};
