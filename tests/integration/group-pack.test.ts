import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extension, GroupView } from '../../shared/schemas/group';
import type { PackJob } from '../../shared/schemas/pack';
import { expectOk, makeTempDir, type TestBackend } from '../helpers/backend';
import { exportSnapshot, makeMember, type Member, type SnapshotFile } from '../helpers/groupFixture';
import { bodyAudit } from '../helpers/groupAuditsFixture';
import { openPackBackend, waitForJob } from '../helpers/packBackend';
import { hasTool, qpdfCheck, readPdf } from '../helpers/pdf';

describe('the group pack: the group, its follow-up, the extensions and the snapshots’ hashes, then each member’s pages', () => {
  let dir: string;
  let cleanup: () => void;
  let members: Member[];
  let snapshots: SnapshotFile[];
  let group: TestBackend;

  beforeAll(async () => {
    ({ dir, cleanup } = makeTempDir());
    members = [
      await makeMember(dir, 'AI du Val de Sèvre', { withNc: true }),
      await makeMember(dir, 'ACI Les Jardins'),
      await makeMember(dir, 'ETTI Tremplin'),
    ];
    snapshots = await Promise.all(members.map((member) => exportSnapshot(member)));
    group = await openPackBackend();
    const certification = await expectOk<{ id: number }>(group.api, 'certifications.create', {
      scheme: 'Cèdre ISO 9001',
      referentialId: null,
      body: 'AFNOR Certification',
      certificateNumber: 'CED-GRP-2026-007',
      decisionDate: '2026-03-15',
      expiryDate: '2029-03-14',
      status: 'certifie',
      isGroup: true,
      groupName: 'GES Val de Sèvre',
      centralFunction: 'Association Val de Sèvre Insertion',
      otherMembers: null,
    });
    await expectOk(group.api, 'group.update', { name: 'GES Val de Sèvre', sampledPerAudit: 2 });
    for (const [index, member] of members.entries()) {
      await expectOk(group.api, 'group.addMember', { name: member.name, fingerprint: member.key.fingerprint, joinedOn: '2026-01-01' });
      const snapshot = snapshots[index] as SnapshotFile;
      await expectOk(group.api, 'group.importSnapshot', { fileName: snapshot.fileName, content: snapshot.content });
    }
    const view = await expectOk<GroupView>(group.api, 'group.view', {});
    const source = view.members.find((member) => member.name === 'AI du Val de Sèvre');
    const extension = await expectOk<Extension>(group.api, 'group.extend', {
      memberId: source?.memberId,
      nonconformityId: source?.openNonconformities[0]?.id,
      decidedOn: '2026-11-26',
    });
    const jardins = extension.answers.find((line) => line.memberName === 'ACI Les Jardins');
    await expectOk(group.api, 'group.answerExtension', {
      extensionId: extension.id,
      memberId: jardins?.memberId,
      concerned: true,
      action: 'Contrôler les fiches de liaison du trimestre.',
      answeredOn: '2026-11-26',
    });
    // The stage 2 audit sampled two members; a cross-audit was held, another is late.
    const memberId = (name: string) => view.members.find((member) => member.name === name)?.memberId;
    const initial = await expectOk<{ id: number }>(group.api, 'audits.create', bodyAudit({ certificationId: certification.id }));
    await expectOk(group.api, 'group.recordSampling', {
      auditId: initial.id,
      memberIds: [memberId('AI du Val de Sèvre'), memberId('ACI Les Jardins')],
    });
    const planCross = (auditor: string, auditee: string, plannedOn: string) =>
      expectOk<{ id: number }>(group.api, 'group.planCrossAudit', {
        auditorMemberId: memberId(auditor),
        auditorName: 'Karim Benali',
        auditeeMemberId: memberId(auditee),
        plannedOn,
        scope: 'Accueil et recrutement',
      });
    const held = await planCross('ACI Les Jardins', 'ETTI Tremplin', '2026-10-05');
    await expectOk(group.api, 'group.completeCrossAudit', { id: held.id, doneOn: '2026-10-06', conclusion: 'Accueil maîtrisé.' });
    await planCross('ETTI Tremplin', 'AI du Val de Sèvre', '2026-11-12');
  });
  afterAll(() => {
    for (const member of members) member.backend.close();
    group.close();
    cleanup();
  });

  it('prints one PDF read back with the group certificate, sampling, follow-up, extension answers, hashes and each member’s pack', async () => {
    const { jobId } = await expectOk<{ jobId: string }>(group.api, 'group.startPack', { date: '2026-11-26' });
    const job = await waitForJob(group, jobId);
    expect(job).toMatchObject<Partial<PackJob>>({ state: 'done', fileName: 'Dossier de groupe – 2026-11-26.pdf' });
    const download = await expectOk<{ content: Uint8Array }>(group.api, 'pack.download', { jobId });
    const pdfPath = path.join(dir, 'groupe.pdf');
    fs.writeFileSync(pdfPath, download.content);
    const pdf = await readPdf(pdfPath);
    const text = pdf.pages.join('\n').replace(/\s+/g, ' ');
    for (const expected of [
      'GES Val de Sèvre',
      'Association Val de Sèvre Insertion',
      'CED-GRP-2026-007',
      '2 membre(s) audité(s) à chaque audit',
      'NC-2026-001 — Les fiches de liaison ne sont pas signées par le prescripteur.',
      'Faire signer les fiches de liaison. : en retard de 25 jour(s)',
      'concerné : Contrôler les fiches de liaison du trimestre.',
      'ETTI Tremplin réponse attendue',
    ])
      expect(text).toContain(expected);
    // The sampling and the cross-audits come after the manifest, before the members' own pages.
    for (const expected of [
      'Échantillonnage des membres',
      'AI du Val de Sèvre, ACI Les Jardins',
      'ETTI Tremplin À échantillonner',
      'Audits croisés entre membres',
      'Karim Benali (ACI Les Jardins) ETTI Tremplin',
      'Réalisé le 6 octobre 2026 : Accueil maîtrisé.',
      'En retard',
    ])
      expect(text).toContain(expected);
    const pageOf = (title: string) => pdf.outline.find((entry) => entry.title.replace(/\u202F/g, ' ') === title)?.page ?? Number.NaN;
    expect(pageOf('Manifeste des envois')).toBeLessThanOrEqual(pageOf('Échantillonnage des membres'));
    expect(pageOf('Échantillonnage des membres')).toBeLessThanOrEqual(pageOf('Audits croisés entre membres'));
    expect(pageOf('Audits croisés entre membres')).toBeLessThan(pageOf('Membre : AI du Val de Sèvre — au 26 novembre 2026'));
    // The manifest page lists every snapshot's hash.
    const manifestPage = pdf.pages.find((page) => page.includes('L’empreinte SHA-256 de la base'))?.replace(/\s+/g, '') ?? '';
    for (const snapshot of snapshots) expect(manifestPage).toContain(snapshot.sha256);
    // Then each member's own pages, from its snapshot, as its evidence pack draws them.
    // French typography puts a narrow no-break space before the colon.
    const titles = pdf.outline.map((entry) => entry.title.replace(/\u202F/g, ' '));
    for (const member of members) {
      expect(titles).toContain(`Membre : ${member.name} — au 26 novembre 2026`);
      expect(titles.filter((title) => title === 'Synthèse et évolutions depuis le dernier audit').length).toBe(3);
    }
    if (hasTool('qpdf')) expect(qpdfCheck(pdfPath).ok).toBe(true);
    expect(group.errors).toEqual([]);
  });

  it('refuses a group pack while nothing was received', async () => {
    const empty = await openPackBackend();
    try {
      expect(await empty.api.invoke('group.startPack', { date: '2026-11-26' })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', message: expect.stringContaining('Aucun envoi de membre') },
      });
    } finally {
      empty.close();
    }
  });
});
