import { appInfoSchema, organisationSchema, organisationUpdateSchema } from '../../schemas/app';
import { emptyInput } from '../../schemas/common';
import { method } from '../method';

export const appMethods = {
  'app.info': method(emptyInput, appInfoSchema, false),
  'organisation.get': method(emptyInput, organisationSchema, false),
  'organisation.update': method(organisationUpdateSchema, organisationSchema, true),
} as const;
