import { z } from 'zod';
import { exportFileSchema } from '../../schemas/actions';
import { byIdSchema } from '../../schemas/common';
import {
  watchConsultedSchema,
  watchDecideSchema,
  watchInformSchema,
  watchItemFieldsSchema,
  watchItemListQuerySchema,
  watchItemSchema,
  watchItemUpdateSchema,
  watchSourceFieldsSchema,
  watchSourceListQuerySchema,
  watchSourceSchema,
  watchSourceUpdateSchema,
} from '../../schemas/watch';
import { method } from '../method';

/** The regulatory and sector watch: sources followed, items noticed, their analysis, decision and who was told. */
export const watchMethods = {
  'watch.sources': method(watchSourceListQuerySchema, z.array(watchSourceSchema), false),
  'watch.source': method(byIdSchema, watchSourceSchema, false),
  'watch.createSource': method(watchSourceFieldsSchema, watchSourceSchema, true),
  'watch.updateSource': method(watchSourceUpdateSchema, watchSourceSchema, true),
  'watch.consulted': method(watchConsultedSchema, watchSourceSchema, true),
  'watch.exportSourcesCsv': method(watchSourceListQuerySchema, exportFileSchema, false, { binary: 'download' }),
  'watch.list': method(watchItemListQuerySchema, z.array(watchItemSchema), false),
  'watch.get': method(byIdSchema, watchItemSchema, false),
  'watch.create': method(watchItemFieldsSchema, watchItemSchema, true),
  'watch.update': method(watchItemUpdateSchema, watchItemSchema, true),
  'watch.decide': method(watchDecideSchema, watchItemSchema, true),
  'watch.inform': method(watchInformSchema, watchItemSchema, true),
  'watch.exportCsv': method(watchItemListQuerySchema, exportFileSchema, false, { binary: 'download' }),
} as const;
