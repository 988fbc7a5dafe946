import { z } from 'zod';
import { byIdSchema, emptyInput } from '../../schemas/common';
import {
  applicabilitySchema,
  linkSchema,
  linksForSchema,
  referentialCreateSchema,
  referentialDetailSchema,
  referentialExportSchema,
  referentialImportSchema,
  referentialSchema,
  requirementAnswersSchema,
  requirementCreateSchema,
  requirementDetailSchema,
  requirementOptionSchema,
  requirementSchema,
  requirementUpdateSchema,
} from '../../schemas/referentials';
import { method } from '../method';

export const referentialsMethods = {
  'referentials.list': method(emptyInput, z.array(referentialSchema), false),
  'referentials.get': method(byIdSchema, referentialDetailSchema, false),
  'referentials.create': method(referentialCreateSchema, referentialSchema, true),
  'referentials.export': method(byIdSchema, referentialExportSchema, false),
  'referentials.import': method(referentialImportSchema, referentialSchema, true),
  'referentials.getRequirement': method(byIdSchema, requirementDetailSchema, false),
  'referentials.addRequirement': method(requirementCreateSchema, requirementSchema, true),
  'referentials.updateRequirement': method(requirementUpdateSchema, requirementSchema, true),
  'referentials.setApplicability': method(applicabilitySchema, requirementSchema, true),
  'referentials.requirementOptions': method(emptyInput, z.array(requirementOptionSchema), false),
  'referentials.answers': method(byIdSchema, requirementAnswersSchema, false),
  'referentials.linksFor': method(linksForSchema, z.array(requirementOptionSchema), false),
  'referentials.link': method(linkSchema, z.array(requirementOptionSchema), true),
  'referentials.unlink': method(linkSchema, z.array(requirementOptionSchema), true),
} as const;
