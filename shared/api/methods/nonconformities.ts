import { z } from 'zod';
import { byIdSchema } from '../../schemas/common';
import {
  analysisInputSchema,
  checkPlanInputSchema,
  correctionInputSchema,
  nonconformityCreateSchema,
  nonconformityListQuerySchema,
  nonconformityPageQuerySchema,
  nonconformityPageSchema,
  nonconformitySchema,
  nonconformityStepSchema,
  nonconformitySummarySchema,
  nonconformityUpdateSchema,
  verdictInputSchema,
} from '../../schemas/nonconformities';
import { method } from '../method';

/** The nonconformity register and its closed loop: correction, causes, planned check, verdict, closure. */
export const nonconformitiesMethods = {
  'nonconformities.list': method(nonconformityListQuerySchema, z.array(nonconformitySummarySchema), false),
  /** One page of the register (open NCs by default), keyset-paged with its counts; `nonconformities.list` still answers it whole. */
  'nonconformities.page': method(nonconformityPageQuerySchema, nonconformityPageSchema, false),
  'nonconformities.get': method(byIdSchema, nonconformitySchema, false),
  'nonconformities.create': method(nonconformityCreateSchema, nonconformitySchema, true),
  'nonconformities.update': method(nonconformityUpdateSchema, nonconformitySchema, true),
  'nonconformities.recordCorrection': method(correctionInputSchema, nonconformitySchema, true),
  'nonconformities.saveAnalysis': method(analysisInputSchema, nonconformitySchema, true),
  /** Plans (or moves) the effectiveness check with the actions; the nonconformity's actions are under way. */
  'nonconformities.planCheck': method(checkPlanInputSchema, nonconformitySchema, true),
  /** Efficace closes the nonconformity (through the closure gate); non efficace sends it back to analysis. */
  'nonconformities.recordVerdict': method(verdictInputSchema, nonconformitySchema, true),
  /** Closes when the gate is met; otherwise refuses, listing each missing condition. */
  'nonconformities.close': method(nonconformityStepSchema, nonconformitySchema, true),
} as const;
