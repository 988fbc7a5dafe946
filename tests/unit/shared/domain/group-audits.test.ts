import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditStatuses } from '../../../../shared/domain/audits';
import { crossAuditCloseRefusal, crossAuditPlanRefusal, crossAuditState } from '../../../../shared/domain/cross-audits';
import { cycleSampling, samplingRefusal, type SamplingAudit, type SamplingMember } from '../../../../shared/domain/group-sampling';

const today = '2026-11-26';
const member = (id: number, name: string, joinedOn = '2026-01-01', removedOn: string | null = null): SamplingMember => ({
  id,
  name,
  joinedOn,
  removedOn,
});
const audit = (id: number, status: SamplingAudit['status'], startDate: string, memberIds: number[]): SamplingAudit => ({
  id,
  reference: `AUD-2026-0${id}`,
  type: id === 1 ? 'etape_2' : 'surveillance',
  startDate,
  endDate: startDate,
  status,
  memberIds,
});
const members = [member(1, 'AI du Val'), member(2, 'ACI Les Jardins'), member(3, 'ETTI Tremplin'), member(4, 'EI Recyclerie')];

describe('the cycle’s sampling: every member sampled once before the cycle ends', () => {
  it('tells sampled, planned and still-due members apart and counts the audits still to hold', () => {
    const sampling = cycleSampling({
      audits: [audit(2, 'planifie', '2026-12-10', [3]), audit(1, 'realise', '2026-03-02', [1, 2])],
      members,
      sampledPerAudit: 2,
      unplannedAudits: 2,
      today,
    });
    expect(sampling.members.map((line) => [line.name, line.state, line.sampledAt, line.plannedAt])).toEqual([
      ['AI du Val', 'echantillonne', ['AUD-2026-01'], []],
      ['ACI Les Jardins', 'echantillonne', ['AUD-2026-01'], []],
      ['ETTI Tremplin', 'prevu', [], ['AUD-2026-02']],
      ['EI Recyclerie', 'a_echantillonner', [], []],
    ]);
    expect(sampling).toMatchObject({ remainingAudits: 3, toSample: 2, shortfall: null });
  });

  it('flags when the remaining audits cannot sample every member still due, and when the sample size is unknown', () => {
    const input = { audits: [audit(1, 'realise', '2026-03-02', [1])], members, unplannedAudits: 1, today };
    expect(cycleSampling({ ...input, sampledPerAudit: 2 }).shortfall).toBe(
      '3 membres restent à échantillonner mais 1 audit reste dans le cycle, soit 2 places à 2 par audit : convenez avec l’organisme certificateur d’un échantillon plus large ou d’un audit complémentaire.',
    );
    expect(cycleSampling({ ...input, sampledPerAudit: 3 }).shortfall).toBeNull();
    expect(cycleSampling({ ...input, sampledPerAudit: 2, unplannedAudits: 0 }).shortfall).toContain('aucun audit ne reste dans le cycle');
    expect(cycleSampling({ ...input, sampledPerAudit: null }).shortfall).toMatch(/^3 membres restent à échantillonner : indiquez combien/);
  });

  it('no longer asks for a member who left; one leaving later is still due', () => {
    const sampling = cycleSampling({
      audits: [],
      members: [member(1, 'Parti', '2026-01-01', '2026-06-30'), member(2, 'Partira', '2026-01-01', '2027-01-31')],
      sampledPerAudit: 1,
      unplannedAudits: 2,
      today,
    });
    expect(sampling.members.map((line) => line.name)).toEqual(['Partira']);
  });

  it('holds for any cycle: a member is due exactly when no held audit sampled it; a shortfall exactly when places run out', () => {
    const auditArbitrary = fc.record({
      id: fc.integer({ min: 1, max: 30 }),
      status: fc.constantFrom(...auditStatuses.filter((status) => status !== 'annule')),
      day: fc.integer({ min: 1, max: 28 }),
      memberIds: fc.uniqueArray(fc.integer({ min: 1, max: 8 }), { maxLength: 5 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(auditArbitrary, { selector: (line) => line.id, maxLength: 8 }),
        fc.integer({ min: 1, max: 8 }),
        fc.option(fc.integer({ min: 1, max: 4 })),
        fc.integer({ min: 0, max: 3 }),
        (lines, memberCount, sampledPerAudit, unplannedAudits) => {
          const cycleMembers = Array.from({ length: memberCount }, (_, index) => member(index + 1, `Membre ${index + 1}`));
          const audits = lines.map((line) => audit(line.id, line.status, `2026-05-${String(line.day).padStart(2, '0')}`, line.memberIds));
          const sampling = cycleSampling({ audits, members: cycleMembers, sampledPerAudit, unplannedAudits, today });
          const held = new Set(audits.filter((a) => ['realise', 'rapport_recu', 'clos'].includes(a.status)).flatMap((a) => a.memberIds));
          for (const line of sampling.members) expect(line.state === 'echantillonne').toBe(held.has(line.memberId));
          const due = cycleMembers.filter((m) => !held.has(m.id)).length;
          expect(sampling.toSample).toBe(due);
          expect(sampling.remainingAudits).toBe(audits.filter((a) => a.status === 'planifie').length + unplannedAudits);
          const places = sampledPerAudit === null ? -1 : sampling.remainingAudits * sampledPerAudit;
          expect(sampling.shortfall === null).toBe(due === 0 || (sampledPerAudit !== null && due <= places));
        },
      ),
    );
  });

  it('refuses an unknown member, the same member twice, one who joined after the audit or left before it', () => {
    const surveillance = { reference: 'AUD-2026-04', startDate: '2026-12-10', endDate: '2026-12-11' };
    const all = [...members, member(5, 'Régie', '2027-01-05'), member(6, 'Parti', '2026-01-01', '2026-10-31')];
    expect(samplingRefusal(surveillance, [1, 2], all)).toBeNull();
    expect(samplingRefusal(surveillance, [1, 99], all)).toEqual({
      field: 'memberIds.1',
      message: 'Ce membre n’est pas dans le groupe : choisissez un membre déclaré.',
    });
    expect(samplingRefusal(surveillance, [2, 2], all)).toEqual({
      field: 'memberIds.1',
      message: '« ACI Les Jardins » est choisi deux fois : un membre compte une fois par audit.',
    });
    expect(samplingRefusal(surveillance, [5], all)?.message).toBe(
      'L’audit AUD-2026-04 (11 décembre 2026) ne peut pas précéder l’entrée de « Régie » dans le groupe (5 janvier 2027).',
    );
    expect(samplingRefusal(surveillance, [6], all)?.message).toBe(
      '« Parti » a quitté le groupe le 31 octobre 2026, avant l’audit AUD-2026-04 du 10 décembre 2026 : il ne peut pas y être échantillonné.',
    );
    // Sampled while still in the group: it keeps its place at that audit.
    expect(samplingRefusal({ reference: 'AUD-2026-01', startDate: '2026-03-02', endDate: '2026-03-03' }, [6], all)).toBeNull();
  });
});

describe('cross-audits between members', () => {
  const jardins = member(2, 'ACI Les Jardins');
  const tremplin = member(3, 'ETTI Tremplin', '2026-04-01');

  it('is late from the day after its planned day while still planned', () => {
    expect(crossAuditState({ status: 'planifie', plannedOn: '2026-11-26' }, today)).toBe('planifie');
    expect(crossAuditState({ status: 'planifie', plannedOn: '2026-11-25' }, today)).toBe('en_retard');
    expect(crossAuditState({ status: 'realise', plannedOn: '2026-11-01' }, today)).toBe('realise');
    expect(crossAuditState({ status: 'annule', plannedOn: '2026-11-01' }, today)).toBe('annule');
  });

  it('refuses a member auditing itself, a member who left, a day before a member joined', () => {
    expect(crossAuditPlanRefusal(jardins, tremplin, '2026-12-01')).toBeNull();
    expect(crossAuditPlanRefusal(jardins, jardins, '2026-12-01')).toEqual({
      field: 'auditeeMemberId',
      message: '« ACI Les Jardins » ne peut pas s’auditer lui-même : un audit croisé se tient chez un autre membre.',
    });
    expect(crossAuditPlanRefusal(member(4, 'Parti', '2026-01-01', '2026-06-30'), tremplin, '2026-12-01')).toEqual({
      field: 'auditorMemberId',
      message: '« Parti » a quitté le groupe le 30 juin 2026 : choisissez un membre du groupe.',
    });
    expect(crossAuditPlanRefusal(jardins, tremplin, '2026-03-15')).toEqual({
      field: 'plannedOn',
      message: 'L’audit croisé (15 mars 2026) ne peut pas précéder l’entrée de « ETTI Tremplin » dans le groupe (1er avril 2026).',
    });
  });

  it('may be done before its planned day, not after today, not before a member joined nor after it left', () => {
    expect(crossAuditCloseRefusal('realisation', '2026-11-20', [jardins, tremplin], today)).toBeNull();
    expect(crossAuditCloseRefusal('realisation', '2026-11-27', [jardins, tremplin], today)?.message).toBe(
      'La réalisation de l’audit croisé ne peut pas être datée du 27 novembre 2026, après aujourd’hui (26 novembre 2026) : enregistrez-la le jour venu.',
    );
    expect(crossAuditCloseRefusal('realisation', '2026-03-31', [jardins, tremplin], today)).toEqual({
      field: 'doneOn',
      message:
        'La réalisation de l’audit croisé (31 mars 2026) ne peut pas précéder l’entrée de « ETTI Tremplin » dans le groupe (1er avril 2026).',
    });
    expect(crossAuditCloseRefusal('realisation', '2026-11-20', [member(4, 'Parti', '2026-01-01', '2026-10-31')], today)?.message).toBe(
      '« Parti » a quitté le groupe le 31 octobre 2026 : un audit croisé tenu le 20 novembre 2026 ne peut pas l’avoir pour membre.',
    );
    expect(crossAuditCloseRefusal('annulation', '2026-12-01', [], today)?.field).toBe('cancelledOn');
    expect(crossAuditCloseRefusal('annulation', '2026-11-26', [], today)).toBeNull();
  });
});
