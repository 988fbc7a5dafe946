import { z } from 'zod';
import { actionSchema, exportFileSchema } from '../../schemas/actions';
import { byIdSchema, emptyInput } from '../../schemas/common';
import { nonconformitySchema } from '../../schemas/nonconformities';
import {
  criterionFieldsSchema,
  criterionSchema,
  criterionUpdateSchema,
  evaluationActionSchema,
  evaluationNonconformitySchema,
  providerDetailSchema,
  providerEvaluateSchema,
  providerFieldsSchema,
  providerListQuerySchema,
  providerSchema,
  providerUpdateSchema,
} from '../../schemas/providers';
import { method } from '../method';

/** External providers and partners (§8.4): the register, the criteria, periodic evaluations and what a poor one leads to. */
export const providersMethods = {
  'providers.list': method(providerListQuerySchema, z.array(providerSchema), false),
  'providers.get': method(byIdSchema, providerDetailSchema, false),
  'providers.create': method(providerFieldsSchema, providerDetailSchema, true),
  'providers.update': method(providerUpdateSchema, providerDetailSchema, true),
  'providers.criteria': method(emptyInput, z.array(criterionSchema), false),
  'providers.addCriterion': method(criterionFieldsSchema, criterionSchema, true),
  'providers.updateCriterion': method(criterionUpdateSchema, criterionSchema, true),
  'providers.evaluate': method(providerEvaluateSchema, providerDetailSchema, true),
  'providers.addAction': method(evaluationActionSchema, actionSchema, true),
  'providers.openNonconformity': method(evaluationNonconformitySchema, nonconformitySchema, true),
  'providers.exportCsv': method(providerListQuerySchema, exportFileSchema, false, { binary: 'download' }),
} as const;
