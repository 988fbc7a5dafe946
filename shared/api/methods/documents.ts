import { z } from 'zod';
import { byIdSchema } from '../../schemas/common';
import {
  documentCreateSchema,
  documentListQuerySchema,
  documentPageQuerySchema,
  documentPageSchema,
  documentSchema,
  documentUpdateSchema,
} from '../../schemas/documents';
import {
  documentRefSchema,
  readsRecordSchema,
  readsSchema,
  reviewRecordSchema,
  reviewSchema,
  versionApproveSchema,
  versionCommentStepSchema,
  versionRefSchema,
  versionSchema,
  versionStepSchema,
  versionUpdateSchema,
} from '../../schemas/versions';
import { method } from '../method';

export const documentsMethods = {
  'documents.list': method(documentListQuerySchema, z.array(documentSchema), false),
  /** One page of the register (documents in force or in draft by default), keyset-paged with its counts; `documents.list` answers it whole for the pickers. */
  'documents.page': method(documentPageQuerySchema, documentPageSchema, false),
  'documents.get': method(byIdSchema, documentSchema, false),
  'documents.create': method(documentCreateSchema, documentSchema, true),
  'documents.update': method(documentUpdateSchema, documentSchema, true),
  'documents.versions': method(documentRefSchema, z.array(versionSchema), false),
  'documents.createVersion': method(documentRefSchema, versionSchema, true),
  'documents.updateVersion': method(versionUpdateSchema, versionSchema, true),
  'documents.submitVersion': method(versionStepSchema, versionSchema, true),
  'documents.returnVersion': method(versionCommentStepSchema, versionSchema, true),
  'documents.approveVersion': method(versionApproveSchema, versionSchema, true),
  'documents.withdrawVersion': method(versionCommentStepSchema, versionSchema, true),
  'documents.reviews': method(documentRefSchema, z.array(reviewSchema), false),
  'documents.recordReview': method(reviewRecordSchema, reviewSchema, true),
  'documents.reads': method(versionRefSchema, readsSchema, false),
  'documents.recordReads': method(readsRecordSchema, readsSchema, true),
} as const;
