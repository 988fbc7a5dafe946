import crypto from 'node:crypto';
import type Database from 'better-sqlite3';

/**
 * The history's hash chain. Each row's hash covers the previous row's hash and the row itself, so
 * changing, removing or inserting a row anywhere changes every hash after it: an edited history is
 * detectable, and the head hash printed in an evidence pack pins the whole history up to then.
 * There is no secret key: someone who rewrites the file can recompute a chain, but not one that
 * ends on a head already printed in a pack the auditor holds.
 */

/** Name of the SQL function the `history_chain_append` trigger and migration 0011 call. */
export const HISTORY_HASH_FUNCTION = 'seve_history_hash';

export type ChainedRow = {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entity_id: number;
  action: string;
  changes: string;
  /** Who made the change, from schema 13: the person chosen in Sève and the computer's account. */
  actor_person_id?: number | null;
  account?: string | null;
};

/**
 * SHA-256 (hex) over the previous hash ('' for the first row) and every column of the row, as JSON
 * (unambiguous). A row with neither author column (written before schema 13) hashes as it did then.
 */
export const historyHash = (previous: string | null, row: ChainedRow): string => {
  const base = [previous ?? '', row.id, row.at, row.actor, row.entity, row.entity_id, row.action, row.changes];
  const author = row.actor_person_id == null && row.account == null ? [] : [row.actor_person_id ?? null, row.account ?? null];
  return crypto
    .createHash('sha256')
    .update(JSON.stringify([...base, ...author]))
    .digest('hex');
};

const registered = new WeakSet<Database.Database>();

/**
 * Makes the hash available to SQL on a connection: the trigger computes each row's hash inside
 * the INSERT that adds it, so no way of appending (a service, a migration) skips it. Preparing such
 * an INSERT compiles the trigger, so even a read-only connection whose repositories prepare one
 * needs it. Once per connection.
 */
export const registerHistoryHash = (db: Database.Database): void => {
  if (registered.has(db)) return;
  registered.add(db);
  // Eight arguments from migration 0011's backfill, ten (with the author) from schema 13's trigger.
  db.function(HISTORY_HASH_FUNCTION, { deterministic: true, varargs: true }, (...args: unknown[]) => {
    const [previous, id, at, actor, entity, entityId, action, changes, personId, account] = args;
    return historyHash(previous === null ? null : String(previous), {
      id: Number(id),
      at: String(at),
      actor: String(actor),
      entity: String(entity),
      entity_id: Number(entityId),
      action: String(action),
      changes: String(changes),
      actor_person_id: personId === null || personId === undefined ? null : Number(personId),
      account: account === null || account === undefined ? null : String(account),
    });
  });
};

export type ChainCheck =
  | { intact: true; entries: number; head: string | null }
  /** `brokenAt`: the id of the first history row whose stored hash does not follow from the rows before it. */
  | { intact: false; entries: number; head: string | null; brokenAt: number };

type CheckedRow = ChainedRow & { hash: string | null };

/** The author's columns where the file has them (schema 13 on), else nulls: the chain check reads any chained file. */
const authorColumns = (db: Database.Database): string => {
  const columns = new Set(
    db
      .prepare<[], { name: string }>("SELECT name FROM pragma_table_info('history')")
      .all()
      .map((c) => c.name),
  );
  return columns.has('account') ? 'h.actor_person_id, h.account' : 'NULL AS actor_person_id, NULL AS account';
};

/**
 * Recomputes the chain row by row and says where it first breaks: a row whose content changed, a
 * row without its hash, a row inserted or removed in the middle. Reads only; one pass.
 */
export const checkHistoryChain = (db: Database.Database): ChainCheck => {
  const rows = db
    .prepare<[], CheckedRow>(
      `SELECT h.id, h.at, h.actor, h.entity, h.entity_id, h.action, h.changes, ${authorColumns(db)}, c.hash
       FROM history h LEFT JOIN history_chain c ON c.history_id = h.id ORDER BY h.id`,
    )
    .iterate();
  let previous: string | null = null;
  let entries = 0;
  let brokenAt: number | null = null;
  for (const row of rows) {
    entries += 1;
    if (brokenAt === null && (row.hash === null || row.hash !== historyHash(previous, row))) brokenAt = row.id;
    previous = row.hash;
  }
  // A hash whose row is gone (the table was emptied and refilled behind the triggers' back).
  const orphan = db
    .prepare<[], number>('SELECT min(c.history_id) FROM history_chain c LEFT JOIN history h ON h.id = c.history_id WHERE h.id IS NULL')
    .pluck()
    .get();
  if (orphan !== null && orphan !== undefined && (brokenAt === null || orphan < brokenAt)) brokenAt = orphan;
  const head = db.prepare<[], string>('SELECT hash FROM history_chain ORDER BY history_id DESC LIMIT 1').pluck().get() ?? null;
  return brokenAt === null ? { intact: true, entries, head } : { intact: false, entries, head, brokenAt };
};
