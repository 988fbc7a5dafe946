import { z } from 'zod';
import { byIdSchema, emptyInput } from '../../schemas/common';
import {
  decisionAddSchema,
  decisionRemoveSchema,
  decisionToActionSchema,
  reviewFieldsSchema,
  reviewHoldSchema,
  reviewInputsSchema,
  reviewSchema,
  reviewSummarySchema,
  reviewUpdateSchema,
} from '../../schemas/management-review';
import { method } from '../method';

/** The management review (revue de direction, §9.3); not the periodic review of a document (`documents.review`). */
export const managementReviewsMethods = {
  'managementReviews.list': method(emptyInput, z.array(reviewSummarySchema), false),
  'managementReviews.get': method(byIdSchema, reviewSchema, false),
  /** Read live from the file while the review is prepared; frozen once it is held. */
  'managementReviews.inputs': method(byIdSchema, reviewInputsSchema, false),
  'managementReviews.create': method(reviewFieldsSchema, reviewSchema, true),
  'managementReviews.update': method(reviewUpdateSchema, reviewSchema, true),
  /** A decision, and in the same step its action in the plan (source `revue_direction`) when `action` is given. */
  'managementReviews.addDecision': method(decisionAddSchema, reviewSchema, true),
  'managementReviews.decisionToAction': method(decisionToActionSchema, reviewSchema, true),
  'managementReviews.removeDecision': method(decisionRemoveSchema, reviewSchema, true),
  'managementReviews.hold': method(reviewHoldSchema, reviewSchema, true),
} as const;
