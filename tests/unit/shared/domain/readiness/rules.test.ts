import { describe, expect, it } from 'vitest';
import type { ReadinessFacts, ReadinessRequirement } from '../../../../../shared/domain/readiness/facts';
import { readinessRules } from '../../../../../shared/domain/readiness/registry';
import { AS_OF, bodyFinding, cleanFacts, indicator, nonconformity, requirement, risk } from './facts';

type Case = { trigger: Partial<ReadinessFacts>; clean: Partial<ReadinessFacts>; link: string };

const doc = { id: 4, reference: 'PR-002', title: 'Accueil', linkedRequirements: 0, nextReviewDue: '2027-06-01' } as const;
const complaint = { id: 5, reference: 'REC-2026-003', subject: 'Paie en retard', receivedOn: '2026-10-01', responseDue: '2026-10-15' };
const audit = {
  id: 9,
  reference: 'AUD-2026-02',
  startDate: '2026-05-12',
  auditors: [{ id: 1, name: 'Amélie Roux' }],
  processIds: [2],
  requirementIds: [],
};
const chapter = (id: number, number: string, fields: Partial<ReadinessRequirement> = {}) =>
  requirement({ id, number, titleFr: `Chapitre ${number}`, ...fields });
const clause = (id: number, number: string, parentId: number, fields: Partial<ReadinessRequirement> = {}) =>
  requirement({ id, number, parentId, ...fields });

/** For each rule: the least that makes it speak, and the same fact put right. */
const cases: Record<string, Case> = {
  'document-review-overdue': {
    trigger: { documents: [{ ...doc, status: 'en_vigueur', nextReviewDue: '2026-11-25' }] },
    clean: { documents: [{ ...doc, status: 'en_vigueur', nextReviewDue: AS_OF }] },
    link: '/documents/4',
  },
  'document-without-version': {
    trigger: { documents: [{ ...doc, status: 'brouillon', linkedRequirements: 1 }] },
    clean: { documents: [{ ...doc, status: 'brouillon', linkedRequirements: 0 }] },
    link: '/documents/4',
  },
  'obsolete-document-linked': {
    trigger: { documents: [{ ...doc, status: 'obsolete', linkedRequirements: 2 }] },
    clean: { documents: [{ ...doc, status: 'obsolete', linkedRequirements: 0 }] },
    link: '/documents/4',
  },
  'reads-missing': {
    trigger: {
      versionsInForce: [{ documentId: 4, reference: 'PR-002', title: 'Accueil', indice: '2', effectiveDate: '2026-10-27', unread: 1 }],
    },
    // Within its 30 days of reading, a version is not yet late.
    clean: {
      versionsInForce: [{ documentId: 4, reference: 'PR-002', title: 'Accueil', indice: '2', effectiveDate: '2026-10-28', unread: 1 }],
    },
    link: '/documents/4',
  },
  'documented-information-missing': {
    trigger: { requirements: [requirement({ id: 40, number: '4.3', keepsDocument: true })] },
    // A document linked to the clause answers its sub-clauses.
    clean: {
      requirements: [
        requirement({ id: 40, number: '4.3', keepsDocument: true, documentInForce: true }),
        requirement({ id: 41, number: '4.3.1', parentId: 40, keepsDocument: true }),
      ],
    },
    link: '/exigences/40',
  },
  'clause-not-covered': {
    trigger: { requirements: [requirement({ id: 74, number: '7.4', evidenced: false })] },
    clean: {
      requirements: [
        requirement({ id: 74, number: '7.4', evidenced: false }),
        requirement({ id: 75, number: '7.4.1', parentId: 74, evidenced: true }),
        requirement({ id: 83, number: '8.3', applicable: false, evidenced: false }),
      ],
    },
    link: '/exigences/74',
  },
  'audit-programme-coverage': {
    trigger: {
      processes: [
        { id: 2, name: 'Accueil', pilotId: 5 },
        { id: 3, name: 'Paie', pilotId: 5 },
      ],
      internalAudits: [audit],
    },
    clean: { processes: [{ id: 2, name: 'Accueil', pilotId: 5 }], internalAudits: [audit] },
    link: '/audits/programme',
  },
  'audit-programme-requirements': {
    trigger: { requirements: [chapter(70, '7'), clause(74, '7.4', 70)], internalAudits: [audit] },
    // Auditing 7.4.1 audits 7.4; auditing chapter 8 audits its clauses; an excluded clause or chapter is never a gap.
    clean: {
      requirements: [
        chapter(70, '7'),
        clause(74, '7.4', 70),
        clause(741, '7.4.1', 74),
        chapter(80, '8'),
        clause(81, '8.1', 80),
        clause(83, '8.3', 80, { applicable: false }),
        chapter(100, '10', { applicable: false }),
        clause(101, '10.1', 100),
      ],
      internalAudits: [{ ...audit, requirementIds: [741, 80] }],
    },
    link: '/audits/programme',
  },
  'auditor-independence': {
    trigger: { processes: [{ id: 2, name: 'Accueil', pilotId: 1 }], internalAudits: [audit] },
    clean: { processes: [{ id: 2, name: 'Accueil', pilotId: 5 }], internalAudits: [audit] },
    link: '/audits/9',
  },
  'body-finding-unanswered': {
    trigger: { bodyFindings: [bodyFinding({ status: 'a_traiter', actionsDone: 0 })] },
    // Answered by an action, or a grade that asks for no answer.
    clean: {
      bodyFindings: [
        bodyFinding({ status: 'a_traiter' }),
        bodyFinding({ id: 12, status: 'a_traiter', answerExpected: false, actionsDone: 0 }),
      ],
    },
    link: '/audits/7',
  },
  'body-finding-actions-late': {
    trigger: { bodyFindings: [bodyFinding({ actionsLate: 1, actionsOpen: 1 })] },
    clean: { bodyFindings: [bodyFinding({ actionsOpen: 1 })] },
    link: '/audits/7',
  },
  'body-finding-not-verified': {
    trigger: { bodyFindings: [bodyFinding({ effective: false })] },
    clean: {
      bodyFindings: [bodyFinding({ effective: false, actionsOpen: 1 }), bodyFinding({ id: 12, ncSeverity: null, effective: false })],
    },
    link: '/audits/7',
  },
  'nonconformity-overdue': {
    trigger: { nonconformities: [nonconformity({ openActionsDue: '2026-11-25' })] },
    clean: {
      nonconformities: [
        nonconformity({ openActionsDue: AS_OF }),
        nonconformity({ id: 22, closedOn: '2026-10-01', verdict: 'efficace', openActionsDue: null }),
      ],
    },
    link: '/non-conformites/21',
  },
  'nonconformity-closed-without-proof': {
    trigger: { nonconformities: [nonconformity({ closedOn: '2026-10-01', analysed: false, verdict: 'efficace', openActionsDue: null })] },
    clean: {
      nonconformities: [
        nonconformity({ closedOn: '2026-10-01', verdict: 'efficace', openActionsDue: null }),
        nonconformity({ id: 22, severity: 'observation', closedOn: '2026-10-01', analysed: false, openActionsDue: null }),
      ],
    },
    link: '/non-conformites/21',
  },
  'actions-late': {
    trigger: { openActions: [{ id: 6, reference: 'ACT-2026-009', description: 'Former', dueDate: '2026-11-25', ownerName: 'Karim' }] },
    clean: { openActions: [{ id: 6, reference: 'ACT-2026-009', description: 'Former', dueDate: AS_OF, ownerName: 'Karim' }] },
    link: '/actions/6',
  },
  'review-missing': {
    trigger: { reviews: [{ id: 3, heldOn: '2025-11-26', emptyTexts: [], readFromFile: [] }] },
    clean: { reviews: [{ id: 3, heldOn: '2025-11-27', emptyTexts: [], readFromFile: [] }] },
    link: '/revues-de-direction',
  },
  'review-inputs-missing': {
    trigger: { reviews: [{ id: 3, heldOn: '2026-01-20', emptyTexts: ['resources'], readFromFile: ['externalProviders'] }] },
    // A comment left empty on an input the file gave the meeting (trainings, provider evaluations) is no gap; nor is an older review's.
    clean: {
      reviews: [
        { id: 4, heldOn: '2026-06-20', emptyTexts: ['resources', 'externalProviders'], readFromFile: ['resources', 'externalProviders'] },
        { id: 3, heldOn: '2026-01-20', emptyTexts: ['resources'], readFromFile: [] },
      ],
    },
    link: '/revues-de-direction/3',
  },
  'objective-not-measured': {
    trigger: { objectives: [{ id: 8, title: '60 % de sorties dynamiques', measuredInTwelveMonths: false }] },
    clean: { objectives: [{ id: 8, title: '60 % de sorties dynamiques', measuredInTwelveMonths: true }] },
    link: '/objectifs',
  },
  'indicator-late': {
    trigger: { indicators: [indicator({ nextMeasurementDue: '2026-11-25' })] },
    clean: { indicators: [indicator({ nextMeasurementDue: AS_OF })] },
    link: '/indicateurs/31',
  },
  'indicator-below-threshold': {
    trigger: { indicators: [indicator({ latest: { periodStart: '2026-07-01', value: 49 } })] },
    clean: {
      indicators: [
        indicator({ latest: { periodStart: '2026-07-01', value: 49 }, actedOn: true }),
        indicator({ id: 32, latest: { periodStart: '2026-07-01', value: 50 } }),
        indicator({ id: 33, alertThreshold: null, latest: { periodStart: '2026-07-01', value: 10 } }),
      ],
    },
    link: '/indicateurs/31',
  },
  'complaint-unanswered': {
    trigger: { complaints: [{ ...complaint, respondedOn: null, analysedOn: null }] },
    clean: { complaints: [{ ...complaint, responseDue: AS_OF, respondedOn: null, analysedOn: null }] },
    link: '/reclamations/5',
  },
  'complaint-not-analysed': {
    trigger: { complaints: [{ ...complaint, respondedOn: '2026-10-10', analysedOn: null }] },
    clean: { complaints: [{ ...complaint, respondedOn: '2026-10-10', analysedOn: '2026-10-20' }] },
    link: '/reclamations/5',
  },
  'habilitation-expired': {
    trigger: { expiringTrainings: [{ id: 12, title: 'SST', personName: 'Paul Girard', expiresOn: '2026-11-25' }] },
    clean: { expiringTrainings: [{ id: 12, title: 'SST', personName: 'Paul Girard', expiresOn: AS_OF }] },
    link: '/formations/12',
  },
  'provider-not-evaluated': {
    trigger: { providers: [{ id: 13, name: 'Cap Formation', nextEvaluationDue: '2026-11-25' }] },
    clean: { providers: [{ id: 13, name: 'Cap Formation', nextEvaluationDue: AS_OF }] },
    link: '/prestataires/13',
  },
  'no-satisfaction-survey': {
    trigger: { surveysOpenedOn: ['2025-11-26'] },
    clean: { surveysOpenedOn: ['2025-11-27'] },
    link: '/enquetes',
  },
  'risk-untreated': {
    trigger: { risks: [risk({ score: 4, treatment: null, liveActions: 0 })] },
    // Below the « moyen » threshold a risk may stand undecided; accepting is a decision that needs no action.
    clean: {
      risks: [
        risk({ score: 3, treatment: null, liveActions: 0 }),
        risk({ id: 15, score: 12, treatment: 'accepter', liveActions: 0 }),
        risk({ id: 16, kind: 'opportunite', score: 8, treatment: 'saisir', liveActions: 1 }),
      ],
    },
    link: '/risques/14',
  },
  'risk-reevaluation-late': {
    trigger: { risks: [risk({ reevaluationDue: '2026-11-25' })] },
    clean: { risks: [risk({ reevaluationDue: AS_OF }), risk({ id: 15, reevaluationDue: null })] },
    link: '/risques/14',
  },
  'regulatory-watch-quiet': {
    // The quarter before 26 November 2026 begins on 27 August.
    trigger: { regulatoryWatch: { lastNoticedOn: '2026-08-26', sources: 2 } },
    clean: { regulatoryWatch: { lastNoticedOn: '2026-08-27', sources: 2 } },
    link: '/veille',
  },
  'backup-old': {
    trigger: { backup: { today: AS_OF, lastOn: '2026-11-18' } },
    clean: { backup: { today: AS_OF, lastOn: '2026-11-19' } },
    link: '/fichier',
  },
};

const ruleById = (id: string) => {
  const rule = readinessRules.find((candidate) => candidate.id === id);
  if (rule === undefined) throw new Error(`no rule ${id}`);
  return rule;
};

describe('readiness rules', () => {
  it('has a case for every registered rule, and every rule cites its source', () => {
    expect(Object.keys(cases).sort()).toEqual(readinessRules.map((rule) => rule.id).sort());
    for (const rule of readinessRules) expect(rule.source.cites).toMatch(/ISO|Qualiopi/);
  });

  it('finds nothing in a clean file', () => {
    for (const rule of readinessRules) expect(rule.check(cleanFacts()), rule.id).toEqual([]);
  });

  for (const rule of readinessRules) {
    const test = cases[rule.id];
    if (test === undefined) continue;
    describe(rule.id, () => {
      it('speaks on the least input that triggers it, with its link', () => {
        const hits = rule.check({ ...cleanFacts(), ...test.trigger });
        expect(hits).toHaveLength(1);
        expect(hits[0]?.link).toBe(test.link);
        expect(hits[0]?.what).toMatch(/ : .+/);
      });
      it('stays silent once the fact is put right', () => {
        expect(rule.check({ ...cleanFacts(), ...test.clean })).toEqual([]);
      });
    });
  }

  it('finds a treatment carried out by actions whose actions were all abandoned', () => {
    const hits = ruleById('risk-untreated').check({ ...cleanFacts(), risks: [risk({ liveActions: 0 })] });
    expect(hits.map((hit) => hit.what)).toEqual([
      'Le traitement « réduire » décidé pour RO-2026-003 « Perte du financement départemental » (risque élevé, score 9) n’est plus porté par aucune action du plan : ajoutez-en une.',
    ]);
  });

  it('checks the regulatory watch only for a certification that follows Qualiopi’s rules', () => {
    const rule = ruleById('regulatory-watch-quiet');
    const none = { lastNoticedOn: null, sources: 0 };
    expect(rule.check({ ...cleanFacts(), qualiopi: false, regulatoryWatch: none })).toEqual([]);
    expect(rule.check({ ...cleanFacts(), regulatoryWatch: none }).map((hit) => hit.what)).toEqual([
      'Aucune information de veille réglementaire n’est consignée : relevez ce que vos sources ont publié ces trois derniers mois, et son impact.',
    ]);
  });

  it('finds the clauses no internal audit of the cycle covers once per chapter, listing them', () => {
    const hits = ruleById('audit-programme-requirements').check({
      ...cleanFacts(),
      requirements: [
        chapter(40, '4', { titleFr: 'Contexte de l’organisme' }),
        clause(43, '4.3', 40, { titleFr: 'Domaine d’application' }),
        clause(41, '4.1', 40, { titleFr: 'Contexte' }),
        clause(42, '4.2', 40, { titleFr: 'Parties intéressées' }),
        clause(44, '4.4', 40),
        chapter(90, '9'),
        clause(92, '9.2', 90, { titleFr: 'Audit interne' }),
      ],
      internalAudits: [{ ...audit, requirementIds: [44] }],
    });
    expect(hits.map((hit) => [hit.key, hit.what])).toEqual([
      [
        '40',
        'Chapitre 4 « Contexte de l’organisme » : § 4.1 « Contexte », § 4.2 « Parties intéressées » et § 4.3 « Domaine d’application » ne sont dans le périmètre, le questionnaire ni les constats d’aucun audit interne du cycle (du 15 mars 2025 au 14 mars 2028) : planifiez-les dans le programme.',
      ],
      [
        '90',
        '§ 9.2 « Audit interne » (chapitre 9) n’est dans le périmètre, le questionnaire ni les constats d’aucun audit interne du cycle (du 15 mars 2025 au 14 mars 2028) : planifiez-le dans le programme.',
      ],
    ]);
  });
});
