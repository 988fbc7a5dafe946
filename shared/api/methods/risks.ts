import { z } from 'zod';
import { exportFileSchema } from '../../schemas/actions';
import { byIdSchema, emptyInput } from '../../schemas/common';
import { registerRetireSchema, registerReviewSchema } from '../../schemas/register-life';
import {
  riskCreateSchema,
  riskListQuerySchema,
  riskReevaluateSchema,
  riskScaleSchema,
  riskSchema,
  riskTreatSchema,
  riskUpdateSchema,
} from '../../schemas/risks';
import { method } from '../method';

/** Risks and opportunities (§6.1): the register, its evaluation scale, treatments and re-evaluations. */
export const risksMethods = {
  'risks.list': method(riskListQuerySchema, z.array(riskSchema), false),
  'risks.get': method(byIdSchema, riskSchema, false),
  'risks.create': method(riskCreateSchema, riskSchema, true),
  'risks.update': method(riskUpdateSchema, riskSchema, true),
  'risks.reevaluate': method(riskReevaluateSchema, riskSchema, true),
  'risks.treat': method(riskTreatSchema, riskSchema, true),
  'risks.review': method(registerReviewSchema, riskSchema, true),
  'risks.retire': method(registerRetireSchema, riskSchema, true),
  'risks.exportCsv': method(riskListQuerySchema, exportFileSchema, false, { binary: 'download' }),
  'risks.scale': method(emptyInput, riskScaleSchema, false),
  'risks.setScale': method(riskScaleSchema, riskScaleSchema, true),
} as const;
