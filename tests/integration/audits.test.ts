import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Audit, AuditProgramme, Certification, ChecklistItem, CyclePlan, Finding, FindingGrade } from '../../shared/schemas/audits';
import type { HistoryEntry } from '../../shared/schemas/history';
import type { NonconformitySummary } from '../../shared/schemas/nonconformities';
import { dataChecksum } from '../helpers/checksum';
import { expectOk, openTestBackend, type TestBackend } from '../helpers/backend';

const certification = (overrides: Record<string, unknown> = {}) => ({
  scheme: 'Cèdre ISO 9001',
  referentialId: null,
  body: 'AFNOR Certification',
  certificateNumber: 'CED-2026-042',
  decisionDate: '2026-03-15',
  expiryDate: '2029-03-14',
  status: 'certifie',
  isGroup: true,
  groupName: 'GES du Val',
  centralFunction: 'Union COORACE',
  otherMembers: 'ACI Les Jardins\nETTI Intérim Plus',
  ...overrides,
});

const audit = (overrides: Record<string, unknown> = {}) => ({
  type: 'etape_2',
  certificationId: null,
  title: null,
  startDate: '2026-03-02',
  endDate: '2026-03-03',
  status: 'realise',
  leadAuditor: { personId: null, externalName: 'M. Lefèvre (AFNOR)' },
  auditors: [],
  auditeeIds: [],
  processIds: [],
  requirementIds: [],
  notes: null,
  ...overrides,
});

describe('certifications, audits and findings', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = await openTestBackend();
  });
  afterEach(() => backend.close());

  it('plans the cycle of a Cèdre ISO 9001 certification and turns proposals into planned audits', async () => {
    const cert = await expectOk<Certification>(backend.api, 'certifications.create', certification());
    expect(cert.rules).toMatchObject({ family: 'iso17021', renewalMarginMonths: 3 });
    const plan = await expectOk<CyclePlan>(backend.api, 'certifications.plan', { id: cert.id });
    expect(plan).toMatchObject({ family: 'iso17021', renewalMarginMonths: 3, restoration: null, warnings: [] });
    expect(plan.proposals.map((p) => [p.slot, p.windowStart, p.windowEnd, p.proposedDate, p.alertDate, p.plannedAuditId])).toEqual([
      ['surveillance_1', '2026-12-15', '2027-03-15', '2027-02-15', '2026-11-15', null],
      ['surveillance_2', '2027-11-15', '2028-03-15', '2028-02-15', '2027-10-15', null],
      // The renewal is over 3 months before expiry: the audit, its corrections verified and the decision come first.
      ['renouvellement', '2028-09-14', '2028-12-14', '2028-10-14', '2028-09-14', null],
    ]);
    const planned = await expectOk<Audit[]>(backend.api, 'certifications.acceptPlan', {
      certificationId: cert.id,
      slots: ['surveillance_1', 'renouvellement'],
    });
    expect(planned.map((a) => [a.reference, a.type, a.status, a.startDate, a.windowStart, a.windowEnd])).toEqual([
      ['AUD-2027-01', 'surveillance', 'planifie', '2027-02-15', '2026-12-15', '2027-03-15'],
      ['AUD-2028-01', 'renouvellement', 'planifie', '2028-10-14', '2028-09-14', '2028-12-14'],
    ]);
    const again = await expectOk<Audit[]>(backend.api, 'certifications.acceptPlan', {
      certificationId: cert.id,
      slots: ['surveillance_1'],
    });
    expect(again[0]?.id).toBe(planned[0]?.id);
    const replanned = await expectOk<CyclePlan>(backend.api, 'certifications.plan', { id: cert.id });
    expect(replanned.proposals.map((p) => p.plannedAuditId)).toEqual([planned[0]?.id, null, planned[1]?.id]);
  });

  it('refuses dates out of order and a certified status without dates, writing nothing', async () => {
    const before = dataChecksum(backend.filePath);
    expect(
      await backend.api.invoke('certifications.create', certification({ decisionDate: '2029-03-15', expiryDate: '2026-03-14' })),
    ).toMatchObject({
      ok: false,
      error: { fields: { expiryDate: 'L’échéance du certificat vient après la décision de certification.' } },
    });
    expect(await backend.api.invoke('certifications.create', certification({ decisionDate: null }))).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await backend.api.invoke('audits.create', audit({ startDate: '2026-03-05', endDate: '2026-03-04' }))).toMatchObject({
      ok: false,
      error: { fields: { endDate: 'La fin de l’audit ne peut pas précéder son début.' } },
    });
    expect(await backend.api.invoke('audits.create', audit({ processIds: [999] }))).toMatchObject({
      ok: false,
      error: { fields: { 'processIds.0': 'Ce processus n’existe pas.' } },
    });
    expect(dataChecksum(backend.filePath)).toBe(before);
  });

  it('records an audit with an NC mineure (deadline 3 months, a nonconformity to treat) and a point fort', async () => {
    const cert = await expectOk<Certification>(backend.api, 'certifications.create', certification());
    const recorded = await expectOk<Audit>(backend.api, 'audits.create', audit({ certificationId: cert.id }));
    expect(recorded.reference).toBe('AUD-2026-01');
    const grades = await expectOk<FindingGrade[]>(backend.api, 'audits.grades', { auditId: recorded.id });
    expect(grades.map((g) => g.label)).toEqual([
      'NC majeure',
      'NC mineure',
      'Point sensible',
      'Point de vigilance',
      'Piste de progrès',
      'Point fort',
      'Constat de conformité',
    ]);
    const grade = (code: string) => grades.find((g) => g.code === code)?.id ?? 0;
    const finding = (gradeId: number, description: string, status = 'a_traiter') => ({
      auditId: recorded.id,
      fields: { gradeId, requirementId: null, processId: null, description, evidence: null, responseDue: null, status },
    });
    const nc = await expectOk<Finding>(
      backend.api,
      'audits.addFinding',
      finding(grade('nc_mineure'), 'Les réclamations ne sont pas analysées.'),
    );
    // A point fort calls for no answer: never "à traiter" nor "levé", never a deadline.
    expect(await backend.api.invoke('audits.addFinding', finding(grade('point_fort'), 'Accueil très structuré.', 'leve'))).toMatchObject({
      ok: false,
      error: {
        fields: {
          'fields.status':
            '« Point fort » n’appelle pas de réponse : ce constat n’a ni échéance ni statut à suivre (il reste « sans suite »).',
        },
      },
    });
    const strength = await expectOk<Finding>(
      backend.api,
      'audits.addFinding',
      finding(grade('point_fort'), 'Accueil des salariés très structuré.', 'sans_suite'),
    );
    // ISO/IEC 17021-1 family: a minor NC's plan within 3 months of the audit's end, checked at the next audit.
    expect(nc).toMatchObject({
      responseDue: '2026-06-03',
      followUpDue: null,
      nonconformity: { reference: 'NC-2026-001', status: 'a_traiter' },
    });
    expect(strength).toMatchObject({ responseDue: null, followUpDue: null, status: 'sans_suite', nonconformity: null });
    expect(grades.map((g) => g.answer)).toEqual(['reponse', 'reponse', 'prise_en_compte', 'prise_en_compte', 'aucune', 'aucune', 'aucune']);
    const toTreat = await expectOk<NonconformitySummary[]>(backend.api, 'nonconformities.list', { status: 'a_traiter' });
    expect(toTreat).toEqual([
      expect.objectContaining({
        reference: 'NC-2026-001',
        source: 'audit',
        severity: 'mineure',
        finding: { id: nc.id, auditId: recorded.id, auditReference: 'AUD-2026-01', responseDue: '2026-06-03' },
      }),
    ]);
    expect((await expectOk<Audit>(backend.api, 'audits.get', { id: recorded.id })).findingCounts).toEqual({ nc_mineure: 1, point_fort: 1 });

    const regraded = await expectOk<Finding>(backend.api, 'audits.updateFinding', {
      id: nc.id,
      revision: nc.revision,
      fields: { ...finding(grade('nc_majeure'), nc.description).fields, responseDue: '2026-05-01' },
    });
    // A major NC of stage 2 is verified by the body within 6 months (§9.5.3.2): its second deadline.
    expect(regraded).toMatchObject({ responseDue: '2026-05-01', followUpDue: '2026-09-03', nonconformity: { reference: 'NC-2026-001' } });
    expect((await expectOk<NonconformitySummary[]>(backend.api, 'nonconformities.list', {}))[0]?.severity).toBe('majeure');

    expect(await backend.api.invoke('audits.addFinding', finding(999, 'x'))).toMatchObject({
      ok: false,
      error: { fields: { 'fields.gradeId': 'Cette cotation ne fait pas partie de l’échelle de cet audit.' } },
    });
    const history = await expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', { entity: 'audit', entityId: recorded.id });
    expect(history.map((entry) => entry.action)).toEqual(['finding_update', 'finding_add', 'finding_add', 'create']);
  });

  it('counts Qualiopi deadlines from the report’s notification, and follows it when it is entered afterwards', async () => {
    const cert = await expectOk<Certification>(
      backend.api,
      'certifications.create',
      certification({ scheme: 'Qualiopi', isGroup: false, groupName: null, centralFunction: null, otherMembers: null }),
    );
    expect(cert.rules).toMatchObject({ family: 'qualiopi', majeure: { from: 'notification' } });
    const recorded = await expectOk<Audit>(backend.api, 'audits.create', audit({ certificationId: cert.id, type: 'surveillance' }));
    const grades = await expectOk<FindingGrade[]>(backend.api, 'audits.grades', { auditId: recorded.id });
    const add = (code: string, description: string) =>
      expectOk<Finding>(backend.api, 'audits.addFinding', {
        auditId: recorded.id,
        fields: {
          gradeId: grades.find((g) => g.code === code)?.id,
          requirementId: null,
          processId: null,
          description,
          evidence: null,
          responseDue: null,
          status: 'a_traiter',
        },
      });
    const minor = await add('nc_mineure', 'Indicateur 32 non suivi.');
    const major = await add('nc_majeure', 'Indicateur 4 non pris en compte.');
    expect([minor.responseDue, minor.followUpDue, major.responseDue, major.followUpDue]).toEqual([null, null, null, null]);
    expect(await expectOk(backend.api, 'audits.responseRule', { auditId: recorded.id })).toMatchObject({
      source: 'organisme',
      family: 'qualiopi',
      missingNotification: true,
    });

    const current = await expectOk<Audit>(backend.api, 'audits.get', { id: recorded.id });
    const fields = audit({ certificationId: cert.id, type: 'surveillance', reportNotifiedOn: '2026-03-20' });
    await expectOk(backend.api, 'audits.update', { id: recorded.id, revision: current.revision, fields });
    const findings = await expectOk<Finding[]>(backend.api, 'audits.findings', { auditId: recorded.id });
    // Major: effective actions within 3 months, the body's check within one more; minor: the body's plan deadline, implementation within 6 months.
    expect(findings.map((f) => [f.grade.code, f.responseDue, f.followUpDue])).toEqual([
      ['nc_majeure', '2026-06-20', '2026-07-20'],
      ['nc_mineure', null, '2026-09-20'],
    ]);
    const history = await expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', { entity: 'audit', entityId: recorded.id });
    expect(history.slice(0, 3).map((entry) => entry.action)).toEqual(['finding_update', 'finding_update', 'update']);
    expect(
      await backend.api.invoke('audits.update', {
        id: recorded.id,
        revision: current.revision + 1,
        fields: { ...fields, reportNotifiedOn: '2026-03-01' },
      }),
    ).toMatchObject({
      ok: false,
      error: {
        fields: {
          'fields.reportNotifiedOn':
            'Le rapport est notifié après l’audit : la date de notification ne peut pas précéder la fin de l’audit.',
        },
      },
    });
  });

  it('gives an internal audit’s findings the structure’s own rule, settable, whatever the certification', async () => {
    const cert = await expectOk<Certification>(backend.api, 'certifications.create', certification());
    const internal = await expectOk<Audit>(
      backend.api,
      'audits.create',
      audit({ certificationId: cert.id, type: 'interne', leadAuditor: null }),
    );
    const grades = await expectOk<FindingGrade[]>(backend.api, 'audits.grades', { auditId: internal.id });
    const add = () =>
      expectOk<Finding>(backend.api, 'audits.addFinding', {
        auditId: internal.id,
        fields: {
          gradeId: grades.find((g) => g.code === 'nc_mineure')?.id,
          requirementId: null,
          processId: null,
          description: 'Livret d’accueil non remis.',
          evidence: null,
          responseDue: null,
          status: 'a_traiter',
        },
      });
    expect(await expectOk(backend.api, 'audits.responseRule', { auditId: internal.id })).toMatchObject({
      source: 'structure',
      description:
        'Règle de la structure — NC majeure : plan d’actions sous 1 mois, comptés depuis la fin de l’audit ; NC mineure : plan d’actions sous 2 mois, comptés depuis la fin de l’audit.',
    });
    expect(await add()).toMatchObject({ responseDue: '2026-05-03', followUpDue: null });

    const rule = {
      majeure: { answerMonths: 1, followUpMonths: 3, from: 'fin_audit' },
      mineure: { answerMonths: 1, followUpMonths: 6, from: 'fin_audit' },
    };
    expect(await backend.api.invoke('audits.setStructureRule', { ...rule, mineure: { ...rule.mineure, followUpMonths: 0 } })).toMatchObject(
      {
        ok: false,
        error: { code: 'invalid_input' },
      },
    );
    await expectOk(backend.api, 'audits.setStructureRule', rule);
    expect(await add()).toMatchObject({ responseDue: '2026-04-03', followUpDue: '2026-09-03' });
    const history = await expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', { entity: 'organisation', entityId: 1 });
    expect(history[0]?.changes[0]).toMatchObject({ field: 'structureRule' });
  });

  it('moves a planned audit to « Réalisé » when its first finding or its conclusion is entered, and refuses them before its first day', async () => {
    // The test's today is 26 November 2026.
    const planned = await expectOk<Audit>(
      backend.api,
      'audits.create',
      audit({ startDate: '2026-11-20', endDate: '2026-11-20', status: 'planifie' }),
    );
    const grades = await expectOk<FindingGrade[]>(backend.api, 'audits.grades', { auditId: planned.id });
    const strength = grades.find((grade) => grade.code === 'point_fort')?.id ?? 0;
    const finding = (auditId: number) => ({
      auditId,
      fields: {
        gradeId: strength,
        requirementId: null,
        processId: null,
        description: 'Accueil structuré.',
        evidence: null,
        responseDue: null,
        status: 'a_traiter',
      },
    });
    await expectOk<Finding>(backend.api, 'audits.addFinding', finding(planned.id));
    const held = await expectOk<Audit>(backend.api, 'audits.get', { id: planned.id });
    expect(held.status).toBe('realise');
    const history = await expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', { entity: 'audit', entityId: planned.id });
    expect(
      history.flatMap((entry) =>
        entry.changes.filter((change) => change.field === 'status').map((change) => [entry.action, change.before, change.after]),
      ),
    ).toContainEqual(['update', 'planifie', 'realise']);
    // A second finding leaves the status as it is, and writes no second status change.
    await expectOk<Finding>(backend.api, 'audits.addFinding', finding(planned.id));
    const again = await expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', { entity: 'audit', entityId: planned.id });
    expect(again.filter((entry) => entry.action === 'update' && entry.changes.some((change) => change.field === 'status'))).toHaveLength(1);

    // An audit still to come: its findings are refused, with its date; nothing is written.
    const future = await expectOk<Audit>(
      backend.api,
      'audits.create',
      audit({ type: 'interne', startDate: '2026-12-08', endDate: '2026-12-08', status: 'planifie' }),
    );
    const before = dataChecksum(backend.filePath);
    expect(await backend.api.invoke('audits.addFinding', finding(future.id))).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: `L’audit ${future.reference} est prévu le 8 décembre 2026 : ses constats s’enregistrent une fois qu’il a commencé. S’il a eu lieu plus tôt, corrigez d’abord sa date.`,
      },
    });
    const report = (conclusion: string | null, revision: number) => ({
      id: future.id,
      revision,
      fields: { objectives: 'Vérifier l’accueil.', criteria: null, conclusion, signedOffById: null, signedOffOn: null },
    });
    expect(await backend.api.invoke('audits.saveReport', report('Accueil conforme.', future.revision))).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('sa conclusion s’écrit une fois qu’il a commencé') },
    });
    expect(dataChecksum(backend.filePath)).toBe(before);
    // Its objectives may be written beforehand: the audit stays planned.
    const prepared = await expectOk<Audit>(backend.api, 'audits.saveReport', report(null, future.revision));
    expect(prepared.status).toBe('planifie');

    // An internal audit whose day has come: its conclusion says it took place.
    const internal = await expectOk<Audit>(
      backend.api,
      'audits.create',
      audit({ type: 'interne', startDate: '2026-11-26', endDate: '2026-11-26', status: 'planifie' }),
    );
    const concluded = await expectOk<Audit>(backend.api, 'audits.saveReport', {
      ...report('Accueil conforme.', internal.revision),
      id: internal.id,
    });
    expect(concluded.status).toBe('realise');
    expect(concluded.report.conclusion).toBe('Accueil conforme.');
  });

  it('refuses to delete an audit with findings; cancelling keeps it', async () => {
    const recorded = await expectOk<Audit>(backend.api, 'audits.create', audit());
    const [grade] = await expectOk<FindingGrade[]>(backend.api, 'audits.grades', { auditId: recorded.id });
    await expectOk(backend.api, 'audits.addFinding', {
      auditId: recorded.id,
      fields: {
        gradeId: grade?.id,
        requirementId: null,
        processId: null,
        description: 'Écart.',
        evidence: null,
        responseDue: null,
        status: 'a_traiter',
      },
    });
    const current = await expectOk<Audit>(backend.api, 'audits.get', { id: recorded.id });
    expect(await backend.api.invoke('audits.delete', { id: current.id, revision: current.revision })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('Annulez-le plutôt') },
    });
    const cancelled = await expectOk<Audit>(backend.api, 'audits.cancel', {
      id: current.id,
      revision: current.revision,
      comment: 'Reporté par l’organisme.',
    });
    expect(cancelled.status).toBe('annule');
    expect(await expectOk<Audit[]>(backend.api, 'audits.list', {})).toEqual([]);
    expect((await expectOk<Audit[]>(backend.api, 'audits.list', { includeCancelled: true })).map((a) => a.id)).toEqual([current.id]);

    const empty = await expectOk<Audit>(backend.api, 'audits.create', audit({ type: 'interne' }));
    expect(await expectOk(backend.api, 'audits.delete', { id: empty.id, revision: empty.revision })).toBeNull();
  });

  it('copies a checklist: same questions in order, empty results', async () => {
    const first = await expectOk<Audit>(backend.api, 'audits.create', audit({ type: 'interne' }));
    const process = await expectOk<{ id: number }>(backend.api, 'processes.create', {
      name: 'Accueil',
      kind: 'realisation',
      pilotId: null,
    });
    for (const [question, result] of [
      ['Le livret d’accueil est-il remis ?', 'conforme'],
      ['Les entretiens sont-ils tracés ?', 'constat'],
    ] as const) {
      await expectOk(backend.api, 'audits.addChecklistItem', {
        auditId: first.id,
        fields: { requirementId: null, processId: process.id, question, result, comment: 'vu le 3 mars' },
      });
    }
    const second = await expectOk<Audit>(
      backend.api,
      'audits.create',
      audit({ type: 'interne', startDate: '2027-03-02', endDate: '2027-03-02', status: 'planifie' }),
    );
    const copied = await expectOk<ChecklistItem[]>(backend.api, 'audits.copyChecklist', { fromAuditId: first.id, toAuditId: second.id });
    expect(copied.map((item) => [item.position, item.question, item.processName, item.result, item.comment])).toEqual([
      [1, 'Le livret d’accueil est-il remis ?', 'Accueil', null, null],
      [2, 'Les entretiens sont-ils tracés ?', 'Accueil', null, null],
    ]);
    expect((await expectOk<ChecklistItem[]>(backend.api, 'audits.checklist', { auditId: first.id })).map((item) => item.result)).toEqual([
      'conforme',
      'constat',
    ]);
    // Reordering: the second question goes up; at the top, "up" changes nothing.
    const second2 = copied[1];
    if (!second2) throw new Error('no second line');
    const moved = await expectOk<ChecklistItem[]>(backend.api, 'audits.moveChecklistItem', { id: second2.id, direction: 'up' });
    expect(moved.map((item) => [item.position, item.question])).toEqual([
      [1, 'Les entretiens sont-ils tracés ?'],
      [2, 'Le livret d’accueil est-il remis ?'],
    ]);
    const unchanged = await expectOk<ChecklistItem[]>(backend.api, 'audits.moveChecklistItem', { id: second2.id, direction: 'up' });
    expect(unchanged.map((item) => item.id)).toEqual(moved.map((item) => item.id));
    expect(await backend.api.invoke('audits.moveChecklistItem', { id: second2.id, direction: 'sideways' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('warns about processes never audited in the cycle and auditors auditing their own process', async () => {
    const pilot = await expectOk<{ id: number }>(backend.api, 'people.create', { name: 'Nadia Haddad', jobTitle: 'CIP' });
    const accueil = await expectOk<{ id: number }>(backend.api, 'processes.create', {
      name: 'Accueil',
      kind: 'realisation',
      pilotId: pilot.id,
    });
    await expectOk(backend.api, 'processes.create', { name: 'Paie', kind: 'support', pilotId: null });
    const cert = await expectOk<Certification>(backend.api, 'certifications.create', certification());
    await expectOk(
      backend.api,
      'audits.create',
      audit({
        type: 'interne',
        startDate: '2026-10-01',
        endDate: '2026-10-01',
        status: 'planifie',
        leadAuditor: { personId: pilot.id, externalName: null },
        processIds: [accueil.id],
      }),
    );
    const programme = await expectOk<AuditProgramme>(backend.api, 'audits.programme', { certificationId: cert.id });
    expect(programme.cycle).toEqual({ from: '2026-03-15', to: '2029-03-14', certificationId: cert.id });
    expect(programme.warnings.map((w) => [w.kind, w.message])).toEqual([
      ['auditor_owns_process', expect.stringContaining('Nadia Haddad audite le processus « Accueil » dont il ou elle est pilote')],
      [
        'process_not_audited',
        expect.stringContaining('« Paie » n’a aucun audit interne prévu dans le cycle (du 15 mars 2026 au 14 mars 2029)'),
      ],
    ]);
  });
  it('shows which clauses of the certification’s referential each internal audit covers, by scope, checklist or finding', async () => {
    const [iso] = await expectOk<{ id: number }[]>(backend.api, 'referentials.list', {});
    if (!iso) throw new Error('no shipped referential');
    const options = await expectOk<{ id: number; number: string; referentialId: number }[]>(
      backend.api,
      'referentials.requirementOptions',
      {},
    );
    const clause = (number: string) => {
      const found = options.find((option) => option.referentialId === iso.id && option.number === number);
      if (!found) throw new Error(`no clause ${number}`);
      return found.id;
    };
    await expectOk(backend.api, 'referentials.setApplicability', {
      id: clause('8.3'),
      fields: { applicable: false, justification: 'Aucune conception : les parcours suivent le cahier des charges de l’État.' },
    });
    const cert = await expectOk<Certification>(backend.api, 'certifications.create', certification({ referentialId: iso.id }));
    const internal = await expectOk<Audit>(
      backend.api,
      'audits.create',
      audit({ type: 'interne', startDate: '2026-10-01', endDate: '2026-10-01', status: 'planifie', requirementIds: [clause('7.5.2')] }),
    );
    await expectOk(backend.api, 'audits.addChecklistItem', {
      auditId: internal.id,
      fields: { requirementId: clause('9'), processId: null, question: 'Les indicateurs sont-ils suivis ?', result: null, comment: null },
    });
    // An external audit never counts in the internal programme.
    await expectOk(backend.api, 'audits.create', audit({ requirementIds: [clause('4.1')] }));
    // A finding written against a clause shows the clause was audited.
    const held = await expectOk<Audit>(
      backend.api,
      'audits.create',
      audit({ type: 'interne', startDate: '2026-06-02', endDate: '2026-06-02', status: 'realise', requirementIds: [] }),
    );
    const grades = await expectOk<FindingGrade[]>(backend.api, 'audits.grades', { auditId: held.id });
    await expectOk(backend.api, 'audits.addFinding', {
      auditId: held.id,
      fields: {
        gradeId: grades.find((grade) => grade.code === 'point_sensible')?.id,
        requirementId: clause('7.1.5'),
        processId: null,
        description: 'Les balances de l’atelier ne sont pas vérifiées.',
        evidence: null,
        responseDue: null,
        status: 'a_traiter',
      },
    });

    const { audits, requirements } = await expectOk<AuditProgramme>(backend.api, 'audits.programme', { certificationId: cert.id });
    expect(audits.map((a) => a.id)).toEqual([held.id, internal.id]);
    expect(requirements.referentials.map((r) => r.id)).toEqual([iso.id]);
    const row = (number: string) => requirements.rows.find((r) => r.number === number);
    expect(row('7')).toMatchObject({ depth: 0, auditIds: [held.id, internal.id] });
    expect(row('7.5')).toMatchObject({ depth: 1, auditIds: [internal.id] });
    expect(row('7.1')).toMatchObject({ depth: 1, auditIds: [held.id] });
    expect(row('7.3')).toMatchObject({ depth: 1, auditIds: [] });
    expect(row('9.1')).toMatchObject({ depth: 1, auditIds: [internal.id] });
    expect(row('4.1')).toMatchObject({ auditIds: [] });
    expect(row('8.3')).toMatchObject({ applicable: false, auditIds: [] });
    expect(row('7.5.2')).toBeUndefined();

    // Without a certification, the referentials are those the audits name (read in one query).
    const free = await expectOk<AuditProgramme>(backend.api, 'audits.programme', {});
    expect(free.requirements.referentials.map((r) => r.id)).toEqual([iso.id]);
    expect(free.requirements.rows.find((r) => r.number === '9.1')?.auditIds).toEqual([internal.id]);
  });
});

describe('grading scales per referential', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = await openTestBackend();
  });
  afterEach(() => backend.close());

  it('lets a referential define its own scale, used by the audits of its certifications', async () => {
    const [iso] = await expectOk<{ id: number }[]>(backend.api, 'referentials.list', {});
    if (!iso) throw new Error('no shipped referential');
    const scale = await expectOk<{ custom: boolean; grades: FindingGrade[] }>(backend.api, 'audits.gradeScale', { referentialId: iso.id });
    expect(scale.custom).toBe(false);
    const custom = await expectOk<{ custom: boolean; grades: FindingGrade[] }>(backend.api, 'audits.setGradeScale', {
      referentialId: iso.id,
      grades: [
        { code: null, label: 'Écart critique', ncSeverity: 'majeure' },
        { code: null, label: 'Écart', ncSeverity: 'mineure' },
        { code: null, label: 'Remarque', ncSeverity: null },
      ],
    });
    expect(custom.custom).toBe(true);
    // A scale no finding uses yet goes back to the default at once.
    const reset = await expectOk<{ custom: boolean; grades: FindingGrade[] }>(backend.api, 'audits.resetGradeScale', {
      referentialId: iso.id,
    });
    expect([reset.custom, reset.grades.map((g) => g.code)]).toEqual([false, scale.grades.map((g) => g.code)]);
    await expectOk(backend.api, 'audits.setGradeScale', {
      referentialId: iso.id,
      grades: [
        { code: null, label: 'Écart critique', ncSeverity: 'majeure' },
        { code: null, label: 'Écart', ncSeverity: 'mineure' },
        { code: null, label: 'Remarque', ncSeverity: null },
      ],
    });
    expect(custom.grades.map((g) => [g.code, g.label, g.rank, g.ncSeverity])).toEqual([
      ['ecart_critique', 'Écart critique', 1, 'majeure'],
      ['ecart', 'Écart', 2, 'mineure'],
      ['remarque', 'Remarque', 3, null],
    ]);
    const cert = await expectOk<Certification>(backend.api, 'certifications.create', certification({ referentialId: iso.id }));
    const recorded = await expectOk<Audit>(backend.api, 'audits.create', audit({ certificationId: cert.id }));
    const grades = await expectOk<FindingGrade[]>(backend.api, 'audits.grades', { auditId: recorded.id });
    expect(grades.map((g) => g.label)).toEqual(['Écart critique', 'Écart', 'Remarque']);
    const used = await expectOk<Finding>(backend.api, 'audits.addFinding', {
      auditId: recorded.id,
      fields: {
        gradeId: grades[1]?.id,
        requirementId: null,
        processId: null,
        description: 'Écart sur 7.5.',
        evidence: null,
        responseDue: null,
        status: 'a_traiter',
      },
    });
    expect(used.nonconformity?.reference).toBe('NC-2026-001');
    expect(
      await backend.api.invoke('audits.setGradeScale', {
        referentialId: iso.id,
        grades: [{ code: 'ecart_critique', label: 'Écart critique', ncSeverity: 'majeure' }],
      }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: 'La cotation « Écart » est utilisée par des constats : elle ne peut pas être retirée de l’échelle.',
      },
    });
    // Back to the default scale: refused while a finding is graded on this one, nothing changed.
    expect(await backend.api.invoke('audits.resetGradeScale', { referentialId: iso.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('Des constats sont cotés « Écart »') },
    });
    expect((await expectOk<{ custom: boolean }>(backend.api, 'audits.gradeScale', { referentialId: iso.id })).custom).toBe(true);
  });
});
