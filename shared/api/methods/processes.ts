import { z } from 'zod';
import { emptyInput } from '../../schemas/common';
import { processCreateManySchema, processCreateSchema, processSchema, processUpdateSchema } from '../../schemas/processes';
import { method } from '../method';

export const processesMethods = {
  'processes.list': method(emptyInput, z.array(processSchema), false),
  'processes.create': method(processCreateSchema, processSchema, true),
  'processes.update': method(processUpdateSchema, processSchema, true),
  /** A process map from a template, once the user edited it: every process or none. */
  'processes.createMany': method(processCreateManySchema, z.array(processSchema), true),
} as const;
