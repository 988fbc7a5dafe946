import { z } from 'zod';
import { actionSources, actionStatuses, actionTypes } from '../domain/actions';
import { nonconformityStatuses } from '../domain/nonconformities';
import { calendarDateSchema, idSchema, optionalText, required, requiredLine, requiredText } from './common';
import { fileContentSchema } from './files';
import { opaqueIdSchema } from './pack';
import { pageSchemaOf, pagingFields, pickingFields } from './paging';

const revisionSchema = z.number({ error: 'Révision invalide.' }).int().nonnegative();

/** One action of the plan, with where it comes from. */
export const actionSchema = z.object({
  id: idSchema,
  reference: z.string(),
  source: z.enum(actionSources),
  type: z.enum(actionTypes),
  description: z.string(),
  ownerId: idSchema,
  ownerName: z.string(),
  /** The action's process, or its nonconformity's. */
  processId: idSchema.nullable(),
  processName: z.string().nullable(),
  /** The day it was opened (its reference is numbered on that year). */
  openedOn: calendarDateSchema,
  dueDate: calendarDateSchema,
  status: z.enum(actionStatuses),
  doneOn: calendarDateSchema.nullable(),
  abandonedOn: calendarDateSchema.nullable(),
  abandonReason: z.string().nullable(),
  evidenceNotes: z.string().nullable(),
  nonconformityId: idSchema.nullable(),
  nonconformityStatus: z.enum(nonconformityStatuses).nullable(),
  findingId: idSchema.nullable(),
  suggestionId: idSchema.nullable(),
  riskId: idSchema.nullable(),
  watchItemId: idSchema.nullable(),
  /** The record it comes from, as the user knows it: NC-2026-001, AUD-2026-01 (its audit), FA-2026-004, RO-2026-002, VEI-2026-001. */
  originReference: z.string().nullable(),
  /** Where that record is shown: the nonconformity, the audit, the fiche, the risk, the watch item. */
  originId: idSchema.nullable(),
  originNote: z.string().nullable(),
  /** The effectiveness check it answers to (nonconformity actions, once the check is planned). */
  checkId: idSchema.nullable(),
  overdue: z.boolean(),
  revision: z.number().int(),
});
export type Action = z.infer<typeof actionSchema>;

/** What the user writes of an action, wherever it comes from. */
export const actionFieldsSchema = z
  .object({
    openedOn: required(calendarDateSchema, 'Indiquez la date d’ouverture de l’action.'),
    type: z.enum(actionTypes, { error: 'Choisissez le type d’action.' }),
    description: requiredText('La description de l’action', 2000),
    ownerId: required(idSchema, 'Indiquez le responsable de l’action.'),
    processId: idSchema.nullable(),
    dueDate: required(calendarDateSchema, 'Indiquez l’échéance.'),
    evidenceNotes: optionalText('Les preuves de réalisation', 4000),
  })
  .strict();
export type ActionFields = z.input<typeof actionFieldsSchema>;

/** An action decided with another record (a fiche's triage): it is opened that record's day. */
export const actionFieldsWithoutOpeningSchema = actionFieldsSchema.omit({ openedOn: true });

/** Where a new action comes from; actions of a fiche d'amélioration are created by its triage. */
export const actionOriginSchema = z.discriminatedUnion(
  'source',
  [
    z.object({ source: z.literal('nonconformite'), nonconformityId: idSchema }).strict(),
    z.object({ source: z.literal('constat'), findingId: required(idSchema, 'Choisissez le constat d’audit.') }).strict(),
    z.object({ source: z.literal('revue_direction'), note: requiredLine('La revue de direction', 200) }).strict(),
    z.object({ source: z.literal('risque'), riskId: required(idSchema, 'Choisissez le risque ou l’opportunité.') }).strict(),
    z.object({ source: z.literal('veille'), watchItemId: required(idSchema, 'Choisissez l’information de veille.') }).strict(),
    z.object({ source: z.literal('autre'), note: requiredLine('L’origine de l’action', 200) }).strict(),
  ],
  { error: 'Choisissez l’origine de l’action.' },
);
export type ActionOrigin = z.input<typeof actionOriginSchema>;

export const actionCreateSchema = z.object({ origin: actionOriginSchema, fields: actionFieldsSchema }).strict();
export type ActionCreate = z.input<typeof actionCreateSchema>;
export const actionUpdateSchema = z.object({ id: idSchema, revision: revisionSchema, fields: actionFieldsSchema }).strict();

/** Completing an action: when, and the notes that prove it (files come beside). */
export const completeStepSchema = z
  .object({
    move: z.literal('complete'),
    doneOn: required(calendarDateSchema, 'Indiquez la date de réalisation.'),
    evidenceNotes: optionalText('Les preuves de réalisation', 4000),
  })
  .strict();
export const abandonStepSchema = z
  .object({
    move: z.literal('abandon'),
    abandonedOn: required(calendarDateSchema, 'Indiquez la date de l’abandon.'),
    reason: requiredText('Le motif d’abandon', 2000),
  })
  .strict();
export const reopenStepSchema = z.object({ move: z.literal('reopen'), reason: requiredText('Le motif de la réouverture', 2000) }).strict();

/** A move of the action's status; completing needs the date, abandoning its date and reason, reopening a reason. */
export const actionStepSchema = z.discriminatedUnion(
  'move',
  [z.object({ move: z.literal('start') }).strict(), completeStepSchema, abandonStepSchema, reopenStepSchema],
  { error: 'Mouvement inconnu.' },
);
export type ActionStep = z.input<typeof actionStepSchema>;
export const actionMoveSchema = z.object({ id: idSchema, revision: revisionSchema, step: actionStepSchema }).strict();

/** Filters of the action plan; every one optional. */
export const actionListQuerySchema = z
  .object({
    ownerId: idSchema.optional(),
    processId: idSchema.optional(),
    status: z.enum(actionStatuses).optional(),
    overdueOnly: z.boolean().optional(),
    source: z.enum(actionSources).optional(),
  })
  .strict();
export type ActionListQuery = z.input<typeof actionListQuerySchema>;

/** Where the next page starts: after this action in the plan's order (due date, then id). */
export const actionCursorSchema = z.object({ dueDate: calendarDateSchema, id: idSchema }).strict();

/**
 * One page of the plan, filters and order applied in SQL: open actions unless `scope` says all,
 * `limit` rows (200 by default) after `after`, only those whose reference or description holds the
 * `search` words, or only the `ids` given (a picker's). Answers the page, the counts and the next cursor.
 */
export const actionPageQuerySchema = actionListQuerySchema.extend({ ...pagingFields(actionCursorSchema), ...pickingFields }).strict();

/** `openTotal`: open actions (to do or under way) matching the filters, whatever the scope. */
export const actionPageSchema = pageSchemaOf(actionSchema, actionCursorSchema);
export type ActionPage = z.infer<typeof actionPageSchema>;

/** A generated file to save (the CSV export of the plan). */
export const exportFileSchema = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  content: fileContentSchema,
});

/** The action plan answering one audit's findings, as a PDF job (`pack.progress`, `pack.download`). */
export const auditPlanStartSchema = z.object({ auditId: idSchema, targetId: opaqueIdSchema.optional() }).strict();
