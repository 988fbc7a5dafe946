import { z } from 'zod';
import { complainantKinds, complaintChannels, complaintFoundedValues, complaintStates } from '../domain/complaints';
import { outOfOrder } from '../domain/dates';
import { actionStatuses } from '../domain/actions';
import { nonconformityStatuses, recordableSeverities, SEVERITY_CHOICE } from '../domain/nonconformities';
import { calendarDateSchema, idSchema, optionalLine, optionalText, required, requiredText } from './common';

const revisionSchema = z.number({ error: 'Révision invalide.' }).int().nonnegative();

/** One réclamation of the register, with its response time. */
export const complaintSchema = z.object({
  id: idSchema,
  reference: z.string(),
  complainantKind: z.enum(complainantKinds),
  complainant: z.string().nullable(),
  receivedOn: calendarDateSchema,
  channel: z.enum(complaintChannels),
  subject: z.string(),
  processId: idSchema.nullable(),
  processName: z.string().nullable(),
  handledById: idSchema.nullable(),
  handledByName: z.string().nullable(),
  responseDue: calendarDateSchema,
  respondedOn: calendarDateSchema.nullable(),
  response: z.string().nullable(),
  /** Calendar days from receipt to response; null while unanswered. */
  responseDays: z.number().int().nullable(),
  state: z.enum(complaintStates),
  nonconformity: z.object({ id: idSchema, reference: z.string(), status: z.enum(nonconformityStatuses) }).nullable(),
  /** The analysis: founded or not (null until analysed), on which day, the cause, the action that answers it. */
  founded: z.enum(complaintFoundedValues).nullable(),
  analysedOn: calendarDateSchema.nullable(),
  cause: z.string().nullable(),
  action: z.object({ id: idSchema, reference: z.string(), status: z.enum(actionStatuses) }).nullable(),
  revision: z.number().int(),
});
export type Complaint = z.infer<typeof complaintSchema>;

export const complaintFieldsSchema = z
  .object({
    complainantKind: z.enum(complainantKinds, { error: 'Choisissez qui est à l’origine de la réclamation.' }),
    complainant: optionalLine('L’émetteur', 120),
    receivedOn: required(calendarDateSchema, 'Indiquez la date de réception.'),
    channel: z.enum(complaintChannels, { error: 'Choisissez le canal.' }),
    subject: requiredText('L’objet de la réclamation', 2000),
    processId: idSchema.nullable(),
    handledById: idSchema.nullable(),
    responseDue: required(calendarDateSchema, 'Indiquez la date limite de réponse.'),
    respondedOn: calendarDateSchema.nullable(),
    response: optionalText('La réponse apportée', 4000),
    /** The analysis; absent (older callers) leaves it as it was. */
    founded: z.enum(complaintFoundedValues, { error: 'Dites si la réclamation est fondée.' }).nullable().optional(),
    analysedOn: calendarDateSchema.nullable().optional(),
    cause: optionalText('La cause', 4000).optional(),
    actionId: idSchema.nullable().optional(),
  })
  .strict()
  .superRefine((fields, ctx) => {
    if (fields.founded != null && !fields.analysedOn) {
      ctx.addIssue({ code: 'custom', path: ['analysedOn'], message: 'Indiquez la date de l’analyse.' });
    }
    if (fields.analysedOn && fields.founded == null) {
      ctx.addIssue({ code: 'custom', path: ['founded'], message: 'Dites si la réclamation est fondée, puisque l’analyse a une date.' });
    }
    if (fields.receivedOn && fields.analysedOn && fields.analysedOn < fields.receivedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['analysedOn'],
        message: outOfOrder('L’analyse', fields.analysedOn, 'la réception', fields.receivedOn),
      });
    }
    if (fields.receivedOn && fields.responseDue && fields.responseDue < fields.receivedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['responseDue'],
        message: outOfOrder('La date limite de réponse', fields.responseDue, 'la réception', fields.receivedOn),
      });
    }
    if (fields.receivedOn && fields.respondedOn && fields.respondedOn < fields.receivedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['respondedOn'],
        message: outOfOrder('La réponse', fields.respondedOn, 'la réception', fields.receivedOn),
      });
    }
  });
export type ComplaintFields = z.input<typeof complaintFieldsSchema>;
export const complaintUpdateSchema = z.object({ id: idSchema, revision: revisionSchema, fields: complaintFieldsSchema }).strict();
export const complaintListQuerySchema = z.object({ openOnly: z.boolean().optional() }).strict();
export type ComplaintListQuery = z.input<typeof complaintListQuerySchema>;

/** Opening the nonconformity of a réclamation in one step: how serious, and what is wrong. */
export const complaintNonconformityFieldsSchema = z
  .object({
    severity: z.enum(recordableSeverities, { error: SEVERITY_CHOICE }),
    description: requiredText('La description de la non-conformité', 4000),
    detectedById: idSchema.nullable(),
  })
  .strict();
export type ComplaintNonconformityFields = z.input<typeof complaintNonconformityFieldsSchema>;
export const complaintOpenNonconformitySchema = z
  .object({ id: idSchema, revision: revisionSchema, fields: complaintNonconformityFieldsSchema })
  .strict();
