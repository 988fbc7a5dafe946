import { z } from 'zod';
import { byIdSchema, emptyInput } from '../../schemas/common';
import {
  decisionAddSchema,
  decisionRemoveSchema,
  decisionToActionSchema,
  reviewFieldsSchema,
  reviewHoldSchema,
  reviewMinutesStartSchema,
  reviewInputsSchema,
  reviewSchema,
  reviewSummarySchema,
  reviewUpdateSchema,
} from '../../schemas/management-review';
import { packStartedSchema } from '../../schemas/pack';
import { method } from '../method';

/** The management review (revue de direction, §9.3); not the periodic review of a document (`documents.review`). */
export const managementReviewsMethods = {
  'management.listReviews': method(emptyInput, z.array(reviewSummarySchema), false),
  'management.getReview': method(byIdSchema, reviewSchema, false),
  /** Read live from the file while the review is prepared; frozen once it is held. */
  'management.reviewInputs': method(byIdSchema, reviewInputsSchema, false),
  'management.createReview': method(reviewFieldsSchema, reviewSchema, true),
  'management.updateReview': method(reviewUpdateSchema, reviewSchema, true),
  /** A decision, and in the same step its action in the plan (source `revue_direction`) when `action` is given. */
  'management.addDecision': method(decisionAddSchema, reviewSchema, true),
  'management.decisionToAction': method(decisionToActionSchema, reviewSchema, true),
  'management.removeDecision': method(decisionRemoveSchema, reviewSchema, true),
  'management.holdReview': method(reviewHoldSchema, reviewSchema, true),
  /** Starts the minutes PDF as a pack job: follow it with `pack.progress`, fetch it with `pack.download`. */
  'management.startMinutes': method(reviewMinutesStartSchema, packStartedSchema, false),
} as const;
