import { z } from 'zod';
import { emptyInput } from '../../schemas/common';
import { importJobRefSchema, importJobSchema, importScanResultSchema, importScanSchema, importStartSchema } from '../../schemas/import';
import { method } from '../method';

/**
 * Importing a folder of existing documents: `scan` (a typed path, browser mode) or `chooseFolder`
 * (the system's dialog, desktop) lists the files with a proposal for each; `start` imports what the
 * user ticked as a job (`progress`, `cancel`), each file a document whose version 1 is in force and
 * holds the file. The page never names a file's path back: it names the scan and the file's number.
 */
export const importMethods = {
  'imports.scan': method(importScanSchema, importScanResultSchema, false),
  'imports.chooseFolder': method(emptyInput, importScanResultSchema.nullable(), false, { host: 'electron' }),
  'imports.start': method(importStartSchema, z.object({ jobId: z.string() }), true),
  'imports.progress': method(importJobRefSchema, importJobSchema, false),
  'imports.cancel': method(importJobRefSchema, importJobSchema, false),
} as const;
