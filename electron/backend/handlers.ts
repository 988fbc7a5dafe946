import type { z } from 'zod';
import type { Contract, MethodOutput } from '../../shared/api/contract';
import type { BackendMethodName } from '../../shared/api/transport';
import type { Session } from './session';

/** The implementation of some contract methods: each a call into a service of the open file. Host-only methods have none here. */
export type Handlers<M extends BackendMethodName = BackendMethodName> = {
  [K in M]: (input: z.output<Contract[K]['input']>, session: Session) => MethodOutput<K>;
};

/** The contract methods whose names start with `prefix.` (`'documents'` → `documents.*`). */
export type MethodsOf<Prefix extends string> = Extract<BackendMethodName, `${Prefix}.${string}`>;
