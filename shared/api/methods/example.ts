import { appInfoSchema } from '../../schemas/app';
import { exampleCreateSchema } from '../../schemas/example';
import { method } from '../method';

/**
 * « Découvrir Sève avec un exemple »: a fictitious structure with a year of records, written into a new
 * file of its own in the examples folder, then opened. The open file is not written to.
 */
export const exampleMethods = {
  'example.create': method(exampleCreateSchema, appInfoSchema, false),
} as const;
