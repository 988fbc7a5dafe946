import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../shared/schemas/history';
import type { Indicator, IndicatorDetail } from '../../shared/schemas/indicators';
import type { QualityObjective, QualityPolicy } from '../../shared/schemas/objectives';
import { dataChecksum } from '../helpers/checksum';
import { expectOk, openTestBackend, type TestBackend } from '../helpers/backend';
import { fieldsFromTemplate, measureExits, sortiesDynamiques } from '../helpers/indicators';

describe('indicators, measurements and quality objectives', () => {
  let backend: TestBackend;
  let director: number;
  beforeEach(async () => {
    backend = await openTestBackend();
    director = (await expectOk<{ id: number }>(backend.api, 'people.create', { name: 'Claire Martin', jobTitle: 'Directrice' })).id;
  });
  afterEach(() => backend.close());

  const refused = async (method: string, input: unknown) => {
    const before = dataChecksum(backend.filePath);
    const result = await backend.api.invoke(method, input);
    expect(dataChecksum(backend.filePath)).toBe(before);
    if (result.ok) throw new Error(`${method} should have been refused`);
    return result.error;
  };

  it('creates sorties dynamiques from its template, derives each quarter’s rate and state, and knows what is due next', async () => {
    const created = await sortiesDynamiques(backend.api, director);
    expect(created).toMatchObject({
      name: 'Taux de sorties dynamiques',
      target: 60,
      alertThreshold: 50,
      partLabels: ['Emploi durable', 'Emploi de transition', 'Sorties positives'],
      nextMeasurement: { periodStart: '2026-01-01', periodEnd: '2026-03-31', due: '2026-04-15' },
      lateCount: 3,
      state: 'sans_mesure',
    });
    await measureExits(backend.api, created.id, '2026-01-01', [5, 4, 3], 20);
    await measureExits(backend.api, created.id, '2026-04-01', [3, 2, 4], 20);
    await measureExits(backend.api, created.id, '2026-07-01', [2, 2, 5], 20);
    const full = await measureExits(backend.api, created.id, '2026-10-01', [6, 3, 4], 20);
    expect(full.measurements.map((m) => [m.periodLabel, m.value, m.numerator, m.state])).toEqual([
      ['T1 2026', 60, 12, 'atteint'],
      ['T2 2026', 45, 9, 'non_atteint'],
      ['T3 2026', 45, 9, 'non_atteint'],
      ['T4 2026', 65, 13, 'atteint'],
    ]);
    expect(full).toMatchObject({ nextMeasurement: { periodStart: '2027-01-01', due: '2027-04-15' }, lateCount: 0, latePeriods: [] });
    const board = await expectOk<Indicator[]>(backend.api, 'indicators.list', {});
    expect(board.map((i) => [i.name, i.state, i.latest?.periodLabel])).toEqual([['Taux de sorties dynamiques', 'atteint', 'T4 2026']]);

    // The agenda's query: due on or before a day, late when due before today.
    expect(backend.session.services().indicators.dueMeasurements('2027-04-14')).toEqual([]);
    const due = backend.session.services().indicators.dueMeasurements('2027-05-01');
    expect(due.map((row) => [row.name, row.next_measurement_period, row.next_measurement_due])).toEqual([
      ['Taux de sorties dynamiques', '2027-01-01', '2027-04-15'],
    ]);
  });

  it('refuses bad measurements in French and writes nothing; a duplicated period asks to replace', async () => {
    const indicator = await sortiesDynamiques(backend.api, director);
    const entry = {
      indicatorId: indicator.id,
      periodStart: '2026-04-01',
      value: null,
      numerator: 9,
      denominator: 20,
      parts: null,
      comment: null,
    };
    expect(await refused('indicators.addMeasurement', { ...entry, periodStart: '2026-02-01' })).toMatchObject({
      code: 'invalid_input',
      fields: {
        periodStart:
          'La période du 01/02/2026 ne suit pas la fréquence trimestrielle de « Taux de sorties dynamiques » : une période commence le 1er janvier, le 1er avril, le 1er juillet ou le 1er octobre.',
      },
    });
    expect(await refused('indicators.addMeasurement', { ...entry, periodStart: '2027-01-01' })).toMatchObject({
      fields: { periodStart: 'La période T1 2027 n’a pas encore commencé.' },
    });
    expect(await refused('indicators.addMeasurement', { ...entry, numerator: 'douze' })).toMatchObject({
      code: 'invalid_input',
      fields: { numerator: 'Le numérateur doit être un nombre.' },
    });
    expect(await refused('indicators.addMeasurement', { ...entry, numerator: 25 })).toMatchObject({
      fields: { numerator: 'Le numérateur (25) ne peut pas dépasser le dénominateur (20).' },
    });
    expect(await refused('indicators.addMeasurement', { ...entry, value: 'beaucoup', numerator: null, denominator: null })).toMatchObject({
      fields: { value: 'La valeur doit être un nombre.' },
    });

    await expectOk(backend.api, 'indicators.addMeasurement', entry);
    const duplicate = await refused('indicators.addMeasurement', { ...entry, numerator: 10 });
    expect(duplicate).toMatchObject({
      code: 'conflict',
      message: 'Une mesure existe déjà pour T2 2026 (45\u202F%). Remplacer la mesure existante ?',
    });
    const replaced = await expectOk<IndicatorDetail>(backend.api, 'indicators.addMeasurement', { ...entry, numerator: 10, replace: true });
    expect(replaced.measurements.map((m) => m.value)).toEqual([50]);
    expect(replaced.measurements[0]?.state).toBe('vigilance');

    const history = await expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', { entity: 'indicator', entityId: indicator.id });
    expect(history.map((h) => h.action)).toEqual(['measurement_replace', 'measurement_add', 'create']);
    expect(history[0]?.changes).toContainEqual({ field: 'value', before: '45\u202F%', after: '50\u202F%' });

    const removed = await expectOk<IndicatorDetail>(backend.api, 'indicators.removeMeasurement', { id: replaced.measurements[0]?.id });
    expect(removed.measurementCount).toBe(0);
  });

  it('checks the definition: targets against the direction, the grid of the first period, and what measurements fix', async () => {
    expect(await refused('indicators.create', fieldsFromTemplate('sorties_dynamiques', director, { alertThreshold: 70 }))).toMatchObject({
      fields: { alertThreshold: 'Plus haut est mieux : le seuil d’alerte doit être inférieur ou égal à la cible.' },
    });
    expect(await refused('indicators.create', fieldsFromTemplate('reclamations', director, { firstPeriod: '2026-02-01' }))).toMatchObject({
      fields: {
        firstPeriod:
          'Pour une mesure trimestrielle, la première période commence le 1er janvier, le 1er avril, le 1er juillet ou le 1er octobre.',
      },
    });
    expect(await refused('indicators.create', fieldsFromTemplate('heures_mad', director, { ownerId: 999 }))).toMatchObject({
      fields: { ownerId: 'Cette personne n’existe pas dans l’annuaire.' },
    });
    const hours = await expectOk<IndicatorDetail>(backend.api, 'indicators.create', fieldsFromTemplate('heures_mad', director));
    expect(
      await refused('indicators.create', fieldsFromTemplate('heures_mad', director, { name: 'heures de mise à disposition' })),
    ).toMatchObject({
      fields: { name: 'Un indicateur s’appelle déjà « heures de mise à disposition » : choisissez un autre nom.' },
    });
    await expectOk(backend.api, 'indicators.addMeasurement', {
      indicatorId: hours.id,
      periodStart: '2026-10-01',
      value: 1250.5,
      numerator: null,
      denominator: null,
      parts: null,
      comment: 'Chantier d’hiver.',
    });
    expect(
      await refused('indicators.update', {
        id: hours.id,
        revision: hours.revision,
        fields: fieldsFromTemplate('heures_mad', director, { frequency: 'trimestrielle' }),
      }),
    ).toMatchObject({ fields: { 'fields.frequency': expect.stringContaining('créez plutôt un nouvel indicateur') } });
    const archived = await expectOk<IndicatorDetail>(backend.api, 'indicators.update', {
      id: hours.id,
      revision: hours.revision,
      fields: fieldsFromTemplate('heures_mad', director, { active: false, target: 1500 }),
    });
    expect(archived).toMatchObject({ active: false, lateCount: 0, target: 1500 });
    expect(await expectOk<Indicator[]>(backend.api, 'indicators.list', {})).toEqual([]);
    expect(await expectOk<Indicator[]>(backend.api, 'indicators.list', { includeInactive: true })).toHaveLength(1);
  });

  it('follows quality objectives with their indicators, and names the policy from the register', async () => {
    const indicator = await sortiesDynamiques(backend.api, director);
    await measureExits(backend.api, indicator.id, '2026-01-01', [5, 2, 2], 20);
    const objective = await expectOk<QualityObjective>(backend.api, 'objectives.create', {
      title: 'Atteindre 60 % de sorties dynamiques',
      description: null,
      ownerId: director,
      processId: null,
      setOn: '2026-01-05',
      targetDate: '2026-06-30',
      status: 'en_cours',
      indicatorIds: [indicator.id],
    });
    expect(objective).toMatchObject({
      setOn: '2026-01-05',
      overdue: true,
      indicators: [{ name: 'Taux de sorties dynamiques', state: 'non_atteint', latest: '45\u202F%' }],
    });
    expect(await refused('objectives.create', { ...objectiveFields(director), indicatorIds: [indicator.id, indicator.id] })).toMatchObject({
      fields: { indicatorIds: 'Un indicateur est choisi deux fois.' },
    });
    expect(await refused('objectives.create', { ...objectiveFields(director), setOn: '2027-07-01' })).toMatchObject({
      fields: { setOn: 'La date de fixation ne peut pas être dans le futur.' },
    });
    expect(await refused('objectives.create', { ...objectiveFields(director), targetDate: '2025-12-31' })).toMatchObject({
      fields: { targetDate: 'L’échéance de l’objectif (31 décembre 2025) ne peut pas précéder sa fixation (5 janvier 2026).' },
    });
    const detail = await expectOk<IndicatorDetail>(backend.api, 'indicators.get', { id: indicator.id });
    expect(detail.objectives).toEqual([{ id: objective.id, title: 'Atteindre 60 % de sorties dynamiques' }]);

    const procedure = await expectOk<{ id: number }>(backend.api, 'documents.create', documentFields('procedure', director));
    const policyDocument = await expectOk<{ id: number; reference: string }>(
      backend.api,
      'documents.create',
      documentFields('politique', director),
    );
    expect(await refused('objectives.setPolicy', { documentId: procedure.id })).toMatchObject({
      fields: { documentId: expect.stringContaining('n’est pas une politique') },
    });
    const policy = await expectOk<QualityPolicy>(backend.api, 'objectives.setPolicy', { documentId: policyDocument.id });
    expect(policy.document).toMatchObject({ reference: 'POL-001', status: 'en_vigueur', indice: '1' });
    expect(await expectOk<QualityPolicy>(backend.api, 'objectives.policy', {})).toEqual(policy);
  });
});

const objectiveFields = (ownerId: number) => ({
  title: 'Réduire le délai de réponse',
  description: null,
  ownerId,
  processId: null,
  setOn: '2026-01-05',
  targetDate: '2027-06-30',
  status: 'en_cours',
  indicatorIds: [],
});

const documentFields = (type: string, ownerId: number) => ({
  title: type === 'politique' ? 'Politique qualité' : 'Accueil des salariés',
  type,
  initialStatus: 'en_vigueur',
  processId: null,
  ownerId,
  reviewPeriodMonths: 12,
  effectiveDate: '2026-01-15',
  approvedById: ownerId,
  approvedOn: '2026-01-10',
});
