import m0001 from './0001_initial.sql';

/** Landed migrations, in order. Never edit one: add the next `NNNN_name.sql` and list it here. */
export const migrations: readonly { version: number; name: string; sql: string }[] = [{ version: 1, name: '0001_initial', sql: m0001 }];

export const LATEST_SCHEMA_VERSION = migrations.length;
