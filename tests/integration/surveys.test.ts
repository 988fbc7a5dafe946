import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IndicatorDetail } from '../../shared/schemas/indicators';
import type { ImportPreview, SurveyDetail } from '../../shared/schemas/surveys';
import { expectOk, openTestBackend, type TestBackend } from '../helpers/backend';
import { fieldsFromTemplate } from '../helpers/indicators';
import { QUESTIONS, answersCsv, xlsxOf } from '../helpers/surveys';

// The backend's clock says Thursday 26 November 2026 (tests/helpers/backend.ts).
const bytes = (text: string) => new TextEncoder().encode(text);

describe('satisfaction surveys: a campaign, its answers imported from a form tool, its rate on the indicator', () => {
  let backend: TestBackend;
  let survey: SurveyDetail;
  let indicator: IndicatorDetail;

  beforeEach(async () => {
    backend = await openTestBackend();
    const owner = (await expectOk<{ id: number }>(backend.api, 'people.create', { name: 'Amélie Durand', jobTitle: 'Responsable qualité' }))
      .id;
    indicator = await expectOk<IndicatorDetail>(
      backend.api,
      'indicators.create',
      fieldsFromTemplate('satisfaction_salaries', owner, { target: 80 }),
    );
    survey = await expectOk<SurveyDetail>(backend.api, 'surveys.create', {
      title: 'Enquête salariés 2026',
      population: 'salaries_parcours',
      opensOn: '2026-10-01',
      closesOn: '2026-10-31',
      solicited: 40,
      indicatorId: indicator.id,
    });
    for (const question of QUESTIONS)
      survey = await expectOk<SurveyDetail>(backend.api, 'surveys.addQuestion', { surveyId: survey.id, ...question });
  });
  afterEach(() => backend.close());

  it('reads a CSV, lists each refused line with its reason in French, writes nothing until the import, then all the rest', async () => {
    const file = { surveyId: survey.id, fileName: 'reponses.csv', mapping: null, content: bytes(answersCsv(25, '2026-10-12')) };
    const preview = await expectOk<ImportPreview>(backend.api, 'surveys.previewImport', file);
    expect(preview).toMatchObject({ rows: 27, accepted: 25 });
    expect(preview.refused).toEqual([
      { line: 5, reason: 'Ligne 5 : « 6 » n’est pas sur l’échelle de 1 à 4 pour « Êtes-vous satisfait de l’accueil ? ».' },
      { line: 9, reason: 'Ligne 9 : « Peut-être » n’est ni oui ni non pour « Recommanderiez-vous la structure ? ».' },
    ]);
    // The e-mail column matches no question: it is not mapped, so never stored.
    expect(preview.mapping.columns.map((c) => c.column)).toEqual([2, 3, 4, 5]);
    expect(preview.mapping.dateColumn).toBe(0);
    expect((await expectOk<SurveyDetail>(backend.api, 'surveys.get', { id: survey.id })).responses).toBe(0);

    const result = await expectOk<{ imported: number }>(backend.api, 'surveys.import', file);
    expect(result.imported).toBe(25);
    const imported = await expectOk<SurveyDetail>(backend.api, 'surveys.get', { id: survey.id });
    expect(imported.responses).toBe(25);
    // 20 satisfied questionnaires of 25 (every fifth is not), three counted questions each.
    expect(imported).toMatchObject({ satisfied: 60, counted: 75, rate: 80 });
    expect(imported.questions[0]?.results.steps).toEqual([
      { value: 1, count: 0 },
      { value: 2, count: 5 },
      { value: 3, count: 0 },
      { value: 4, count: 20 },
    ]);
    expect(imported.measurement).toEqual({ periodLabel: '2026', value: 80 });
    const fed = await expectOk<IndicatorDetail>(backend.api, 'indicators.get', { id: indicator.id });
    expect(fed.measurements.map((m) => [m.periodStart, m.value, m.numerator, m.denominator])).toEqual([['2026-01-01', 80, 60, 75]]);
    const edit = await backend.api.invoke('indicators.addMeasurement', {
      indicatorId: indicator.id,
      periodStart: '2026-01-01',
      value: 50,
      numerator: null,
      denominator: null,
      parts: null,
      comment: null,
      replace: true,
    });
    expect(edit).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('vient d’une enquête de satisfaction') },
    });
    const history = await expectOk<{ action: string }[]>(backend.api, 'history.forRecord', { entity: 'survey', entityId: survey.id });
    expect(history.map((entry) => entry.action)).toContain('import');
  });

  it('reads the same answers from an .xlsx workbook', async () => {
    const rows = [
      ['Horodateur', ...QUESTIONS.map((q) => q.text)],
      ...Array.from({ length: 4 }, (_, i) => ['2026-10-15 09:00:00', i + 1, 4, i % 2 ? 'Oui' : 'Non', '']),
    ];
    const file = { surveyId: survey.id, fileName: 'reponses.xlsx', mapping: null, content: xlsxOf(rows) };
    const preview = await expectOk<ImportPreview>(backend.api, 'surveys.previewImport', file);
    expect(preview).toMatchObject({ rows: 4, accepted: 4, refused: [] });
    await expectOk(backend.api, 'surveys.import', file);
    expect((await expectOk<SurveyDetail>(backend.api, 'surveys.get', { id: survey.id })).responses).toBe(4);
  });

  it('refuses bad files and bad answers in French, writing nothing', async () => {
    const unreadable = await backend.api.invoke('surveys.previewImport', {
      surveyId: survey.id,
      fileName: 'reponses.xlsx',
      mapping: null,
      content: bytes('pas un classeur'),
    });
    expect(unreadable).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('classeur Excel') } });
    const nothingMatches = await backend.api.invoke('surveys.import', {
      surveyId: survey.id,
      fileName: 'autre.csv',
      mapping: null,
      content: bytes('Nom;Prénom\nDupont;Jean\n'),
    });
    expect(nothingMatches).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('Aucune colonne') },
    });
    const offScale = await backend.api.invoke('surveys.addResponse', {
      surveyId: survey.id,
      answeredOn: '2026-10-05',
      answers: [{ questionId: survey.questions[0]?.id, value: 5, text: null }],
    });
    expect(offScale).toMatchObject({
      ok: false,
      error: { fields: { 'answers.0.value': '« Êtes-vous satisfait de l’accueil ? » se note de 1 à 4.' } },
    });
    const early = await backend.api.invoke('surveys.addResponse', {
      surveyId: survey.id,
      answeredOn: '2026-09-30',
      answers: [{ questionId: survey.questions[0]?.id, value: 3, text: null }],
    });
    expect(early).toMatchObject({ ok: false, error: { fields: { answeredOn: expect.stringContaining('30 septembre 2026') } } });
    expect((await expectOk<SurveyDetail>(backend.api, 'surveys.get', { id: survey.id })).responses).toBe(0);
  });

  it('decides an action from the results, in the one action plan, and asks for the analysis in À faire once closed', async () => {
    const owner = (await expectOk<{ id: number }[]>(backend.api, 'people.list', {}))[0]?.id;
    const action = await expectOk<{ source: string; originReference: string }>(backend.api, 'surveys.addAction', {
      surveyId: survey.id,
      fields: {
        openedOn: '2026-11-20',
        type: 'amelioration',
        description: 'Revoir l’accueil',
        ownerId: owner,
        processId: null,
        dueDate: '2027-01-31',
        evidenceNotes: null,
      },
    });
    expect(action).toMatchObject({ source: 'enquete', originReference: 'Enquête salariés 2026' });
    const agenda = await expectOk<{ items: { kind: string; label: string; due: string }[] }>(backend.api, 'agenda.list', {});
    expect(agenda.items).toContainEqual(
      expect.objectContaining({ kind: 'survey_analysis', label: 'Enquête salariés 2026', due: '2026-10-31' }),
    );
  });
});
