import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Action } from '../../shared/schemas/actions';
import type { Finding } from '../../shared/schemas/audits';
import type { Complaint } from '../../shared/schemas/complaints';
import type { HistoryEntry } from '../../shared/schemas/history';
import type { Nonconformity } from '../../shared/schemas/nonconformities';
import type { Suggestion } from '../../shared/schemas/suggestions';
import { dataChecksum } from '../helpers/checksum';
import { expectOk, openTestBackend, type TestBackend } from '../helpers/backend';
import { actionFields, auditWithFinding, triageActionFields } from '../helpers/nonconformities';

const complaint = (overrides: Record<string, unknown> = {}) => ({
  complainantKind: 'client',
  complainant: 'Mairie de Saint-Aubin',
  receivedOn: '2026-11-02',
  channel: 'courriel',
  subject: 'Chantier d’espaces verts laissé inachevé.',
  processId: null,
  handledById: null,
  responseDue: '2026-11-17',
  respondedOn: null,
  response: null,
  ...overrides,
});

describe('réclamations, fiches d’amélioration and the action plan', () => {
  let backend: TestBackend;
  let rq: number;
  let cip: number;
  beforeEach(async () => {
    backend = await openTestBackend();
    rq = (await expectOk<{ id: number }>(backend.api, 'people.create', { name: 'Amélie Durand', jobTitle: 'Responsable qualité' })).id;
    cip = (await expectOk<{ id: number }>(backend.api, 'people.create', { name: 'Nadia Haddad', jobTitle: 'CIP' })).id;
  });
  afterEach(() => backend.close());

  const refused = async (method: string, input: unknown) => {
    const before = dataChecksum(backend.filePath);
    const result = await backend.api.invoke(method, input);
    expect(dataChecksum(backend.filePath)).toBe(before);
    if (result.ok) throw new Error(`${method} should have been refused`);
    return result.error;
  };

  it('records a réclamation answered in 12 days and opens its nonconformity in one step, once', async () => {
    expect(await refused('complaints.create', complaint({ responseDue: '2026-11-01' }))).toMatchObject({
      fields: { responseDue: 'La date limite de réponse (1er novembre 2026) ne peut pas précéder la réception (2 novembre 2026).' },
    });
    expect(await refused('complaints.create', complaint({ receivedOn: '2026-12-01', responseDue: '2026-12-15' }))).toMatchObject({
      fields: { receivedOn: 'La date de réception ne peut pas être dans le futur.' },
    });
    const created = await expectOk<Complaint>(backend.api, 'complaints.create', complaint({ handledById: rq }));
    expect(created).toMatchObject({ reference: 'REC-2026-001', state: 'en_retard', responseDays: null });
    const answered = await expectOk<Complaint>(backend.api, 'complaints.update', {
      id: created.id,
      revision: created.revision,
      fields: complaint({ handledById: rq, respondedOn: '2026-11-14', response: 'Reprise du chantier le 20 novembre.' }),
    });
    expect(answered).toMatchObject({ responseDays: 12, state: 'repondue' });

    const nc = await expectOk<Nonconformity>(backend.api, 'complaints.openNonconformity', {
      id: answered.id,
      revision: answered.revision,
      fields: { severity: 'mineure', description: 'Chantier non terminé à la date convenue.', detectedById: null },
    });
    expect(nc).toMatchObject({
      source: 'reclamation',
      detectedOn: '2026-11-02',
      detectedByName: 'Amélie Durand',
      complaint: { id: answered.id, reference: 'REC-2026-001' },
    });
    const again = await expectOk<Complaint>(backend.api, 'complaints.get', { id: answered.id });
    expect(again.nonconformity).toMatchObject({ reference: nc.reference, status: 'a_traiter' });
    expect(
      await refused('complaints.openNonconformity', {
        id: again.id,
        revision: again.revision,
        fields: { severity: 'mineure', description: 'Encore.', detectedById: null },
      }),
    ).toMatchObject({ code: 'conflict' });
    const history = await expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', { entity: 'complaint', entityId: answered.id });
    expect(history.map((entry) => entry.action)).toEqual(['nonconformity_open', 'update', 'create']);
  });

  it('captures fiches d’amélioration and triages them into an action, a nonconformity, or "non retenue"', async () => {
    const capture = (description: string) =>
      expectOk<Suggestion>(backend.api, 'suggestions.create', {
        authorId: cip,
        suggestedOn: '2026-11-18',
        kind: 'idee',
        description,
        processId: null,
      });
    const idea = await capture('Un livret d’accueil illustré pour les salariés en insertion.');
    const problem = await capture('Les badges du chantier ne sont pas rendus.');
    const other = await capture('Repeindre le local.');
    expect([idea.reference, idea.status]).toEqual(['FA-2026-001', 'a_trier']);

    const triage = (triagedOn: string, dueDate: string) => ({
      id: idea.id,
      revision: idea.revision,
      triagedOn,
      decision: { to: 'action', action: triageActionFields(rq, { type: 'amelioration', description: 'Livret illustré.', dueDate }) },
    });
    expect(await refused('suggestions.triage', triage('2026-11-20', '2026-11-19'))).toMatchObject({
      fields: { 'decision.action.dueDate': 'L’échéance (19 novembre 2026) ne peut pas précéder le tri de la fiche (20 novembre 2026).' },
    });
    expect(await refused('suggestions.triage', triage('2026-11-17', '2027-01-31'))).toMatchObject({
      fields: { triagedOn: 'Le tri (17 novembre 2026) ne peut pas précéder la fiche (18 novembre 2026).' },
    });
    expect(await refused('suggestions.triage', triage('2026-11-27', '2027-01-31'))).toMatchObject({
      fields: { triagedOn: 'La date du tri ne peut pas être dans le futur.' },
    });
    expect(
      await refused('suggestions.triage', { ...triage('2026-11-20', '2027-01-31'), decision: { to: 'action', action: actionFields(rq) } }),
    ).toMatchObject({ code: 'invalid_input' });
    // Triaged on the 20th, typed in on the 26th: the fiche and its action keep the day of the triage.
    const toAction = await expectOk<Suggestion>(backend.api, 'suggestions.triage', triage('2026-11-20', '2027-01-31'));
    expect(toAction).toMatchObject({ status: 'action', action: { reference: 'ACT-2026-001' }, triagedOn: '2026-11-20' });
    expect(await expectOk<Action>(backend.api, 'actions.get', { id: toAction.action?.id })).toMatchObject({ openedOn: '2026-11-20' });
    const toNc = await expectOk<Suggestion>(backend.api, 'suggestions.triage', {
      id: problem.id,
      revision: problem.revision,
      triagedOn: '2026-11-26',
      decision: { to: 'nc', source: 'quotidien', severity: 'mineure', description: 'Badges non restitués en fin de contrat.' },
    });
    expect(toNc.nonconformity?.reference).toBe('NC-2026-001');
    const nc = await expectOk<Nonconformity>(backend.api, 'nonconformities.get', { id: toNc.nonconformity?.id });
    expect(nc).toMatchObject({ detectedOn: '2026-11-18', detectedByName: 'Nadia Haddad', suggestion: { reference: 'FA-2026-002' } });
    const rejected = await expectOk<Suggestion>(backend.api, 'suggestions.triage', {
      id: other.id,
      revision: other.revision,
      triagedOn: '2026-11-26',
      decision: { to: 'non_retenue', reason: 'Prévu par le bailleur.' },
    });
    expect(rejected).toMatchObject({ status: 'non_retenue', rejectionReason: 'Prévu par le bailleur.' });
    expect(
      await refused('suggestions.triage', {
        id: rejected.id,
        revision: rejected.revision,
        triagedOn: '2026-11-26',
        decision: { to: 'non_retenue', reason: 'x' },
      }),
    ).toMatchObject({ code: 'conflict' });
  });

  it('lists every action across sources with filters, and exports them as CSV for French Excel', async () => {
    const { finding: ncFinding } = await auditWithFinding(backend.api);
    const { audit, finding: progress } = await auditWithFinding(backend.api, { code: 'piste_progres', description: 'Tableau de bord.' });
    const process = await expectOk<{ id: number }>(backend.api, 'processes.create', {
      name: 'Accueil',
      kind: 'realisation',
      pilotId: null,
    });
    const fromNc = await expectOk<Action>(backend.api, 'actions.create', {
      origin: { source: 'nonconformite', nonconformityId: ncFinding.nonconformity?.id },
      fields: actionFields(rq, { description: 'Réviser la procédure "réclamations" ; former l’équipe', dueDate: '2026-10-15' }),
    });
    const fromFinding = await expectOk<Action>(backend.api, 'actions.create', {
      origin: { source: 'constat', findingId: progress.id },
      fields: actionFields(cip, {
        type: 'amelioration',
        description: '=Créer un tableau de bord',
        processId: process.id,
        dueDate: '2027-02-01',
      }),
    });
    const fromReview = await expectOk<Action>(backend.api, 'actions.create', {
      origin: { source: 'revue_direction', note: 'Revue de direction du 12 mars 2026' },
      fields: actionFields(rq, { type: 'amelioration', description: 'Mesurer la satisfaction des prescripteurs.', dueDate: '2026-12-31' }),
    });
    expect(fromFinding).toMatchObject({ originReference: audit.reference, originId: audit.id, processName: 'Accueil' });
    // The audit's finding lists the action started from it; the NC finding lists none (its actions are its NC's).
    const findings = await expectOk<Finding[]>(backend.api, 'audits.findings', { auditId: audit.id });
    expect(findings.find((f) => f.id === progress.id)?.actions).toEqual([
      { id: fromFinding.id, reference: fromFinding.reference, status: 'a_faire' },
    ]);
    expect((await expectOk<Finding[]>(backend.api, 'audits.findings', { auditId: ncFinding.auditId }))[0]?.actions).toEqual([]);
    expect(fromReview).toMatchObject({ source: 'revue_direction', originNote: 'Revue de direction du 12 mars 2026' });
    expect(await refused('actions.create', { origin: { source: 'autre', note: 'Idée' }, fields: actionFields(999) })).toMatchObject({
      fields: { 'fields.ownerId': 'Cette personne n’existe pas dans l’annuaire.' },
    });

    const list = (query: Record<string, unknown>) =>
      expectOk<Action[]>(backend.api, 'actions.list', query).then((actions) => actions.map((a) => a.reference));
    expect(await list({})).toEqual([fromNc.reference, fromReview.reference, fromFinding.reference]);
    expect(await list({ overdueOnly: true })).toEqual([fromNc.reference]);
    expect(await list({ ownerId: cip })).toEqual([fromFinding.reference]);
    expect(await list({ processId: process.id })).toEqual([fromFinding.reference]);
    expect(await list({ source: 'revue_direction' })).toEqual([fromReview.reference]);
    expect(await list({ status: 'realisee' })).toEqual([]);

    const exported = await backend.api.invoke('actions.exportCsv', {});
    if (!exported.ok) throw new Error(JSON.stringify(exported.error));
    const file = exported.value as { fileName: string; mediaType: string; content: Uint8Array };
    expect(file.fileName).toBe('Plan d’actions 2026-11-26.csv');
    const bytes = Buffer.from(file.content);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe(
      '"Référence";"Origine";"Réf. origine";"Type";"Description";"Responsable";"Processus";"Échéance";"Statut";"En retard";"Réalisée le";"Motif d’abandon";"Preuves de réalisation"',
    );
    expect(lines[1]).toBe(
      `"${fromNc.reference}";"Non-conformité";"NC-2026-001";"Corrective";"Réviser la procédure ""réclamations"" ; former l’équipe";"Amélie Durand";"";"15/10/2026";"À faire";"Oui";"";"";""`,
    );
    expect(lines[3]).toContain(`"'=Créer un tableau de bord"`);
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe('');
  });
});
