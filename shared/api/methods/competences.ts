import { z } from 'zod';
import { exportFileSchema } from '../../schemas/actions';
import { byIdSchema, emptyInput } from '../../schemas/common';
import {
  competenceCreateSchema,
  competenceSchema,
  jobFunctionFieldsSchema,
  jobFunctionSchema,
  jobFunctionUpdateSchema,
  matrixSchema,
  trainingEvaluationSchema,
  trainingFieldsSchema,
  trainingListQuerySchema,
  trainingSchema,
  trainingUpdateSchema,
} from '../../schemas/competences';
import { method } from '../method';

/** Competence (§7.2): functions and the competences they require, trainings of the people, the matrix. */
export const competencesMethods = {
  'competences.list': method(emptyInput, z.array(competenceSchema), false),
  'competences.create': method(competenceCreateSchema, competenceSchema, true),
  'competences.functions': method(emptyInput, z.array(jobFunctionSchema), false),
  'competences.getFunction': method(byIdSchema, jobFunctionSchema, false),
  'competences.createFunction': method(jobFunctionFieldsSchema, jobFunctionSchema, true),
  'competences.updateFunction': method(jobFunctionUpdateSchema, jobFunctionSchema, true),
  'competences.trainings': method(trainingListQuerySchema, z.array(trainingSchema), false),
  'competences.getTraining': method(byIdSchema, trainingSchema, false),
  'competences.createTraining': method(trainingFieldsSchema, trainingSchema, true),
  'competences.updateTraining': method(trainingUpdateSchema, trainingSchema, true),
  'competences.evaluateTraining': method(trainingEvaluationSchema, trainingSchema, true),
  'competences.exportTrainingsCsv': method(trainingListQuerySchema, exportFileSchema, false, { binary: 'download' }),
  'competences.matrix': method(emptyInput, matrixSchema, false),
} as const;
