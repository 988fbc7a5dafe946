import { reviewMinutesFileName } from '../../../shared/domain/pack';
import type { Handlers, MethodsOf } from '../handlers';

export const managementReviewsHandlers: Handlers<MethodsOf<'management'>> = {
  'management.listReviews': (_input, session) => session.services().managementReviews.list(),
  'management.getReview': (input, session) => session.services().managementReviews.get(input.id),
  'management.reviewInputs': (input, session) => session.services().managementReviews.inputs(input.id),
  'management.createReview': (input, session) => session.services().managementReviews.create(input),
  'management.updateReview': (input, session) => session.services().managementReviews.update(input),
  'management.addDecision': (input, session) => session.services().managementReviews.addDecision(input),
  'management.decisionToAction': (input, session) => session.services().managementReviews.decisionToAction(input.decisionId, input.action),
  'management.removeDecision': (input, session) => session.services().managementReviews.removeDecision(input.decisionId),
  'management.holdReview': (input, session) => session.services().managementReviews.hold(input),
  'management.startMinutes': (input, session) => {
    const review = session.services().managementReviews.get(input.reviewId);
    return session.pack.start(
      session.filePath(),
      { kind: 'reviewMinutes', reviewId: review.id },
      reviewMinutesFileName(review.heldOn),
      input.targetId,
    );
  },
};
