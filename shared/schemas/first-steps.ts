import { z } from 'zod';
import { firstStepIds } from '../domain/first-steps';

export const firstStepsSchema = z.object({
  steps: z.array(z.object({ id: z.enum(firstStepIds), done: z.boolean() })),
  /** Hidden by the user on this computer for this file. */
  hidden: z.boolean(),
});
export type FirstSteps = z.infer<typeof firstStepsSchema>;

export const firstStepsHideSchema = z.object({ hidden: z.boolean({ error: 'Valeur invalide.' }) }).strict();
