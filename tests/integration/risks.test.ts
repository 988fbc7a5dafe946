import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Action } from '../../shared/schemas/actions';
import type { HistoryEntry } from '../../shared/schemas/history';
import type { Issue } from '../../shared/schemas/issues';
import type { RequirementOption } from '../../shared/schemas/referentials';
import type { Risk } from '../../shared/schemas/risks';
import { dataChecksum } from '../helpers/checksum';
import { issueFields, riskFields } from '../helpers/context';
import { expectOk, openTestBackend, type TestBackend } from '../helpers/backend';

describe('risks and opportunities', () => {
  let backend: TestBackend;
  let owner: number;
  beforeEach(async () => {
    backend = await openTestBackend();
    owner = (await expectOk<{ id: number }>(backend.api, 'people.create', { name: 'Claire Martin', jobTitle: 'Directrice' })).id;
  });
  afterEach(() => backend.close());

  const refused = async (method: string, input: unknown) => {
    const before = dataChecksum(backend.filePath);
    const result = await backend.api.invoke(method, input);
    expect(dataChecksum(backend.filePath)).toBe(before);
    if (result.ok) throw new Error(`${method} should have been refused`);
    return result.error;
  };
  const action = (overrides: Record<string, unknown> = {}) => ({
    type: 'preventive',
    description: 'Diversifier les clients : répondre à deux appels d’offres publics.',
    ownerId: owner,
    processId: null,
    dueDate: '2026-06-30',
    evidenceNotes: null,
    ...overrides,
  });

  it('identifies a risk from an issue, evaluates it on the scale, treats it by an action, and re-evaluates it lower once done', async () => {
    const issue = await expectOk<Issue>(backend.api, 'issues.create', issueFields());
    const fields = riskFields(owner, { origin: 'enjeu', originId: issue.id, originNote: null });
    expect(await refused('risks.create', { fields, evaluation: { likelihood: 5, impact: 2 } })).toMatchObject({
      fields: { 'evaluation.likelihood': 'La probabilité va de 1 à 4 sur l’échelle de la structure.' },
    });
    expect(
      await refused('risks.create', { fields: { ...fields, identifiedOn: '2026-01-10' }, evaluation: { likelihood: 3, impact: 4 } }),
    ).toMatchObject({
      fields: { 'fields.identifiedOn': 'L’identification (10 janvier 2026) ne peut pas précéder celle de l’enjeu (15 janvier 2026).' },
    });
    expect(await refused('risks.create', { fields: { ...fields, originId: 999 }, evaluation: { likelihood: 3, impact: 4 } })).toMatchObject(
      {
        fields: { 'fields.originId': 'Cet enjeu n’existe pas : il a peut-être été retiré. Rechargez la page.' },
      },
    );

    const risk = await expectOk<Risk>(backend.api, 'risks.create', { fields, evaluation: { likelihood: 3, impact: 4 } });
    expect(risk).toMatchObject({
      reference: 'RO-2026-001',
      originLabel: 'Baisse des financements du Département',
      originRoute: `/contexte/enjeux/${issue.id}`,
      treatmentState: 'a_decider',
      evaluations: [{ evaluatedOn: '2026-02-01', likelihood: 3, impact: 4, score: 12, level: 'eleve' }],
    });
    expect(
      (await expectOk<RequirementOption[]>(backend.api, 'referentials.linksFor', { entity: 'risk', entityId: risk.id })).map(
        (l) => l.number,
      ),
    ).toEqual(['6.1']);
    expect((await expectOk<Issue>(backend.api, 'issues.get', { id: issue.id })).riskCount).toBe(1);

    // Reducing without an action is refused; an opportunity's treatment on a risk too.
    const treatment = { treatment: 'reduire', treatmentNote: null, decidedOn: '2026-02-10', reevaluationDue: '2026-07-15' };
    expect(await refused('risks.treat', { id: risk.id, revision: risk.revision, fields: treatment, action: null })).toMatchObject({
      fields: { action: 'Pour « réduire », décrivez au moins une action du plan : qui fait quoi, et pour quand.' },
    });
    expect(
      await refused('risks.treat', {
        id: risk.id,
        revision: risk.revision,
        fields: { ...treatment, treatment: 'saisir' },
        action: action(),
      }),
    ).toMatchObject({
      fields: {
        'fields.treatment':
          'Un risque se traite par : « Accepter », « Réduire », « Éviter (supprimer la source) », « Partager ou transférer ».',
      },
    });
    expect(
      await refused('risks.treat', { id: risk.id, revision: risk.revision, fields: treatment, action: action({ dueDate: '2026-02-01' }) }),
    ).toMatchObject({
      fields: { 'action.dueDate': 'L’échéance (1er février 2026) ne peut pas précéder l’ouverture de l’action (10 février 2026).' },
    });

    const treated = await expectOk<Risk>(backend.api, 'risks.treat', {
      id: risk.id,
      revision: risk.revision,
      fields: treatment,
      action: action(),
    });
    expect(treated).toMatchObject({ treatment: 'reduire', decidedOn: '2026-02-10', treatmentState: 'actions_en_cours' });
    const [planned] = treated.actions;
    const inPlan = await expectOk<Action>(backend.api, 'actions.get', { id: planned?.id });
    expect(inPlan).toMatchObject({ source: 'risque', openedOn: '2026-02-10', originReference: 'RO-2026-001', originId: risk.id });
    expect(await expectOk<Action[]>(backend.api, 'actions.list', { source: 'risque' })).toHaveLength(1);
    await expectOk(backend.api, 'actions.move', {
      id: inPlan.id,
      revision: inPlan.revision,
      step: { move: 'complete', doneOn: '2026-06-20', evidenceNotes: 'Deux marchés remportés.' },
    });
    const done = await expectOk<Risk>(backend.api, 'risks.get', { id: risk.id });
    expect(done.treatmentState).toBe('actions_realisees');

    expect(
      await refused('risks.reevaluate', {
        id: risk.id,
        revision: done.revision,
        fields: { evaluatedOn: '2026-01-20', likelihood: 1, impact: 4, comment: null, nextReevaluationDue: null },
      }),
    ).toMatchObject({
      fields: {
        'fields.evaluatedOn': 'La réévaluation (20 janvier 2026) ne peut pas précéder l’évaluation précédente (1er février 2026).',
      },
    });
    const lower = await expectOk<Risk>(backend.api, 'risks.reevaluate', {
      id: risk.id,
      revision: done.revision,
      fields: { evaluatedOn: '2026-07-10', likelihood: 1, impact: 4, comment: 'Clients diversifiés.', nextReevaluationDue: null },
    });
    expect(lower.evaluations.map((evaluation) => [evaluation.score, evaluation.level])).toEqual([
      [12, 'eleve'],
      [4, 'moyen'],
    ]);
    expect(lower.reevaluationDue).toBeNull();
    const entries = await expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', { entity: 'risk', entityId: risk.id });
    expect(entries.map((entry) => entry.action)).toEqual(['reevaluation', 'action_add', 'treatment', 'requirement_link', 'create']);
    expect(entries[0]?.changes).toContainEqual({ field: 'score', before: 12, after: 4 });
  });

  it('lets the structure set its scale, never below a level already used, and refuses a retirement with an open action', async () => {
    const risk = await expectOk<Risk>(backend.api, 'risks.create', { fields: riskFields(owner), evaluation: { likelihood: 4, impact: 2 } });
    expect(
      await refused('risks.setScale', {
        likelihood: ['Rare', 'Possible', 'Probable'],
        impact: ['Faible', 'Fort'],
        mediumFrom: 3,
        highFrom: 5,
      }),
    ).toMatchObject({ fields: { likelihood: 'Des évaluations utilisent le niveau 4 de probabilité : gardez au moins 4 niveaux.' } });
    expect(
      await refused('risks.setScale', { likelihood: ['A', 'B', 'C', 'D'], impact: ['x', 'y'], mediumFrom: 4, highFrom: 9 }),
    ).toMatchObject({ fields: { highFrom: 'Le seuil « élevé » ne dépasse pas le score le plus haut (8).' } });
    await expectOk(backend.api, 'risks.setScale', {
      likelihood: ['Rare', 'Possible', 'Probable', 'Quasi certain', 'Certain'],
      impact: ['Faible', 'Fort'],
      mediumFrom: 3,
      highFrom: 6,
    });
    expect((await expectOk<Risk>(backend.api, 'risks.get', { id: risk.id })).evaluations[0]).toMatchObject({ score: 8, level: 'eleve' });
    expect(
      await refused('risks.reevaluate', {
        id: risk.id,
        revision: risk.revision,
        fields: { evaluatedOn: '2026-03-01', likelihood: 2, impact: 3, comment: null, nextReevaluationDue: null },
      }),
    ).toMatchObject({ fields: { 'fields.impact': 'L’impact va de 1 à 2 sur l’échelle de la structure.' } });

    const treated = await expectOk<Risk>(backend.api, 'risks.treat', {
      id: risk.id,
      revision: risk.revision,
      fields: { treatment: 'reduire', treatmentNote: null, decidedOn: '2026-02-10', reevaluationDue: null },
      action: action(),
    });
    expect(
      await refused('risks.retire', {
        id: risk.id,
        revision: treated.revision,
        fields: { retiredOn: '2026-11-01', reason: 'Marché renouvelé.' },
      }),
    ).toMatchObject({
      code: 'conflict',
      message: `L’action ${treated.actions[0]?.reference ?? ''} de RO-2026-001 est encore ouverte : réalisez-la ou abandonnez-la avant de retirer le risque.`,
    });
  });

  it('treats an opportunity seized and one accepted without action, and lists them by level and state', async () => {
    const seized = await expectOk<Risk>(backend.api, 'risks.create', {
      fields: riskFields(owner, { kind: 'opportunite', title: 'Nouveau marché de la commune' }),
      evaluation: { likelihood: 2, impact: 3 },
    });
    const accepted = await expectOk<Risk>(backend.api, 'risks.create', {
      fields: riskFields(owner, { title: 'Panne de la tondeuse autoportée' }),
      evaluation: { likelihood: 2, impact: 1 },
    });
    await expectOk(backend.api, 'risks.treat', {
      id: seized.id,
      revision: seized.revision,
      fields: { treatment: 'saisir', treatmentNote: null, decidedOn: '2026-03-01', reevaluationDue: null },
      action: action({ type: 'amelioration', description: 'Répondre à l’appel d’offres de la commune.' }),
    });
    await expectOk(backend.api, 'risks.treat', {
      id: accepted.id,
      revision: accepted.revision,
      fields: { treatment: 'accepter', treatmentNote: 'Location possible en 48 h.', decidedOn: '2026-03-01', reevaluationDue: null },
      action: null,
    });
    expect((await expectOk<Risk[]>(backend.api, 'risks.list', { level: 'moyen' })).map((risk) => risk.title)).toEqual([
      'Nouveau marché de la commune',
    ]);
    expect(
      (await expectOk<Risk[]>(backend.api, 'risks.list', { treatmentState: 'sans_action_requise' })).map((risk) => risk.title),
    ).toEqual(['Panne de la tondeuse autoportée']);
    const csv = await backend.api.invoke('risks.exportCsv', {});
    if (!csv.ok) throw new Error('export refused');
    const lines = Buffer.from((csv.value as { content: Uint8Array }).content)
      .toString('utf8')
      .split('\r\n');
    expect(lines[1]).toContain('"RO-2026-001";"Opportunité";"Nouveau marché de la commune"');
    expect(lines[1]).toContain('"P2 × I3 = 6 (Possible, Important)"');
  });
});
