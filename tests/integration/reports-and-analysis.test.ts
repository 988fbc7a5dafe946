import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Action } from '../../shared/schemas/actions';
import type { Audit } from '../../shared/schemas/audits';
import type { Organisation } from '../../shared/schemas/organisation';
import type { Complaint } from '../../shared/schemas/complaints';
import type { HistoryEntry } from '../../shared/schemas/history';
import type { QualityPolicy } from '../../shared/schemas/objectives';
import { expectOk, openTestBackend, type TestBackend } from '../helpers/backend';
import { dataChecksum } from '../helpers/checksum';
import { actionFields } from '../helpers/nonconformities';

type Id = { id: number };

/**
 * What schema 14 adds and the pack prints: an internal audit's report (objectives, criteria,
 * conclusion, the auditee's acknowledgement), a réclamation's analysis, the structure's scope and
 * sites, the quality policy's text. Each is kept with its history; bad input is refused in French
 * on its field and changes nothing. The backend's clock says 26 November 2026.
 */
describe('internal audit reports, réclamations’ analysis, the structure’s scope and policy text', () => {
  let backend: TestBackend;
  let auditee: Id;
  let other: Id;
  const ok = <T>(method: string, input: unknown) => expectOk<T>(backend.api, method, input);
  const audit = (fields: Record<string, unknown>) =>
    ok<Audit>('audits.create', {
      certificationId: null,
      title: null,
      leadAuditor: null,
      auditors: [],
      auditeeIds: [auditee.id],
      processIds: [],
      requirementIds: [],
      notes: null,
      type: 'interne',
      startDate: '2026-10-05',
      endDate: '2026-10-06',
      status: 'realise',
      ...fields,
    });
  const report = (target: Audit, fields: Record<string, unknown>) =>
    backend.api.invoke('audits.saveReport', {
      id: target.id,
      revision: target.revision,
      fields: {
        objectives: 'Vérifier l’accueil.',
        criteria: 'ISO 9001 § 8.2',
        conclusion: 'Maîtrisé.',
        signedOffById: null,
        signedOffOn: null,
        ...fields,
      },
    });
  const refusedOn = async (call: Promise<unknown>, field: string, words: string) => {
    const before = dataChecksum(backend.filePath);
    expect(await call).toMatchObject({ ok: false, error: { fields: { [field]: expect.stringContaining(words) } } });
    expect(dataChecksum(backend.filePath)).toBe(before);
  };

  beforeEach(async () => {
    backend = await openTestBackend();
    auditee = await ok<Id>('people.create', { name: 'Sophie Lefèvre', jobTitle: 'CIP' });
    other = await ok<Id>('people.create', { name: 'Paul Girard', jobTitle: null });
  });
  afterEach(() => backend.close());

  it('keeps an internal audit’s report and who among the audited acknowledged it, with its history', async () => {
    const internal = await audit({});
    const saved = await ok<Audit>('audits.saveReport', {
      id: internal.id,
      revision: internal.revision,
      fields: {
        objectives: 'Vérifier l’accueil.',
        criteria: 'ISO 9001 § 8.2',
        conclusion: 'Processus maîtrisé.',
        signedOffById: auditee.id,
        signedOffOn: '2026-10-12',
      },
    });
    expect(saved.report).toEqual({
      objectives: 'Vérifier l’accueil.',
      criteria: 'ISO 9001 § 8.2',
      conclusion: 'Processus maîtrisé.',
      signedOffBy: { id: auditee.id, name: 'Sophie Lefèvre' },
      signedOffOn: '2026-10-12',
    });
    const [entry] = await ok<HistoryEntry[]>('history.forRecord', { entity: 'audit', entityId: internal.id });
    expect(entry).toMatchObject({ action: 'report_update' });
    expect(entry?.changes).toContainEqual({ field: 'signedOffBy', before: null, after: 'Sophie Lefèvre' });
  });

  it('refuses in French a sign-off before the audit’s end, in the future, by someone not audited, or without a conclusion', async () => {
    const internal = await audit({});
    await refusedOn(report(internal, { signedOffById: auditee.id, signedOffOn: '2026-10-05' }), 'fields.signedOffOn', '5 octobre 2026');
    await refusedOn(report(internal, { signedOffById: auditee.id, signedOffOn: '2026-12-01' }), 'fields.signedOffOn', 'futur');
    await refusedOn(report(internal, { signedOffById: other.id, signedOffOn: '2026-10-12' }), 'fields.signedOffById', 'Paul Girard');
    await refusedOn(
      report(internal, { conclusion: null, signedOffById: auditee.id, signedOffOn: '2026-10-12' }),
      'fields.conclusion',
      'conclusion',
    );
    await refusedOn(report(internal, { signedOffById: auditee.id }), 'fields.signedOffOn', 'date');
    await refusedOn(report(internal, { signedOffById: 9999, signedOffOn: '2026-10-12' }), 'fields.signedOffById', 'annuaire');
  });

  it('refuses a report in the certification body’s name: its audit is recorded as findings and responses', async () => {
    const body = await audit({ type: 'surveillance', auditeeIds: [] });
    const before = dataChecksum(backend.filePath);
    expect(await report(body, {})).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('organisme certificateur') },
    });
    expect(dataChecksum(backend.filePath)).toBe(before);
  });

  it('keeps a réclamation’s analysis (founded or not, when, its cause, the action that answers it) and refuses one out of order', async () => {
    const action = await ok<Action>('actions.create', {
      origin: { source: 'autre', note: 'Réclamation' },
      fields: actionFields(auditee.id, { openedOn: '2026-10-03', dueDate: '2026-11-30' }),
    });
    const fields = {
      complainantKind: 'client',
      complainant: 'Mairie',
      receivedOn: '2026-10-01',
      channel: 'courriel',
      subject: 'Planning transmis la veille.',
      processId: null,
      handledById: null,
      responseDue: '2026-10-15',
      respondedOn: null,
      response: null,
    };
    const created = await ok<Complaint>('complaints.create', {
      ...fields,
      founded: 'fondee',
      analysedOn: '2026-10-02',
      cause: 'Commandes confirmées la veille.',
      actionId: action.id,
    });
    expect(created).toMatchObject({
      founded: 'fondee',
      analysedOn: '2026-10-02',
      cause: 'Commandes confirmées la veille.',
      action: { id: action.id, reference: action.reference },
    });
    // An older caller that leaves the analysis out keeps it.
    const kept = await ok<Complaint>('complaints.update', { id: created.id, revision: created.revision, fields });
    expect(kept).toMatchObject({ founded: 'fondee', action: { id: action.id } });
    const update = (analysis: Record<string, unknown>) =>
      backend.api.invoke('complaints.update', { id: kept.id, revision: kept.revision, fields: { ...fields, ...analysis } });
    await refusedOn(update({ founded: 'non_fondee', analysedOn: '2026-09-30' }), 'fields.analysedOn', '1er octobre 2026');
    await refusedOn(update({ founded: 'fondee', analysedOn: null }), 'fields.analysedOn', 'date de l’analyse');
    await refusedOn(update({ founded: null, analysedOn: '2026-10-02' }), 'fields.founded', 'fondée');
    await refusedOn(update({ founded: 'fondee', analysedOn: '2026-12-01' }), 'fields.analysedOn', 'futur');
    await refusedOn(update({ actionId: 9999 }), 'fields.actionId', 'plan d’actions');
    const history = await ok<HistoryEntry[]>('history.forRecord', { entity: 'complaint', entityId: created.id });
    expect(history.at(-1)?.changes).toContainEqual({ field: 'founded', before: null, after: 'fondee' });
  });

  it('keeps the structure’s scope and sites, and the quality policy’s text, each change in the organisation’s history', async () => {
    const organisation = await ok<Organisation>('organisation.update', {
      name: 'AI du Val',
      indiceScheme: 'numeric',
      scopeStatement: 'Mise à disposition de salariés en insertion.',
      sites: 'Angers\nTrélazé',
    });
    expect(organisation).toMatchObject({ scopeStatement: 'Mise à disposition de salariés en insertion.', sites: 'Angers\nTrélazé' });
    // Naming the structure alone leaves its scope as it was.
    expect(await ok<Organisation>('organisation.update', { name: 'AI du Val de Loire', indiceScheme: 'numeric' })).toMatchObject({
      scopeStatement: 'Mise à disposition de salariés en insertion.',
    });
    const policy = await ok<QualityPolicy>('objectives.setPolicy', { documentId: null, text: 'Accompagner chacun vers l’emploi.' });
    expect(policy.text).toBe('Accompagner chacun vers l’emploi.');
    expect((await ok<QualityPolicy>('objectives.setPolicy', { documentId: null })).text).toBe('Accompagner chacun vers l’emploi.');
    const history = await ok<HistoryEntry[]>('history.forRecord', { entity: 'organisation', entityId: 1 });
    const fields = history.flatMap((entry) => entry.changes.map((change) => change.field));
    expect(fields).toEqual(expect.arrayContaining(['scopeStatement', 'sites', 'qualityPolicyText']));
    await refusedOn(
      backend.api.invoke('organisation.update', { name: 'AI', indiceScheme: 'numeric', scopeStatement: 'x'.repeat(2001) }),
      'scopeStatement',
      '2000',
    );
  });
});
