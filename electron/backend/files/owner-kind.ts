import type { HistoryEntity } from '../../../shared/schemas/history';
import type { ServiceError } from '../errors';

/** What the files service needs to know about the record a file is attached to. */
export type OwnerRecord = {
  /** Why its files cannot change now (French, says what to do), or null while they can. */
  frozenReason: string | null;
  /** Where the history of a file change is written, and what it says about the owner. */
  history: { entity: HistoryEntity; entityId: number; fields: Record<string, unknown> };
};

/**
 * One kind of owner: how to find a record of it, and the French message when it does not exist.
 * Each domain that takes files declares its kinds with this type; `owners.ts` lists them.
 */
export type OwnerKind = { find: (id: number) => OwnerRecord | undefined; missing: () => ServiceError };
