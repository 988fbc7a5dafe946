import { z } from 'zod';
import { actionStatuses, actionTypes } from '../domain/actions';
import { auditStatuses, auditTypes } from '../domain/audits';
import { complainantKinds } from '../domain/complaints';
import { indicatorStates } from '../domain/indicator-state';
import { indicatorDirections, indicatorFrequencies, indicatorThemes, indicatorUnits } from '../domain/indicators';
import { decisionKinds, reviewStatuses } from '../domain/management-review';
import { nonconformitySeverities, nonconformityStatuses } from '../domain/nonconformities';
import { evaluationResults } from '../domain/providers';
import { suggestionKinds, suggestionStatuses } from '../domain/suggestions';
import { surveyPopulations } from '../domain/surveys';
import { calendarDateSchema, idSchema, optionalText, required, requiredText } from './common';
import { contextChangesSchema } from './issues';
import { objectiveStatuses } from './objectives';
import { opaqueIdSchema } from './pack';
import { riskOnDateSchema } from './risks';

const revisionSchema = z.number({ error: 'Révision invalide.' }).int().nonnegative();

/** A decision, and the action of the plan it became (with where that action stands now). */
export const decisionSchema = z.object({
  id: idSchema,
  position: z.number().int(),
  kind: z.enum(decisionKinds),
  text: z.string(),
  action: z
    .object({
      id: idSchema,
      reference: z.string(),
      ownerName: z.string(),
      dueDate: calendarDateSchema,
      status: z.enum(actionStatuses),
      doneOn: calendarDateSchema.nullable(),
      overdue: z.boolean(),
    })
    .nullable(),
});
export type Decision = z.infer<typeof decisionSchema>;

const countSchema = z.number().int().nonnegative();

const indicatorInputSchema = z.object({
  id: idSchema,
  name: z.string(),
  theme: z.enum(indicatorThemes),
  unit: z.enum(indicatorUnits),
  scaleMax: z.number().nullable(),
  direction: z.enum(indicatorDirections),
  frequency: z.enum(indicatorFrequencies),
  target: z.number().nullable(),
  alertThreshold: z.number().nullable(),
  measurements: z.array(
    z.object({ periodStart: calendarDateSchema, label: z.string(), value: z.number(), state: z.enum(indicatorStates) }),
  ),
  /** The last measurement of the period decides the indicator's state at the review. */
  state: z.enum(indicatorStates),
  /** First days of the periods of the review's period that were due and have no measurement. */
  missing: z.array(calendarDateSchema),
});
export type IndicatorInput = z.infer<typeof indicatorInputSchema>;

/** §9.3.2's inputs, as the file tells them for the review's period. */
export const reviewInputsSchema = z.object({
  periodStart: calendarDateSchema,
  periodEnd: calendarDateSchema,
  /** The day the inputs were read (the day the review was held, once frozen). */
  readOn: calendarDateSchema,
  previousReview: z.object({ id: idSchema, heldOn: calendarDateSchema, decisions: z.array(decisionSchema) }).nullable(),
  audits: z.array(
    z.object({
      id: idSchema,
      reference: z.string(),
      type: z.enum(auditTypes),
      external: z.boolean(),
      title: z.string().nullable(),
      startDate: calendarDateSchema,
      status: z.enum(auditStatuses),
      findings: z.array(z.object({ label: z.string(), count: countSchema })),
    }),
  ),
  findingsByGrade: z.array(z.object({ label: z.string(), internal: countSchema, external: countSchema })),
  nonconformities: z.object({
    opened: countSchema,
    closed: countSchema,
    openNow: countSchema,
    list: z.array(
      z.object({
        id: idSchema,
        reference: z.string(),
        detectedOn: calendarDateSchema,
        severity: z.enum(nonconformitySeverities),
        status: z.enum(nonconformityStatuses),
        description: z.string(),
      }),
    ),
  }),
  actions: z.object({
    opened: countSchema,
    completed: countSchema,
    overdue: countSchema,
    overdueList: z.array(
      z.object({ id: idSchema, reference: z.string(), description: z.string(), ownerName: z.string(), dueDate: calendarDateSchema }),
    ),
  }),
  effectiveness: z.object({ effective: countSchema, notEffective: countSchema, pending: countSchema }),
  complaints: z.object({
    received: countSchema,
    answered: countSchema,
    answeredLate: countSchema,
    unanswered: countSchema,
    averageResponseDays: z.number().nullable(),
    list: z.array(
      z.object({
        id: idSchema,
        reference: z.string(),
        receivedOn: calendarDateSchema,
        complainantKind: z.enum(complainantKinds),
        subject: z.string(),
        respondedOn: calendarDateSchema.nullable(),
      }),
    ),
  }),
  indicators: z.array(indicatorInputSchema),
  documentsOverdue: z.array(
    z.object({
      id: idSchema,
      reference: z.string(),
      title: z.string(),
      nextReviewDue: calendarDateSchema,
      ownerName: z.string().nullable(),
    }),
  ),
  /** Quality objectives due in or after the period, and those still in progress: how far they are met (§9.3.2 c 2). */
  objectives: z.array(
    z.object({
      id: idSchema,
      title: z.string(),
      ownerName: z.string(),
      targetDate: calendarDateSchema,
      status: z.enum(objectiveStatuses),
      overdue: z.boolean(),
      indicators: z.array(z.object({ name: z.string(), state: z.enum(indicatorStates), latest: z.string().nullable() })),
    }),
  ),
  suggestions: z.object({
    received: countSchema,
    toTriage: countSchema,
    list: z.array(
      z.object({
        id: idSchema,
        reference: z.string(),
        suggestedOn: calendarDateSchema,
        kind: z.enum(suggestionKinds),
        description: z.string(),
        status: z.enum(suggestionStatuses),
      }),
    ),
  }),
  /** §9.3.2 b: changes in the context. Absent from a review held before Sève kept the context registers. */
  context: contextChangesSchema.optional(),
  /** §9.3.2 e: the risks and opportunities with their treatment, as of the review's day. Absent likewise. */
  risks: z.array(riskOnDateSchema).optional(),
  /**
   * Customer satisfaction (§9.3.2 c 1): the survey campaigns opened in the period. Added with schema
   * 15: reviews held before it have no such input, hence optional.
   */
  satisfaction: z
    .object({
      surveys: z.array(
        z.object({
          id: idSchema,
          title: z.string(),
          population: z.enum(surveyPopulations),
          opensOn: calendarDateSchema,
          closesOn: calendarDateSchema,
          responses: countSchema,
          rate: z.number().nullable(),
          analysed: z.boolean(),
        }),
      ),
    })
    .optional(),
  /** Performance of external providers (§9.3.2 c 7): evaluations of the period, poor ones, evaluations late on the day. */
  providers: z
    .object({
      evaluated: countSchema,
      poor: countSchema,
      evaluations: z.array(
        z.object({
          providerId: idSchema,
          providerName: z.string(),
          evaluatedOn: calendarDateSchema,
          score: z.number(),
          result: z.enum(evaluationResults),
          followUps: countSchema,
        }),
      ),
      overdue: z.array(z.object({ id: idSchema, name: z.string(), due: calendarDateSchema })),
    })
    .optional(),
  /** Competence (§7.2, resources §9.3.2 e): trainings done and still planned, habilitations lapsed on the day. */
  competences: z
    .object({
      trainingsDone: countSchema,
      trainingsPlanned: countSchema,
      lapsed: z.array(z.object({ personName: z.string(), title: z.string(), expiresOn: calendarDateSchema })),
    })
    .optional(),
});
export type ReviewInputs = z.infer<typeof reviewInputsSchema>;

export const reviewSummarySchema = z.object({
  id: idSchema,
  heldOn: calendarDateSchema,
  periodStart: calendarDateSchema,
  periodEnd: calendarDateSchema,
  status: z.enum(reviewStatuses),
  participantNames: z.array(z.string()),
  decisionCount: countSchema,
  actionCount: countSchema,
  revision: z.number().int(),
});
export type ReviewSummary = z.infer<typeof reviewSummarySchema>;

export const reviewSchema = reviewSummarySchema.extend({
  participants: z.array(z.object({ id: idSchema, name: z.string(), jobTitle: z.string().nullable() })),
  otherParticipants: z.string().nullable(),
  contextChanges: z.string().nullable(),
  resources: z.string().nullable(),
  risksOpportunities: z.string().nullable(),
  externalProviders: z.string().nullable(),
  conclusion: z.string().nullable(),
  decisions: z.array(decisionSchema),
  heldAt: z.string().nullable(),
});
export type ManagementReview = z.infer<typeof reviewSchema>;

export const reviewFieldsSchema = z
  .object({
    heldOn: required(calendarDateSchema, 'Indiquez la date de la revue.'),
    periodStart: required(calendarDateSchema, 'Indiquez le début de la période revue.'),
    periodEnd: required(calendarDateSchema, 'Indiquez la fin de la période revue.'),
    participantIds: z
      .array(idSchema)
      .max(60, 'Une revue compte 60 participants au plus.')
      .refine((ids) => new Set(ids).size === ids.length, 'Un participant est choisi deux fois.'),
    otherParticipants: optionalText('Les autres participants', 1000),
    contextChanges: optionalText('Les évolutions du contexte', 8000),
    resources: optionalText('Les ressources', 8000),
    risksOpportunities: optionalText('Les risques et opportunités', 8000),
    externalProviders: optionalText('Les prestataires externes', 8000),
    conclusion: optionalText('La conclusion', 8000),
  })
  .strict()
  .refine((fields) => fields.periodStart === null || fields.periodEnd === null || fields.periodEnd >= fields.periodStart, {
    message: 'La fin de la période revue vient après son début.',
    path: ['periodEnd'],
  });
export type ReviewFields = z.input<typeof reviewFieldsSchema>;

export const reviewUpdateSchema = z.object({ id: idSchema, revision: revisionSchema, fields: reviewFieldsSchema }).strict();

/** The action a decision becomes in the same step: who, by when, which kind. */
export const decisionActionSchema = z
  .object({
    type: z.enum(actionTypes, { error: 'Choisissez le type d’action.' }),
    ownerId: required(idSchema, 'Indiquez le responsable de l’action.'),
    dueDate: required(calendarDateSchema, 'Indiquez l’échéance de l’action.'),
    processId: idSchema.nullable(),
  })
  .strict();

export const decisionAddSchema = z
  .object({
    reviewId: idSchema,
    kind: z.enum(decisionKinds, { error: 'Choisissez la nature de la décision.' }),
    text: requiredText('La décision', 2000),
    /** Null: recorded as text only (it can become an action later). */
    action: decisionActionSchema.nullable(),
  })
  .strict();
export type DecisionAdd = z.input<typeof decisionAddSchema>;

export const decisionToActionSchema = z.object({ decisionId: idSchema, action: decisionActionSchema }).strict();
export const decisionRemoveSchema = z.object({ decisionId: idSchema }).strict();
export const reviewHoldSchema = z.object({ id: idSchema, revision: revisionSchema }).strict();

/** The minutes PDF of a review; `targetId` is where the desktop's save dialog said to write it. */
export const reviewMinutesStartSchema = z.object({ reviewId: idSchema, targetId: opaqueIdSchema.optional() }).strict();
