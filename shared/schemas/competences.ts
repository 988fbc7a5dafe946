import { z } from 'zod';
import { competenceKinds, qualificationStates, trainingResults, trainingStates, trainingStatuses } from '../domain/competences';
import { dateInWords, outOfOrder } from '../domain/dates';
import { calendarDateSchema, idSchema, optionalLine, optionalText, required, requiredLine } from './common';

const revisionSchema = z.number({ error: 'Révision invalide.' }).int().nonnegative();
const idList = (what: string, max: number) =>
  z
    .array(idSchema)
    .max(max, `${what} : ${max} au plus.`)
    .refine((ids) => new Set(ids).size === ids.length, `${what} : un choix figure deux fois.`);

export const competenceSchema = z.object({ id: idSchema, name: z.string(), kind: z.enum(competenceKinds) });
export type Competence = z.infer<typeof competenceSchema>;

export const competenceCreateSchema = z
  .object({
    name: requiredLine('Le nom de la compétence', 120),
    kind: z.enum(competenceKinds, { error: 'Choisissez le type de compétence.' }),
  })
  .strict();
export type CompetenceCreate = z.input<typeof competenceCreateSchema>;

/** A function of the structure, the competences it requires and who holds it. */
export const jobFunctionSchema = z.object({
  id: idSchema,
  name: z.string(),
  description: z.string().nullable(),
  competences: z.array(competenceSchema),
  holders: z.array(z.object({ id: idSchema, name: z.string(), active: z.boolean() })),
  revision: z.number().int(),
});
export type JobFunction = z.infer<typeof jobFunctionSchema>;

export const jobFunctionFieldsSchema = z
  .object({
    name: requiredLine('Le nom de la fonction', 120),
    description: optionalText('La description', 2000),
    competenceIds: idList('Les compétences requises', 100),
    holderIds: idList('Les personnes qui l’occupent', 200),
  })
  .strict();
export type JobFunctionFields = z.input<typeof jobFunctionFieldsSchema>;
export const jobFunctionUpdateSchema = z.object({ id: idSchema, revision: revisionSchema, fields: jobFunctionFieldsSchema }).strict();

/** A training or qualification of a person of the directory, with where it stands today. */
export const trainingSchema = z.object({
  id: idSchema,
  personId: idSchema,
  personName: z.string(),
  personActive: z.boolean(),
  competenceId: idSchema.nullable(),
  competenceName: z.string().nullable(),
  competenceKind: z.enum(competenceKinds).nullable(),
  title: z.string(),
  providerId: idSchema.nullable(),
  providerName: z.string().nullable(),
  status: z.enum(trainingStatuses),
  plannedOn: calendarDateSchema.nullable(),
  doneOn: calendarDateSchema.nullable(),
  expiresOn: calendarDateSchema.nullable(),
  evaluationDue: calendarDateSchema.nullable(),
  evaluatedOn: calendarDateSchema.nullable(),
  evaluationResult: z.enum(trainingResults).nullable(),
  evaluationComment: z.string().nullable(),
  state: z.enum(trainingStates),
  revision: z.number().int(),
});
export type Training = z.infer<typeof trainingSchema>;

export const trainingFieldsSchema = z
  .object({
    personId: required(idSchema, 'Choisissez la personne formée.'),
    competenceId: idSchema.nullable(),
    title: requiredLine('L’intitulé de la formation', 200),
    providerId: idSchema.nullable(),
    status: z.enum(trainingStatuses, { error: 'Choisissez où en est la formation.' }),
    plannedOn: calendarDateSchema.nullable(),
    doneOn: calendarDateSchema.nullable(),
    expiresOn: calendarDateSchema.nullable(),
    evaluationDue: calendarDateSchema.nullable(),
  })
  .strict()
  .superRefine((f, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (f.status === 'prevue' && f.plannedOn === null) issue('plannedOn', 'Indiquez la date prévue de la formation.');
    if (f.status === 'realisee' && f.doneOn === null) issue('doneOn', 'Indiquez la date à laquelle la formation a eu lieu.');
    if (f.status !== 'realisee' && f.doneOn !== null)
      issue('doneOn', 'Une formation qui n’est pas réalisée n’a pas de date de réalisation.');
    if (f.expiresOn !== null && f.doneOn === null)
      issue('expiresOn', 'Une échéance suit une formation réalisée : indiquez d’abord sa date.');
    if (f.expiresOn !== null && f.doneOn !== null && f.expiresOn <= f.doneOn) {
      issue(
        'expiresOn',
        `L’échéance de l’habilitation (${dateInWords(f.expiresOn)}) doit venir après la formation qui la donne (${dateInWords(f.doneOn)}).`,
      );
    }
    if (f.evaluationDue !== null && f.doneOn !== null && f.evaluationDue < f.doneOn) {
      issue('evaluationDue', outOfOrder('L’évaluation prévue', f.evaluationDue, 'la formation', f.doneOn));
    }
  });
export type TrainingFields = z.input<typeof trainingFieldsSchema>;
export const trainingUpdateSchema = z.object({ id: idSchema, revision: revisionSchema, fields: trainingFieldsSchema }).strict();

/** The evaluation of a training's effect: when, what it found, in a few words. */
export const trainingEvaluationSchema = z
  .object({
    id: idSchema,
    revision: revisionSchema,
    evaluatedOn: required(calendarDateSchema, 'Indiquez la date de l’évaluation.'),
    result: z.enum(trainingResults, { error: 'Choisissez le résultat de l’évaluation.' }),
    comment: optionalText('Le commentaire', 2000),
  })
  .strict();
export type TrainingEvaluation = z.input<typeof trainingEvaluationSchema>;

export const trainingListQuerySchema = z
  .object({
    personId: idSchema.optional(),
    competenceId: idSchema.optional(),
    year: z.number({ error: 'Année invalide.' }).int().min(2000).max(2100).optional(),
    state: z.enum(trainingStates).optional(),
    search: optionalLine('La recherche', 120).optional(),
  })
  .strict();
export type TrainingListQuery = z.input<typeof trainingListQuerySchema>;

/** The matrix of one function: its active holders against the competences it requires. */
export const matrixSchema = z.object({
  date: calendarDateSchema,
  functions: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      holders: z.array(z.object({ id: idSchema, name: z.string() })),
      competences: z.array(z.object({ id: idSchema, name: z.string() })),
      cells: z.array(z.object({ personId: idSchema, competenceId: idSchema, state: z.enum(qualificationStates) })),
      missing: z.number().int(),
    }),
  ),
});
export type Matrix = z.infer<typeof matrixSchema>;
