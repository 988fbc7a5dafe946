import { z } from 'zod';
import { actionStatuses } from '../domain/actions';
import { normalisedFingerprint } from '../domain/group';
import { indicatorUnits } from '../domain/indicators';
import { nonconformitySeverities, nonconformityStatuses } from '../domain/nonconformities';
import { agendaItemSchema, agendaSummarySchema } from './agenda';
import { calendarDateSchema, idSchema, optionalLine, optionalText, requiredLine } from './common';
import { fileContentSchema } from './files';
import { unmatchedAnswerSchema } from './group-requests';
import { opaqueIdSchema } from './pack';

/** This file's signing key as a member of a group: what the group's quality lead checks by phone. */
export const memberKeySchema = z.object({
  fingerprint: z.string(),
  /** The same in blocks of four (« 3F9A 0C12 … »). */
  fingerprintBlocks: z.string(),
  createdOn: calendarDateSchema,
});
export type MemberKey = z.infer<typeof memberKeySchema>;

export const memberKeyCreateSchema = z.object({ createdOn: calendarDateSchema }).strict();

/** « Envoyer au groupe »: whether the attached files travel too. */
export const snapshotExportSchema = z
  .object({ attachments: z.boolean({ error: 'Indiquez si les fichiers joints sont inclus.' }) })
  .strict();

/** What a member's snapshot says of itself, signed with the member's key. */
export const snapshotManifestSchema = z.object({
  format: z.literal(1),
  structure: z.object({ name: z.string().nullable() }),
  /** The twelve months up to the snapshot's date: what its figures are evidence for. */
  period: z.object({ from: calendarDateSchema, to: calendarDateSchema }),
  schemaVersion: z.number().int().positive(),
  /** SHA-256 of the SQLite bytes that follow the manifest, and their length. */
  databaseSha256: z.string().regex(/^[0-9a-f]{64}$/),
  databaseBytes: z.number().int().positive(),
  createdOn: calendarDateSchema,
  createdAt: z.string(),
  attachments: z.boolean(),
  /** The member's Ed25519 public key, DER (SubjectPublicKeyInfo) in base64. */
  publicKey: z.string().min(1),
});
export type SnapshotManifest = z.infer<typeof snapshotManifestSchema>;

/** The snapshot file, downloaded or saved. */
export const snapshotFileSchema = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int().positive(),
  sha256: z.string(),
  content: fileContentSchema,
});

export const snapshotUploadSchema = z
  .object({
    fileName: z.string({ error: 'Nom de fichier invalide.' }).max(1024, 'Le nom du fichier est trop long (1 024 caractères au plus).'),
    content: fileContentSchema,
  })
  .strict();

const fingerprintInput = z
  .string({ error: 'L’empreinte de la clé est obligatoire.' })
  .max(200, 'L’empreinte de la clé est trop longue.')
  .transform((value, check) => {
    const fingerprint = normalisedFingerprint(value);
    if (fingerprint === null) {
      check.addIssue({
        code: 'custom',
        message: 'L’empreinte doit compter 64 caractères (chiffres et lettres A à F), telle que le membre la lit sur son écran « Groupe ».',
      });
      return z.NEVER;
    }
    return fingerprint;
  });

export const groupMemberAddSchema = z
  .object({
    name: requiredLine('Le nom du membre', 160),
    fingerprint: fingerprintInput,
    joinedOn: calendarDateSchema,
  })
  .strict();
export type GroupMemberAdd = z.input<typeof groupMemberAddSchema>;

export const groupMemberRemoveSchema = z.object({ id: idSchema, removedOn: calendarDateSchema }).strict();

export const groupUpdateSchema = z
  .object({
    name: optionalLine('Le nom du groupe', 160),
    sampledPerAudit: z
      .number({ error: 'Indiquez le nombre de membres audités.' })
      .int('Le nombre de membres audités est un nombre entier.')
      .min(1, 'Au moins un membre est audité.')
      .max(50, 'Au plus 50 membres audités.')
      .nullable(),
  })
  .strict();
export type GroupUpdate = z.input<typeof groupUpdateSchema>;

export const latestSnapshotSchema = z.object({
  sha256: z.string(),
  createdOn: calendarDateSchema,
  importedAt: z.string(),
  size: z.number().int(),
});

export const groupMemberSchema = z.object({
  id: idSchema,
  name: z.string(),
  fingerprint: z.string(),
  fingerprintBlocks: z.string(),
  joinedOn: calendarDateSchema,
  removedOn: calendarDateSchema.nullable(),
  latest: latestSnapshotSchema.nullable(),
});
export type GroupMember = z.infer<typeof groupMemberSchema>;

/** The group this file declares (a fonction centrale's file): its name, how many members an audit samples, its members. */
export const groupSchema = z.object({
  name: z.string().nullable(),
  sampledPerAudit: z.number().int().nullable(),
  members: z.array(groupMemberSchema),
});
export type Group = z.infer<typeof groupSchema>;

export const snapshotImportResultSchema = z.object({
  memberId: idSchema,
  memberName: z.string(),
  sha256: z.string(),
  createdOn: calendarDateSchema,
  /** The member's previous snapshot, replaced by this one (null: its first). */
  replacedOn: calendarDateSchema.nullable(),
  /** Answers to the group's requests read in this snapshot and recorded for their extension. */
  answersRecorded: z.number().int(),
  /** Those that matched nothing or were not taken, each with why. */
  unmatchedAnswers: z.array(unmatchedAnswerSchema),
});
export type SnapshotImportResult = z.infer<typeof snapshotImportResultSchema>;

/** One member as the group sees it, read from its latest snapshot as of that snapshot's date. */
export const groupMemberViewSchema = z.object({
  memberId: idSchema,
  name: z.string(),
  /** The snapshot's date: every figure is « au » this day. Null: nothing received yet. */
  asOf: calendarDateSchema.nullable(),
  sha256: z.string().nullable(),
  structureName: z.string().nullable(),
  summary: agendaSummarySchema.nullable(),
  /** What is late at the member on its snapshot's date, by the member's own À faire. */
  late: z.array(agendaItemSchema),
  openNonconformities: z.array(
    z.object({
      id: idSchema,
      reference: z.string(),
      description: z.string(),
      severity: z.enum(nonconformitySeverities),
      status: z.enum(nonconformityStatuses),
      detectedOn: calendarDateSchema,
    }),
  ),
  /** Each active indicator with its latest value measured by the snapshot's day (null: none yet). */
  indicators: z.array(
    z.object({
      name: z.string(),
      unit: z.enum(indicatorUnits),
      scaleMax: z.number().nullable(),
      target: z.number().nullable(),
      value: z.number().nullable(),
      periodEnd: calendarDateSchema.nullable(),
    }),
  ),
  /** Why the member's snapshot could not be read (its cache file damaged…); null when it was. */
  problem: z.string().nullable(),
});
export type GroupMemberView = z.infer<typeof groupMemberViewSchema>;

/** « À étendre »: an NC of one member the group asks the others to check for (§10.2.1 c). */
export const extensionCreateSchema = z.object({ memberId: idSchema, nonconformityId: idSchema, decidedOn: calendarDateSchema }).strict();

export const extensionAnswerSchema = z
  .object({
    extensionId: idSchema,
    memberId: idSchema,
    concerned: z.boolean({ error: 'Indiquez si le membre est concerné.' }),
    action: optionalText('L’action du membre', 2000),
    answeredOn: calendarDateSchema,
  })
  .strict()
  .refine((answer) => !answer.concerned || answer.action !== null, {
    path: ['action'],
    message: 'Indiquez l’action que le membre concerné engage.',
  });
export type ExtensionAnswerInput = z.input<typeof extensionAnswerSchema>;

export const extensionSchema = z.object({
  id: idSchema,
  memberId: idSchema,
  memberName: z.string(),
  /** The request's code the members answer with (« EXT-12 »). */
  code: z.string(),
  ncReference: z.string(),
  ncDescription: z.string(),
  decidedOn: calendarDateSchema,
  /** One line per other current member: its answer, or null while it has not answered. */
  answers: z.array(
    z.object({
      memberId: idSchema,
      memberName: z.string(),
      answer: z
        .object({
          concerned: z.boolean(),
          action: z.string().nullable(),
          answeredOn: calendarDateSchema,
          /** The member's action reference and its status as of the snapshot (answers received only). */
          actionReference: z.string().nullable(),
          actionStatus: z.enum(actionStatuses).nullable(),
          /** The snapshot it was read in; null: typed by the group. */
          receivedIn: z.object({ sha256: z.string(), createdOn: calendarDateSchema }).nullable(),
        })
        .nullable(),
    }),
  ),
});
export type Extension = z.infer<typeof extensionSchema>;

export const groupViewSchema = z.object({
  name: z.string().nullable(),
  members: z.array(groupMemberViewSchema),
  extensions: z.array(extensionSchema),
  /** Answers in the members' latest snapshots the group could not record, with why. */
  unmatchedAnswers: z.array(unmatchedAnswerSchema),
});
export type GroupView = z.infer<typeof groupViewSchema>;

/** The group pack on a day (the desktop passes where its save dialog said to write it). */
export const groupPackStartSchema = z.object({ date: calendarDateSchema, targetId: opaqueIdSchema.optional() }).strict();
