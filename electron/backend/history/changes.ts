import type { FieldChange } from '../../../shared/schemas/history';

/** Field-by-field differences between two snapshots of a record, in the order of `after`'s keys. */
export const diffFields = <T extends Record<string, unknown>>(before: T, after: T): FieldChange[] =>
  Object.keys(after)
    .filter((field) => !Object.is(before[field], after[field]))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));

/** The changes recorded when a record is created: every field from nothing. */
export const creationFields = (after: Record<string, unknown>): FieldChange[] =>
  Object.entries(after).map(([field, value]) => ({ field, before: null, after: value ?? null }));
