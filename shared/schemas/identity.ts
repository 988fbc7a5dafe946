import { z } from 'zod';
import { idSchema } from './common';

/** Who is using Sève on this computer for the open file: a person of its directory, and the computer's account. */
export const identitySchema = z.object({
  /** Null until the user says who they are, or when that person is not (or no longer) active in this file. */
  person: z.object({ id: idSchema, name: z.string() }).nullable(),
  account: z.string(),
});
export type Identity = z.infer<typeof identitySchema>;

export const identityChooseSchema = z.object({ personId: idSchema }).strict();
