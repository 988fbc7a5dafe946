import { z } from 'zod';
import { emptyInput } from '../../schemas/common';
import {
  extensionAnswerSchema,
  extensionCreateSchema,
  extensionSchema,
  groupMemberAddSchema,
  groupPackStartSchema,
  groupMemberRemoveSchema,
  groupSchema,
  groupUpdateSchema,
  groupViewSchema,
  memberKeyCreateSchema,
  memberKeySchema,
  snapshotExportSchema,
  snapshotFileSchema,
  snapshotImportResultSchema,
  snapshotUploadSchema,
} from '../../schemas/group';
import {
  crossAuditCancelSchema,
  crossAuditDoneSchema,
  crossAuditPlanSchema,
  crossAuditSchema,
  groupSamplingSchema,
  samplingRecordSchema,
} from '../../schemas/group-audits';
import { packStartedSchema } from '../../schemas/pack';
import { method } from '../method';

/** Group certification: a member's key and snapshot; a group file's members, imports and view. */
export const groupMethods = {
  /** This file's signing key as a member (null: not created yet). */
  'group.memberKey': method(emptyInput, memberKeySchema.nullable(), false),
  /** Creates the file's key once; asked again, answers the same key. */
  'group.createMemberKey': method(memberKeyCreateSchema, memberKeySchema, true),
  /** « Envoyer au groupe »: a signed, self-contained, read-only snapshot of the file. Writes nothing to it. */
  'group.exportSnapshot': method(snapshotExportSchema, snapshotFileSchema, false, { binary: 'download' }),
  'group.get': method(emptyInput, groupSchema, false),
  'group.update': method(groupUpdateSchema, groupSchema, true),
  'group.addMember': method(groupMemberAddSchema, groupSchema, true),
  'group.removeMember': method(groupMemberRemoveSchema, groupSchema, true),
  /** Verifies a member's snapshot (format, signature, member, hash, schema) and keeps it as its latest. */
  'group.importSnapshot': method(snapshotUploadSchema, snapshotImportResultSchema, true, { binary: 'upload' }),
  'group.view': method(emptyInput, groupViewSchema, false),
  /** Records « à étendre » for a member's NC, read from its latest snapshot. */
  'group.extend': method(extensionCreateSchema, extensionSchema, true),
  /** Records a member's answer to an extension (the group's quality lead types it). */
  'group.answerExtension': method(extensionAnswerSchema, extensionSchema, true),
  /** The group pack as a PDF job (followed with `pack.progress`, fetched with `pack.download`); writes nothing. */
  'group.startPack': method(groupPackStartSchema, packStartedSchema, false),
  /** The group certification's cycle: its body's audits, the members each samples, who is still due. */
  'group.sampling': method(emptyInput, groupSamplingSchema, false),
  /** Records the members an audit of the group's cycle samples (replaces its list). */
  'group.recordSampling': method(samplingRecordSchema, groupSamplingSchema, true),
  /** Cross-audits between members, each with its state as of today. */
  'group.crossAudits': method(emptyInput, z.array(crossAuditSchema), false),
  'group.planCrossAudit': method(crossAuditPlanSchema, crossAuditSchema, true),
  'group.completeCrossAudit': method(crossAuditDoneSchema, crossAuditSchema, true),
  'group.cancelCrossAudit': method(crossAuditCancelSchema, crossAuditSchema, true),
} as const;
