import { emptyInput } from '../../schemas/common';
import { firstStepsHideSchema, firstStepsSchema } from '../../schemas/first-steps';
import { method } from '../method';

/** « Premiers pas » on À faire: each step read from the file; hiding it is this computer's preference, not a change to the file. */
export const firstStepsMethods = {
  'onboarding.get': method(emptyInput, firstStepsSchema, false),
  'onboarding.setHidden': method(firstStepsHideSchema, firstStepsSchema, false),
} as const;
