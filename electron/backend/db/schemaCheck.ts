import Database from 'better-sqlite3';
import { registerHistoryHash } from '../history/chain';
import type { Migration } from './migrations';

type SchemaObject = { type: string; name: string; tbl_name: string; sql: string | null };

/** The tables whose protection is the audit trail's: the history and its hash chain. */
const HISTORY_TABLES = new Set(['history', 'history_chain']);

/** SQL as SQLite keeps it, compared without regard to spacing. */
const normalized = (sql: string | null): string => (sql ?? '').replace(/\s+/g, ' ').trim();

const references = new WeakMap<readonly Migration[], Map<number, SchemaObject[]>>();

/**
 * What a file at `version` must contain: the migrations up to it, applied to an empty database in
 * memory (built once per version and process; a few milliseconds).
 */
const referenceSchema = (migrations: readonly Migration[], version: number, nativeBinding?: string): SchemaObject[] => {
  const byVersion = references.get(migrations) ?? new Map<number, SchemaObject[]>();
  references.set(migrations, byVersion);
  const known = byVersion.get(version);
  if (known) return known;
  const db = new Database(':memory:', { nativeBinding });
  try {
    registerHistoryHash(db);
    for (const migration of migrations) if (migration.version <= version) db.exec(migration.sql);
    const objects = readSchema(db);
    byVersion.set(version, objects);
    return objects;
  } finally {
    db.close();
  }
};

const readSchema = (db: Database.Database): SchemaObject[] =>
  db.prepare<[], SchemaObject>("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'").all();

export type SchemaCheck = {
  /** Tables the file's schema version says it has and it lacks: the file cannot be used. */
  missingTables: string[];
  /** What protects the history and is gone or altered (a trigger dropped, a table rebuilt): the file must not be written. */
  unprotected: string[];
};

/**
 * Compares a file's schema with what its version promises. Only presence counts for ordinary
 * tables (another tool may add an index); for the history, its chain and their triggers the exact
 * SQL counts, and a trigger on them that Sève did not write is a problem too.
 */
export const checkSchema = (
  db: Database.Database,
  migrations: readonly Migration[],
  version: number,
  nativeBinding?: string,
): SchemaCheck => {
  const expected = referenceSchema(migrations, version, nativeBinding);
  const actual = new Map(readSchema(db).map((object) => [object.name, object]));
  const missingTables = expected
    .filter((object) => object.type === 'table' && !actual.has(object.name))
    .map((object) => object.name)
    .sort();
  const guarded = expected.filter((object) => HISTORY_TABLES.has(object.tbl_name) && object.type !== 'index');
  const unprotected = guarded
    .filter((object) => {
      const found = actual.get(object.name);
      return found === undefined || found.type !== object.type || normalized(found.sql) !== normalized(object.sql);
    })
    .map((object) => object.name);
  const expectedNames = new Set(guarded.map((object) => object.name));
  for (const object of actual.values()) {
    if (object.type === 'trigger' && HISTORY_TABLES.has(object.tbl_name) && !expectedNames.has(object.name)) unprotected.push(object.name);
  }
  return { missingTables, unprotected: unprotected.sort() };
};
