import { z } from 'zod';
import { outOfOrder } from '../domain/dates';
import { issueNatures } from '../domain/issues';
import { MAX_PARTY_ANSWERS, partyRelevances } from '../domain/parties';
import { registerStatuses } from '../domain/register-life';
import { calendarDateSchema, idSchema, optionalLine, optionalText, required, requiredLine, requiredText } from './common';
import { revisionSchema } from './register-life';

const namedSchema = z.object({ id: idSchema, name: z.string() });

/** An interested party (§4.2): its needs and expectations, and what in the system answers them. */
export const partySchema = z.object({
  id: idSchema,
  name: z.string(),
  nature: z.enum(issueNatures),
  needs: z.string(),
  /** How the structure answers them, in words. */
  response: z.string().nullable(),
  /** Its requirements related to climate change, if it has any (§4.2, Amendment 1:2024). */
  climate: z.string().nullable(),
  relevance: z.enum(partyRelevances),
  processes: z.array(namedSchema),
  /** Documents by reference and title. */
  documents: z.array(namedSchema),
  indicators: z.array(namedSchema),
  identifiedOn: calendarDateSchema,
  lastReviewedOn: calendarDateSchema.nullable(),
  reviewDue: calendarDateSchema,
  status: z.enum(registerStatuses),
  retiredOn: calendarDateSchema.nullable(),
  retireReason: z.string().nullable(),
  reviewLate: z.boolean(),
  riskCount: z.number().int(),
  revision: z.number().int(),
});
export type Party = z.infer<typeof partySchema>;

const idList = (what: string) =>
  z
    .array(idSchema)
    .max(MAX_PARTY_ANSWERS, `${what} : ${MAX_PARTY_ANSWERS} au plus.`)
    .refine((ids) => new Set(ids).size === ids.length, `${what} : un élément est choisi deux fois.`);

export const partyFieldsSchema = z
  .object({
    name: requiredLine('Le nom de la partie intéressée', 120),
    nature: z.enum(issueNatures, { error: 'Choisissez si la partie est interne ou externe.' }),
    needs: requiredText('Les besoins et attentes', 4000),
    response: optionalText('La réponse de la structure', 4000),
    climate: optionalText('Les exigences liées au changement climatique', 2000),
    relevance: z.enum(partyRelevances, { error: 'Choisissez la pertinence.' }),
    processIds: idList('Les processus'),
    documentIds: idList('Les documents'),
    indicatorIds: idList('Les indicateurs'),
    identifiedOn: required(calendarDateSchema, 'Indiquez la date à laquelle la partie a été identifiée.'),
    reviewDue: required(calendarDateSchema, 'Indiquez la date de la prochaine revue.'),
  })
  .strict()
  .superRefine((fields, ctx) => {
    if (fields.identifiedOn && fields.reviewDue && fields.reviewDue < fields.identifiedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['reviewDue'],
        message: outOfOrder('La prochaine revue', fields.reviewDue, 'l’identification de la partie', fields.identifiedOn),
      });
    }
  });
export type PartyFields = z.input<typeof partyFieldsSchema>;
export const partyUpdateSchema = z.object({ id: idSchema, revision: revisionSchema, fields: partyFieldsSchema }).strict();

export const partyListQuerySchema = z
  .object({
    nature: z.enum(issueNatures).optional(),
    relevance: z.enum(partyRelevances).optional(),
    processId: idSchema.optional(),
    includeRetired: z.boolean().optional(),
    reviewLateOnly: z.boolean().optional(),
    search: optionalLine('La recherche', 200).optional(),
  })
  .strict();
export type PartyListQuery = z.input<typeof partyListQuerySchema>;
