import { z } from 'zod';
import { appInfoSchema } from '../../schemas/app';
import { emptyInput } from '../../schemas/common';
import {
  copyResultSchema,
  dataFileCopySchema,
  dataFileCreateSchema,
  dataFileOpenSchema,
  readOnlyChoiceSchema,
  recentFileSchema,
} from '../../schemas/datafile';
import { method } from '../method';

/**
 * The data file itself: open, create, switch, copy. Opening another file does not write to the
 * open one, so these are not `writes` (a read-only view may switch files too). Paths typed by the
 * page are accepted in browser mode only; the desktop app takes them from its dialogs (`choose*`).
 */
export const datafileMethods = {
  'datafile.recent': method(emptyInput, z.array(recentFileSchema), false),
  'datafile.open': method(dataFileOpenSchema, appInfoSchema, false),
  'datafile.create': method(dataFileCreateSchema, appInfoSchema, false),
  'datafile.saveCopy': method(dataFileCopySchema, copyResultSchema, false),
  /** The system's "Ouvrir" dialog, then the chosen file is opened; null when cancelled (desktop only). */
  'datafile.chooseOpen': method(readOnlyChoiceSchema, appInfoSchema.nullable(), false, { host: 'electron' }),
  /** The system's "Enregistrer" dialog for a new file, then it is created and opened (desktop only). */
  'datafile.chooseNew': method(emptyInput, appInfoSchema.nullable(), false, { host: 'electron' }),
  /** "Enregistrer une copie sous…" with the system's dialog (desktop only). */
  'datafile.chooseCopy': method(emptyInput, copyResultSchema.nullable(), false, { host: 'electron' }),
} as const;
