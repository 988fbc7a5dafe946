import { emptyInput } from '../../schemas/common';
import { identityChooseSchema, identitySchema } from '../../schemas/identity';
import { method } from '../method';

/**
 * "Qui êtes-vous ?": the person who makes the changes (history) and the PDFs ("Généré par").
 * Choosing writes nothing to the file (this computer's preferences remember it), so a read-only view may choose too.
 */
export const identityMethods = {
  'identity.get': method(emptyInput, identitySchema, false),
  'identity.choose': method(identityChooseSchema, identitySchema, false),
} as const;
