import type { z } from 'zod';
import { measurementAddSchema } from '../../../../shared/schemas/indicators';

/** One period's measurement as the form types it (the indicator and the replace flag are added on saving). */
export const entrySchema = measurementAddSchema.omit({ indicatorId: true, replace: true });
export type Entry = z.output<typeof entrySchema>;
export type EntryInput = z.input<typeof entrySchema>;
