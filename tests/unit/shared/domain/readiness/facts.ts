import type { ReadinessFacts, ReadinessRequirement } from '../../../../../shared/domain/readiness/facts';

/** Thursday 26 November 2026, the day every test speaks for. */
export const AS_OF = '2026-11-26';

export const requirement = (fields: Partial<ReadinessRequirement> & Pick<ReadinessRequirement, 'id' | 'number'>): ReadinessRequirement => ({
  titleFr: `Exigence ${fields.number}`,
  parentId: null,
  applicable: true,
  majorOnly: false,
  keepsDocument: false,
  documentInForce: false,
  evidenced: true,
  ...fields,
});

/** A file where nothing is wrong on `AS_OF`: each case adds the one fact that makes its rule speak. */
export const cleanFacts = (): ReadinessFacts => ({
  asOf: AS_OF,
  cycle: { start: '2025-03-15', end: '2028-03-14' },
  requirements: [],
  documents: [],
  versionsInForce: [],
  processes: [],
  internalAudits: [],
  lastBodyAudit: { id: 7, reference: 'AUD-2026-01', startDate: '2026-02-10' },
  bodyFindings: [],
  nonconformities: [],
  openActions: [],
  reviews: [{ id: 3, heldOn: '2026-01-20', emptyTexts: [], readFromFile: [] }],
  objectives: [],
  indicators: [],
  complaints: [],
  expiringTrainings: [],
  providers: [],
  surveysOpenedOn: ['2026-05-01'],
  riskScale: { mediumFrom: 4, highFrom: 8 },
  risks: [],
  qualiopi: true,
  regulatoryWatch: { lastNoticedOn: '2026-10-01', sources: 2 },
  backup: { today: AS_OF, lastOn: '2026-11-25' },
});

export const risk = (fields: Partial<ReadinessFacts['risks'][number]>): ReadinessFacts['risks'][number] => ({
  id: 14,
  reference: 'RO-2026-003',
  kind: 'risque',
  title: 'Perte du financement départemental',
  score: 9,
  treatment: 'reduire',
  liveActions: 1,
  reevaluationDue: '2027-03-01',
  ...fields,
});

export const bodyFinding = (fields: Partial<ReadinessFacts['bodyFindings'][number]>): ReadinessFacts['bodyFindings'][number] => ({
  id: 11,
  description: 'Des versions périmées circulent.',
  gradeLabel: 'NC mineure',
  ncSeverity: 'mineure',
  answerExpected: true,
  status: 'repondu',
  requirementNumber: '7.5.3',
  actionsLate: 0,
  actionsOpen: 0,
  actionsDone: 1,
  effective: true,
  ...fields,
});

export const nonconformity = (fields: Partial<ReadinessFacts['nonconformities'][number]>): ReadinessFacts['nonconformities'][number] => ({
  id: 21,
  reference: 'NC-2026-004',
  description: 'Bilans non tracés.',
  severity: 'mineure',
  closedOn: null,
  analysed: true,
  verdict: null,
  openActionsDue: '2026-12-15',
  requirementNumber: null,
  ...fields,
});

export const indicator = (fields: Partial<ReadinessFacts['indicators'][number]>): ReadinessFacts['indicators'][number] => ({
  id: 31,
  name: 'Taux de sorties dynamiques',
  nextMeasurementDue: '2027-01-15',
  direction: 'hausse',
  target: 60,
  alertThreshold: 50,
  latest: { periodStart: '2026-07-01', value: 62 },
  actedOn: false,
  ...fields,
});
