import { z } from 'zod';

/**
 * Creating the example switches Sève to another file, so the page says so explicitly: an empty or
 * stray request is refused instead of leaving the user's file.
 */
export const exampleCreateSchema = z.object({ open: z.literal(true, { error: 'Confirmez l’ouverture de l’exemple.' }) }).strict();
