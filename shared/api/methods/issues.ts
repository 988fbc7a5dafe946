import { z } from 'zod';
import { exportFileSchema } from '../../schemas/actions';
import { byIdSchema, emptyInput } from '../../schemas/common';
import {
  climateAnswerFieldsSchema,
  climateAnswerSchema,
  contextOverviewSchema,
  groupingSchema,
  issueFieldsSchema,
  issueListQuerySchema,
  issueSchema,
  issueUpdateSchema,
} from '../../schemas/issues';
import { registerRetireSchema, registerReviewSchema } from '../../schemas/register-life';
import { method } from '../method';

/** The structure's context (§4.1): its issues, their grouping (SWOT or PESTEL), and the climate question. */
export const issuesMethods = {
  'issues.list': method(issueListQuerySchema, z.array(issueSchema), false),
  'issues.get': method(byIdSchema, issueSchema, false),
  'issues.create': method(issueFieldsSchema, issueSchema, true),
  'issues.update': method(issueUpdateSchema, issueSchema, true),
  'issues.review': method(registerReviewSchema, issueSchema, true),
  'issues.retire': method(registerRetireSchema, issueSchema, true),
  'issues.exportCsv': method(issueListQuerySchema, exportFileSchema, false, { binary: 'download' }),
  'issues.overview': method(emptyInput, contextOverviewSchema, false),
  'issues.setGrouping': method(groupingSchema, contextOverviewSchema, true),
  'issues.answerClimate': method(climateAnswerFieldsSchema, z.array(climateAnswerSchema), true),
} as const;
