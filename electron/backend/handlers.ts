import type { z } from 'zod';
import type { Contract, MethodOutput } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import type { BackendMethodName } from '../../shared/api/transport';
import type { FileOnDisk } from './fileOnDisk';
import type { Session } from './session';

/**
 * The implementation of some contract methods: each a call into a service of the open file. Host-only methods have none here.
 * Most are synchronous (better-sqlite3 is); backups and file switching await SQLite's online backup API.
 */
export type Handlers<M extends BackendMethodName = BackendMethodName> = {
  [K in M]: (input: z.output<Contract[K]['input']>, session: Session) => MethodOutput<K> | Promise<MethodOutput<K>>;
};

/** The contract methods whose names start with `prefix.` (`'documents'` → `documents.*`). */
export type MethodsOf<Prefix extends string> = Extract<BackendMethodName, `${Prefix}.${string}`>;

/** What answers a method call by name: parses, runs and turns every outcome into a Result (api.ts builds it). */
export type Api = {
  invoke: (method: string, rawInput: unknown) => Promise<Result<unknown>>;
  /** The file a streamed download method answers (null for any other method), checked as `invoke` checks. */
  openDownload?: (method: string, rawInput: unknown) => Promise<Result<FileOnDisk>> | null;
};
