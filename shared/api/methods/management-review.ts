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
export const managementReviewMethods = {
  'managementReview.list': method(emptyInput, z.array(reviewSummarySchema), false),
  'managementReview.get': method(byIdSchema, reviewSchema, false),
  /** Read live from the file while the review is prepared; frozen once it is held. */
  'managementReview.inputs': method(byIdSchema, reviewInputsSchema, false),
  'managementReview.create': method(reviewFieldsSchema, reviewSchema, true),
  'managementReview.update': method(reviewUpdateSchema, reviewSchema, true),
  /** A decision, and in the same step its action in the plan (source `revue_direction`) when `action` is given. */
  'managementReview.addDecision': method(decisionAddSchema, reviewSchema, true),
  'managementReview.decisionToAction': method(decisionToActionSchema, reviewSchema, true),
  'managementReview.removeDecision': method(decisionRemoveSchema, reviewSchema, true),
  'managementReview.hold': method(reviewHoldSchema, reviewSchema, true),
  /** Starts the minutes PDF as a pack job: follow it with `pack.progress`, fetch it with `pack.download`. */
  'managementReview.startMinutes': method(reviewMinutesStartSchema, packStartedSchema, false),
} as const;
