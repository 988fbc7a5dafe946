import { z } from 'zod';
import { actionSchema, exportFileSchema } from '../../schemas/actions';
import { byIdSchema } from '../../schemas/common';
import {
  importPreviewSchema,
  importResultSchema,
  questionAddSchema,
  questionRemoveSchema,
  responseAddSchema,
  surveyActionSchema,
  surveyAnalysisSchema,
  surveyDetailSchema,
  surveyFieldsSchema,
  surveyImportSchema,
  surveyListQuerySchema,
  surveySchema,
  surveyUpdateSchema,
} from '../../schemas/surveys';
import { method } from '../method';

/** Satisfaction surveys (§9.1.2): campaigns, questions, answers typed or imported, results, analysis and actions. */
export const surveysMethods = {
  'surveys.list': method(surveyListQuerySchema, z.array(surveySchema), false),
  'surveys.get': method(byIdSchema, surveyDetailSchema, false),
  'surveys.create': method(surveyFieldsSchema, surveyDetailSchema, true),
  'surveys.update': method(surveyUpdateSchema, surveyDetailSchema, true),
  'surveys.addQuestion': method(questionAddSchema, surveyDetailSchema, true),
  'surveys.removeQuestion': method(questionRemoveSchema, surveyDetailSchema, true),
  'surveys.addResponse': method(responseAddSchema, surveyDetailSchema, true),
  /** Reads a form tool's file and says what an import would bring: each refused line with its reason. Writes nothing. */
  'surveys.previewImport': method(surveyImportSchema, importPreviewSchema, false, { binary: 'upload' }),
  /** Imports the accepted lines of the file, all in one transaction, once the user has seen the refused ones. */
  'surveys.import': method(surveyImportSchema, importResultSchema, true, { binary: 'upload' }),
  'surveys.analyse': method(surveyAnalysisSchema, surveyDetailSchema, true),
  'surveys.addAction': method(surveyActionSchema, actionSchema, true),
  'surveys.exportCsv': method(surveyListQuerySchema, exportFileSchema, false, { binary: 'download' }),
} as const;
