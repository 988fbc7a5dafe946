import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { dateInWords } from '../../../shared/domain/dates';
import { canonicalJson, fingerprintInBlocks, snapshotSchemaProblem } from '../../../shared/domain/group';
import { snapshotManifestSchema, type SnapshotImportResult, type SnapshotManifest } from '../../../shared/schemas/group';
import type { ServiceContext } from '../context';
import { SEVE_APPLICATION_ID } from '../db/inspect';
import { ServiceError } from '../errors';
import { createHistoryRepository } from '../history/repository';
import { readCarriedAnswers } from './answers-repository';
import { altered, decodeSnapshot, truncated } from './container';
import { fingerprintOf, verifySignature } from './key';
import { createGroupRepository } from './repository';
import { recordCarriedAnswers } from './requests-import';

const refused = (message: string, code: 'invalid_input' | 'conflict' = 'invalid_input'): ServiceError =>
  new ServiceError(code, `${message} Le fichier du groupe n’a pas été modifié.`);

/** The manifest and its signature, checked: the key signed exactly these fields. */
const signedManifest = (raw: unknown): { manifest: SnapshotManifest; publicKey: Buffer } => {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw altered();
  const { signature, ...fields } = raw as Record<string, unknown>;
  const parsed = snapshotManifestSchema.strict().safeParse(fields);
  if (!parsed.success || typeof signature !== 'string') throw altered();
  const publicKey = Buffer.from(parsed.data.publicKey, 'base64');
  if (!verifySignature(canonicalJson(parsed.data), signature, publicKey)) {
    throw refused(
      'La signature de cet envoi n’est pas valable : il a été modifié, ou n’a pas été créé par « Envoyer au groupe ». Demandez au membre de le refaire.',
    );
  }
  return { manifest: parsed.data, publicKey };
};

/** The bytes are a Sève file at the manifest's schema that SQLite reads without fault. */
const checkDatabase = (filePath: string, manifest: SnapshotManifest, nativeBinding?: string): void => {
  let db: Database.Database | undefined;
  try {
    db = new Database(filePath, { readonly: true, fileMustExist: true, nativeBinding });
    const fit =
      db.pragma('application_id', { simple: true }) === SEVE_APPLICATION_ID &&
      db.pragma('user_version', { simple: true }) === manifest.schemaVersion &&
      (db.pragma('quick_check', { simple: true }) as string) === 'ok';
    if (!fit) throw altered();
  } catch (error) {
    throw error instanceof ServiceError ? error : altered();
  } finally {
    db?.close();
  }
};

/** The answers to the group's requests the verified snapshot carries, as of its day. */
const readCarried = (filePath: string, asOf: string, nativeBinding?: string) => {
  const db = new Database(filePath, { readonly: true, fileMustExist: true, nativeBinding });
  try {
    return readCarriedAnswers(db, asOf);
  } finally {
    db.close();
  }
};

export type ImportDeps = ServiceContext & { currentSchemaVersion: number; cacheFolder: string; nativeBinding?: string };

/**
 * Imports a member's snapshot: its format, its signature, the member its key belongs to, its
 * bytes against the signed hash, its schema, and that it is new and not older than the member's
 * latest. Every refusal comes before the one write transaction. The verified database is left in
 * the cache folder under its hash, ready for the group's view.
 */
export const importSnapshot = (deps: ImportDeps, bytes: Uint8Array): SnapshotImportResult => {
  const { manifest: raw, database } = decodeSnapshot(bytes);
  const { manifest, publicKey } = signedManifest(raw);
  const groups = createGroupRepository(deps.db);
  const fingerprint = fingerprintOf(publicKey);
  const member = groups.findByFingerprint(fingerprint);
  if (!member) {
    throw refused(
      `La clé de cet envoi (empreinte ${fingerprintInBlocks(fingerprint)}) n’est celle d’aucun membre du groupe : déclarez le membre avec cette empreinte, après l’avoir vérifiée avec lui par téléphone.`,
    );
  }
  if (member.removedOn !== null) {
    throw refused(`« ${member.name} » a quitté le groupe le ${dateInWords(member.removedOn)} : ses nouveaux envois ne sont plus importés.`);
  }
  if (database.length < manifest.databaseBytes) throw truncated();
  if (database.length > manifest.databaseBytes) throw altered();
  const sha256 = crypto.createHash('sha256').update(database).digest('hex');
  if (sha256 !== manifest.databaseSha256) throw altered();
  const schemaProblem = snapshotSchemaProblem(manifest.schemaVersion, deps.currentSchemaVersion);
  if (schemaProblem) throw refused(schemaProblem);
  const already = groups.snapshotImported(sha256);
  if (already) {
    throw refused(`Cet envoi de « ${member.name} » a déjà été importé (le ${dateInWords(already.importedAt.slice(0, 10))}).`, 'conflict');
  }
  if (member.latest && manifest.createdOn < member.latest.createdOn) {
    throw refused(
      `Cet envoi de « ${member.name} » date du ${dateInWords(manifest.createdOn)}, avant celui déjà reçu (${dateInWords(member.latest.createdOn)}) : seul le plus récent est gardé.`,
      'conflict',
    );
  }
  fs.mkdirSync(deps.cacheFolder, { recursive: true });
  const cached = path.join(deps.cacheFolder, `${sha256}.sqlite`);
  const partial = `${cached}.${crypto.randomBytes(6).toString('hex')}.partiel`;
  fs.writeFileSync(partial, database);
  try {
    checkDatabase(partial, manifest, deps.nativeBinding);
    fs.renameSync(partial, cached);
  } finally {
    fs.rmSync(partial, { force: true });
  }
  const carried = readCarried(cached, manifest.createdOn, deps.nativeBinding);
  const history = createHistoryRepository(deps.db, deps.author);
  const answers = deps.db
    .transaction(() => {
      const importedAt = deps.now().toISOString();
      groups.keepLatest({
        memberId: member.id,
        sha256,
        createdOn: manifest.createdOn,
        schemaVersion: manifest.schemaVersion,
        manifest: JSON.stringify(manifest),
        data: database,
        importedAt,
      });
      history.append({
        at: importedAt,
        entity: 'group_member',
        entityId: member.id,
        action: 'snapshot_import',
        changes: [
          { field: 'snapshotSha256', before: member.latest?.sha256 ?? null, after: sha256 },
          { field: 'snapshotCreatedOn', before: member.latest?.createdOn ?? null, after: manifest.createdOn },
        ],
      });
      return recordCarriedAnswers({ db: deps.db, history, at: importedAt }, member, sha256, carried);
    })
    .immediate();
  return {
    memberId: member.id,
    memberName: member.name,
    sha256,
    createdOn: manifest.createdOn,
    replacedOn: member.latest?.createdOn ?? null,
    answersRecorded: answers.recorded,
    unmatchedAnswers: answers.unmatched,
  };
};
