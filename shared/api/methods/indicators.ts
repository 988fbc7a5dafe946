import { z } from 'zod';
import { byIdSchema, emptyInput } from '../../schemas/common';
import {
  indicatorDetailSchema,
  indicatorFieldsSchema,
  indicatorListQuerySchema,
  indicatorSchema,
  indicatorTemplateSchema,
  indicatorUpdateSchema,
  measurementAddSchema,
  measurementRemoveSchema,
} from '../../schemas/indicators';
import {
  objectiveFieldsSchema,
  objectiveSchema,
  objectiveUpdateSchema,
  qualityPolicySchema,
  qualityPolicySetSchema,
} from '../../schemas/objectives';
import { method } from '../method';

export const indicatorsMethods = {
  'indicators.templates': method(emptyInput, z.array(indicatorTemplateSchema), false),
  'indicators.list': method(indicatorListQuerySchema, z.array(indicatorSchema), false),
  'indicators.get': method(byIdSchema, indicatorDetailSchema, false),
  'indicators.create': method(indicatorFieldsSchema, indicatorDetailSchema, true),
  'indicators.update': method(indicatorUpdateSchema, indicatorDetailSchema, true),
  /** A period already measured is refused (`conflict`, "Remplacer la mesure existante ?") unless `replace` is set. */
  'indicators.addMeasurement': method(measurementAddSchema, indicatorDetailSchema, true),
  'indicators.removeMeasurement': method(measurementRemoveSchema, indicatorDetailSchema, true),
} as const;

export const objectivesMethods = {
  'objectives.list': method(emptyInput, z.array(objectiveSchema), false),
  'objectives.create': method(objectiveFieldsSchema, objectiveSchema, true),
  'objectives.update': method(objectiveUpdateSchema, objectiveSchema, true),
  'objectives.policy': method(emptyInput, qualityPolicySchema, false),
  'objectives.setPolicy': method(qualityPolicySetSchema, qualityPolicySchema, true),
} as const;
