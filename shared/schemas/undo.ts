import { z } from 'zod';

/** The last change of the session, as Ctrl+Z would undo it. */
export const lastChangeSchema = z
  .object({
    /** What was done, in French (« Action A-2026-003 réalisée »). */
    description: z.string(),
    /** Why it cannot be undone with one gesture, in French; null when it can. */
    refusal: z.string().nullable(),
  })
  .nullable();
export type LastChange = z.infer<typeof lastChangeSchema>;

export const undoApplySchema = z.object({}).strict();
/** What the undo did, in French, for the confirmation. */
export const undoResultSchema = z.object({ description: z.string() });
