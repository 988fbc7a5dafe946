import { z } from 'zod';
import {
  actionCreateSchema,
  actionListQuerySchema,
  actionMoveSchema,
  actionPageQuerySchema,
  actionPageSchema,
  actionSchema,
  actionUpdateSchema,
  auditPlanStartSchema,
  exportFileSchema,
} from '../../schemas/actions';
import { byIdSchema } from '../../schemas/common';
import { packStartedSchema } from '../../schemas/pack';
import { method } from '../method';

/** The action plan: every action whatever its source, its moves, and the CSV export. */
export const actionsMethods = {
  'actions.list': method(actionListQuerySchema, z.array(actionSchema), false),
  /** One page of the plan (open actions by default), keyset-paged with its counts; `actions.list` still answers it whole. */
  'actions.page': method(actionPageQuerySchema, actionPageSchema, false),
  'actions.get': method(byIdSchema, actionSchema, false),
  'actions.create': method(actionCreateSchema, actionSchema, true),
  'actions.update': method(actionUpdateSchema, actionSchema, true),
  'actions.move': method(actionMoveSchema, actionSchema, true),
  /** The filtered plan as CSV for French Excel (UTF-8 with BOM, `;`, CRLF). */
  'actions.exportCsv': method(actionListQuerySchema, exportFileSchema, false, { binary: 'download' }),
  /** The action plan answering an audit's findings, to send to the certification body: a PDF job like the evidence pack. */
  'actions.startAuditPlan': method(auditPlanStartSchema, packStartedSchema, false),
} as const;
