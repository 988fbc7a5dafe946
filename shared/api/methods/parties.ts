import { z } from 'zod';
import { exportFileSchema } from '../../schemas/actions';
import { byIdSchema } from '../../schemas/common';
import { partyFieldsSchema, partyListQuerySchema, partySchema, partyUpdateSchema } from '../../schemas/parties';
import { registerRetireSchema, registerReviewSchema } from '../../schemas/register-life';
import { method } from '../method';

/** Interested parties (§4.2): their needs, what answers them, their review. */
export const partiesMethods = {
  'parties.list': method(partyListQuerySchema, z.array(partySchema), false),
  'parties.get': method(byIdSchema, partySchema, false),
  'parties.create': method(partyFieldsSchema, partySchema, true),
  'parties.update': method(partyUpdateSchema, partySchema, true),
  'parties.review': method(registerReviewSchema, partySchema, true),
  'parties.retire': method(registerRetireSchema, partySchema, true),
  'parties.exportCsv': method(partyListQuerySchema, exportFileSchema, false, { binary: 'download' }),
} as const;
