import {
  backupBudgetInputSchema,
  backupFolderInputSchema,
  backupListSchema,
  backupRestoreResultSchema,
  backupRestoreSchema,
  backupSchema,
} from '../../schemas/backups';
import { emptyInput } from '../../schemas/common';
import { method } from '../method';

/** Backups of the open file. Taking one does not change the file; restoring does. */
export const backupsMethods = {
  'backups.list': method(emptyInput, backupListSchema, false),
  'backups.create': method(emptyInput, backupSchema, false),
  'backups.restore': method(backupRestoreSchema, backupRestoreResultSchema, true),
  'backups.setFolder': method(backupFolderInputSchema, backupListSchema, false),
  /** The space this file's backups may take on this computer (null: the default); the oldest go past it. */
  'backups.setBudget': method(backupBudgetInputSchema, backupListSchema, false),
  /** Picks the backup folder with the system's dialog (desktop only); null when cancelled. */
  'backups.chooseFolder': method(emptyInput, backupListSchema.nullable(), false, { host: 'electron' }),
} as const;
