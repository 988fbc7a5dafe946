import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agenda } from '../../shared/schemas/agenda';
import type { Audit, Certification, CyclePlan, Finding, FindingGrade, GradeScale } from '../../shared/schemas/audits';
import type { HistoryEntry } from '../../shared/schemas/history';
import type { Referential, RequirementOption } from '../../shared/schemas/referentials';
import { dataChecksum } from '../helpers/checksum';
import { expectOk, openTestBackend, type TestBackend } from '../helpers/backend';

// The backend's clock says 26 November 2026 (tests/helpers/backend.ts).
const certification = (overrides: Record<string, unknown> = {}) => ({
  scheme: 'Cèdre ISO 9001',
  referentialId: null,
  body: 'AFNOR Certification',
  certificateNumber: 'CED-2026-007',
  decisionDate: '2026-01-31',
  expiryDate: '2029-01-30',
  status: 'certifie',
  isGroup: false,
  groupName: null,
  centralFunction: null,
  otherMembers: null,
  ...overrides,
});

const audit = (overrides: Record<string, unknown> = {}) => ({
  type: 'surveillance',
  certificationId: null,
  title: null,
  startDate: '2027-03-10',
  endDate: '2027-03-10',
  status: 'planifie',
  leadAuditor: { personId: null, externalName: 'M. Lefèvre (AFNOR)' },
  auditors: [],
  auditeeIds: [],
  processIds: [],
  requirementIds: [],
  notes: null,
  ...overrides,
});

describe('certification rules through the api', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = await openTestBackend();
  });
  afterEach(() => backend.close());

  const addFinding = async (
    auditId: number,
    code: string,
    description: string,
    requirementId: number | null = null,
    status = 'a_traiter',
  ) => {
    const grades = await expectOk<FindingGrade[]>(backend.api, 'audits.grades', { auditId });
    return backend.api.invoke('audits.addFinding', {
      auditId,
      fields: {
        gradeId: grades.find((grade) => grade.code === code)?.id,
        requirementId,
        processId: null,
        description,
        evidence: null,
        responseDue: null,
        status,
      },
    });
  };

  it('refuses a certificate longer than its scheme allows, naming both dates, and writes nothing', async () => {
    const before = dataChecksum(backend.filePath);
    expect(await backend.api.invoke('certifications.create', certification({ expiryDate: '2036-01-30' }))).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        fields: {
          expiryDate:
            'Un certificat ISO/IEC 17021-1 est valable 3 ans au plus : l’échéance du 30 janvier 2036 est trop loin de la décision du 31 janvier 2026. Indiquez une échéance au plus tard le 31 janvier 2029.',
        },
      },
    });
    expect(
      await backend.api.invoke('certifications.create', certification({ scheme: 'Qualiopi', expiryDate: '2029-02-01' })),
    ).toMatchObject({
      ok: false,
      error: { fields: { expiryDate: expect.stringMatching(/^Un certificat Qualiopi est valable 3 ans au plus/) } },
    });
    expect(dataChecksum(backend.filePath)).toBe(before);

    // A renewal decided before the previous certificate expired may run three years from that expiry (§9.6.3.2.4).
    await expectOk(backend.api, 'certifications.create', certification());
    await expectOk(backend.api, 'certifications.create', certification({ decisionDate: '2028-11-15', expiryDate: '2032-01-30' }));
  });

  it('keeps the scheme’s rules on the certification: a margin of its own moves the renewal window, recorded in history', async () => {
    const cert = await expectOk<Certification>(backend.api, 'certifications.create', certification());
    const { id, revision, rules, referentialName: _name, ...rest } = cert;
    const fields = { ...rest, rules: { ...rules, renewalMarginMonths: 4 } };
    expect(
      await backend.api.invoke('certifications.update', {
        id,
        revision,
        fields: { ...fields, rules: { ...fields.rules, majeure: { answerMonths: 6, followUpMonths: 3, from: 'fin_audit' } } },
      }),
    ).toMatchObject({
      ok: false,
      error: {
        fields: { 'fields.rules.majeure.followUpMonths': 'Le second délai vient après le premier : il compte depuis la même date.' },
      },
    });
    const updated = await expectOk<Certification>(backend.api, 'certifications.update', { id, revision, fields });
    expect(updated.rules.renewalMarginMonths).toBe(4);
    const plan = await expectOk<CyclePlan>(backend.api, 'certifications.plan', { id });
    expect(plan.proposals.find((proposal) => proposal.slot === 'renouvellement')).toMatchObject({
      windowStart: '2028-06-30',
      windowEnd: '2028-09-30',
    });
    const history = await expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', { entity: 'certification', entityId: id });
    expect(history[0]?.changes.map((change) => change.field)).toEqual(['rules']);
    // Omitting the rules keeps them.
    const again = await expectOk<Certification>(backend.api, 'certifications.update', {
      id,
      revision: updated.revision,
      fields: { ...rest, certificateNumber: 'CED-2026-008' },
    });
    expect(again.rules.renewalMarginMonths).toBe(4);
  });

  it('replans from the surveillance actually held, and says so on the plan and in "À faire" when it was late', async () => {
    const cert = await expectOk<Certification>(backend.api, 'certifications.create', certification());
    const held = await expectOk<Audit>(
      backend.api,
      'audits.create',
      audit({ certificationId: cert.id, startDate: '2026-11-20', endDate: '2026-11-20', status: 'realise' }),
    );
    let plan = await expectOk<CyclePlan>(backend.api, 'certifications.plan', { id: cert.id });
    expect(plan.proposals[0]).toMatchObject({ slot: 'surveillance_1', plannedAuditId: held.id, held: true, auditDate: '2026-11-20' });
    expect(plan.proposals[1]).toMatchObject({ slot: 'surveillance_2', windowStart: '2027-08-20', windowEnd: '2027-12-31' });
    expect(plan.warnings).toEqual([]);

    // Moved afterwards to March 2027: outside the 12 months after the decision.
    await expectOk(backend.api, 'audits.update', {
      id: held.id,
      revision: held.revision,
      fields: audit({ certificationId: cert.id, status: 'planifie' }),
    });
    plan = await expectOk<CyclePlan>(backend.api, 'certifications.plan', { id: cert.id });
    expect(plan.proposals[1]).toMatchObject({ windowStart: '2027-12-10', windowEnd: '2028-01-31' });
    expect(plan.warnings.map((warning) => warning.message)).toEqual([
      'La surveillance 1 (AUD-2026-01) est prévue le 10 mars 2027, hors de sa fenêtre (du 31 octobre 2026 au 31 janvier 2027) : 38 jours trop tard. La première surveillance a lieu au plus tard 12 mois après la décision (ISO/IEC 17021-1, § 9.6.2.2).',
    ]);
    const agenda = await expectOk<Agenda>(backend.api, 'agenda.list', {});
    expect(agenda.items.filter((item) => item.kind === 'certification_warning').map((item) => [item.label, item.due, item.group])).toEqual([
      [plan.warnings[0]?.message, '2026-11-26', 'this_week'],
    ]);
  });

  it('a major NC of stage 2 the body has not verified within 6 months calls for a new stage 2, on the plan and in "À faire"', async () => {
    const cert = await expectOk<Certification>(
      backend.api,
      'certifications.create',
      certification({ decisionDate: null, expiryDate: null, status: 'en_preparation' }),
    );
    const stage2 = await expectOk<Audit>(
      backend.api,
      'audits.create',
      audit({ certificationId: cert.id, type: 'etape_2', startDate: '2026-03-02', endDate: '2026-03-03', status: 'realise' }),
    );
    const major = await addFinding(stage2.id, 'nc_majeure', 'Aucune revue de direction tenue.');
    expect(major).toMatchObject({ ok: true, value: { responseDue: '2026-06-03', followUpDue: '2026-09-03' } });
    const plan = await expectOk<CyclePlan>(backend.api, 'certifications.plan', { id: cert.id });
    expect(plan.proposals).toEqual([]);
    expect(plan.warnings.map((warning) => [warning.kind, warning.date, warning.auditId])).toEqual([
      ['nc_majeure_non_verifiee', '2026-09-03', stage2.id],
    ]);
    expect(plan.warnings[0]?.message).toContain('un nouvel audit d’étape 2 est nécessaire avant la décision (ISO/IEC 17021-1, § 9.5.3.2)');
    const agenda = await expectOk<Agenda>(backend.api, 'agenda.list', {});
    expect(agenda.items.map((item) => [item.kind, item.due, item.group])).toEqual([
      ['certification_warning', '2026-09-03', 'overdue'],
      ['finding_follow_up', '2026-09-03', 'overdue'],
    ]);
    // Overdue for more than 90 days, the finding's response is counted with the old ones, not listed.
    expect(agenda.backlog).toEqual([{ kind: 'finding_response', count: 1, oldestDue: '2026-06-03', route: '/audits' }]);
  });

  it('refuses a minor NC on a requirement that can only give a major one (a Qualiopi indicator so marked)', async () => {
    const imported = await expectOk<Referential>(backend.api, 'referentials.import', {
      json: JSON.stringify({
        format: 'seve-referentiel',
        formatVersion: 1,
        referential: { code: 'qualiopi-essai', name: 'Qualiopi (essai)', edition: '2024', kind: 'schema' },
        requirements: [
          { number: 'C2', titleFr: 'Critère 2 (intitulé à recopier du guide de lecture)' },
          { number: '4', titleFr: 'Indicateur 4 (intitulé à recopier)', parent: 'C2', majorOnly: true },
          { number: '8', titleFr: 'Indicateur 8 (intitulé à recopier)', parent: 'C2' },
        ],
      }),
    });
    const options = await expectOk<RequirementOption[]>(backend.api, 'referentials.requirementOptions', {});
    const indicator = (number: string) =>
      options.find((option) => option.referentialId === imported.id && option.number === number)?.id ?? null;
    const cert = await expectOk<Certification>(
      backend.api,
      'certifications.create',
      certification({ scheme: 'Qualiopi', referentialId: imported.id }),
    );
    const surveillance = await expectOk<Audit>(backend.api, 'audits.create', audit({ certificationId: cert.id, status: 'realise' }));
    const before = dataChecksum(backend.filePath);
    expect(await addFinding(surveillance.id, 'nc_mineure', 'Pas d’entretien de positionnement.', indicator('4'))).toMatchObject({
      ok: false,
      error: {
        fields: {
          'fields.gradeId': 'L’exigence 4 ne peut donner lieu qu’à une non-conformité majeure : choisissez une cotation de NC majeure.',
        },
      },
    });
    expect(dataChecksum(backend.filePath)).toBe(before);
    expect(await addFinding(surveillance.id, 'nc_majeure', 'Pas d’entretien de positionnement.', indicator('4'))).toMatchObject({
      ok: true,
    });
    expect(await addFinding(surveillance.id, 'nc_mineure', 'Évaluation incomplète.', indicator('8'))).toMatchObject({ ok: true });
  });

  it('lets a grading scale say what each grade asks; an NC grade always calls for an answer', async () => {
    const [referential] = await expectOk<Referential[]>(backend.api, 'referentials.list', {});
    const referentialId = referential?.id ?? 0;
    expect(
      await backend.api.invoke('audits.setGradeScale', {
        referentialId,
        grades: [{ code: null, label: 'Écart', ncSeverity: 'mineure', answer: 'aucune' }],
      }),
    ).toMatchObject({
      ok: false,
      error: { fields: { 'grades.0.answer': 'Une non-conformité appelle toujours une réponse, avec un délai.' } },
    });
    const scale = await expectOk<GradeScale>(backend.api, 'audits.setGradeScale', {
      referentialId,
      grades: [
        { code: null, label: 'Écart', ncSeverity: 'mineure' },
        { code: null, label: 'Remarque', ncSeverity: null },
        { code: null, label: 'Bonne pratique', ncSeverity: null, answer: 'aucune' },
      ],
    });
    expect(scale.grades.map((grade) => [grade.label, grade.answer])).toEqual([
      ['Écart', 'reponse'],
      ['Remarque', 'prise_en_compte'],
      ['Bonne pratique', 'aucune'],
    ]);
    const history = await expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', { entity: 'referential', entityId: referentialId });
    expect(history[0]?.changes[0]?.after).toBe('Écart, Remarque (à prendre en compte), Bonne pratique (sans réponse attendue)');
    const cert = await expectOk<Certification>(backend.api, 'certifications.create', certification({ referentialId }));
    const surveillance = await expectOk<Audit>(backend.api, 'audits.create', audit({ certificationId: cert.id, status: 'realise' }));
    const lifted = await addFinding(surveillance.id, 'bonne_pratique', 'Tableau de bord affiché.', null, 'leve');
    expect(lifted).toMatchObject({
      ok: false,
      error: { fields: { 'fields.status': expect.stringContaining('n’appelle pas de réponse') } },
    });
    expect(await expectOk<Finding[]>(backend.api, 'audits.findings', { auditId: surveillance.id })).toEqual([]);
    // A new finding starts "à traiter"; one that calls for no answer is kept "sans suite", without deadline.
    expect(await addFinding(surveillance.id, 'bonne_pratique', 'Tableau de bord affiché.')).toMatchObject({
      ok: true,
      value: { status: 'sans_suite', responseDue: null, followUpDue: null },
    });
  });
});
