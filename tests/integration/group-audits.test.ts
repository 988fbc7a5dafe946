import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Audit } from '../../shared/schemas/audits';
import type { CrossAudit, GroupSampling } from '../../shared/schemas/group-audits';
import type { HistoryEntry } from '../../shared/schemas/history';
import { expectOk, openTestBackend, type TestBackend } from '../helpers/backend';
import { dataChecksum } from '../helpers/checksum';
import { bodyAudit, groupCertification, makeGroupCycle, type GroupCycle } from '../helpers/groupAuditsFixture';

// The backend's clock is pinned to 26 November 2026 (tests/helpers/backend.ts).
describe('the group’s audits: whom each audit of the cycle samples, and cross-audits between members', () => {
  let backend: TestBackend;
  let cycle: GroupCycle;
  const id = (name: string) => cycle.members.find((member) => member.name === name)?.id ?? 0;
  const refused = async (method: string, input: unknown, error: Record<string, unknown>) => {
    const before = dataChecksum(backend.filePath);
    expect(await backend.api.invoke(method, input)).toMatchObject({ ok: false, error });
    expect(dataChecksum(backend.filePath)).toBe(before);
  };

  beforeEach(async () => {
    backend = await openTestBackend();
    await expectOk(backend.api, 'group.update', { name: 'GES Val de Sèvre', sampledPerAudit: 2 });
    cycle = await makeGroupCycle(backend.api, [
      'AI du Val de Sèvre',
      'ACI Les Jardins',
      'ETTI Tremplin',
      'EI Recyclerie',
      ['Régie de quartier', '2026-06-01'],
    ]);
  });
  afterEach(() => backend.close());

  it('records whom each audit samples and shows each member sampled, planned or still due, and what the cycle can still cover', async () => {
    await expectOk(backend.api, 'group.recordSampling', {
      auditId: cycle.initial.id,
      memberIds: [id('AI du Val de Sèvre'), id('ACI Les Jardins')],
    });
    const sampling = await expectOk<GroupSampling>(backend.api, 'group.recordSampling', {
      auditId: cycle.surveillance.id,
      memberIds: [id('ETTI Tremplin')],
    });
    expect(sampling.certification).toMatchObject({ id: cycle.certification.id, certificateNumber: 'CED-GRP-2026-007' });
    expect(sampling.audits.map((audit) => [audit.reference, audit.held, audit.members.map((member) => member.name)])).toEqual([
      [cycle.initial.reference, true, ['AI du Val de Sèvre', 'ACI Les Jardins']],
      [cycle.surveillance.reference, false, ['ETTI Tremplin']],
    ]);
    expect(Object.fromEntries(sampling.members.map((member) => [member.name, member.state]))).toEqual({
      'AI du Val de Sèvre': 'echantillonne',
      'ACI Les Jardins': 'echantillonne',
      'ETTI Tremplin': 'prevu',
      'EI Recyclerie': 'a_echantillonner',
      'Régie de quartier': 'a_echantillonner',
    });
    // The planned surveillance, then the second surveillance and the renewal the cycle still expects: 6 places for 3 members.
    expect(sampling).toMatchObject({ remainingAudits: 3, toSample: 3, shortfall: null });
    expect(await expectOk(backend.api, 'group.sampling', {})).toEqual(sampling);
    // One member per audit leaves 3 places for 3 members; two more members and the cycle cannot cover them.
    await expectOk(backend.api, 'group.update', { name: 'GES Val de Sèvre', sampledPerAudit: 1 });
    expect((await expectOk<GroupSampling>(backend.api, 'group.sampling', {})).shortfall).toBeNull();
    await expectOk(backend.api, 'group.addMember', { name: 'AI Pays Mellois', fingerprint: 'f0'.repeat(32), joinedOn: '2026-11-01' });
    expect((await expectOk<GroupSampling>(backend.api, 'group.sampling', {})).shortfall).toBe(
      '4 membres restent à échantillonner mais 3 audits restent dans le cycle, soit 3 places à 1 par audit : convenez avec l’organisme certificateur d’un échantillon plus large ou d’un audit complémentaire.',
    );
    // The audit's own timeline says whom it sampled, before and after.
    await expectOk(backend.api, 'group.recordSampling', { auditId: cycle.surveillance.id, memberIds: [id('EI Recyclerie')] });
    const [entry] = await expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', { entity: 'audit', entityId: cycle.surveillance.id });
    expect(entry).toMatchObject({
      action: 'group_sampling',
      changes: [{ field: 'sampledMembers', before: 'ETTI Tremplin', after: 'EI Recyclerie' }],
    });
    expect(backend.errors).toEqual([]);
  });

  it('refuses an unknown member, the same member twice, a member not in the group on the audit’s days, and changes nothing', async () => {
    await refused(
      'group.recordSampling',
      { auditId: cycle.surveillance.id, memberIds: [id('ACI Les Jardins'), 999] },
      { code: 'invalid_input', fields: { 'memberIds.1': 'Ce membre n’est pas dans le groupe : choisissez un membre déclaré.' } },
    );
    await refused(
      'group.recordSampling',
      { auditId: cycle.surveillance.id, memberIds: [id('ACI Les Jardins'), id('ACI Les Jardins')] },
      { message: '« ACI Les Jardins » est choisi deux fois : un membre compte une fois par audit.' },
    );
    await refused(
      'group.recordSampling',
      { auditId: cycle.initial.id, memberIds: [id('Régie de quartier')] },
      {
        message: `L’audit ${cycle.initial.reference} (3 mars 2026) ne peut pas précéder l’entrée de « Régie de quartier » dans le groupe (1er juin 2026).`,
      },
    );
    await expectOk(backend.api, 'group.removeMember', { id: id('EI Recyclerie'), removedOn: '2026-10-31' });
    await refused(
      'group.recordSampling',
      { auditId: cycle.surveillance.id, memberIds: [id('EI Recyclerie')] },
      {
        message: `« EI Recyclerie » a quitté le groupe le 31 octobre 2026, avant l’audit ${cycle.surveillance.reference} du 10 décembre 2026 : il ne peut pas y être échantillonné.`,
      },
    );
    // Sampled in March while still a member: that audit keeps it, and it is no longer due.
    const sampling = await expectOk<GroupSampling>(backend.api, 'group.recordSampling', {
      auditId: cycle.initial.id,
      memberIds: [id('EI Recyclerie')],
    });
    expect(sampling.audits[0]?.members.map((member) => member.name)).toEqual(['EI Recyclerie']);
    expect(sampling.members.map((member) => member.name)).not.toContain('EI Recyclerie');
  });

  it('refuses an audit that is not one of the group cycle’s body audits, and changes nothing', async () => {
    const internal = await expectOk<Audit>(
      backend.api,
      'audits.create',
      bodyAudit({ type: 'interne', startDate: '2026-10-01', endDate: '2026-10-01' }),
    );
    const other = await expectOk<{ id: number }>(
      backend.api,
      'certifications.create',
      groupCertification({ scheme: 'Qualiopi', isGroup: false, groupName: null, centralFunction: null, certificateNumber: 'Q-1' }),
    );
    const qualiopi = await expectOk<Audit>(
      backend.api,
      'audits.create',
      bodyAudit({ certificationId: other.id, type: 'surveillance', startDate: '2026-09-01', endDate: '2026-09-01' }),
    );
    const cancelled = await expectOk<Audit>(
      backend.api,
      'audits.create',
      bodyAudit({
        certificationId: cycle.certification.id,
        type: 'complementaire',
        startDate: '2026-11-02',
        endDate: '2026-11-02',
        status: 'annule',
      }),
    );
    for (const audit of [internal, qualiopi, cancelled])
      await refused(
        'group.recordSampling',
        { auditId: audit.id, memberIds: [id('ACI Les Jardins')] },
        {
          code: 'invalid_input',
          fields: {
            auditId: `L’audit ${audit.reference} n’est pas un audit de l’organisme certificateur du cycle de la certification de groupe (Cèdre ISO 9001) : choisissez un audit de ce cycle, non annulé.`,
          },
        },
      );
    await refused('group.recordSampling', { auditId: 9999, memberIds: [] }, { code: 'not_found' });
    const sampling = await expectOk<GroupSampling>(backend.api, 'group.sampling', {});
    expect(sampling.audits.map((audit) => audit.reference)).toEqual([cycle.initial.reference, cycle.surveillance.reference]);
  });

  it('says to record the group certification first when there is none: no cycle, nobody due yet', async () => {
    const empty = await openTestBackend();
    try {
      await expectOk(empty.api, 'group.addMember', { name: 'ACI Les Jardins', fingerprint: 'ab'.repeat(32), joinedOn: '2026-01-01' });
      const sampling = await expectOk<GroupSampling>(empty.api, 'group.sampling', {});
      expect(sampling).toMatchObject({ certification: null, audits: [], members: [], toSample: 0, shortfall: null });
      const audit = await expectOk<Audit>(empty.api, 'audits.create', bodyAudit());
      expect(await empty.api.invoke('group.recordSampling', { auditId: audit.id, memberIds: [] })).toMatchObject({
        ok: false,
        error: { message: expect.stringContaining('Aucune certification de groupe n’est enregistrée') },
      });
    } finally {
      empty.close();
    }
  });

  it('plans cross-audits, shows a planned one late after its day, records one done and cancels another, with their history', async () => {
    const plan = (auditor: string, auditee: string, plannedOn: string) =>
      expectOk<CrossAudit>(backend.api, 'group.planCrossAudit', {
        auditorMemberId: id(auditor),
        auditorName: 'Karim Benali',
        auditeeMemberId: id(auditee),
        plannedOn,
        scope: 'Accueil et recrutement ; réclamations',
      });
    const late = await plan('ACI Les Jardins', 'ETTI Tremplin', '2026-11-10');
    const coming = await plan('ETTI Tremplin', 'AI du Val de Sèvre', '2026-12-15');
    expect([late.state, coming.state]).toEqual(['en_retard', 'planifie']);
    expect(late).toMatchObject({ auditorMemberName: 'ACI Les Jardins', auditeeMemberName: 'ETTI Tremplin', status: 'planifie' });
    // Held earlier than planned is allowed: plans move.
    const done = await expectOk<CrossAudit>(backend.api, 'group.completeCrossAudit', {
      id: coming.id,
      doneOn: '2026-11-24',
      conclusion: 'Accueil maîtrisé ; deux réclamations sans réponse écrite.',
    });
    expect(done).toMatchObject({ status: 'realise', state: 'realise', doneOn: '2026-11-24' });
    const cancelled = await expectOk<CrossAudit>(backend.api, 'group.cancelCrossAudit', {
      id: late.id,
      cancelledOn: '2026-11-26',
      reason: 'Auditeur indisponible : à replanifier en janvier.',
    });
    expect(cancelled).toMatchObject({
      status: 'annule',
      state: 'annule',
      cancelReason: 'Auditeur indisponible : à replanifier en janvier.',
    });
    const list = await expectOk<CrossAudit[]>(backend.api, 'group.crossAudits', {});
    expect(list.map((audit) => [audit.auditeeMemberName, audit.state])).toEqual([
      ['ETTI Tremplin', 'annule'],
      ['AI du Val de Sèvre', 'realise'],
    ]);
    const timeline = await expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', { entity: 'group_cross_audit', entityId: coming.id });
    expect(timeline.map((entry) => entry.action)).toEqual(['done', 'create']);
    expect(timeline[1]?.changes).toContainEqual({ field: 'auditeeMember', before: null, after: 'AI du Val de Sèvre' });
    await refused(
      'group.completeCrossAudit',
      { id: late.id, doneOn: '2026-11-20', conclusion: 'Tenu finalement.' },
      { code: 'conflict', message: expect.stringContaining('est déjà annulé') },
    );
  });

  it('refuses a member auditing itself, a removed or unknown member, dates out of order, and changes nothing', async () => {
    const input = {
      auditorMemberId: id('ACI Les Jardins'),
      auditorName: 'Karim Benali',
      auditeeMemberId: id('ETTI Tremplin'),
      plannedOn: '2026-12-01',
      scope: 'Accueil',
    };
    await refused(
      'group.planCrossAudit',
      { ...input, auditeeMemberId: id('ACI Les Jardins') },
      {
        fields: { auditeeMemberId: '« ACI Les Jardins » ne peut pas s’auditer lui-même : un audit croisé se tient chez un autre membre.' },
      },
    );
    await refused(
      'group.planCrossAudit',
      { ...input, auditorMemberId: 999 },
      { fields: { auditorMemberId: 'Choisissez un membre du groupe.' } },
    );
    await refused(
      'group.planCrossAudit',
      { ...input, auditeeMemberId: id('Régie de quartier'), plannedOn: '2026-05-15' },
      {
        fields: {
          plannedOn: 'L’audit croisé (15 mai 2026) ne peut pas précéder l’entrée de « Régie de quartier » dans le groupe (1er juin 2026).',
        },
      },
    );
    await refused(
      'group.planCrossAudit',
      { ...input, auditorName: '' },
      { code: 'invalid_input', fields: { auditorName: expect.any(String) } },
    );
    const planned = await expectOk<CrossAudit>(backend.api, 'group.planCrossAudit', input);
    await refused(
      'group.completeCrossAudit',
      { id: planned.id, doneOn: '2026-11-27', conclusion: 'Vu.' },
      { fields: { doneOn: expect.stringContaining('après aujourd’hui (26 novembre 2026)') } },
    );
    await expectOk(backend.api, 'group.removeMember', { id: id('ETTI Tremplin'), removedOn: '2026-11-15' });
    await refused(
      'group.completeCrossAudit',
      { id: planned.id, doneOn: '2026-11-20', conclusion: 'Vu.' },
      {
        message:
          '« ETTI Tremplin » a quitté le groupe le 15 novembre 2026 : un audit croisé tenu le 20 novembre 2026 ne peut pas l’avoir pour membre.',
      },
    );
    await refused('group.planCrossAudit', input, {
      fields: { auditeeMemberId: '« ETTI Tremplin » a quitté le groupe le 15 novembre 2026 : choisissez un membre du groupe.' },
    });
    await refused(
      'group.cancelCrossAudit',
      { id: planned.id, cancelledOn: '2026-12-02', reason: 'Reporté.' },
      { fields: { cancelledOn: expect.any(String) } },
    );
    await refused('group.completeCrossAudit', { id: 999, doneOn: '2026-11-20', conclusion: 'Vu.' }, { code: 'not_found' });
    // Held before the member left: recorded.
    expect(
      await expectOk<CrossAudit>(backend.api, 'group.completeCrossAudit', { id: planned.id, doneOn: '2026-11-14', conclusion: 'Vu.' }),
    ).toMatchObject({ status: 'realise' });
    expect(backend.errors).toEqual([]);
  });
});
