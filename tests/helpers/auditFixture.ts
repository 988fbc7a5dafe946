import type { Audit, Certification, FindingGrade } from '../../shared/schemas/audits';
import { expectOk, type TestBackend } from './backend';
import { buildRealisticFile, sha256Of } from './packFixture';

type Id = { id: number };

/** The end of a checklist comment too long for one line of its cell, to find it back whole. */
export const LONG_COMMENT_END = 'fin du commentaire détaillé.';

export const CHECKLIST_QUESTIONS = [
  'Les demandes des prescripteurs sont-elles enregistrées avant l’entretien ?',
  'La satisfaction des salariés en insertion est-elle mesurée chaque année ?',
  'Le livret d’accueil est-il remis le premier jour ?',
];

/**
 * The realistic file plus a certification cycle and its audits, as a responsable qualité would
 * have recorded them before a surveillance audit:
 * - AUD-2026-01, the certification body's étape 2 (held, report attached: NC mineure, point sensible, point fort);
 * - AUD-2026-02, an internal audit of "Pilotage" (closed, no checklist, no finding);
 * - AUD-2026-03, an internal audit of "Accueil et recrutement" by its own pilot, with a checklist
 *   (conforme, constat, non vu, one very long line) and findings (NC mineure, point fort);
 * - AUD-2026-04, an internal audit of "Achats", cancelled;
 * - AUD-2027-01, the first surveillance audit, planned after the pack's date (26 November 2026).
 */
export const buildAuditFile = async (backend: TestBackend) => {
  const { api } = backend;
  const base = await buildRealisticFile(backend);
  const { amelie, karim, sophie } = base.people;
  const achats = await expectOk<Id>(api, 'processes.create', { name: 'Achats et prestataires', kind: 'support', pilotId: amelie.id });
  const requirement = (number: string): number => base.requirements.get(number)?.id ?? 0;
  const referentialId = base.requirements.get('4')?.referentialId ?? null;
  const certification = await expectOk<Certification>(api, 'certifications.create', {
    scheme: 'Cèdre ISO 9001',
    referentialId,
    body: 'AFNOR Certification',
    certificateNumber: 'CED-2026-0042',
    decisionDate: '2026-03-15',
    expiryDate: '2029-03-14',
    status: 'certifie',
    isGroup: false,
    groupName: null,
    centralFunction: null,
    otherMembers: null,
  });
  const audit = (fields: Record<string, unknown>) =>
    expectOk<Audit>(api, 'audits.create', {
      certificationId: certification.id,
      title: null,
      leadAuditor: null,
      auditors: [],
      auditeeIds: [],
      processIds: [],
      requirementIds: [],
      notes: null,
      ...fields,
    });
  const finding = async (auditId: number, code: string, fields: Record<string, unknown>) => {
    const grades = await expectOk<FindingGrade[]>(api, 'audits.grades', { auditId });
    return expectOk(api, 'audits.addFinding', {
      auditId,
      fields: {
        gradeId: grades.find((grade) => grade.code === code)?.id,
        requirementId: null,
        processId: null,
        evidence: null,
        responseDue: null,
        status: 'a_traiter',
        ...fields,
      },
    });
  };

  const stage2 = await audit({
    type: 'etape_2',
    startDate: '2026-02-20',
    endDate: '2026-02-21',
    status: 'rapport_recu',
    leadAuditor: { personId: null, externalName: 'M. Lefèvre (AFNOR)' },
  });
  await finding(stage2.id, 'nc_mineure', {
    requirementId: requirement('10.2'),
    description: 'Les actions correctives ne sont pas suivies jusqu’à leur efficacité.',
  });
  await finding(stage2.id, 'point_sensible', { requirementId: requirement('7.5'), description: 'Maîtrise des versions papier.' });
  await finding(stage2.id, 'point_fort', { description: 'Implication de la direction dans la démarche qualité.' });
  const reportContent = Buffer.from('%PDF-1.4\n% Rapport AFNOR étape 2\n');
  const report = await expectOk<{ fileName: string; sha256: string }>(api, 'files.upload', {
    owner: { entity: 'audit', id: stage2.id },
    fileName: 'Rapport AFNOR étape 2.pdf',
    content: reportContent,
  });

  const pilotage = await audit({
    type: 'interne',
    title: 'Audit du processus Pilotage',
    startDate: '2026-04-10',
    endDate: '2026-04-10',
    status: 'clos',
    leadAuditor: { personId: amelie.id, externalName: null },
    processIds: [base.processes.pilotage.id],
    requirementIds: [requirement('5.2')],
  });

  const accueil = await audit({
    type: 'interne',
    title: 'Audit du processus Accueil et recrutement',
    startDate: '2026-06-15',
    endDate: '2026-06-16',
    status: 'realise',
    leadAuditor: { personId: sophie.id, externalName: null },
    auditors: [{ personId: null, externalName: 'Claire Martin (réseau COORACE)' }],
    auditeeIds: [karim.id],
    processIds: [base.processes.accueil.id],
    requirementIds: [requirement('8.2'), requirement('9.1.2')],
  });
  const line = (fields: Record<string, unknown>) =>
    expectOk(api, 'audits.addChecklistItem', {
      auditId: accueil.id,
      fields: { requirementId: null, processId: null, comment: null, ...fields },
    });
  await line({ requirementId: requirement('8.2'), question: CHECKLIST_QUESTIONS[0], result: 'conforme', comment: 'Registre à jour.' });
  await line({ requirementId: requirement('9.1.2'), question: CHECKLIST_QUESTIONS[1], result: 'constat' });
  await line({ processId: base.processes.accueil.id, question: CHECKLIST_QUESTIONS[2], result: 'non_vu' });
  await line({
    processId: base.processes.accueil.id,
    question: `Les entretiens ${'de suivi '.repeat(60)}sont-ils tracés ?`,
    result: null,
    comment: `${'Commentaire détaillé ; '.repeat(80)}${LONG_COMMENT_END}`,
  });
  await finding(accueil.id, 'nc_mineure', {
    requirementId: requirement('9.1.2'),
    processId: base.processes.accueil.id,
    description: 'L’enquête de satisfaction 2025 n’a pas été analysée.',
    evidence: 'Questionnaires reçus en janvier, sans synthèse.',
  });
  await finding(accueil.id, 'point_fort', {
    requirementId: requirement('8.2'),
    description: 'Accueil chaleureux et structuré des nouveaux salariés.',
  });

  const cancelled = await audit({
    type: 'interne',
    title: 'Audit annulé des achats',
    startDate: '2026-09-01',
    endDate: '2026-09-01',
    status: 'planifie',
    processIds: [achats.id],
  });
  await expectOk(api, 'audits.cancel', { id: cancelled.id, revision: cancelled.revision, comment: 'Auditeur indisponible.' });

  const surveillance = await audit({
    type: 'surveillance',
    startDate: '2027-02-10',
    endDate: '2027-02-11',
    status: 'planifie',
    leadAuditor: { personId: null, externalName: 'M. Lefèvre (AFNOR)' },
  });

  return {
    ...base,
    certification,
    processes: { ...base.processes, achats },
    audits: { stage2, pilotage, accueil, cancelled, surveillance },
    auditReport: { fileName: report.fileName, sha256: report.sha256, checksum: sha256Of(reportContent) },
  };
};
