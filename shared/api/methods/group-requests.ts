import { emptyInput } from '../../schemas/common';
import { groupRequestAnswerSchema, groupRequestCreateSchema, groupRequestSchema } from '../../schemas/group-requests';
import { method } from '../method';

/** « Demandes du groupe », in a member's file: the group's requests as received and the member's answers. */
export const groupRequestsMethods = {
  'groupRequests.list': method(emptyInput, groupRequestSchema.array(), false),
  /** Records a request as the group sent it (its code, the NC's reference, a short description). */
  'groupRequests.record': method(groupRequestCreateSchema, groupRequestSchema, true),
  /** The member's answer: concerned with one of its actions, or not; carried by its next snapshot. */
  'groupRequests.answer': method(groupRequestAnswerSchema, groupRequestSchema, true),
} as const;
