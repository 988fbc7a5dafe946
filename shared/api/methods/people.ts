import { z } from 'zod';
import { emptyInput } from '../../schemas/common';
import { personCreateSchema, personSchema, personUpdateSchema } from '../../schemas/people';
import { method } from '../method';

export const peopleMethods = {
  'people.list': method(emptyInput, z.array(personSchema), false),
  'people.create': method(personCreateSchema, personSchema, true),
  'people.update': method(personUpdateSchema, personSchema, true),
} as const;
