import { z } from 'zod';
import { isWebAddress, watchDecisions, watchDomains, watchFrequencies, watchImpacts, watchItemStates } from '../domain/watch';
import { actionFieldsWithoutOpeningSchema } from './actions';
import { calendarDateSchema, idSchema, optionalLine, optionalText, required, requiredLine, requiredText } from './common';
import { revisionSchema } from './register-life';
import { riskActionSchema } from './risks';

/** A web address the screens may open: http or https only, on one line. */
const webAddress = optionalLine('L’adresse web', 500).refine(
  (value) => value === null || isWebAddress(value),
  'L’adresse web commence par https:// (ou http://).',
);

/** A source the structure follows, and when it is next due to be consulted. */
export const watchSourceSchema = z.object({
  id: idSchema,
  name: z.string(),
  domain: z.enum(watchDomains),
  url: z.string().nullable(),
  frequency: z.enum(watchFrequencies),
  ownerId: idSchema.nullable(),
  ownerName: z.string().nullable(),
  followedSince: calendarDateSchema,
  lastConsultedOn: calendarDateSchema.nullable(),
  nextConsultationDue: calendarDateSchema,
  active: z.boolean(),
  notes: z.string().nullable(),
  consultationLate: z.boolean(),
  itemCount: z.number().int(),
  revision: z.number().int(),
});
export type WatchSource = z.infer<typeof watchSourceSchema>;

export const watchSourceFieldsSchema = z
  .object({
    name: requiredLine('Le nom de la source', 120),
    domain: z.enum(watchDomains, { error: 'Choisissez le domaine de veille.' }),
    url: webAddress,
    frequency: z.enum(watchFrequencies, { error: 'Choisissez la fréquence de consultation.' }),
    ownerId: idSchema.nullable(),
    followedSince: required(calendarDateSchema, 'Indiquez depuis quand la source est suivie.'),
    notes: optionalText('Les notes', 2000),
    active: z.boolean({ error: 'Indiquez si la source est encore suivie.' }),
  })
  .strict();
export type WatchSourceFields = z.input<typeof watchSourceFieldsSchema>;
export const watchSourceUpdateSchema = z.object({ id: idSchema, revision: revisionSchema, fields: watchSourceFieldsSchema }).strict();
export const watchConsultedSchema = z
  .object({ id: idSchema, revision: revisionSchema, consultedOn: required(calendarDateSchema, 'Indiquez la date de consultation.') })
  .strict();

/** One item noticed, its analysis, the decision, its actions and who was told. */
export const watchItemSchema = z.object({
  id: idSchema,
  reference: z.string(),
  sourceId: idSchema.nullable(),
  sourceName: z.string().nullable(),
  noticedOn: calendarDateSchema,
  title: z.string(),
  summary: z.string(),
  url: z.string().nullable(),
  domain: z.enum(watchDomains),
  processId: idSchema.nullable(),
  processName: z.string().nullable(),
  analysis: z.string().nullable(),
  impact: z.enum(watchImpacts).nullable(),
  decision: z.enum(watchDecisions).nullable(),
  decisionNote: z.string().nullable(),
  decidedOn: calendarDateSchema.nullable(),
  actions: z.array(riskActionSchema),
  informedOn: calendarDateSchema.nullable(),
  informed: z.array(z.object({ id: idSchema, name: z.string() })),
  informedOthers: z.string().nullable(),
  state: z.enum(watchItemStates),
  revision: z.number().int(),
});
export type WatchItem = z.infer<typeof watchItemSchema>;

export const watchItemFieldsSchema = z
  .object({
    sourceId: idSchema.nullable(),
    noticedOn: required(calendarDateSchema, 'Indiquez la date à laquelle l’information a été relevée.'),
    title: requiredLine('L’intitulé', 200),
    summary: requiredText('Le résumé', 4000),
    url: webAddress,
    domain: z.enum(watchDomains, { error: 'Choisissez le domaine de veille.' }),
    processId: idSchema.nullable(),
  })
  .strict();
export type WatchItemFields = z.input<typeof watchItemFieldsSchema>;
export const watchItemUpdateSchema = z.object({ id: idSchema, revision: revisionSchema, fields: watchItemFieldsSchema }).strict();

/** The impact analysis and the decision, on a day; a decision to act brings its first action if it has none yet. */
export const watchDecisionFieldsSchema = z
  .object({
    analysis: requiredText('L’analyse d’impact', 4000),
    impact: z.enum(watchImpacts, { error: 'Choisissez l’impact.' }),
    decision: z.enum(watchDecisions, { error: 'Choisissez la décision.' }),
    decisionNote: optionalText('Le détail de la décision', 2000),
    decidedOn: required(calendarDateSchema, 'Indiquez la date de la décision.'),
  })
  .strict();
export type WatchDecisionFields = z.input<typeof watchDecisionFieldsSchema>;
export const watchDecideSchema = z
  .object({
    id: idSchema,
    revision: revisionSchema,
    fields: watchDecisionFieldsSchema,
    action: actionFieldsWithoutOpeningSchema.nullable(),
  })
  .strict();

/** Who was told, and when. */
export const watchInformFieldsSchema = z
  .object({
    informedOn: required(calendarDateSchema, 'Indiquez la date de l’information.'),
    personIds: z
      .array(idSchema)
      .max(60, '60 personnes au plus.')
      .refine((ids) => new Set(ids).size === ids.length, 'Une personne est choisie deux fois.'),
    others: optionalLine('Les autres destinataires', 300),
  })
  .strict()
  .refine((fields) => fields.personIds.length > 0 || fields.others !== null, {
    message: 'Choisissez au moins une personne, ou nommez les destinataires.',
    path: ['personIds'],
  });
export type WatchInformFields = z.input<typeof watchInformFieldsSchema>;
export const watchInformSchema = z.object({ id: idSchema, revision: revisionSchema, fields: watchInformFieldsSchema }).strict();

export const watchItemListQuerySchema = z
  .object({
    sourceId: idSchema.optional(),
    domain: z.enum(watchDomains).optional(),
    state: z.enum(watchItemStates).optional(),
    search: optionalLine('La recherche', 200).optional(),
  })
  .strict();
export type WatchItemListQuery = z.input<typeof watchItemListQuerySchema>;

export const watchSourceListQuerySchema = z.object({ includeInactive: z.boolean().optional() }).strict();
