import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Action } from '../../shared/schemas/actions';
import type { Finding } from '../../shared/schemas/audits';
import type { HistoryEntry } from '../../shared/schemas/history';
import type { Nonconformity } from '../../shared/schemas/nonconformities';
import { dataChecksum } from '../helpers/checksum';
import { expectOk, openTestBackend, type TestBackend } from '../helpers/backend';
import { actionFields, auditWithFinding } from '../helpers/nonconformities';

describe('the nonconformity loop, from an audit finding to its closure', () => {
  let backend: TestBackend;
  let rq: number;
  let director: number;
  beforeEach(async () => {
    backend = await openTestBackend();
    rq = (await expectOk<{ id: number }>(backend.api, 'people.create', { name: 'Amélie Durand', jobTitle: 'Responsable qualité' })).id;
    director = (await expectOk<{ id: number }>(backend.api, 'people.create', { name: 'Karim Benali', jobTitle: 'Directeur' })).id;
  });
  afterEach(() => backend.close());

  const refused = async (method: string, input: unknown) => {
    const before = dataChecksum(backend.filePath);
    const result = await backend.api.invoke(method, input);
    expect(dataChecksum(backend.filePath)).toBe(before);
    if (result.ok) throw new Error(`${method} should have been refused`);
    return result.error;
  };
  const get = (id: number) => expectOk<Nonconformity>(backend.api, 'nonconformities.get', { id });
  const step = async (method: string, nc: Nonconformity, rest: Record<string, unknown>) =>
    expectOk<Nonconformity>(backend.api, method, { id: nc.id, revision: (await get(nc.id)).revision, ...rest });
  const complete = (action: Action, doneOn: string) =>
    expectOk<Action>(backend.api, 'actions.move', {
      id: action.id,
      revision: action.revision,
      step: { move: 'complete', doneOn, evidenceNotes: 'Note de service du 1er octobre.' },
    });

  it('corrects, analyses, acts, checks, refuses to close early, goes back to analysis, then closes and lifts the finding', async () => {
    const { audit, finding } = await auditWithFinding(backend.api);
    const opened = await get(finding.nonconformity?.id ?? 0);
    expect(opened).toMatchObject({ reference: 'NC-2026-001', status: 'a_traiter', detectedOn: '2026-09-02', severity: 'mineure' });
    expect(opened.findingDetail).toMatchObject({ gradeLabel: 'NC mineure', status: 'a_traiter' });

    expect(
      await refused('nonconformities.recordCorrection', {
        id: opened.id,
        revision: opened.revision,
        correction: { what: 'Réponse aux 3 réclamations en souffrance.', byId: rq, on: '2026-08-30' },
      }),
    ).toMatchObject({ fields: { 'correction.on': expect.stringContaining('ne peut pas précéder la détection') } });
    let nc = await step('nonconformities.recordCorrection', opened, {
      correction: { what: 'Réponse aux 3 réclamations en souffrance.', byId: rq, on: '2026-09-05' },
    });
    expect(nc.correction).toMatchObject({ byName: 'Amélie Durand', on: '2026-09-05' });

    nc = await step('nonconformities.saveAnalysis', nc, {
      analysis: {
        method: 'cinq_pourquoi',
        analysedById: rq,
        analysedOn: '2026-09-10',
        steps: [
          {
            why: 'Pourquoi les réclamations ne sont-elles pas analysées ?',
            because: 'Personne n’est chargé de les suivre.',
            retained: false,
          },
          { why: 'Pourquoi personne n’en est chargé ?', because: 'La procédure ne désigne pas de référent.', retained: true },
        ],
      },
    });
    expect(nc.status).toBe('en_analyse');
    expect(nc.analysis?.causes.map((c) => [c.position, c.retained])).toEqual([
      [1, false],
      [2, true],
    ]);

    const refusedAction = (overrides: Record<string, unknown>) =>
      refused('actions.create', { origin: { source: 'nonconformite', nonconformityId: nc.id }, fields: actionFields(rq, overrides) });
    expect(await refusedAction({ openedOn: '2026-08-20', dueDate: '2026-10-01' })).toMatchObject({
      fields: {
        'fields.openedOn':
          'L’ouverture de l’action (20 août 2026) ne peut pas précéder la détection de la non-conformité (2 septembre 2026).',
      },
    });
    expect(await refusedAction({ dueDate: '2026-09-01' })).toMatchObject({
      fields: { 'fields.dueDate': 'L’échéance (1er septembre 2026) ne peut pas précéder l’ouverture de l’action (10 septembre 2026).' },
    });
    expect(await refusedAction({ openedOn: '2026-11-27' })).toMatchObject({
      fields: { 'fields.openedOn': 'La date d’ouverture ne peut pas être dans le futur.' },
    });
    const first = await expectOk<Action>(backend.api, 'actions.create', {
      origin: { source: 'nonconformite', nonconformityId: nc.id },
      fields: actionFields(rq),
    });
    const second = await expectOk<Action>(backend.api, 'actions.create', {
      origin: { source: 'nonconformite', nonconformityId: nc.id },
      fields: actionFields(director, { description: 'Ajouter le registre à la procédure PR-004.', dueDate: '2026-11-10' }),
    });
    expect([first.reference, second.reference]).toEqual(['ACT-2026-001', 'ACT-2026-002']);

    const early = await refused('nonconformities.close', { id: nc.id, revision: (await get(nc.id)).revision });
    expect(early.code).toBe('invalid_input');
    expect(Object.keys(early.fields ?? {})).toEqual(['gate.actions', 'gate.effectiveness']);
    expect(early.fields?.['gate.actions']).toBe(
      'Les actions ACT-2026-001 (à faire) et ACT-2026-002 (à faire) doivent être réalisées ou abandonnées avec un motif.',
    );

    expect(
      await refused('nonconformities.planCheck', {
        id: nc.id,
        revision: (await get(nc.id)).revision,
        check: { plannedOn: '2026-11-01', criterion: 'Aucune réclamation sans réponse sous 15 jours.' },
      }),
    ).toMatchObject({
      fields: {
        'check.plannedOn':
          'La vérification de l’efficacité ne peut pas précéder l’échéance des actions (ACT-2026-002 : le 10 novembre 2026).',
      },
    });
    nc = await step('nonconformities.planCheck', nc, {
      check: { plannedOn: '2026-11-20', criterion: 'Aucune réclamation sans réponse sous 15 jours.' },
    });
    expect(nc.status).toBe('actions_en_cours');
    expect(
      await refused('actions.update', { id: first.id, revision: first.revision, fields: actionFields(rq, { dueDate: '2026-12-01' }) }),
    ).toMatchObject({ fields: { 'fields.dueDate': expect.stringContaining('ne peut pas dépasser la vérification de l’efficacité') } });

    await complete(first, '2026-10-01');
    await complete(await expectOk<Action>(backend.api, 'actions.get', { id: second.id }), '2026-11-09');
    nc = await get(nc.id);
    expect(nc.status).toBe('verification');

    const verdict = (value: string, checkedOn: string) => ({
      verdict: { verdict: value, checkedOn, checkedById: director, comment: 'Contrôle du registre sur 2 mois.' },
    });
    expect(
      await refused('nonconformities.recordVerdict', { id: nc.id, revision: nc.revision, ...verdict('efficace', '2026-11-19') }),
    ).toMatchObject({
      fields: { 'verdict.checkedOn': expect.stringContaining('le verdict se rend à partir de cette date') },
    });
    nc = await step('nonconformities.recordVerdict', nc, verdict('non_efficace', '2026-11-20'));
    expect(nc.status).toBe('en_analyse');
    const ineffective = await refused('nonconformities.close', { id: nc.id, revision: nc.revision });
    expect(ineffective.fields?.['gate.effectiveness']).toContain('non efficace');
    expect(
      await refused('nonconformities.planCheck', {
        id: nc.id,
        revision: nc.revision,
        check: { plannedOn: '2026-11-24', criterion: 'Idem.' },
      }),
    ).toMatchObject({ fields: { 'gate.actions': expect.stringContaining('Aucune action nouvelle') } });

    const third = await expectOk<Action>(backend.api, 'actions.create', {
      origin: { source: 'nonconformite', nonconformityId: nc.id },
      fields: actionFields(rq, { description: 'Relance hebdomadaire du registre.', dueDate: '2026-11-22' }),
    });
    nc = await step('nonconformities.planCheck', nc, { check: { plannedOn: '2026-11-24', criterion: 'Idem, sur 4 semaines.' } });
    await complete(third, '2026-11-21');
    nc = await step('nonconformities.recordVerdict', nc, verdict('efficace', '2026-11-25'));
    expect(nc).toMatchObject({ status: 'close', closedOn: '2026-11-25' });
    expect(nc.checks.map((c) => c.verdict)).toEqual(['non_efficace', 'efficace']);

    const [lifted] = await expectOk<Finding[]>(backend.api, 'audits.findings', { auditId: audit.id });
    expect(lifted?.status).toBe('leve');
    const auditHistory = await expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', { entity: 'audit', entityId: audit.id });
    expect(auditHistory[0]?.changes).toEqual([
      { field: 'status', before: 'a_traiter', after: 'leve' },
      { field: 'nonconformity', before: null, after: 'NC-2026-001 close' },
    ]);

    const timeline = await expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', { entity: 'nonconformity', entityId: nc.id });
    expect(timeline.map((entry) => entry.action).reverse()).toEqual([
      'create',
      'correction',
      'analysis',
      'action_add',
      'action_add',
      'check_plan',
      'action_status',
      'action_status',
      'check_verdict',
      'action_add',
      'check_plan',
      'action_status',
      'check_verdict',
      'close',
    ]);
    expect(timeline.every((entry) => entry.actor === 'Testeur')).toBe(true);

    expect((await refused('nonconformities.update', { id: nc.id, revision: nc.revision, fields: { ...registerOf(nc) } })).code).toBe(
      'conflict',
    );
    const closedAction = await expectOk<Action>(backend.api, 'actions.get', { id: third.id });
    expect(
      (await refused('actions.move', { id: third.id, revision: closedAction.revision, step: { move: 'reopen', reason: 'Erreur.' } })).code,
    ).toBe('conflict');
  });

  it('keeps evidence files of actions and of the planned check, frozen once judged or closed', async () => {
    const { finding } = await auditWithFinding(backend.api);
    const ncId = finding.nonconformity?.id ?? 0;
    let nc = await step('nonconformities.saveAnalysis', await get(ncId), {
      analysis: { method: 'texte', analysedById: null, analysedOn: null, text: 'Aucun référent désigné.' },
    });
    const action = await expectOk<Action>(backend.api, 'actions.create', {
      origin: { source: 'nonconformite', nonconformityId: ncId },
      fields: actionFields(rq),
    });
    nc = await step('nonconformities.planCheck', nc, { check: { plannedOn: '2026-11-20', criterion: 'Registre à jour.' } });
    const upload = (entity: string, id: number, fileName: string) =>
      backend.api.invoke('files.upload', { owner: { entity, id }, fileName, content: new TextEncoder().encode(`preuve ${fileName}`) });
    expect((await upload('action', action.id, 'Note de service.pdf')).ok).toBe(true);
    const check = nc.checks[0];
    expect((await upload('effectiveness_check', check?.id ?? 0, 'Registre novembre.pdf')).ok).toBe(true);
    await complete(action, '2026-10-01');
    nc = await step('nonconformities.recordVerdict', nc, {
      verdict: { verdict: 'efficace', checkedOn: '2026-11-20', checkedById: rq, comment: 'Registre à jour.' },
    });
    expect(nc.status).toBe('close');
    expect(await upload('action', action.id, 'Trop tard.pdf')).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await upload('effectiveness_check', check?.id ?? 0, 'Trop tard.pdf')).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const timeline = await expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', { entity: 'nonconformity', entityId: ncId });
    expect(timeline.filter((entry) => entry.action === 'file_add').map((entry) => entry.changes.map((c) => c.field))).toEqual([
      ['fileName', 'size', 'sha256', 'checkPlannedOn'],
      ['fileName', 'size', 'sha256', 'action'],
    ]);
  });

  it('opens a nonconformity by hand, with several requirements, and refuses a detection in the future', async () => {
    const options = await expectOk<{ id: number; number: string }[]>(backend.api, 'referentials.requirementOptions', {});
    const ids = ['7.5.3', '10.2'].map((number) => options.find((r) => r.number === number)?.id);
    const fields = {
      source: 'quotidien',
      detectedOn: '2026-11-20',
      detectedById: rq,
      processId: null,
      requirementIds: ids,
      description: 'Formulaire d’accueil obsolète utilisé.',
      severity: 'mineure',
    };
    // An observation is not a nonconformity: it is not recorded as one.
    expect(await refused('nonconformities.create', { ...fields, severity: 'observation' })).toMatchObject({
      fields: { severity: 'Choisissez la gravité : majeure ou mineure (une observation n’est pas une non-conformité).' },
    });
    expect(await refused('nonconformities.create', { ...fields, detectedOn: '2026-12-01' })).toMatchObject({
      fields: { detectedOn: 'La date de détection ne peut pas être dans le futur.' },
    });
    expect(await refused('nonconformities.create', { ...fields, source: 'audit' })).toMatchObject({ code: 'invalid_input' });
    const created = await expectOk<Nonconformity>(backend.api, 'nonconformities.create', fields);
    expect(created).toMatchObject({ reference: 'NC-2026-001', source: 'quotidien', status: 'a_traiter', detectedByName: 'Amélie Durand' });
    expect(created.requirements.map((r) => r.number)).toEqual(['7.5.3', '10.2']);
  });
});

const registerOf = (nc: Nonconformity) => ({
  detectedOn: nc.detectedOn,
  detectedById: nc.detectedById,
  processId: nc.processId,
  requirementIds: nc.requirements.map((r) => r.id),
  description: nc.description,
  severity: nc.severity,
});
