import { emptyInput } from '../../schemas/common';
import { organisationSchema, organisationUpdateSchema } from '../../schemas/organisation';
import { method } from '../method';

/** The structure the file is about. */
export const organisationMethods = {
  'organisation.get': method(emptyInput, organisationSchema, false),
  'organisation.update': method(organisationUpdateSchema, organisationSchema, true),
} as const;
