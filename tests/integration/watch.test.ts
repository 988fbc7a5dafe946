import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../shared/schemas/history';
import type { WatchItem, WatchSource } from '../../shared/schemas/watch';
import { dataChecksum } from '../helpers/checksum';
import { sourceFields, watchItemFields } from '../helpers/context';
import { expectOk, openTestBackend, type TestBackend } from '../helpers/backend';

describe('the regulatory and sector watch', () => {
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

  it('follows a source at its pace: an item noticed there, or a consultation, sets the next due date', async () => {
    expect(await refused('watch.createSource', sourceFields({ url: 'javascript:alert(1)' }))).toMatchObject({
      fields: { url: 'L’adresse web commence par https:// (ou http://).' },
    });
    const source = await expectOk<WatchSource>(backend.api, 'watch.createSource', sourceFields({ ownerId: rq }));
    expect(source).toMatchObject({ nextConsultationDue: '2026-02-05', consultationLate: true, lastConsultedOn: null });
    const item = await expectOk<WatchItem>(backend.api, 'watch.create', watchItemFields({ sourceId: source.id }));
    expect(item).toMatchObject({ reference: 'VEI-2026-001', sourceName: source.name, state: 'a_analyser' });
    const consultedByItem = await expectOk<WatchSource>(backend.api, 'watch.source', { id: source.id });
    expect(consultedByItem).toMatchObject({ lastConsultedOn: '2026-10-12', nextConsultationDue: '2026-11-12', itemCount: 1 });
    expect(
      await refused('watch.consulted', { id: source.id, revision: consultedByItem.revision, consultedOn: '2026-10-01' }),
    ).toMatchObject({
      fields: { consultedOn: 'La consultation (1er octobre 2026) ne peut pas précéder la consultation précédente (12 octobre 2026).' },
    });
    const consulted = await expectOk<WatchSource>(backend.api, 'watch.consulted', {
      id: source.id,
      revision: consultedByItem.revision,
      consultedOn: '2026-11-24',
    });
    expect(consulted).toMatchObject({ nextConsultationDue: '2026-12-24', consultationLate: false });
    const entries = await expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', { entity: 'watch_source', entityId: source.id });
    expect(entries.map((entry) => entry.action)).toEqual(['consulted', 'consulted', 'create']);
  });

  it('analyses an item, decides to act with a first action, and records who was told', async () => {
    const item = await expectOk<WatchItem>(backend.api, 'watch.create', watchItemFields());
    const decision = {
      analysis: 'Nos contrats d’engagement doivent reprendre les nouvelles mentions.',
      impact: 'important',
      decision: 'action',
      decisionNote: null,
      decidedOn: '2026-10-20',
    };
    expect(await refused('watch.decide', { id: item.id, revision: item.revision, fields: decision, action: null })).toMatchObject({
      fields: { action: 'Pour « actions à mener », décrivez au moins une action du plan : qui fait quoi, et pour quand.' },
    });
    expect(
      await refused('watch.decide', {
        id: item.id,
        revision: item.revision,
        fields: { ...decision, decidedOn: '2026-10-01' },
        action: null,
      }),
    ).toMatchObject({
      fields: { 'fields.decidedOn': 'La décision (1er octobre 2026) ne peut pas précéder le relevé de l’information (12 octobre 2026).' },
    });
    const decided = await expectOk<WatchItem>(backend.api, 'watch.decide', {
      id: item.id,
      revision: item.revision,
      fields: decision,
      action: {
        type: 'amelioration',
        description: 'Mettre à jour le modèle de contrat d’engagement.',
        ownerId: rq,
        processId: null,
        dueDate: '2026-12-15',
        evidenceNotes: null,
      },
    });
    expect(decided).toMatchObject({ state: 'actions_en_cours', impact: 'important', actions: [{ status: 'a_faire' }] });

    expect(
      await refused('watch.inform', {
        id: item.id,
        revision: decided.revision,
        fields: { informedOn: '2026-10-22', personIds: [], others: null },
      }),
    ).toMatchObject({ fields: { 'fields.personIds': 'Choisissez au moins une personne, ou nommez les destinataires.' } });
    const informed = await expectOk<WatchItem>(backend.api, 'watch.inform', {
      id: item.id,
      revision: decided.revision,
      fields: { informedOn: '2026-10-22', personIds: [cip], others: 'Encadrants techniques' },
    });
    expect(informed).toMatchObject({
      informedOn: '2026-10-22',
      informed: [{ id: cip, name: 'Nadia Haddad' }],
      informedOthers: 'Encadrants techniques',
    });
    expect(
      await refused('watch.update', { id: item.id, revision: informed.revision, fields: watchItemFields({ noticedOn: '2026-10-25' }) }),
    ).toMatchObject({ fields: { 'fields.noticedOn': 'La décision (20 octobre 2026) ne peut pas précéder le relevé (25 octobre 2026).' } });
    expect((await expectOk<WatchItem[]>(backend.api, 'watch.list', { state: 'actions_en_cours' })).map((i) => i.reference)).toEqual([
      'VEI-2026-001',
    ]);
    const entries = await expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', { entity: 'watch_item', entityId: item.id });
    expect(entries.map((entry) => entry.action)).toEqual(['inform', 'action_add', 'decision', 'create']);
  });
});
