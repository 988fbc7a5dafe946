import type { z } from 'zod';
import type { Contract, MethodName, MethodOutput } from '../../shared/api/contract';
import type { Session } from './session';

/** The implementation of some contract methods: each a call into a service of the open file. */
export type Handlers<M extends MethodName = MethodName> = {
  [K in M]: (input: z.output<Contract[K]['input']>, session: Session) => MethodOutput<K>;
};

/** The contract methods whose names start with `prefix.` (`'documents'` → `documents.*`). */
export type MethodsOf<Prefix extends string> = Extract<MethodName, `${Prefix}.${string}`>;
