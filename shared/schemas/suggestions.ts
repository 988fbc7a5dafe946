import { z } from 'zod';
import { manualNonconformitySources, recordableSeverities, SEVERITY_CHOICE } from '../domain/nonconformities';
import { suggestionKinds, suggestionStatuses } from '../domain/suggestions';
import { actionFieldsWithoutOpeningSchema } from './actions';
import { calendarDateSchema, idSchema, required, requiredText } from './common';

const revisionSchema = z.number({ error: 'Révision invalide.' }).int().nonnegative();
const linked = z.object({ id: idSchema, reference: z.string() });

/** A fiche d'amélioration and what its triage made of it. */
export const suggestionSchema = z.object({
  id: idSchema,
  reference: z.string(),
  authorId: idSchema,
  authorName: z.string(),
  suggestedOn: calendarDateSchema,
  kind: z.enum(suggestionKinds),
  description: z.string(),
  processId: idSchema.nullable(),
  processName: z.string().nullable(),
  status: z.enum(suggestionStatuses),
  nonconformity: linked.nullable(),
  action: linked.nullable(),
  rejectionReason: z.string().nullable(),
  triagedOn: calendarDateSchema.nullable(),
  revision: z.number().int(),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

/** Quick capture: who, what, when (and the process if known). */
export const suggestionFieldsSchema = z
  .object({
    authorId: required(idSchema, 'Indiquez qui propose.'),
    suggestedOn: required(calendarDateSchema, 'Indiquez la date.'),
    kind: z.enum(suggestionKinds, { error: 'Idée ou problème ?' }),
    description: requiredText('La description', 4000),
    processId: idSchema.nullable(),
  })
  .strict();
export type SuggestionFields = z.input<typeof suggestionFieldsSchema>;
export const suggestionUpdateSchema = z.object({ id: idSchema, revision: revisionSchema, fields: suggestionFieldsSchema }).strict();
export const suggestionListQuerySchema = z.object({ status: z.enum(suggestionStatuses).optional() }).strict();
export type SuggestionListQuery = z.input<typeof suggestionListQuerySchema>;

/** Triage into a nonconformity: its origin and gravity, the fiche's description as a start. */
export const ncDecisionSchema = z
  .object({
    to: z.literal('nc'),
    source: z.enum(manualNonconformitySources, { error: 'Choisissez l’origine de la non-conformité.' }),
    severity: z.enum(recordableSeverities, { error: SEVERITY_CHOICE }),
    description: requiredText('La description de la non-conformité', 4000),
  })
  .strict();
export const rejectDecisionSchema = z.object({ to: z.literal('non_retenue'), reason: requiredText('Le motif', 2000) }).strict();

/** The triage: a nonconformity, an action, or not kept with the reason. */
export const suggestionDecisionSchema = z.discriminatedUnion(
  'to',
  [ncDecisionSchema, z.object({ to: z.literal('action'), action: actionFieldsWithoutOpeningSchema }).strict(), rejectDecisionSchema],
  { error: 'Choisissez la suite donnée.' },
);
export type SuggestionDecision = z.input<typeof suggestionDecisionSchema>;
/** The triage, on the day it was decided (the action it opens is opened that day). */
export const suggestionTriageSchema = z
  .object({
    id: idSchema,
    revision: revisionSchema,
    triagedOn: required(calendarDateSchema, 'Indiquez la date du tri.'),
    decision: suggestionDecisionSchema,
  })
  .strict();
