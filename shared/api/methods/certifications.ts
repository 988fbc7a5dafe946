import { z } from 'zod';
import { auditSchema } from '../../schemas/audits';
import {
  acceptProposalsSchema,
  certificationFieldsSchema,
  certificationSchema,
  certificationUpdateSchema,
  cyclePlanSchema,
} from '../../schemas/certifications';
import { byIdSchema, emptyInput } from '../../schemas/common';
import { method } from '../method';

/** The certificate and its cycle: the audits the scheme's rules ask for, planned from what was held. */
export const certificationsMethods = {
  'certifications.list': method(emptyInput, z.array(certificationSchema), false),
  'certifications.get': method(byIdSchema, certificationSchema, false),
  'certifications.create': method(certificationFieldsSchema, certificationSchema, true),
  'certifications.update': method(certificationUpdateSchema, certificationSchema, true),
  'certifications.plan': method(byIdSchema, cyclePlanSchema, false),
  'certifications.acceptPlan': method(acceptProposalsSchema, z.array(auditSchema), true),
} as const;
