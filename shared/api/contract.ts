import { z } from 'zod';
import { appInfoSchema, organisationSchema, organisationUpdateSchema } from '../schemas/app';
import { emptyInput, idSchema } from '../schemas/common';
import { documentCreateSchema, documentListQuerySchema, documentSchema, documentUpdateSchema } from '../schemas/documents';
import { historyEntrySchema, historyQuerySchema } from '../schemas/history';
import { personCreateSchema, personSchema, personUpdateSchema } from '../schemas/people';
import { processCreateSchema, processSchema, processUpdateSchema } from '../schemas/processes';

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, writes: boolean) => ({
  input,
  output,
  writes,
});

const byId = z.object({ id: idSchema }).strict();

/**
 * Every method the UI may call: name → input schema, output schema, and whether it writes.
 * The preload, the IPC gate, the HTTP routes, the renderer client and the fuzz tests derive from it.
 */
export const contract = {
  'app.info': method(emptyInput, appInfoSchema, false),
  'organisation.update': method(organisationUpdateSchema, organisationSchema, true),
  'people.list': method(emptyInput, z.array(personSchema), false),
  'people.create': method(personCreateSchema, personSchema, true),
  'people.update': method(personUpdateSchema, personSchema, true),
  'processes.list': method(emptyInput, z.array(processSchema), false),
  'processes.create': method(processCreateSchema, processSchema, true),
  'processes.update': method(processUpdateSchema, processSchema, true),
  'documents.list': method(documentListQuerySchema, z.array(documentSchema), false),
  'documents.get': method(byId, documentSchema, false),
  'documents.create': method(documentCreateSchema, documentSchema, true),
  'documents.update': method(documentUpdateSchema, documentSchema, true),
  'history.forRecord': method(historyQuerySchema, z.array(historyEntrySchema), false),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const methodNames = Object.keys(contract) as MethodName[];

export const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name);
