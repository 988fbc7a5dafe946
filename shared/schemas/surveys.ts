import { z } from 'zod';
import { outOfOrder } from '../domain/dates';
import { questionKinds, surveyPopulations, surveyStates } from '../domain/surveys';
import { actionFieldsSchema } from './actions';
import { calendarDateSchema, idSchema, optionalText, required, requiredLine, requiredText } from './common';
import { fileContentSchema } from './files';
import { followUpActionSchema } from './providers';

const revisionSchema = z.number({ error: 'Révision invalide.' }).int().nonnegative();

/** A campaign as the register lists it: whom it asked, when, how many answered, its satisfaction rate. */
export const surveySchema = z.object({
  id: idSchema,
  title: z.string(),
  population: z.enum(surveyPopulations),
  opensOn: calendarDateSchema,
  closesOn: calendarDateSchema,
  solicited: z.number().int().nullable(),
  responses: z.number().int(),
  /** Satisfied answers among those counted, in percent; null while none. */
  rate: z.number().nullable(),
  indicatorId: idSchema.nullable(),
  indicatorName: z.string().nullable(),
  analysedOn: calendarDateSchema.nullable(),
  state: z.enum(surveyStates),
  revision: z.number().int(),
});
export type Survey = z.infer<typeof surveySchema>;

export const questionResultsSchema = z.object({
  answered: z.number().int(),
  steps: z.array(z.object({ value: z.number().int(), count: z.number().int() })),
  mean: z.number().nullable(),
  satisfied: z.number().int().nullable(),
  texts: z.array(z.string()),
});
export type QuestionResults = z.infer<typeof questionResultsSchema>;

export const surveyQuestionSchema = z.object({
  id: idSchema,
  position: z.number().int(),
  text: z.string(),
  kind: z.enum(questionKinds),
  scaleMax: z.number().int().nullable(),
  satisfaction: z.boolean(),
  results: questionResultsSchema,
});
export type SurveyQuestion = z.infer<typeof surveyQuestionSchema>;

export const surveyDetailSchema = surveySchema.extend({
  analysis: z.string().nullable(),
  satisfied: z.number().int(),
  counted: z.number().int(),
  questions: z.array(surveyQuestionSchema),
  actions: z.array(followUpActionSchema),
  /** The measurement its rate wrote on the linked indicator. */
  measurement: z.object({ periodLabel: z.string(), value: z.number() }).nullable(),
});
export type SurveyDetail = z.infer<typeof surveyDetailSchema>;

export const surveyFieldsSchema = z
  .object({
    title: requiredLine('L’intitulé de la campagne', 200),
    population: z.enum(surveyPopulations, { error: 'Choisissez la population interrogée.' }),
    opensOn: required(calendarDateSchema, 'Indiquez la date d’ouverture de la campagne.'),
    closesOn: required(calendarDateSchema, 'Indiquez la date de clôture de la campagne.'),
    solicited: z
      .number({ error: 'Indiquez un nombre de personnes.' })
      .int('Le nombre de personnes interrogées est un nombre entier.')
      .min(1, 'Au moins une personne est interrogée.')
      .max(100000, 'Au plus 100 000 personnes.')
      .nullable(),
    indicatorId: idSchema.nullable(),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (f.opensOn && f.closesOn && f.closesOn < f.opensOn) {
      ctx.addIssue({ code: 'custom', path: ['closesOn'], message: outOfOrder('La clôture', f.closesOn, 'l’ouverture', f.opensOn) });
    }
  });
export type SurveyFields = z.input<typeof surveyFieldsSchema>;
export const surveyUpdateSchema = z.object({ id: idSchema, revision: revisionSchema, fields: surveyFieldsSchema }).strict();
export const surveyListQuerySchema = z
  .object({
    population: z.enum(surveyPopulations).optional(),
    year: z.number({ error: 'Année invalide.' }).int().min(2000).max(2100).optional(),
  })
  .strict();
export type SurveyListQuery = z.input<typeof surveyListQuerySchema>;

export const questionAddSchema = z
  .object({
    surveyId: idSchema,
    text: requiredLine('La question', 500),
    kind: z.enum(questionKinds, { error: 'Choisissez le type de question.' }),
    scaleMax: z
      .number({ error: 'Indiquez le haut de l’échelle.' })
      .int()
      .min(2, 'Une échelle va de 1 à 2 au moins.')
      .max(10, 'Une échelle va de 1 à 10 au plus.')
      .nullable(),
    satisfaction: z.boolean({ error: 'Valeur invalide.' }),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (f.kind === 'echelle' && f.scaleMax === null)
      ctx.addIssue({ code: 'custom', path: ['scaleMax'], message: 'Indiquez le haut de l’échelle (de 2 à 10).' });
  });
export type QuestionAdd = z.input<typeof questionAddSchema>;
export const questionRemoveSchema = z.object({ id: idSchema }).strict();

/** One questionnaire typed by hand: a value per scale or yes/no question, a text per free question. */
export const responseAddSchema = z
  .object({
    surveyId: idSchema,
    answeredOn: calendarDateSchema.nullable(),
    answers: z
      .array(
        z
          .object({ questionId: idSchema, value: z.number().int().min(0).max(10).nullable(), text: optionalText('La réponse', 4000) })
          .strict(),
      )
      .max(200),
  })
  .strict();
export type ResponseAdd = z.input<typeof responseAddSchema>;

/** Which column of the file holds each question's answers, and the answer's date. */
export const importMappingSchema = z
  .object({
    columns: z.array(z.object({ questionId: idSchema, column: z.number().int().min(0).max(500).nullable() }).strict()).max(200),
    dateColumn: z.number().int().min(0).max(500).nullable(),
  })
  .strict();
export type ImportMapping = z.infer<typeof importMappingSchema>;

/** A CSV or XLSX file exported by a form tool; the mapping is proposed from its headers when not given. */
export const surveyImportSchema = z
  .object({
    surveyId: idSchema,
    fileName: requiredLine('Le nom du fichier', 255),
    mapping: importMappingSchema.nullable(),
    content: fileContentSchema,
  })
  .strict();

export const importPreviewSchema = z.object({
  headers: z.array(z.string()),
  mapping: importMappingSchema,
  /** Data lines read (blank lines aside). */
  rows: z.number().int(),
  accepted: z.number().int(),
  /** Each refused line, numbered as in the file, with its reason in French. */
  refused: z.array(z.object({ line: z.number().int(), reason: z.string() })),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importResultSchema = importPreviewSchema.extend({ imported: z.number().int() });

export const surveyAnalysisSchema = z
  .object({
    id: idSchema,
    revision: revisionSchema,
    analysedOn: required(calendarDateSchema, 'Indiquez la date de l’analyse.'),
    analysis: requiredText('L’analyse des résultats', 8000),
  })
  .strict();
export type SurveyAnalysis = z.input<typeof surveyAnalysisSchema>;

export const surveyActionSchema = z.object({ surveyId: idSchema, fields: actionFieldsSchema }).strict();
