import { appInfoSchema } from '../../schemas/app';
import { emptyInput } from '../../schemas/common';
import { method } from '../method';

/** The host and the file it has open. */
export const appMethods = {
  'app.info': method(emptyInput, appInfoSchema, false),
} as const;
