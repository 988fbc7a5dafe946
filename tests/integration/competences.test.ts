import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agenda } from '../../shared/schemas/agenda';
import type { Competence, JobFunction, Matrix, Training } from '../../shared/schemas/competences';
import type { RequirementOption } from '../../shared/schemas/referentials';
import { expectOk, openTestBackend, type TestBackend } from '../helpers/backend';

// The backend's clock says Thursday 26 November 2026: 20 days later is 16 December 2026.
const TODAY = '2026-11-26';

describe('competence (§7.2): functions, trainings, habilitations that lapse, the matrix', () => {
  let backend: TestBackend;
  let people: Record<'paul' | 'lea' | 'omar', number>;
  let sst: Competence;
  let caces: Competence;
  let encadrant: JobFunction;

  const training = (fields: Record<string, unknown>) =>
    expectOk<Training>(backend.api, 'competences.createTraining', {
      competenceId: null,
      providerId: null,
      status: 'realisee',
      plannedOn: null,
      doneOn: null,
      expiresOn: null,
      evaluationDue: null,
      ...fields,
    });

  beforeEach(async () => {
    backend = await openTestBackend();
    const person = async (name: string) =>
      (await expectOk<{ id: number }>(backend.api, 'people.create', { name, jobTitle: 'Encadrant technique' })).id;
    people = { paul: await person('Paul Bernard'), lea: await person('Léa Moreau'), omar: await person('Omar Haddad') };
    sst = await expectOk<Competence>(backend.api, 'competences.create', { name: 'Sauveteur secouriste du travail', kind: 'habilitation' });
    caces = await expectOk<Competence>(backend.api, 'competences.create', { name: 'CACES R489', kind: 'habilitation' });
    encadrant = await expectOk<JobFunction>(backend.api, 'competences.createFunction', {
      name: 'Encadrant technique',
      description: 'Encadre les salariés en parcours sur les chantiers.',
      competenceIds: [sst.id, caces.id],
      holderIds: [people.paul, people.lea],
    });
  });
  afterEach(() => backend.close());

  it('shows an habilitation lapsing in 20 days in À faire, and the matrix says who holds what', async () => {
    await training({ personId: people.paul, competenceId: sst.id, title: 'SST initial', doneOn: '2024-12-16', expiresOn: '2026-12-16' });
    await training({
      personId: people.paul,
      competenceId: caces.id,
      title: 'CACES chariot',
      doneOn: '2025-05-10',
      expiresOn: '2030-05-10',
    });
    await training({ personId: people.lea, competenceId: sst.id, title: 'SST initial', doneOn: '2022-01-10', expiresOn: '2024-01-10' });
    await training({ personId: people.lea, competenceId: caces.id, title: 'CACES chariot', status: 'prevue', plannedOn: '2027-01-15' });

    const agenda = await expectOk<Agenda>(backend.api, 'agenda.list', {});
    const expiries = agenda.items.filter((item) => item.kind === 'training_expiry');
    // Léa's lapsed two years ago and was never renewed: late, counted with the old overdue ones. Paul's lapses in 20 days.
    expect(agenda.backlog).toEqual([{ kind: 'training_expiry', count: 1, oldestDue: '2024-01-10', route: '/formations' }]);
    expect(expiries).toEqual([
      expect.objectContaining({ label: 'SST initial', detail: 'Paul Bernard', due: '2026-12-16', group: 'later', daysLate: -20 }),
    ]);
    expect(agenda.items).toContainEqual(expect.objectContaining({ kind: 'training_planned', detail: 'Léa Moreau', due: '2027-01-15' }));

    const matrix = await expectOk<Matrix>(backend.api, 'competences.matrix', {});
    expect(matrix.date).toBe(TODAY);
    const fn = matrix.functions.find((f) => f.id === encadrant.id);
    const state = (person: number, competence: number) =>
      fn?.cells.find((c) => c.personId === person && c.competenceId === competence)?.state;
    expect(state(people.paul, sst.id)).toBe('expire_bientot');
    expect(state(people.paul, caces.id)).toBe('acquise');
    expect(state(people.lea, sst.id)).toBe('expiree');
    expect(state(people.lea, caces.id)).toBe('manquante');
    expect(fn?.missing).toBe(2);

    // Renewed: the old one no longer asks to be renewed.
    await training({ personId: people.paul, competenceId: sst.id, title: 'SST recyclage', doneOn: '2026-11-20', expiresOn: '2028-11-20' });
    const after = await expectOk<Agenda>(backend.api, 'agenda.list', {});
    expect(after.items.filter((item) => item.kind === 'training_expiry')).toEqual([]);
    expect(after.backlog).toEqual([{ kind: 'training_expiry', count: 1, oldestDue: '2024-01-10', route: '/formations' }]);
  });

  it('refuses in French an expiry before the training, a training in the future said done, and a person who left', async () => {
    const early = await backend.api.invoke('competences.createTraining', {
      personId: people.paul,
      competenceId: sst.id,
      title: 'SST',
      providerId: null,
      status: 'realisee',
      plannedOn: null,
      doneOn: '2026-03-10',
      expiresOn: '2026-03-01',
      evaluationDue: null,
    });
    expect(early).toMatchObject({
      ok: false,
      error: {
        fields: { expiresOn: 'L’échéance de l’habilitation (1er mars 2026) doit venir après la formation qui la donne (10 mars 2026).' },
      },
    });
    const future = await backend.api.invoke('competences.createTraining', {
      personId: people.paul,
      competenceId: null,
      title: 'Gestes et postures',
      providerId: null,
      status: 'realisee',
      plannedOn: null,
      doneOn: '2026-12-01',
      expiresOn: null,
      evaluationDue: null,
    });
    expect(future).toMatchObject({ ok: false, error: { fields: { doneOn: expect.stringContaining('futur') } } });
    await expectOk(backend.api, 'people.update', { id: people.omar, name: 'Omar Haddad', jobTitle: null, active: false });
    const left = await backend.api.invoke('competences.createTraining', {
      personId: people.omar,
      competenceId: null,
      title: 'Gestes et postures',
      providerId: null,
      status: 'prevue',
      plannedOn: '2027-02-01',
      doneOn: null,
      expiresOn: null,
      evaluationDue: null,
    });
    expect(left).toMatchObject({
      ok: false,
      error: { fields: { personId: expect.stringContaining('Omar Haddad a quitté la structure') } },
    });
    expect(await expectOk<Training[]>(backend.api, 'competences.trainings', {})).toEqual([]);
  });

  it('evaluates a training’s effect after it took place, keeps its history, and links it to §7.2', async () => {
    const done = await training({
      personId: people.lea,
      title: 'Accompagnement vers l’emploi',
      doneOn: '2026-09-01',
      evaluationDue: '2026-12-01',
    });
    expect(done.state).toBe('a_evaluer');
    const tooEarly = await backend.api.invoke('competences.evaluateTraining', {
      id: done.id,
      revision: done.revision,
      evaluatedOn: '2026-08-01',
      result: 'efficace',
      comment: null,
    });
    expect(tooEarly).toMatchObject({ ok: false, error: { fields: { evaluatedOn: expect.stringContaining('1er août 2026') } } });
    const evaluated = await expectOk<Training>(backend.api, 'competences.evaluateTraining', {
      id: done.id,
      revision: done.revision,
      evaluatedOn: '2026-11-02',
      result: 'efficace',
      comment: 'Entretiens menés en autonomie.',
    });
    expect(evaluated.state).toBe('evaluee');
    const plan = await expectOk<Training[]>(backend.api, 'competences.trainings', { year: 2026, state: 'evaluee' });
    expect(plan.map((t) => t.title)).toEqual(['Accompagnement vers l’emploi']);

    const options = await expectOk<RequirementOption[]>(backend.api, 'referentials.requirementOptions', {});
    const clause = options.find((o) => o.number === '7.2');
    await expectOk(backend.api, 'referentials.link', { requirementId: clause?.id, entity: 'training', entityId: done.id });
    const answers = await expectOk<{ records: { entity: string; label: string }[] }>(backend.api, 'referentials.answers', {
      id: clause?.id,
    });
    expect(answers.records).toEqual([
      { entity: 'training', id: done.id, label: 'Formation « Accompagnement vers l’emploi » (Léa Moreau)' },
    ]);
    const history = await expectOk<{ action: string }[]>(backend.api, 'history.forRecord', { entity: 'training', entityId: done.id });
    expect(history.map((entry) => entry.action)).toEqual(['requirement_link', 'evaluation', 'create']);
  });
});
