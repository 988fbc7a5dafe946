import crypto from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { canonicalJson } from '../../shared/domain/group';
import type { MemberKey } from '../../shared/schemas/group';
import { expectOk, openTestBackend, type TestBackend } from './backend';
import { measureExits, sortiesDynamiques } from './indicators';
import { actionFields } from './nonconformities';

export type Member = { backend: TestBackend; key: MemberKey; name: string };

/**
 * A member's file made through the API: named, one person, its key; `withNc` adds an NC and an
 * action late on the 26 November 2026; `exits` measures sorties dynamiques in two quarters of 2026
 * (the parts over 10 exits).
 */
export const makeMember = async (
  dir: string,
  name: string,
  options: { withNc?: boolean; exits?: [number[], number[]] } = {},
): Promise<Member> => {
  const backend = await openTestBackend({ filePath: path.join(dir, `${name.replace(/\W+/g, '-')}.sqlite`) });
  await expectOk(backend.api, 'organisation.update', { name, indiceScheme: 'numeric' });
  const person = await expectOk<{ id: number }>(backend.api, 'people.create', { name: `Responsable qualité de ${name}`, jobTitle: null });
  if (options.withNc) {
    const nc = await expectOk<{ id: number }>(backend.api, 'nonconformities.create', {
      source: 'quotidien',
      detectedOn: '2026-09-03',
      detectedById: person.id,
      processId: null,
      requirementIds: [],
      description: 'Les fiches de liaison ne sont pas signées par le prescripteur.',
      severity: 'mineure',
    });
    await expectOk(backend.api, 'actions.create', {
      origin: { source: 'nonconformite', nonconformityId: nc.id },
      fields: actionFields(person.id, { dueDate: '2026-11-01', description: 'Faire signer les fiches de liaison.' }),
    });
  }
  if (options.exits) {
    const indicator = await sortiesDynamiques(backend.api, person.id, { firstPeriod: '2026-04-01' });
    await measureExits(backend.api, indicator.id, '2026-04-01', options.exits[0], 10);
    await measureExits(backend.api, indicator.id, '2026-07-01', options.exits[1], 10);
  }
  const key = await expectOk<MemberKey>(backend.api, 'group.createMemberKey', { createdOn: '2026-11-26' });
  return { backend, key, name };
};

export type SnapshotFile = { fileName: string; content: Buffer; sha256: string; size: number };

export const exportSnapshot = (member: Member, attachments = false): Promise<SnapshotFile> =>
  expectOk<SnapshotFile>(member.backend.api, 'group.exportSnapshot', { attachments });

/** The parts of a `.seve-groupe` file: its manifest (with its signature) and its database bytes. */
export const splitSnapshot = (content: Buffer): { manifest: Record<string, unknown>; database: Buffer } => {
  const length = content.readUInt32BE(8);
  return { manifest: JSON.parse(content.subarray(12, 12 + length).toString('utf8')), database: content.subarray(12 + length) };
};

const joinSnapshot = (manifest: Record<string, unknown>, database: Buffer): Buffer => {
  const json = Buffer.from(JSON.stringify(manifest), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  return Buffer.concat([Buffer.from('SEVEGRP1', 'ascii'), length, json, database]);
};

/** The snapshot with its manifest changed and signed again with the member's own key, read from its file: a valid signature on other facts. */
export const resigned = (member: Member, content: Buffer, change: (manifest: Record<string, unknown>) => void): Buffer => {
  const { manifest, database } = splitSnapshot(content);
  const db = new Database(member.backend.filePath, { readonly: true });
  const privateDer = db.prepare('SELECT private_key FROM member_key').pluck().get() as Buffer;
  db.close();
  const { signature: _old, ...fields } = manifest;
  change(fields);
  const privateKey = crypto.createPrivateKey({ key: privateDer, format: 'der', type: 'pkcs8' });
  const signature = crypto.sign(null, Buffer.from(canonicalJson(fields), 'utf8'), privateKey).toString('base64');
  return joinSnapshot({ ...fields, signature }, database);
};

/** The snapshot with its manifest changed but its signature kept. */
export const tampered = (content: Buffer, change: (manifest: Record<string, unknown>) => void): Buffer => {
  const { manifest, database } = splitSnapshot(content);
  change(manifest);
  return joinSnapshot(manifest, database);
};
