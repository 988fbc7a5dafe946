import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { twelveMonthsEndingOn, toCalendarDate } from '../../../shared/domain/dates';
import { canonicalJson } from '../../../shared/domain/group';
import type { SnapshotManifest } from '../../../shared/schemas/group';
import { writeVerifiedCopy } from '../backups/copy';
import { ServiceError } from '../errors';
import { SNAPSHOT_EXTENSION, SNAPSHOT_MEDIA_TYPE, encodeSnapshot } from './container';
import { createMemberKeyRepository, sign } from './key';

export type SnapshotDeps = {
  db: Database.Database;
  now: () => Date;
  organisationName: string | null;
  nativeBinding?: string;
  /** The bundled backup worker: the copy runs off the main thread, as backups do. */
  workerPath?: string;
};

/**
 * What the group does not need and the member keeps to itself, removed from the copy: the private
 * key, who complained (a réclamation keeps its kind and its content), free answers to surveys,
 * what the file may hold as a group itself (snapshots, extensions and the answers it recorded), and
 * the attached files unless asked for. People are names and job titles only in Sève, which the
 * group's view needs. The member's own « Demandes du groupe » stay: they are its answers to the
 * group (codes, references, its actions), and name nobody.
 */
const reduceCopy = (copyPath: string, attachments: boolean, nativeBinding?: string): number => {
  const copy = new Database(copyPath, { fileMustExist: true, nativeBinding });
  try {
    copy.pragma('foreign_keys = ON');
    copy
      .transaction(() => {
        copy.exec(`
          UPDATE member_key SET private_key = NULL;
          UPDATE complaints SET complainant = NULL WHERE complainant IS NOT NULL;
          DELETE FROM survey_answers WHERE text IS NOT NULL;
          DELETE FROM group_unmatched_answers;
          DELETE FROM group_extension_answers;
          DELETE FROM group_extensions;
          DELETE FROM group_snapshots;
        `);
        if (!attachments) copy.exec('DELETE FROM attachments; DELETE FROM blobs;');
      })
      .immediate();
    // Rewrites every page: what was removed leaves no trace in free pages, and the file shrinks.
    copy.exec('VACUUM');
    copy.pragma('journal_mode = DELETE');
    return copy.pragma('user_version', { simple: true }) as number;
  } finally {
    copy.close();
  }
};

const safeName = (name: string | null): string =>
  (name ?? 'structure')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'structure';

/** « Envoyer au groupe »: a verified copy, reduced, signed, in one `.seve-groupe` file. The data file is only read. */
export const writeSnapshot = async (deps: SnapshotDeps, options: { attachments: boolean }) => {
  const signing = createMemberKeyRepository(deps.db).signingPair();
  if (!signing) {
    throw new ServiceError(
      'invalid_input',
      'Ce fichier n’a pas encore de clé de membre : créez-la sur l’écran « Groupe », lisez son empreinte au responsable qualité du groupe, puis envoyez.',
    );
  }
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'seve-envoi-'));
  try {
    const copyPath = path.join(folder, 'envoi.sqlite');
    await writeVerifiedCopy(deps.db, copyPath, { nativeBinding: deps.nativeBinding, workerPath: deps.workerPath });
    const schemaVersion = reduceCopy(copyPath, options.attachments, deps.nativeBinding);
    const database = fs.readFileSync(copyPath);
    const now = deps.now();
    const createdOn = toCalendarDate(now);
    const manifest: SnapshotManifest = {
      format: 1,
      structure: { name: deps.organisationName },
      period: { from: twelveMonthsEndingOn(createdOn), to: createdOn },
      schemaVersion,
      databaseSha256: crypto.createHash('sha256').update(database).digest('hex'),
      databaseBytes: database.length,
      createdOn,
      createdAt: now.toISOString(),
      attachments: options.attachments,
      publicKey: signing.publicKey.toString('base64'),
    };
    const signature = sign(canonicalJson(manifest), signing.privateKey);
    const content = encodeSnapshot(JSON.stringify({ ...manifest, signature }), database);
    return {
      fileName: `${safeName(deps.organisationName)}-${createdOn}${SNAPSHOT_EXTENSION}`,
      mediaType: SNAPSHOT_MEDIA_TYPE,
      size: content.length,
      sha256: manifest.databaseSha256,
      content,
    };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
};
