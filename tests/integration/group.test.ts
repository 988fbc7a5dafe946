import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '../../electron/backend/db/migrations';
import type { Extension, Group, GroupView, SnapshotImportResult } from '../../shared/schemas/group';
import { expectOk, makeTempDir, openTestBackend, type TestBackend } from '../helpers/backend';
import { dataChecksum } from '../helpers/checksum';
import { exportSnapshot, makeMember, resigned, splitSnapshot, tampered, type Member, type SnapshotFile } from '../helpers/groupFixture';

const currentSchema = migrations[migrations.length - 1]?.version ?? 0;

describe('group certification: members send signed snapshots, the group file imports and reads them', () => {
  let dir: string;
  let cleanup: () => void;
  let members: Member[];
  let outsider: Member;
  let group: TestBackend;
  let snapshots: SnapshotFile[];

  const importing = (content: Buffer) => group.api.invoke('group.importSnapshot', { fileName: 'envoi.seve-groupe', content });

  beforeAll(async () => {
    ({ dir, cleanup } = makeTempDir());
    members = [
      await makeMember(dir, 'AI du Val de Sèvre', {
        withNc: true,
        exits: [
          [2, 2, 1],
          [3, 2, 1],
        ],
      }),
      await makeMember(dir, 'ACI Les Jardins', {
        exits: [
          [1, 1, 1],
          [2, 1, 1],
        ],
      }),
      await makeMember(dir, 'ETTI Tremplin'),
    ];
    outsider = await makeMember(dir, 'Régie de quartier');
    snapshots = await Promise.all(members.map((member) => exportSnapshot(member)));
    group = await openTestBackend({ filePath: path.join(dir, 'groupe.sqlite') });
    await expectOk(group.api, 'group.update', { name: 'GES Val de Sèvre', sampledPerAudit: 2 });
    for (const member of members) {
      // Typed as read over the phone: blocks, lower case.
      await expectOk(group.api, 'group.addMember', {
        name: member.name,
        fingerprint: member.key.fingerprintBlocks.toLowerCase(),
        joinedOn: '2026-01-01',
      });
    }
  });
  afterAll(() => {
    for (const member of [...members, outsider]) member.backend.close();
    group.close();
    cleanup();
  });

  it('creates the member key once, shown in blocks of four to read over the phone', async () => {
    const [first] = members;
    expect(first?.key.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(first?.key.fingerprintBlocks).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);
    expect(await expectOk(first?.backend.api ?? group.api, 'group.createMemberKey', { createdOn: '2026-11-26' })).toEqual(first?.key);
    expect(await expectOk(first?.backend.api ?? group.api, 'group.memberKey', {})).toEqual(first?.key);
    expect(await expectOk(group.api, 'group.memberKey', {})).toBeNull();
  });

  it('writes a self-contained snapshot: signed manifest, hashed SQLite bytes, no private key, no complainant, no files unless asked', async () => {
    const [snapshot] = snapshots;
    const { manifest, database } = splitSnapshot(snapshot?.content ?? Buffer.alloc(0));
    expect(manifest).toMatchObject({
      format: 1,
      structure: { name: 'AI du Val de Sèvre' },
      period: { from: '2025-11-27', to: '2026-11-26' },
      schemaVersion: currentSchema,
      createdOn: '2026-11-26',
      attachments: false,
      databaseBytes: database.length,
      signature: expect.any(String),
    });
    const copy = path.join(dir, 'lu.sqlite');
    fs.writeFileSync(copy, database);
    const db = new Database(copy, { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
      expect(db.prepare('SELECT private_key FROM member_key').pluck().get()).toBeNull();
      expect(db.prepare('SELECT fingerprint FROM member_key').pluck().get()).toBe(members[0]?.key.fingerprint);
      expect(db.prepare('SELECT count(*) FROM nonconformities').pluck().get()).toBe(1);
      expect(db.prepare('SELECT count(*) FROM blobs').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
    // The member's own file keeps its private key and was not written by the export.
    const own = new Database(members[0]?.backend.filePath ?? '', { readonly: true });
    expect(own.prepare('SELECT private_key IS NOT NULL FROM member_key').pluck().get()).toBe(1);
    own.close();
  });

  it('refuses a snapshot before the file has a key, with what to do', async () => {
    const fresh = await openTestBackend();
    try {
      const result = await fresh.api.invoke('group.exportSnapshot', { attachments: true });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', message: expect.stringContaining('créez-la sur l’écran « Groupe »') },
      });
    } finally {
      fresh.close();
    }
  });

  describe('bad snapshots are refused in French and leave the group file unchanged', () => {
    const refusals: [string, () => Buffer, RegExp][] = [
      [
        'an altered database',
        () => {
          const content = Buffer.from(snapshots[0]?.content ?? Buffer.alloc(0));
          const at = content.length - 100;
          content[at] = (content[at] ?? 0) ^ 0xff;
          return content;
        },
        /a été modifié après sa création/,
      ],
      ['a truncated file', () => (snapshots[0]?.content ?? Buffer.alloc(0)).subarray(0, 5000), /incomplet \(fichier tronqué/],
      ['a header cut short', () => (snapshots[0]?.content ?? Buffer.alloc(0)).subarray(0, 10), /incomplet/],
      ['a file that is no snapshot', () => Buffer.from('%PDF-1.7 bonjour'), /n’est pas un envoi de Sève/],
      [
        'a manifest changed after signing',
        () =>
          tampered(snapshots[0]?.content ?? Buffer.alloc(0), (m) => {
            m.structure = { name: 'Autre structure' };
          }),
        /signature de cet envoi n’est pas valable/,
      ],
      [
        'a newer schema',
        () =>
          resigned(members[0] as Member, snapshots[0]?.content ?? Buffer.alloc(0), (m) => {
            m.schemaVersion = currentSchema + 1;
          }),
        /créé par une version plus récente de Sève/,
      ],
      [
        'an older schema',
        () =>
          resigned(members[0] as Member, snapshots[0]?.content ?? Buffer.alloc(0), (m) => {
            m.schemaVersion = currentSchema - 1;
          }),
        /version plus ancienne de Sève .* refaire « Envoyer au groupe »/,
      ],
    ];

    it.each(refusals)('refuses %s', async (_name, make, message) => {
      const before = dataChecksum(group.filePath);
      const result = await importing(make());
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(message) } });
      expect(dataChecksum(group.filePath)).toBe(before);
    });

    it('refuses a key no member of the group holds, naming its fingerprint', async () => {
      const before = dataChecksum(group.filePath);
      const result = await importing((await exportSnapshot(outsider)).content);
      expect(result).toMatchObject({
        ok: false,
        error: { message: expect.stringContaining(`(empreinte ${outsider.key.fingerprintBlocks})`) },
      });
      expect(dataChecksum(group.filePath)).toBe(before);
    });
  });

  it('imports each member’s snapshot, keeps it as its latest, and refuses the same one twice', async () => {
    for (const [index, snapshot] of snapshots.entries()) {
      const result = await expectOk<SnapshotImportResult>(group.api, 'group.importSnapshot', {
        fileName: snapshot.fileName,
        content: snapshot.content,
      });
      expect(result).toMatchObject({
        memberName: members[index]?.name,
        createdOn: '2026-11-26',
        replacedOn: null,
        sha256: snapshot.sha256,
      });
    }
    const before = dataChecksum(group.filePath);
    const twice = await importing(snapshots[1]?.content ?? Buffer.alloc(0));
    expect(twice).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('a déjà été importé') } });
    expect(dataChecksum(group.filePath)).toBe(before);
    const declared = await expectOk<Group>(group.api, 'group.get', {});
    expect(declared.members.map((member) => [member.name, member.latest?.sha256])).toEqual(
      [...members.entries()]
        .map(([index, member]) => [member.name, snapshots[index]?.sha256])
        .sort(([a], [b]) => String(a).localeCompare(String(b))),
    );
    // The bytes live in the group file, so its backups carry them.
    const db = new Database(group.filePath, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM group_snapshots WHERE data IS NOT NULL').pluck().get()).toBe(3);
    db.close();
  });

  it('reads every member as of its snapshot’s day by its own À faire: the late action and the open NC at the first only', async () => {
    const view = await expectOk<GroupView>(group.api, 'group.view', {});
    expect(view.name).toBe('GES Val de Sèvre');
    const byName = new Map(view.members.map((member) => [member.name, member]));
    const val = byName.get('AI du Val de Sèvre');
    expect(val).toMatchObject({ asOf: '2026-11-26', structureName: 'AI du Val de Sèvre', problem: null, sha256: snapshots[0]?.sha256 });
    expect(val?.late.map((item) => [item.kind, item.label, item.daysLate])).toEqual([
      ['action', 'Faire signer les fiches de liaison.', 25],
    ]);
    expect(val?.openNonconformities.map((nc) => [nc.reference, nc.severity, nc.status])).toEqual([['NC-2026-001', 'mineure', 'a_traiter']]);
    expect(val?.summary?.overdueActions).toBe(1);
    // Indicators side by side: each member's latest quarter measured by its snapshot's day.
    const exits = (name: string) => byName.get(name)?.indicators.map((indicator) => [indicator.name, indicator.value, indicator.periodEnd]);
    expect(exits('AI du Val de Sèvre')).toEqual([['Taux de sorties dynamiques', 60, '2026-09-30']]);
    expect(exits('ACI Les Jardins')).toEqual([['Taux de sorties dynamiques', 40, '2026-09-30']]);
    expect(exits('ETTI Tremplin')).toEqual([]);
    for (const name of ['ACI Les Jardins', 'ETTI Tremplin']) {
      expect(byName.get(name)).toMatchObject({ asOf: '2026-11-26', late: [], openNonconformities: [], problem: null });
    }
  });

  it('extends the first member’s NC to the others and records their answers, the source member and a second extension refused', async () => {
    const view = await expectOk<GroupView>(group.api, 'group.view', {});
    const source = view.members.find((member) => member.name === 'AI du Val de Sèvre');
    const nc = source?.openNonconformities[0];
    const extension = await expectOk<Extension>(group.api, 'group.extend', {
      memberId: source?.memberId,
      nonconformityId: nc?.id,
      decidedOn: '2026-11-26',
    });
    expect(extension).toMatchObject({ memberName: 'AI du Val de Sèvre', ncReference: 'NC-2026-001', ncDescription: nc?.description });
    expect(extension.answers.map((line) => [line.memberName, line.answer])).toEqual([
      ['ACI Les Jardins', null],
      ['ETTI Tremplin', null],
    ]);
    expect(
      await group.api.invoke('group.extend', { memberId: source?.memberId, nonconformityId: nc?.id, decidedOn: '2026-11-26' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'NC-2026-001 de « AI du Val de Sèvre » est déjà à étendre aux autres membres.' },
    });
    const [jardins, etti] = extension.answers;
    const answer = (memberId: number | undefined, concerned: boolean, action: string | null, answeredOn = '2026-11-26') =>
      group.api.invoke('group.answerExtension', { extensionId: extension.id, memberId, concerned, action, answeredOn });
    expect(await answer(jardins?.memberId, true, null)).toMatchObject({
      ok: false,
      error: { fields: { action: 'Indiquez l’action que le membre concerné engage.' } },
    });
    expect(await answer(source?.memberId, false, null)).toMatchObject({ ok: false, error: { fields: { memberId: expect.any(String) } } });
    expect(await answer(etti?.memberId, false, null, '2026-11-25')).toMatchObject({
      ok: false,
      error: { fields: { answeredOn: 'La réponse (25 novembre 2026) ne peut pas précéder la décision d’étendre (26 novembre 2026).' } },
    });
    await expectOk(group.api, 'group.answerExtension', {
      extensionId: extension.id,
      memberId: jardins?.memberId,
      concerned: true,
      action: 'Vérifier la signature des fiches de liaison des 3 derniers mois.',
      answeredOn: '2026-11-26',
    });
    await expectOk(group.api, 'group.answerExtension', {
      extensionId: extension.id,
      memberId: etti?.memberId,
      concerned: false,
      action: 'ignorée',
      answeredOn: '2026-11-26',
    });
    const after = await expectOk<GroupView>(group.api, 'group.view', {});
    expect(after.extensions.map((line) => line.answers.map((a) => [a.memberName, a.answer?.concerned, a.answer?.action]))).toEqual([
      [
        ['ACI Les Jardins', true, 'Vérifier la signature des fiches de liaison des 3 derniers mois.'],
        ['ETTI Tremplin', false, null],
      ],
    ]);
  });

  it('rebuilds a read copy from the group file when the cache beside it is gone', async () => {
    fs.rmSync(`${group.filePath}-groupe`, { recursive: true, force: true });
    const view = await expectOk<GroupView>(group.api, 'group.view', {});
    expect(view.members.find((member) => member.name === 'AI du Val de Sèvre')?.late).toHaveLength(1);
    expect(fs.readdirSync(`${group.filePath}-groupe`).sort()).toEqual(snapshots.map((snapshot) => `${snapshot.sha256}.sqlite`).sort());
  });

  it('refuses a removed member’s next snapshot, the group file unchanged', async () => {
    const declared = await expectOk<Group>(group.api, 'group.get', {});
    const leaving = declared.members.find((member) => member.name === 'ETTI Tremplin');
    await expectOk(group.api, 'group.removeMember', { id: leaving?.id, removedOn: '2026-11-20' });
    const later = await exportSnapshot(members[2] as Member, true);
    const before = dataChecksum(group.filePath);
    expect(await importing(later.content)).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('« ETTI Tremplin » a quitté le groupe le 20 novembre 2026') },
    });
    expect(dataChecksum(group.filePath)).toBe(before);
    const view = await expectOk<GroupView>(group.api, 'group.view', {});
    expect(view.members.map((member) => member.name)).not.toContain('ETTI Tremplin');
    // It answered the extension before leaving: its answer stays.
    expect(view.extensions[0]?.answers.map((line) => line.memberName)).toEqual(['ACI Les Jardins', 'ETTI Tremplin']);
  });

  it('refuses a fingerprint mistyped or already in the group, on its field', async () => {
    expect(await group.api.invoke('group.addMember', { name: 'Autre', fingerprint: 'ABCD 1234', joinedOn: '2026-01-01' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { fingerprint: expect.stringContaining('64 caractères') } },
    });
    expect(
      await group.api.invoke('group.addMember', { name: 'Autre', fingerprint: members[0]?.key.fingerprint, joinedOn: '2026-01-01' }),
    ).toMatchObject({ ok: false, error: { code: 'conflict', fields: { fingerprint: expect.stringContaining('AI du Val de Sèvre') } } });
  });
});
