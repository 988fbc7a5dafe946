import { z } from 'zod';
import { emptyInput } from '../../schemas/common';
import { processCreateSchema, processSchema, processUpdateSchema } from '../../schemas/processes';
import { method } from '../method';

export const processesMethods = {
  'processes.list': method(emptyInput, z.array(processSchema), false),
  'processes.create': method(processCreateSchema, processSchema, true),
  'processes.update': method(processUpdateSchema, processSchema, true),
} as const;
