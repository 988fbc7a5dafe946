import { z } from 'zod';
import { actionStatuses } from '../domain/actions';
import { normalisedRequestCode, unmatchedAnswerReasons } from '../domain/group-requests';
import { calendarDateSchema, idSchema, requiredLine, requiredText } from './common';

/** A request of the group as the member's quality lead recorded it (« Demandes du groupe »), with its answer. */
export const groupRequestSchema = z.object({
  id: idSchema,
  code: z.string(),
  ncReference: z.string(),
  description: z.string(),
  receivedOn: calendarDateSchema,
  /** Null while the member has not answered. */
  answer: z
    .object({
      concerned: z.boolean(),
      answeredOn: calendarDateSchema,
      /** The member's own action when concerned. */
      action: z.object({ id: idSchema, reference: z.string(), description: z.string(), status: z.enum(actionStatuses) }).nullable(),
    })
    .nullable(),
});
export type GroupRequest = z.infer<typeof groupRequestSchema>;

export const groupRequestCreateSchema = z
  .object({
    code: requiredLine('Le code de la demande', 20).transform(normalisedRequestCode),
    ncReference: requiredLine('La référence de la non-conformité', 40),
    description: requiredText('La description', 2000),
    receivedOn: calendarDateSchema,
  })
  .strict();
export type GroupRequestCreate = z.input<typeof groupRequestCreateSchema>;

export const groupRequestAnswerSchema = z
  .object({
    id: idSchema,
    concerned: z.boolean({ error: 'Indiquez si votre structure est concernée.' }),
    actionId: idSchema.nullable(),
    answeredOn: calendarDateSchema,
  })
  .strict()
  .refine((answer) => !answer.concerned || answer.actionId !== null, {
    path: ['actionId'],
    message: 'Choisissez l’action de votre plan d’actions qui répond à cette demande.',
  });
export type GroupRequestAnswer = z.input<typeof groupRequestAnswerSchema>;

/** An answer a member's snapshot carried that the group could not record, and why. */
export const unmatchedAnswerSchema = z.object({
  memberId: idSchema,
  memberName: z.string(),
  code: z.string(),
  ncReference: z.string(),
  answeredOn: calendarDateSchema,
  reason: z.enum(unmatchedAnswerReasons),
  /** The reason in French, for the import's message. */
  explanation: z.string(),
});
export type UnmatchedAnswer = z.infer<typeof unmatchedAnswerSchema>;
