import { z } from 'zod';
import { byIdSchema } from '../../schemas/common';
import {
  complaintFieldsSchema,
  complaintListQuerySchema,
  complaintOpenNonconformitySchema,
  complaintSchema,
  complaintUpdateSchema,
} from '../../schemas/complaints';
import { nonconformitySchema } from '../../schemas/nonconformities';
import { method } from '../method';

/** The réclamations register; a réclamation opens its nonconformity in one step. */
export const complaintsMethods = {
  'complaints.list': method(complaintListQuerySchema, z.array(complaintSchema), false),
  'complaints.get': method(byIdSchema, complaintSchema, false),
  'complaints.create': method(complaintFieldsSchema, complaintSchema, true),
  'complaints.update': method(complaintUpdateSchema, complaintSchema, true),
  'complaints.openNonconformity': method(complaintOpenNonconformitySchema, nonconformitySchema, true),
} as const;
