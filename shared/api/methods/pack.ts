import { z } from 'zod';
import {
  chooseTargetSchema,
  chosenTargetSchema,
  packDownloadSchema,
  packJobRefSchema,
  packJobSchema,
  packStartSchema,
  packStartedSchema,
  readSheetStartSchema,
} from '../../schemas/pack';
import { method } from '../method';

/**
 * PDF exports. Generation is long work: `start` answers a job id at once, the UI polls `progress`
 * and may `cancel`; nothing in the data file changes. Browser mode fetches the finished PDF with
 * `download`; the desktop app saves it where `chooseTarget` said and can `open` it.
 */
export const packMethods = {
  'pack.start': method(packStartSchema, packStartedSchema, false),
  'pack.startReadSheet': method(readSheetStartSchema, packStartedSchema, false),
  'pack.progress': method(packJobRefSchema, packJobSchema, false),
  'pack.cancel': method(packJobRefSchema, packJobSchema, false),
  'pack.download': method(packJobRefSchema, packDownloadSchema, false, { binary: 'download' }),
  /** Shows the system's save dialog and remembers the chosen path under an opaque id (desktop only). */
  'pack.chooseTarget': method(chooseTargetSchema, chosenTargetSchema, false, { host: 'electron' }),
  /** Opens a finished PDF with the system's reader (desktop only). */
  'pack.open': method(packJobRefSchema, z.null(), false, { host: 'electron' }),
} as const;
